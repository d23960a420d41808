import type { Claim } from '../../model/claim.js';
import type { DateRef } from '../../model/dateRef.js';
import type { Statement } from '../../model/statement.js';
import type { Configuration, EntityIndex, Segmentation, StageContext } from '../types.js';

/** Stage 6: split statements into claims and classify each. */
export function extractClaims(
  ctx: StageContext,
  seg: Segmentation,
  statements: Statement[],
  index: EntityIndex,
  dates: DateRef[],
  _config: Configuration,
): Claim[] {
  void ctx;
  void seg;
  void statements;
  void index;
  void dates;
  return [];
}
