import type { DateRef } from '../../model/dateRef.js';
import type { Configuration, StageContext } from '../types.js';

/** Stage 5: every date expression, resolved against the article date where it has one. */
export function findDates(ctx: StageContext, _config: Configuration): DateRef[] {
  void ctx;
  return [];
}
