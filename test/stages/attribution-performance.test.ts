import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './attribution-helpers.js';

// No timing assertions: these inputs used to be quadratic; each must simply finish (vitest's timeout guards a hang).
describe('attribution stages on pathological input', () => {
  it.each([
    ['straight quotation marks', '"'.repeat(200_000)],
    ['opening curly marks', '“'.repeat(200_000)],
    ['alternating single marks', "‘’'".repeat(70_000)],
    ['one long sentence full of cues', 'he said that '.repeat(20_000)],
    ['one long sentence full of quotes and cues', '“a” ‘bc’ \'de\' said, '.repeat(10_000)],
    ['no spaces', 'x'.repeat(200_000)],
    ['periods only', '. '.repeat(100_000)],
    ['colons', 'A: '.repeat(70_000)],
    ['according to', 'according to '.repeat(20_000)],
  ])('%s', (_name, text) => {
    const { drafts } = run(text);
    expect(Array.isArray(drafts)).toBe(true);
  });

  it.each([
    ['content before "according to"', 'According to the paper, according to '.repeat(5_000)],
    ['content before ", X said"', 'The ferry was late, officials said, '.repeat(5_000)],
  ])('%s in a run-on sentence reaches back a bounded distance (later stages read each content)', (_name, text) => {
    const { drafts } = run(text);
    expect(drafts.length).toBeGreaterThan(0);
    let longest = 0;
    for (const d of drafts) for (const sp of d.spans) longest = Math.max(longest, sp.end - sp.start);
    expect(longest).toBeLessThan(5_000);
  });

  it('is linear on a long article (the seed repeated)', () => {
    const seed = readFileSync(fileURLToPath(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url)), 'utf8');
    const small = run(seed).drafts.length;
    const big = run(Array.from({ length: 50 }, () => seed).join('\n\n')).drafts.length;
    expect(big).toBe(small * 50);
  });
});
