import { z } from 'zod';
import { InvalidInputError } from '../errors.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** Turns a `publishedAt` option into `YYYY-MM-DD`, or `null` when it is not a real calendar date. */
export function normalisePublishedAt(value: string | Date): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return value.toISOString().slice(0, 10);
  }
  const m = ISO_DAY.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const PublishedAtSchema = z.union([z.string(), z.date()]).refine((v) => normalisePublishedAt(v) !== null, {
  message: 'publishedAt must be a valid date: YYYY-MM-DD, an ISO date-time, or a valid Date',
});

/**
 * Options of {@link parseArticle}. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * ParseOptionsSchema.safeParse({ publishedAt: '2021-02-30' }).success;
 * //=> false
 * ParseOptionsSchema.safeParse({ publishedAt: '2021-05-10', id: 'a1' }).success;
 * //=> true
 * ```
 * @category Parsing
 */
export const ParseOptionsSchema = z.strictObject({
  /** The article's publication date (`YYYY-MM-DD`, an ISO date-time or a `Date`); relative dates resolve against it. */
  publishedAt: PublishedAtSchema.optional(),
  /** The article id; by default one is derived from a hash of the text. */
  id: z.string().min(1).optional(),
  /** The headline. */
  title: z.string().optional(),
  /** Where the article was published. */
  url: z.string().optional(),
  /** Who published it. */
  publisher: z.string().optional(),
  /** Keep, on each claim, the features that moved its check-worthiness score. */
  explain: z.boolean().optional(),
});

/**
 * Options of {@link parseArticle}.
 * @category Parsing
 */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

/** Validates `text` and `options` for the function named `fn`; throws {@link InvalidInputError}. */
export function validateParseInput(fn: string, text: unknown, options: unknown): z.output<typeof ParseOptionsSchema> {
  if (typeof text !== 'string') {
    const issue: z.core.$ZodIssue = {
      code: 'invalid_type',
      expected: 'string',
      path: ['text'],
      message: `expected a string, received ${text === null ? 'null' : typeof text}`,
      input: text,
    };
    throw new InvalidInputError(`${fn}: text must be a string, received ${text === null ? 'null' : typeof text}`, [issue]);
  }
  const result = ParseOptionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const detail = result.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    throw new InvalidInputError(`${fn}: invalid options: ${detail}`, result.error.issues, { cause: result.error });
  }
  return result.data;
}
