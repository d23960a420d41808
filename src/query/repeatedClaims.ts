import type { Claim } from '../model/claim.js';
import type { Dataset } from '../model/dataset.js';
import { assertDataset, candidatePairs, claimArticles, jaccard, proposition, thresholdOption } from './_shared.js';

/**
 * Tunes {@link repeatedClaims}.
 * @category Queries
 */
export interface RepeatedClaimsOptions {
  /** Minimum Jaccard similarity of the claims' content words, 0..1 (default 0.6). */
  threshold?: number;
  /** Group claims from the same article too (default `false`: only across articles). */
  sameArticle?: boolean;
}

/**
 * A claim made more than once: the claims, the articles they come from, and how alike they are.
 * @category Queries
 */
export interface ClaimGroup {
  /** The claims, in dataset order. */
  claims: Claim[];
  /** The distinct articles they come from, in order of first appearance. */
  articleIds: string[];
  /** The highest similarity between two claims of the group. */
  similarity: number;
}

/**
 * Finds the same claim made in several articles. Claims are compared on their content words (case,
 * diacritics, plural endings, function words, negations and numbers set aside) by Jaccard similarity;
 * claims at or above the threshold are grouped, transitively. Only groups spanning at least two articles
 * are returned (or two claims, with `sameArticle`).
 *
 * @param dataset - The dataset to search.
 * @param options - `threshold` (default 0.6), `sameArticle` (default `false`).
 * @returns The groups, ordered by their first claim's position in the dataset.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset or `threshold` is not in (0, 1].
 * @example
 * ```ts
 * repeatedClaims(dataset).map((g) => g.articleIds);
 * //=> [['a1', 'a2']]
 * ```
 * @category Queries
 */
export function repeatedClaims(dataset: Dataset, options: RepeatedClaimsOptions = {}): ClaimGroup[] {
  assertDataset('repeatedClaims', dataset);
  const threshold = thresholdOption('repeatedClaims', options.threshold, 0.6);
  const articleOf = claimArticles(dataset);
  const claims = dataset.claims;
  const props = claims.map((c) => proposition(c.text));
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const best = new Map<number, number>();
  const pairScore: Array<[number, number, number]> = [];
  for (const [i, j] of candidatePairs(props)) {
    if (!options.sameArticle && articleOf.get(claims[i]!.id) === articleOf.get(claims[j]!.id)) continue;
    const sim = jaccard(props[i]!.content, props[j]!.content);
    if (sim < threshold) continue;
    pairScore.push([i, j, sim]);
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
  for (const [i, , sim] of pairScore) {
    const root = find(i);
    best.set(root, Math.max(best.get(root) ?? 0, sim));
  }
  const groups = new Map<number, number[]>();
  claims.forEach((_, i) => {
    const root = find(i);
    if (!best.has(root)) return;
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(i);
  });
  const result: ClaimGroup[] = [];
  for (const [root, members] of [...groups].sort((a, b) => a[0] - b[0])) {
    const articleIds = [...new Set(members.map((i) => articleOf.get(claims[i]!.id) ?? ''))];
    if (members.length < 2 || (!options.sameArticle && articleIds.length < 2)) continue;
    result.push({ claims: members.map((i) => claims[i]!), articleIds, similarity: best.get(root) ?? 0 });
  }
  return result;
}
