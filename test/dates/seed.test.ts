// Golden test: every date in the seed article, with the article's publication date.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DateRefSchema, extractDates } from '../../src/index.js';

const text = readFileSync(fileURLToPath(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url)), 'utf8');

describe('seed article dates (publishedAt 2021-05-10)', () => {
  const found = extractDates(text, { publishedAt: '2021-05-10' });

  it('finds exactly these dates, in order, with their values', () => {
    expect(found.map((d) => [d.text, d.value ?? null, d.precision, d.certainty, d.partOfDay ?? null])).toEqual([
      ['Six months after', null, 'month', 'unresolved', null],
      ['Six months after', null, 'month', 'unresolved', null],
      ['Six months after', null, 'month', 'unresolved', null],
      ['the morning', '2021-05-10', 'day', 'resolved', 'morning'],
      ['the evening', '2021-05-10', 'day', 'resolved', 'evening'],
      ['10 November', '2020-11-10', 'day', 'resolved', null],
      ['yesterday', '2021-05-09', 'day', 'resolved', null],
      ['Today', '2021-05-10', 'day', 'resolved', null],
      ['half a year', '2020-11', 'month', 'resolved', null],
      ['May', '2021-05', 'month', 'resolved', null],
    ]);
  });

  it('gives every date a span that spells its text, and valid DateRef data', () => {
    for (const d of found) {
      expect(text.slice(d.span!.start, d.span!.end)).toBe(d.text);
      expect(DateRefSchema.parse(d)).toEqual(d);
    }
  });

  it('puts "On 10 November" (past tense: "was signed") before the article', () => {
    const d = found.find((x) => x.text === '10 November')!;
    expect(text.slice(d.span!.start - 3, d.span!.end)).toBe('On 10 November');
  });

  it('never puts "Six months after" the war in the future', () => {
    for (const d of found.filter((x) => x.text === 'Six months after')) expect(d.value).toBeUndefined();
  });

  it('resolves nothing without publishedAt', () => {
    const bare = extractDates(text);
    expect(bare.filter((d) => d.value !== undefined)).toEqual([]);
    expect(bare.map((d) => d.text)).toEqual(found.map((d) => d.text));
  });
});
