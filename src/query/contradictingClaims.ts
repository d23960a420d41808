import type { Claim } from '../model/claim.js';
import type { Dataset } from '../model/dataset.js';
import { assertDataset, candidatePairs, jaccard, proposition, thresholdOption } from './_shared.js';

/**
 * Tunes {@link contradictingClaims}.
 * @category Queries
 */
export interface ContradictingClaimsOptions {
  /** Minimum Jaccard similarity of the two claims' content words for them to state the same proposition (default 0.6). */
  threshold?: number;
}

/**
 * Two claims that state the same proposition but cannot both be true.
 * @category Queries
 */
export interface ClaimContradiction {
  /** The earlier claim in dataset order. */
  a: Claim;
  /** The later claim. */
  b: Claim;
  /** `negation`: one denies what the other asserts; `numbers`: they give different numbers. */
  reason: 'negation' | 'numbers';
  /** Jaccard similarity of their content words. */
  similarity: number;
}

/**
 * Finds pairs of claims that contradict each other: the same proposition (content words alike at or above
 * the threshold, negations and numbers set aside) where one is negated and the other is not, or where both
 * give numbers and the numbers differ. Negation comes from the claim's `negated` flag or from negation words
 * in its text. Pairs from the same statement are skipped.
 *
 * @param dataset - The dataset to search.
 * @param options - `threshold` (default 0.6).
 * @returns The pairs, ordered by the position of `a`, then `b`.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset or `threshold` is not in (0, 1].
 * @example
 * ```ts
 * contradictingClaims(dataset).map((c) => [c.a.text, c.b.text, c.reason]);
 * //=> [['The pipeline carries 40 tonnes a day.', 'The pipeline carries 25 tonnes a day.', 'numbers']]
 * ```
 * @category Queries
 */
export function contradictingClaims(dataset: Dataset, options: ContradictingClaimsOptions = {}): ClaimContradiction[] {
  assertDataset('contradictingClaims', dataset);
  const threshold = thresholdOption('contradictingClaims', options.threshold, 0.6);
  const claims = dataset.claims;
  const props = claims.map((c) => proposition(c.text));
  const result: ClaimContradiction[] = [];
  for (const [i, j] of candidatePairs(props)) {
    const a = claims[i]!;
    const b = claims[j]!;
    if (a.statementId === b.statementId) continue;
    const pa = props[i]!;
    const pb = props[j]!;
    const similarity = jaccard(pa.content, pb.content);
    if (similarity < threshold) continue;
    const negA = a.negated || pa.negated;
    const negB = b.negated || pb.negated;
    if (negA !== negB) {
      result.push({ a, b, reason: 'negation', similarity });
      continue;
    }
    if (pa.numbers.length && pb.numbers.length) {
      const sa = [...new Set(pa.numbers)].sort((x, y) => x - y).join(' ');
      const sb = [...new Set(pb.numbers)].sort((x, y) => x - y).join(' ');
      if (sa !== sb) result.push({ a, b, reason: 'numbers', similarity });
    }
  }
  return result;
}
