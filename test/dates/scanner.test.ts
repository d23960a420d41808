// The scanner's fast paths (class tables, int32 hashes, the lower-cased word cache, phrase hashes only after a
// cue's first word, contractions read in place) must read words exactly as the plain string operations would.
import { describe, expect, it } from 'vitest';
import { compileDates } from '../../src/dates/compile.js';
import { scanDates } from '../../src/dates/scanDates.js';
import { extractDates } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import type { DatesLocale } from '../../src/locales/types/dates.js';

const REF = '2021-05-10'; // a Monday

describe('scanner fast paths', () => {
  it.each<[string, [string, number, string | undefined][]]>([
    // The same words in other cases, one after the other (the cached lower-case form must not leak).
    ['It ended LAST WEEK, and last week too.', [['LAST WEEK', 9, '2021'], ['last week', 24, '2021']]],
    ['Last Month and LAST month were quiet.', [['Last Month', 0, '2021-04'], ['LAST month', 15, '2021-04']]],
    // A KELVIN SIGN lower-cases to "k": the word is still "week", as with toLowerCase().
    ['They met last wee\u212a.', [['last wee\u212a', 9, '2021']]],
    // A contraction with a typographic apostrophe marks the future; a past verb the past.
    ['He\u2019ll arrive on Friday.', [['Friday', 16, '2021-05-14']]],
    ['HE\u2019LL ARRIVE on Friday.', [['Friday', 16, '2021-05-14']]],
    ['He said he arrived on Friday.', [['Friday', 22, '2021-05-07']]],
    // Three-word future cue ("is set to") against a past form.
    ['The bridge is set to open on 12 March.', [['12 March', 29, '2022-03-12']]],
    ['The bridge was opened on 12 March.', [['12 March', 25, '2021-03-12']]],
    // Non-ASCII letters around: a word that only ends like a trigger is no trigger.
    ['\u00dcber-fan day: on Tuesday they left.', [['Tuesday', 17, '2021-05-04']]],
    ['The holiday\u00e9 and the Sundays\u00e9 came.', []],
    ['On caf\u00e9Friday nothing happened.', []],
  ])('%s', (text, expected) => {
    const got = extractDates(text, { publishedAt: REF }).map((d) => [d.text, d.span?.start, d.value]);
    expect(got).toEqual(expected);
  });
});

// A locale with a trigger word that is not all ASCII letters gets no trigger automaton: the scanner hashes every
// word (scanHashed). The en data plus two such words stands for one.
describe('scanner without a trigger automaton', () => {
  const extended: DatesLocale = {
    ...en.dates,
    relativeDays: [...en.dates.relativeDays, { word: '\u00fcbermorgen', offset: 2 }],
    months: en.dates.months.map((m, i) => (i === 0 ? { ...m, names: [...m.names, 'J\u00e4nner'] } : m)),
  };
  it('has no automaton for that locale, and one for en', () => {
    expect(compileDates(extended).dfa).toBeUndefined();
    expect(compileDates(en.dates).dfa).toBeDefined();
  });

  it.each<[string, [string, number, string | undefined][]]>([
    ['We meet \u00fcbermorgen.', [['\u00fcbermorgen', 8, '2021-05-12']]],
    ['\u00dcBERMORGEN then.', [['\u00dcBERMORGEN', 0, '2021-05-12']]],
    ['It opened on 5 J\u00e4nner 2020.', [['5 J\u00e4nner 2020', 13, '2020-01-05']]],
    ['J\u00e4nner 2019 was cold.', [['J\u00e4nner 2019', 0, '2019-01']]],
    ['They met last wee\u212a, on Tuesday, 12 March, and again at 9am.', [['last wee\u212a', 9, '2021'], ['Tuesday, 12 March', 23, '2021-03-12'], ['9am', 55, '2021-03-12']]],
    // negative rows: words that only start or end like a trigger word
    ['The \u00fcbermorgenland and the J\u00e4nnerfest.', []],
    ['On caf\u00e9Friday nothing happened.', []],
  ])('%s', (text, expected) => {
    const got = scanDates(text, REF, extended).map((h) => [text.slice(h.start, h.end), h.start, h.value]);
    expect(got).toEqual(expected);
  });

  it.each([
    'It ended LAST WEEK, and last week too.',
    'The bridge is set to open on 12 March, two years after the 2019 flood.',
    'He said he arrived on Friday at 10:30 pm, or on Nov. 10, 2020 at the latest.',
    'In the first quarter of 2020, and in the spring of 1998; sales fell 3% in 2021/22.',
    '\u00dcber-fan day: on Tuesday they left, six months after 10 May 2020.',
  ])('reads English text as the automaton does: %s', (text) => {
    expect(scanDates(text, REF, extended)).toEqual(scanDates(text, REF, en.dates));
  });
});
