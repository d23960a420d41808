import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/parse/stages/4-speakers.js';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import type { StageContext } from '../../src/parse/types.js';

const seed = readFileSync(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url), 'utf8');

function time(text: string): { ms: number; entities: number } {
  const ctx: StageContext = { text, articleId: 'p', publishedAt: undefined, issues: [], explain: false };
  const t0 = performance.now();
  const r = resolveSpeakers(ctx, { paragraphs: [], sentences: [] }, [], defaultConfiguration());
  return { ms: performance.now() - t0, entities: r.index.entities.length };
}

/** "Bcd"-style letter names, so that every person is different and no digit is in a name. */
function letters(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return s.charAt(0).toUpperCase() + s.slice(1) + 'son';
}

describe('stage 4 speed', () => {
  it('handles the seed article repeated to 5 MB in linear time', () => {
    const big = seed.repeat(Math.ceil(5e6 / seed.length));
    const r = time(big);
    // generous bound for a loaded machine; a quadratic scan would take minutes
    expect(r.ms).toBeLessThan(15_000);
    expect(r.entities).toBeGreaterThan(0);
  });

  it('stays linear with thousands of different people', () => {
    const parts: string[] = [];
    for (let i = 0; i < 8_000; i++) parts.push(`President ${letters(i)} Berg met Mr. ${letters(i + 7)} Lind. He said the leaders agreed. `);
    const r = time(parts.join(''));
    expect(r.ms).toBeLessThan(15_000);
    expect(r.entities).toBeGreaterThan(8_000);
  });

  it.each([
    ['1 MB of quotation marks', '"'.repeat(1e6)],
    ['one 1 MB sentence', 'the President of the United States and Mr. Smith said he would '.repeat(16_000)],
    ['1 MB without spaces', 'x'.repeat(1e6)],
    ['1 MB of capitalised words', 'John Smith '.repeat(100_000)],
    ['1 MB of determiners', 'the the the '.repeat(90_000)],
    ['1 MB of pronouns', 'he she they '.repeat(90_000)],
    ['1 MB of apostrophes and hyphens', "'-’".repeat(350_000)],
  ])('does not stall on %s', (_label, text) => {
    expect(time(text).ms).toBeLessThan(8_000);
  });
});
