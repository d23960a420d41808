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
  ])('splits %s', (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['no hedge after the comma', 'The dam was finished in 1998, and it is safe.'],
    ['a hedge at the start', 'I think that the dam, and the bridge, are safe.'],
    ['too short a first clause', 'Yes, I think so, really and truly.'],
    ['too short a hedged clause', 'The dam was finished in 1998, I think.'],
    ['"we" without a hedge', 'The dam was finished in 1998, and we opened it.'],
  ])('leaves alone %s', (_label, text) => {
    expect(split(text)).toEqual([text]);
  });
});
