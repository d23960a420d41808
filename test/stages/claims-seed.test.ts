import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, parseArticle } from '../../src/index.js';
import type { Claim, ClaimKind } from '../../src/index.js';

// The seed article's claims through the full pipeline. Stage 6 cuts and types the claims; which statements
// exist, and who said them, comes from stages 1-4 (segmentation, quotes, attribution, speakers): the assertions
// marked [stages 1-4] depend on them.
const text = readFileSync(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url), 'utf8');
const parsed = parseArticle(text, { publishedAt: '2021-05-11', id: 'seed' });
const speakerName = (id: string): string => parsed.speakers.find((s) => s.id === id)?.name ?? id;

/** The one claim whose text starts with `prefix`. */
function claim(prefix: string): Claim {
  const found = parsed.claims.filter((c) => c.text.startsWith(prefix));
  expect(found.map((c) => c.text), prefix).toHaveLength(1);
  return found[0]!;
}

describe('claims on the seed article', () => {
  it.each<[string, ClaimKind, 'worthy' | 'not worthy' | 'any', boolean]>([
    ['Armenian railways are owned by Russian railways.', 'factual', 'worthy', false],
    ['A French museum displays the skulls of slain leaders of the Algerian National Resistance Movement.', 'factual', 'worthy', false],
    ['There is no territorial unit called Nagorno-Karabakh in Azerbaijan.', 'factual', 'any', true],
    ['On 10 November, a document was signed', 'factual', 'worthy', false],
    ['They should mind their own business.', 'prescriptive', 'not worthy', false],
    ['This ugly campaign against Azerbaijan', 'prescriptive', 'not worthy', false],
    ['Go and look in the mirror.', 'prescriptive', 'not worthy', false],
    ['This will not happen in Azerbaijan', 'prediction', 'not worthy', true],
    ['Let them give them an autonomy', 'prescriptive', 'not worthy', true],
  ])('[stages 1-4] %s is %s, %s, negated %s', (prefix, kind, worth, negated) => {
    const c = claim(prefix);
    expect(c.kind, JSON.stringify(c.via)).toBe(kind);
    if (worth === 'worthy') expect(c.checkworthiness).toBeGreaterThanOrEqual(0.5);
    if (worth === 'not worthy') expect(c.checkworthiness).toBeLessThan(0.5);
    expect(c.negated).toBe(negated);
  });

  it('[stages 1-4] cuts "X, and I think Y" into a claim and an opinion', () => {
    const first = claim('The conflict has been resolved');
    expect(first.text).toBe('The conflict has been resolved');
    expect(first.kind).toBe('factual');
    const opinion = claim('I think that there is no point in returning to this issue');
    expect(opinion.kind).toBe('opinion');
    expect(opinion.via.slice(0, 2)).toEqual(['claims/quote-sentence', 'claims/hedged-clause']);
  });

  it('[stages 1-4] gives the quoted claims to the speaker, not the journalist', () => {
    expect(claim('Armenian railways are owned').speakerIds.map(speakerName)).toEqual(['Ilham Aliyev']);
    expect(claim('Go and look in the mirror.').speakerIds.map(speakerName)).toEqual(['Ilham Aliyev']);
    expect(claim('We are grateful for the high appreciation').speakerIds.map(speakerName)).toEqual(['Sergei Lavrov']);
  });

  it('[stages 1-4] makes the reported clause of indirect speech one claim', () => {
    const c = parsed.claims.find((x) => x.text.startsWith('the border issues in Nagorno-Karabakh are solvable'));
    expect(c).toBeDefined();
    expect(c!.speakerIds.map(speakerName)).toEqual(['Sergei Lavrov']);
    expect(c!.via[0]).toBe('claims/reported-clause');
  });

  it('lists entities with offsets', () => {
    expect(claim('On 10 November').entities).toContainEqual(expect.objectContaining({ type: 'date', text: '10 November' }));
    expect(claim('A French museum').entities).toContainEqual(expect.objectContaining({ type: 'place', text: 'French' }));
    for (const c of parsed.claims) for (const e of c.entities ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('keeps every claim valid, inside its statement, with ids in text order', () => {
    const statements = new Map(parsed.statements.map((s) => [s.id, s]));
    expect(parsed.claims.length).toBeGreaterThan(10);
    parsed.claims.forEach((c, i) => {
      expect(ClaimSchema.safeParse(c).success).toBe(true);
      expect(c.id).toBe(`seed:cl${i}`);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      const st = statements.get(c.statementId);
      expect(st, c.statementId).toBeDefined();
      expect(c.speakerIds).toEqual(st!.speakerIds);
      expect(st!.spans.some((s) => s.start <= c.span.start && c.span.end <= s.end)).toBe(true);
      expect(c.features).toBeUndefined();
      if (i > 0) expect(c.span.start).toBeGreaterThanOrEqual(parsed.claims[i - 1]!.span.start);
    });
  });

  it('makes no claim of the narration', () => {
    expect(parsed.claims.some((c) => c.text.startsWith('Six months after the end of the Second Karabakh War'))).toBe(false);
    expect(parsed.claims.some((c) => c.text.includes('Ilham Aliyev said in Nakhchivan'))).toBe(false);
  });
});
