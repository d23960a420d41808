import { toDateRefs } from '../../dates/hints.js';
import { scanDates } from '../../dates/scanDates.js';
import type { DateRef } from '../../model/dateRef.js';
import type { Configuration, StageContext } from '../types.js';

/**
 * Stage 5: every date expression, resolved against the article date where it has one (the same engine as
 * `extractDates`, with the configuration's locale). Each returned DateRef has hints (tense, offset from an
 * event) available through `dateHints()` from `src/dates/hints.ts`.
 */
export function findDates(ctx: StageContext, config: Configuration): DateRef[] {
  return toDateRefs(ctx.text, scanDates(ctx.text, ctx.publishedAt, config.locale.dates), config.locale.dates);
}
