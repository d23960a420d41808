// Stage 7 on large and pathological input: it must finish and stay linear. The thresholds are loose (shared CI
// machines); a quadratic step fails them by orders of magnitude.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runEvents } from '../rules/events-helpers.js';

const MB = 1_000_000;
const seed = readFileSync(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url), 'utf8');

function time(text: string): number {
  const t = performance.now();
  runEvents(text, { publishedAt: '2021-05-10' });
  return performance.now() - t;
}

describe('events stage on pathological input', () => {
  it.each<[string, () => string]>([
    ['1 MB of quotation marks', () => '"'.repeat(MB)],
    ['one 1 MB sentence full of triggers', () => 'he met President Vladimir Putin and the leaders held talks with Aliyev in Baku, '.repeat(MB / 80)],
    ['1 MB without spaces', () => 'AmetVisitedWarA'.repeat(MB / 15)],
    ['1 MB of capitalised triggers', () => 'Met War Visited The A '.repeat(MB / 22)],
    ['1 MB of short trigger sentences', () => 'Jo Ann met Al Bo. '.repeat(MB / 18)],
    ['1 MB of possessives and pronouns', () => "his visit her meeting Ann's arrival the talks they agreed ".repeat(MB / 58)],
    ['1 MB of newlines', () => '\n'.repeat(MB)],
    ['odd unicode and HTML remnants', () => '<p>Ǆ\u200bİstanbul met\u0000 </p>“War” İ phoned ẞ '.repeat(MB / 50)],
  ])('%s', (_, make) => {
    const text = make();
    const r = runEvents(text, { publishedAt: '2021-05-10' });
    for (const e of r.events) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }, 120_000);

  it('scales linearly on news text (four times the text, well under ten times the time)', () => {
    const small = seed.repeat(200);
    const large = seed.repeat(800);
    time(small); // warm up
    const a = Math.min(time(small), time(small));
    const b = Math.min(time(large), time(large));
    expect(b / a).toBeLessThan(4 * 2.5);
  }, 120_000);
});
