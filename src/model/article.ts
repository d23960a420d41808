import { z } from 'zod';

/**
 * One news article: the exact text that was parsed plus what is known about it.
 *
 * @example
 * ```ts
 * ArticleSchema.parse({ id: 'a1', text: 'Hello.', language: 'en' });
 * ```
 * @category Model
 */
export const ArticleSchema = z.object({
  /** Deterministic id: the `id` option, or one derived from a hash of the text. */
  id: z.string().min(1),
  /** Exactly the string passed to the parser; every offset indexes it. */
  text: z.string(),
  /** Headline, where given. */
  title: z.string().optional(),
  /** Publication date as `YYYY-MM-DD`; relative dates are resolved against it. */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).optional(),
  /** Where the article was published. */
  url: z.string().optional(),
  /** Who published it. */
  publisher: z.string().optional(),
  /** BCP 47 language tag of the text (`en`). */
  language: z.string().min(2),
});

/**
 * A parsed news article's text and metadata.
 * @category Model
 */
export type Article = z.output<typeof ArticleSchema>;
