// Pathological input must finish: the engine reads the text once, word by word, and each date looks only at a
// bounded window around it. No tight timing thresholds (machines differ); a hang fails by timeout.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/index.js';

const MB = 1_000_000;

describe('pathological input completes', () => {
  it.each<[string, () => string, number]>([
    ['5 MB of digits', () => '7'.repeat(5 * MB), 0],
    ['1 MB of four-digit numbers', () => '1234 '.repeat(MB / 5), 0],
    ['1 MB of month names that are not dates', () => 'May March June '.repeat(MB / 15), 0],
    ['1 MB of dates', () => 'On 10 November 2020, yesterday, last week, in May, '.repeat(MB / 50), (MB / 50) * 4],
    ['1 MB without spaces', () => 'abcdefghij'.repeat(MB / 10), 0],
    ['one 1 MB sentence', () => `He said that ${'the council and the mayor '.repeat(MB / 25)}agreed on Friday.`, 1],
    ['1 MB of quotation marks', () => '"'.repeat(MB), 0],
    ['1 MB of slashes and digits', () => '1/1/1/'.repeat(MB / 6), 0],
  ])('%s', (_, make, count) => {
    const text = make();
    expect(extractDates(text, { publishedAt: '2021-05-10' })).toHaveLength(count);
  }, 60_000);
});
