// The shortcuts the events stage takes for speed must give the answers of the plain code they replace: white space
// as `/\s/u` sees it, name lookups without maps, span merging without a sort, the quotation marks collected while
// the text is scanned for triggers, the table of word units filled range by range.
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/model/speaker.js';
import type { Span } from '../../src/model/span.js';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import { compileEvents } from '../../src/parse/stages/events/compile.js';
import { Participants } from '../../src/parse/stages/events/participants.js';
import { leadMayMatch, mergeSortedSpans, mergeSpans } from '../../src/parse/stages/events/text.js';
import { WORD_UNITS } from '../../src/parse/stages/7-events.js';
import { runEvents } from '../rules/events-helpers.js';

/** A small deterministic generator (no clock, no Math.random). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('white space', () => {
  // the name lookup relies on both: a name longer than the key never equals it lower-cased, and its last word
  // lower-cased is the last word of the name lower-cased
  it('lower-casing keeps the length (except İ) and never makes or removes white space', () => {
    const re = /\s/u;
    const odd: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      const l = s.toLowerCase();
      if (l.length !== s.length && cp !== 0x130) odd.push(cp.toString(16));
      for (const ch of l) if (re.test(ch) !== re.test(s)) odd.push(`ws ${cp.toString(16)}`);
    }
    expect(odd).toEqual([]);
    expect('\u0130'.toLowerCase()).toHaveLength(2);
  });

  it.each<[string, string, number, boolean]>([
    ['a preposition after a space', 'said in Baku', 4, true],
    ['no space at the position', 'said, in Baku', 4, false],
    ['a word that cannot begin a preposition', 'said that', 4, false],
    ['an upper-case first letter', 'said In Baku', 4, true],
    ['several spaces and a tab', 'said \t in Baku', 4, true],
    ['only space to the end', 'said   ', 4, false],
    ['a non-ASCII letter after the space (the regex decides)', 'said ín Baku', 4, true],
  ])('leadMayMatch: %s', (_name, text, pos, expected) => {
    const firsts = new Uint8Array(128);
    for (const u of 'iaIA') firsts[u.charCodeAt(0)] = 1;
    expect(leadMayMatch(text, pos, firsts)).toBe(expected);
  });
});

describe('merging spans', () => {
  it('mergeSortedSpans gives what mergeSpans gives on the two lists together', () => {
    const r = rng(7);
    for (let round = 0; round < 300; round++) {
      const make = (n: number, sorted: boolean): Span[] => {
        const out: Span[] = [];
        for (let k = 0; k < n; k++) {
          const start = Math.floor(r() * 200);
          out.push({ start, end: start + Math.floor(r() * 12) - 2 });
        }
        return sorted ? out.sort((a, b) => a.start - b.start) : out;
      };
      const a = make(Math.floor(r() * 12), r() < 0.8);
      const b = make(Math.floor(r() * 12), r() < 0.8);
      expect(mergeSortedSpans(a, b)).toEqual(mergeSpans([...a, ...b]));
    }
  });
});

describe('name lookups', () => {
  const words = ['Anna', 'Berg', 'anna', 'BERG', 'Ola', 'Lee', 'Kim Lee', 'İlkin', 'Ömer', 'Tom\u00a0Hart', 'Hart', 'A', 'Dahl'];

  function speakers(r: () => number): Speaker[] {
    const out: Speaker[] = [];
    const n = 1 + Math.floor(r() * 8);
    const pick = (): string => words[Math.floor(r() * words.length)] as string;
    for (let k = 0; k < n; k++) {
      const name = r() < 0.5 ? `${pick()} ${pick()}` : pick();
      const aliases = r() < 0.4 ? [pick()] : [];
      out.push({ id: `t:sp:${k}`, name, kind: 'person', aliases, titles: [], mentions: [] });
    }
    return out;
  }

  function participants(entities: Speaker[]): Participants {
    const config = defaultConfiguration();
    const c = compileEvents(config.locale.events);
    const text = 'x';
    return new Participants(text, 't', { entities, mentions: [] }, c, config.locale.events, () => [], []);
  }

  it('reading the names one by one gives the answers of the name maps', () => {
    const r = rng(11);
    for (let round = 0; round < 200; round++) {
      const entities = speakers(r);
      const viaMaps = participants(entities);
      for (let k = 0; k < 20; k++) viaMaps.lookup('nobody at all'); // past the first lookups: the maps
      for (let q = 0; q < 6; q++) {
        const key = r() < 0.5 ? `${words[Math.floor(r() * words.length)]}` : `Mr ${words[Math.floor(r() * words.length)]}`;
        expect(participants(entities).lookup(key)).toBe(viaMaps.lookup(key));
      }
    }
  });

  it.each<[string, string[], string, string | undefined]>([
    ['a full name in another case', ['Anna Berg'], 'ANNA BERG', 't:sp:0'],
    ['a surname shared by two people: nobody', ['Anna Berg', 'Ola Berg'], 'Berg', undefined],
    ['a surname of one person', ['Anna Berg', 'Ola Dahl'], 'Mr Berg', 't:sp:0'],
    ['a dotted capital I (two units lower-cased)', ['İlkin Ömer'], 'i̇lkin ömer', 't:sp:0'],
    ['a one-letter last word is no surname', ['Anna A'], 'Ola A', undefined],
  ])('%s', (_name, names, key, expected) => {
    const entities = names.map((name, k) => ({ id: `t:sp:${k}`, name, kind: 'person' as const, aliases: [], titles: [], mentions: [] }));
    expect(participants(entities).lookup(key)).toBe(expected);
  });
});

describe('quotation marks found during the trigger scan', () => {
  // a noun trigger inside a quotation counts only when it reports a past event with a named participant or a
  // date: "the talks with ..." is kept outside quotation marks and dropped inside them, whatever the marks
  it.each<[string, string, number]>([
    ['no marks', 'The talks with President Ola Dahl ended.', 1],
    ['straight marks', 'He said "the talks with President Ola Dahl ended."', 0],
    ['curly marks', 'He said “the talks with President Ola Dahl ended.”', 0],
    ['angle marks glued to the words', 'He said «the talks with President Ola Dahl ended».', 0],
    ['angle marks with spaces', 'He said « the talks with President Ola Dahl ended ».', 0],
    ['an angle mark glued to a name', 'He said «the talks with President Ola Dahl» ended.', 0],
  ])('%s', (_name, text, count) => {
    expect(runEvents(text).events).toHaveLength(count);
  });
});

describe('the word-unit table of the trigger scan', () => {
  it.each<[string, number, number]>([
    ['a lower-case ASCII letter', 0x61, 1],
    ['an upper-case ASCII letter', 0x5a, 1],
    ['an ASCII digit', 0x35, 1],
    ['a space', 0x20, 0],
    ['a hyphen', 0x2d, 0],
    ['an apostrophe', 0x27, 0],
    ['the straight double mark', 0x22, 2],
    ['the left curly double mark', 0x201c, 2],
    ['the right curly double mark', 0x201d, 2],
    ['the low double mark', 0x201e, 2],
    ['the left angle mark', 0xab, 3],
    ['the right angle mark', 0xbb, 3],
    ['a Latin letter with an accent', 0xe9, 5],
    ['a Cyrillic letter', 0x416, 5],
    ['a CJK ideograph', 0x4e2d, 5],
    ['a fullwidth Latin capital (past the fullwidth punctuation)', 0xff21, 5],
    ['the no-break space', 0xa0, 0],
    ['the soft hyphen', 0xad, 0],
    ['an em dash', 0x2014, 0],
    ['the last unit of the Miscellaneous Symbols and Arrows', 0x2bff, 0],
    ['an ideographic comma', 0x3001, 0],
    ['a vertical em dash (CJK compatibility forms)', 0xfe31, 0],
    ['a fullwidth exclamation mark', 0xff01, 0],
    ['the unit before General Punctuation', 0x1fff, 5],
    ['the unit after the Miscellaneous Symbols and Arrows', 0x2c00, 5],
    ['the unit after CJK punctuation', 0x3040, 5],
    ['the unit before the CJK compatibility forms', 0xfe2f, 5],
    ['the unit after the CJK compatibility forms', 0xfe50, 5],
    ['the unit after the fullwidth punctuation', 0xff10, 5],
    ['the last unit', 0xffff, 5],
  ])('%s (unit %d): %d', (_name, unit, want) => {
    expect(WORD_UNITS[unit]).toBe(want);
  });

  it('marks exactly the double quotation marks as 2 or 3, on every unit', () => {
    const mark = /["\u201c\u201d\u201e\u00ab\u00bb]/u;
    const differ: number[] = [];
    for (let u = 0; u < 0x10000; u++) if ((((WORD_UNITS[u] ?? 0) & 6) === 2) !== mark.test(String.fromCharCode(u))) differ.push(u);
    expect(differ).toEqual([]);
  });

  it('holds only the five kinds', () => {
    expect(new Set(WORD_UNITS)).toEqual(new Set([0, 1, 2, 3, 5]));
  });
});
