// Pathological input must finish (the regexes are linear). No timing thresholds: a hang fails by timeout.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const MB = 1_000_000;

describe('pathological input completes', () => {
  it.each<[string, () => string]>([
    ['1 MB of straight quotation marks', () => '"'.repeat(MB)],
    ['1 MB of mixed quotation marks', () => '“”‘’«»"\''.repeat(MB / 8)],
    ['one 1 MB sentence', () => `He said that ${'the council and the mayor '.repeat(MB / 25)}agreed.`],
    ['1 MB without spaces', () => 'abcdefghij'.repeat(MB / 10)],
    ['1 MB of capitalised words', () => 'President Minister Foreign Russian '.repeat(MB / 35)],
    ['1 MB of dates', () => 'On 10 November 2020, yesterday, last week, in May, '.repeat(MB / 50)],
    ['1 MB of short quotes', () => '"A," B said. '.repeat(MB / 13)],
    ['1 MB of newlines', () => '\n'.repeat(MB)],
    ['1 MB of an opening quote and a long quote', () => `“${'word '.repeat(MB / 5)}`],
    ['1 MB of quoted words in one sentence', () => '"a" '.repeat(MB / 4)],
    ['a 1 MB run-on sentence of statement nouns and quotations', () => 'his claim that Lee said "no" and '.repeat(MB / 33)],
    ['a 1 MB run-on sentence of quotations with clauses after them', () => 'He said "road tolls" and '.repeat(MB / 25)],
  ])('%s', (_, make) => {
    const text = make();
    const parsed = parseArticle(text, { publishedAt: '2021-05-10' });
    expect(parsed.article.text.length).toBe(text.length);
  }, 120_000);
});
