// "X, and I think Y": a clause and the speaker's hedged clause are two claims.
import { describe, expect, it } from 'vitest';
import { splitHedgedClauses } from '../../src/claims/clauses.js';
import { compileLexicon } from '../../src/claims/lexicon.js';
import { en } from '../../src/locales/en/index.js';

const lex = compileLexicon(en.claims);
const split = (text: string): string[] =>
  splitHedgedClauses(text, { start: 0, end: text.length }, lex).map((s) => text.slice(s.start, s.end));

describe('splitHedgedClauses', () => {
  it.each([
    ['a coordinated hedge', 'The dam was finished in 1998, and I think that it is safe.', ['The dam was finished in 1998', 'I think that it is safe.']],
    ['a hedge after "but"', 'Prices rose last year, but I believe they will fall.', ['Prices rose last year', 'I believe they will fall.']],
    ['a feeling after a semicolon', 'The plant reopened in May; we are proud of our workers.', ['The plant reopened in May', 'we are proud of our workers.']],
    ['a hedge in capitals after "AND"', 'The bridge was rebuilt in 2004, AND I THINK it will last.', ['The bridge was rebuilt in 2004', 'I THINK it will last.']],
    ['a curly apostrophe in the cue', 'The mill closed in 1991, but I’m sure it will reopen.', ['The mill closed in 1991', 'I’m sure it will reopen.']],
    ['spaces and a no-break space after the comma', 'The ferry stopped in 2010,  \u00a0maybe for good this time.', ['The ferry stopped in 2010', 'maybe for good this time.']],
  ])('splits %s', (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['no hedge after the comma', 'The dam was finished in 1998, and it is safe.'],
    ['a hedge at the start', 'I think that the dam, and the bridge, are safe.'],
    ['too short a first clause', 'Yes, I think so, really and truly.'],
    ['too short a hedged clause', 'The dam was finished in 1998, I think.'],
    ['"we" without a hedge', 'The dam was finished in 1998, and we opened it.'],
    ['a word that only starts like a hedge', 'The dam was finished in 1998, maybeland is a town.'],
    ['a non-ASCII word after the comma', 'The dam was finished in 1998, Ärger followed it.'],
  ])('leaves alone %s', (_label, text) => {
    expect(split(text)).toEqual([text]);
  });
});
