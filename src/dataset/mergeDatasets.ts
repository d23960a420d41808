import { InvalidInputError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';

const KEYS = ['articles', 'speakers', 'statements', 'claims', 'events'] as const;

/**
 * Merges datasets into one, in argument order. Refuses two articles with the same id (records of one
 * article appearing twice would otherwise break referential integrity).
 *
 * @param datasets - The datasets to merge.
 * @returns A new Dataset (the inputs are not modified).
 * @throws {@link InvalidInputError} when an argument is not a Dataset or an article id occurs twice.
 * @example
 * ```ts
 * const all = mergeDatasets(seedDataset, buildDataset([parseArticle(text, { id: 'mine' })]));
 * all.articles.length;
 * //=> 2
 * ```
 * @category Dataset
 */
export function mergeDatasets(...datasets: readonly Dataset[]): Dataset {
  const fn = 'mergeDatasets';
  const merged: Dataset = { articles: [], speakers: [], statements: [], claims: [], events: [] };
  const seen = new Set<string>();
  datasets.forEach((ds: unknown, i) => {
    const d = ds as Record<string, unknown> | null;
    const bad = typeof d !== 'object' || d === null ? 'dataset' : KEYS.find((k) => !Array.isArray(d[k]));
    if (bad !== undefined) {
      throw new InvalidInputError(`${fn}: argument ${i} is not a Dataset (${bad === 'dataset' ? 'not an object' : `${bad} is not an array`})`, [
        { code: 'custom', path: [i], message: 'expected a Dataset', input: ds },
      ]);
    }
    const dataset = ds as Dataset;
    dataset.articles.forEach((a, j) => {
      if (seen.has(a.id)) {
        throw new InvalidInputError(`${fn}: duplicate article id "${a.id}" (in argument ${i})`, [
          { code: 'custom', path: [i, 'articles', j, 'id'], message: `duplicate article id "${a.id}"`, input: a.id },
        ]);
      }
      seen.add(a.id);
    });
    for (const key of KEYS) (merged[key] as unknown[]).push(...dataset[key]);
  });
  return merged;
}
