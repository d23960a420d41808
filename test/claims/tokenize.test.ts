// The claims tokenizer: offsets, lower-case forms and vocabulary ids (looked up from the characters, without a string).
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/claims/lexicon.js';
import {
  K_NUMBER,
  K_WORD,
  lowerAt,
  T_ACRONYM,
  T_CAP,
  type TokenBuffer,
  tokenBuffer,
  tokenize,
} from '../../src/claims/tokenize.js';
import { en } from '../../src/locales/en/index.js';

const lex = compileLexicon(en.claims);

interface Token {
  start: number;
  end: number;
  lower: string;
  type: 'word' | 'number' | 'punct';
  cap: boolean;
  acronym: boolean;
  id: number;
}

function tokens(text: string, buf: TokenBuffer = tokenBuffer()): Token[] {
  const n = tokenize(text, lex, buf);
  const out: Token[] = [];
  for (let i = 0; i < n; i++) {
    const kind = buf.kind[i];
    out.push({
      start: buf.start[i]!,
      end: buf.end[i]!,
      lower: lowerAt(buf, i),
      type: kind === K_WORD ? 'word' : kind === K_NUMBER ? 'number' : 'punct',
      cap: (buf.bits[i]! & T_CAP) !== 0,
      acronym: (buf.bits[i]! & T_ACRONYM) !== 0,
      id: buf.id[i]!,
    });
  }
  return out;
}

describe('tokenize', () => {
  it.each<[string, string, [string, Token['type'], number, number][]]>([
    ['words and punctuation', 'Prices rose, sharply!', [['prices', 'word', 0, 6], ['rose', 'word', 7, 11], [',', 'punct', 11, 12], ['sharply', 'word', 13, 20], ['!', 'punct', 20, 21]]],
    ['numbers with separators and a percent', 'Up 4.1% to 2,478 on 9/11', [['up', 'word', 0, 2], ['4.1%', 'number', 3, 7], ['to', 'word', 8, 10], ['2,478', 'number', 11, 16], ['on', 'word', 17, 19], ['9/11', 'number', 20, 24]]],
    ['curly apostrophes made straight', 'We’ll WIN', [["we'll", 'word', 0, 5], ['win', 'word', 6, 9]]],
    ['non-ASCII words', 'Ärger in São Paulo', [['ärger', 'word', 0, 5], ['in', 'word', 6, 8], ['são', 'word', 9, 12], ['paulo', 'word', 13, 18]]],
    ['dashes in runs, quotes skipped', '"Yes" -- no', [['yes', 'word', 1, 4], ['--', 'punct', 6, 8], ['no', 'word', 9, 11]]],
  ])('%s', (_label, text, expected) => {
    expect(tokens(text).map((t) => [t.lower, t.type, t.start, t.end])).toEqual(expected);
  });

  it.each(['I THINK so', 'i think so', 'We’LL see', 'Maybe NOT', 'THE Largest Billion', 'Ünïcödé Percent', '2019 million'])(
    'gives each word the id of its lower-case form: %s',
    (text) => {
      for (const t of tokens(text)) {
        const expected = t.type === 'punct' ? -1 : (lex.vocab.get(t.lower) ?? -1);
        expect(t.id, t.lower).toBe(expected);
      }
    },
  );

  it('finds known words whatever their case, and no id for unknown ones', () => {
    const [think, unknown] = tokens('THINK Zorblax');
    expect(think!.id).toBeGreaterThanOrEqual(0);
    expect(unknown!.id).toBe(-1);
  });

  it('reuses the buffer: a shorter sentence after a longer one gives only its own tokens', () => {
    const buf = tokenBuffer();
    expect(tokens('One two three four five.', buf)).toHaveLength(5);
    expect(tokens('Six seven', buf).map((t) => t.lower)).toEqual(['six', 'seven']);
  });

  it('grows the buffer for a long sentence', () => {
    const text = Array.from({ length: 300 }, (_, k) => `w${k}`).join(' ');
    const got = tokens(text);
    expect(got).toHaveLength(300);
    expect(got[299]).toMatchObject({ lower: 'w299', start: text.length - 4, end: text.length });
  });

  it.each<[string, boolean]>([
    ["it's", true],
    ['it’s', true],
    ["a ' b", true],
    ['’', true],
    ['no apostrophe', false],
  ])('notes an apostrophe anywhere in %j', (text, expected) => {
    const buf = tokenBuffer();
    tokenize(text, lex, buf);
    expect(buf.apostrophe).toBe(expected);
  });

  it.each<[string, boolean, boolean]>([
    ['Nagorno', true, false],
    ['NATO', true, true],
    ['A', true, false],
    ['U.S', true, true],
    ['iPhone', false, false],
    ['ÄRGER', true, true],
  ])('marks capitals and acronyms: %s', (text, cap, acronym) => {
    const [t] = tokens(text);
    expect([t!.cap, t!.acronym]).toEqual([cap, acronym]);
  });

  it.each(['', '   ', '“”', '\u00a0\u2009'])('yields nothing for %j', (text) => {
    expect(tokens(text)).toEqual([]);
  });
});
