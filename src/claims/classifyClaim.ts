import type { ClaimFeature, ClaimKind } from '../model/claim.js';

/**
 * What {@link classifyClaim} says of a sentence.
 * @category Claims
 */
export interface ClaimClassification {
  kind: ClaimKind;
  checkworthiness: number;
  negated: boolean;
  via: string[];
  features: ClaimFeature[];
}

/**
 * Types a sentence and scores how check-worthy it is.
 * @param text - One sentence.
 * @returns Its kind, score, negation and the rules behind them.
 * @category Claims
 */
export function classifyClaim(text: string): ClaimClassification {
  void text;
  return { kind: 'other', checkworthiness: 0, negated: false, via: [], features: [] };
}
