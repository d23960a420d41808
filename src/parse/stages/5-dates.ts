import { toDateRefs } from '../../dates/hints.js';
import { scanDates } from '../../dates/scanDates.js';
import type { DateRef } from '../../model/dateRef.js';
import type { Configuration, StageContext } from '../types.js';

/**
 * Stage 5: every date expression, resolved against the article date where it has one (the same engine as
 * `extractDates`, with the configuration's locale). Each returned DateRef has hints (tense, offset from an
 * event) available through `dateHints()` from `src/dates/hints.ts`. A date that cannot be given a value
 * ("yesterday" without `publishedAt`, "six months after the war" with no date for the war) is reported as an
 * `unresolved-date` issue; the events stage may still resolve an offset against an event's date.
 */
export function findDates(ctx: StageContext, config: Configuration): DateRef[] {
  const dates = toDateRefs(ctx.text, scanDates(ctx.text, ctx.publishedAt, config.locale.dates), config.locale.dates);
  for (const d of dates) {
    if (d.certainty !== 'unresolved' || !d.span) continue;
    ctx.issues.push({
      code: 'unresolved-date',
      message: ctx.publishedAt
        ? `"${d.text}" is relative to something the text does not date, so it has no value`
        : `"${d.text}" is relative and has no value without publishedAt`,
      span: { start: d.span.start, end: d.span.end },
    });
  }
  return dates;
}
