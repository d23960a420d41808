import { z } from 'zod';
import { SpanSchema } from './span.js';

/**
 * How finely a {@link DateRef} is known.
 *
 * @example
 * ```ts
 * DatePrecisionSchema.options;
 * //=> ['day', 'month', 'year', 'unknown']
 * ```
 * @category Model
 */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year', 'unknown']);
/** @category Model */
export type DatePrecision = z.output<typeof DatePrecisionSchema>;

/**
 * Where a date's value comes from: written out in full (`stated`), worked out from the article's
 * date (`resolved`), or not worked out at all (`unresolved`, for example "yesterday" without `publishedAt`).
 *
 * @example
 * ```ts
 * DateCertaintySchema.safeParse('guessed').success;
 * //=> false
 * ```
 * @category Model
 */
export const DateCertaintySchema = z.enum(['stated', 'resolved', 'unresolved']);
/** @category Model */
export type DateCertainty = z.output<typeof DateCertaintySchema>;

/**
 * A part of the day named in the text ("in the morning").
 *
 * @example
 * ```ts
 * PartOfDaySchema.options;
 * //=> ['morning', 'afternoon', 'evening', 'night']
 * ```
 * @category Model
 */
export const PartOfDaySchema = z.enum(['morning', 'afternoon', 'evening', 'night']);
/** @category Model */
export type PartOfDay = z.output<typeof PartOfDaySchema>;

const ISO_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/**
 * A date expression found in the text, with its ISO value where it can be known.
 *
 * `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to match `precision`.
 *
 * @example
 * ```ts
 * DateRefSchema.parse({ value: '2020-11-10', precision: 'day', text: 'On 10 November', certainty: 'resolved' });
 * ```
 * @category Model
 */
export const DateRefSchema = z.object({
  /** ISO calendar value: `2021-05-10`, `2021-05` or `2021`. */
  value: z.string().regex(ISO_VALUE, 'value must be YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  /** How finely the value is known. */
  precision: DatePrecisionSchema,
  /** The words as written. */
  text: z.string(),
  /** Where the words stand in the article text. */
  span: SpanSchema.optional(),
  /** Whether the value was stated, resolved against the article date, or left unresolved. */
  certainty: DateCertaintySchema,
  /** Part of the day, where the text names one. */
  partOfDay: PartOfDaySchema.optional(),
  /** Ids of the rules that produced this date. */
  via: z.array(z.string()).optional(),
});

/**
 * A date expression with its value, precision and position.
 * @category Model
 */
export type DateRef = z.output<typeof DateRefSchema>;
