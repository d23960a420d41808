import { z } from 'zod';
import { DateRefSchema } from './dateRef.js';
import { MentionSchema, SpanSchema } from './span.js';

/**
 * `direct`: wholly inside quotation marks; `partial`: reported speech that quotes some words;
 * `indirect`: reported speech without quotation marks.
 *
 * @example
 * ```ts
 * StatementKindSchema.options;
 * //=> ['direct', 'partial', 'indirect']
 * ```
 * @category Model
 */
export const StatementKindSchema = z.enum(['direct', 'partial', 'indirect']);
/** @category Model */
export type StatementKind = z.output<typeof StatementKindSchema>;

/**
 * Something someone said or wrote, as the article reports it.
 *
 * @example
 * ```ts
 * StatementSchema.parse({
 *   id: 'a1:st:0', articleId: 'a1', kind: 'direct', text: 'We will win.',
 *   spans: [{ start: 1, end: 13 }], speakerIds: [], source: null, cue: null, via: ['quotes/paired-marks'],
 * });
 * ```
 * @category Model
 */
export const StatementSchema = z.object({
  /** Deterministic id. */
  id: z.string().min(1),
  /** The article it comes from. */
  articleId: z.string().min(1),
  /** Direct quote, partial quote or reported speech. */
  kind: StatementKindSchema,
  /** The content: the spans' text joined by a space. */
  text: z.string(),
  /** The content fragments in order, without enclosing quotation marks. */
  spans: z.array(SpanSchema),
  /** Who said it: several for a joint statement, none when unknown. */
  speakerIds: z.array(z.string()),
  /** Where the speaker is named for this statement ("he", "Ilham Aliyev"). */
  source: MentionSchema.nullable(),
  /** The reporting verb or phrase ("said", "according to"). */
  cue: MentionSchema.nullable(),
  /** When it was said, where the text tells. */
  date: DateRefSchema.optional(),
  /** Where it was said, where the text tells. */
  place: z.string().optional(),
  /** Ids of the rules that produced it. */
  via: z.array(z.string()),
});

/**
 * A direct quote, partial quote or piece of reported speech.
 * @category Model
 */
export type Statement = z.output<typeof StatementSchema>;
