import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/index.js';
import { seedDataset } from '../../src/seeds/index.js';
import { generateSeedDataset, seedsDir } from '../../scripts/build-seeds.mjs';

const committed = readFileSync(join(seedsDir, 'dataset.json'), 'utf8');

describe('the seed dataset', () => {
  it('passes DatasetSchema (shape and referential integrity)', () => {
    const result = DatasetSchema.safeParse(JSON.parse(committed));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('holds every seed article with its sidecar metadata', () => {
    const data = JSON.parse(committed) as { articles: { id: string; publishedAt?: string; title?: string }[] };
    expect(data.articles.length).toBeGreaterThan(0);
    for (const article of data.articles) {
      expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(article.title).toBeTruthy();
    }
  });

  it('equals a fresh regeneration from the built package (run `npm run seeds` after changing the parser)', async () => {
    // @ts-ignore dist/ is built by `npm test` before vitest runs; it has no types in the source tree.
    const lib = (await import('../../dist/index.js')) as typeof import('../../src/index.js');
    const fresh = generateSeedDataset(lib);
    expect(fresh.endsWith('}\n')).toBe(true);
    expect(committed === fresh, 'seeds/dataset.json is stale: run `npm run seeds`').toBe(true);
  });

  it('is what claimtrack/seeds exports', () => {
    expect(seedDataset).toEqual(JSON.parse(committed));
  });
});
