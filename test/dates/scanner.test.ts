// The scanner's fast paths (class tables, int32 hashes, the lower-cased word cache, phrase hashes only after a
// cue's first word, contractions read in place) must read words exactly as the plain string operations would.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/index.js';

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
