import { z } from 'zod';
import { SpanSchema } from './span.js';

/**
 * A non-fatal problem found while parsing: an unclosed quote, an unattributed quote, an unresolvable date,
 * dates that disagree. Parsing goes on; the issue tells the user where to look.
 *
 * @example
 * ```ts
 * ParseIssueSchema.parse({ code: 'unclosed-quote', message: 'Quotation mark at 10 is never closed', span: { start: 10, end: 11 } });
 * ```
 * @category Model
 */
export const ParseIssueSchema = z.object({
  /** Stable machine-readable code (`unclosed-quote`, `unattributed-quote`, `conflicting-dates` ...). */
  code: z.string().min(1),
  /** What is wrong, in words. */
  message: z.string(),
  /** Where, when it has a place in the text. */
  span: SpanSchema.optional(),
});

/**
 * A non-fatal problem found while parsing.
 * @category Model
 */
export type ParseIssue = z.output<typeof ParseIssueSchema>;
