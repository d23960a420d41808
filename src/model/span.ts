import { z } from 'zod';

/**
 * A half-open range `[start, end)` of UTF-16 code units in `Article.text`, the string the user passed in.
 *
 * @example
 * ```ts
 * SpanSchema.parse({ start: 0, end: 4 });
 * //=> { start: 0, end: 4 }
 * ```
 * @category Model
 */
export const SpanSchema = z
  .object({
    /** First code unit of the range. */
    start: z.number().int().nonnegative(),
    /** One past the last code unit of the range. */
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] });

/**
 * A half-open range of UTF-16 offsets into the article text.
 * @category Model
 */
export type Span = z.output<typeof SpanSchema>;

/**
 * A span with the words it covers: `text === article.text.slice(start, end)`.
 *
 * @example
 * ```ts
 * MentionSchema.parse({ start: 4, end: 8, text: 'said' });
 * //=> { start: 4, end: 8, text: 'said' }
 * ```
 * @category Model
 */
export const MentionSchema = z
  .object({
    /** First code unit of the mention. */
    start: z.number().int().nonnegative(),
    /** One past the last code unit of the mention. */
    end: z.number().int().nonnegative(),
    /** The words as they stand in the text. */
    text: z.string(),
  })
  .refine((m) => m.end >= m.start, { message: 'end must not be before start', path: ['end'] })
  .refine((m) => m.text.length === m.end - m.start, {
    message: 'text length must equal end - start',
    path: ['text'],
  });

/**
 * A span of the article text together with the words it covers.
 * @category Model
 */
export type Mention = z.output<typeof MentionSchema>;
