import { describe, expect, it } from 'vitest';
import { speakersAt, mentionsIn } from '../../src/parse/stages/speakers/lookup.js';
import { lexiconFor } from '../../src/parse/stages/speakers/lexicon.js';
import { T_WIDE, tokText, tokenize } from '../../src/parse/stages/speakers/tokens.js';
import { en } from '../../src/locales/en/index.js';
import { run } from '../rules/speakers-helpers.js';

const story =
  'In the morning, President Anna Berg visited Lund. Then she held phone talks with President Karl Holm, and in the evening she met Finance Minister Olga Petrova.\n\nThe talks were long. They covered trade.';

describe('stage 4 entity index', () => {
  const r = run(story);

  it('lists every entity by first mention, whether or not it speaks', () => {
    expect(r.index.entities.map((e) => [e.id, e.name, e.kind])).toEqual([
      ['t:sp:anna-berg', 'Anna Berg', 'person'],
      ['t:sp:karl-holm', 'Karl Holm', 'person'],
      ['t:sp:olga-petrova', 'Olga Petrova', 'person'],
    ]);
  });

  it('resolves subject pronouns through the text to the last subject, not to objects', () => {
    const pron = r.index.mentions.filter((m) => m.form === 'pronoun');
    expect(pron.map((m) => [m.text, r.nameOf(m.speakerIds[0] ?? '')])).toEqual([
      ['she', 'Anna Berg'],
      ['she', 'Anna Berg'],
    ]);
  });

  it('keeps mentions in text order with exact offsets', () => {
    let last = -1;
    for (const m of r.index.mentions) {
      expect(story.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.start;
    }
    for (const e of r.index.entities) for (const m of e.mentions) expect(story.slice(m.start, m.end)).toBe(m.text);
  });

  it('answers who is referred to in a span (speakersAt)', () => {
    const s = story.indexOf('Then she held');
    const e = story.indexOf(', and in the evening');
    expect(speakersAt(r.index, s, e).map(r.nameOf)).toEqual(['Anna Berg', 'Karl Holm']);
    expect(speakersAt(r.index, story.indexOf('The talks'), story.length)).toEqual([]);
    expect(mentionsIn(r.index, s, e).map((m) => m.form)).toEqual(['pronoun', 'name']);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run(story))).toBe(JSON.stringify(r));
  });

  it.each([
    ['HTML remnants', '<p>Mr. <b>Smith</b> said &quot;no&quot;</p><br/>He left.'],
    ['odd unicode', 'Ｍｒ． Ｓｍｉｔｈ — \u200b\u200d Ĳssel Ørsted said Ǆ. 🙂 He’s “here”.'],
    ['unbalanced quotes', '"""" she said "" they said ” he ”'],
    ['only punctuation', '.,;:!?—–-'.repeat(100)],
    ['lone surrogates', '\ud800 Mr. \udc00Smith said'],
  ])('does not throw on %s', (_label, text) => {
    expect(() => run(text)).not.toThrow();
  });
});

describe('speakers tokenizer with the lexicon word table', () => {
  const lex = lexiconFor(en.entities);
  // every token's flags from the shared hash table, and the picks (pronouns and determiners) in token order
  it.each<[string, number, string[]]>([
    ['She told the minister that a deal was near.', 4, ['She', 'the', 'that', 'a']],
    ['THEY met Those officials.', 2, ['THEY', 'Those']],
    // negative rows: no pronoun or determiner; a non-ASCII token leaves the picks to the caller (-1)
    ['Officials met yesterday.', 0, []],
    ['She met the caf\u00e9 owner.', -1, []],
  ])('%s', (text, nPicks, picked) => {
    const t = tokenize(text, lex.wordTable);
    expect(t.nPicks).toBe(nPicks);
    expect(Array.from(t.picks.subarray(0, Math.max(0, t.nPicks)), (k) => tokText(t, k))).toEqual(picked);
    for (let k = 0; k < t.n; k++) {
      const wide = (t.flags[k]! & T_WIDE) !== 0;
      expect(t.lexFlags[k]).toBe(wide ? 0 : (lex.word.get(tokText(t, k).toLowerCase()) ?? 0));
    }
  });
});
