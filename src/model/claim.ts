import { z } from 'zod';
import { MentionSchema, SpanSchema } from './span.js';

/**
 * What a claim does: state a fact, give an opinion, predict, demand, ask, or none of these.
 *
 * @example
 * ```ts
 * ClaimKindSchema.options;
 * //=> ['factual', 'opinion', 'prediction', 'prescriptive', 'question', 'other']
 * ```
 * @category Model
 */
export const ClaimKindSchema = z.enum(['factual', 'opinion', 'prediction', 'prescriptive', 'question', 'other']);
/** @category Model */
export type ClaimKind = z.output<typeof ClaimKindSchema>;

/**
 * A feature that moved a claim's check-worthiness score, with its rule id and weight.
 *
 * @example
 * ```ts
 * ClaimFeatureSchema.parse({ id: 'claims/number', weight: 0.8, text: '40 tonnes' }).weight;
 * //=> 0.8
 * ```
 * @category Model
 */
export const ClaimFeatureSchema = z.object({
  /** Rule id (`claims/number`, `claims/hedge` ...). */
  id: z.string(),
  /** How much it added to (or, negative, took from) the score before squashing. */
  weight: z.number(),
  /** The words that fired it, where there are any. */
  text: z.string().optional(),
});
/** @category Model */
export type ClaimFeature = z.output<typeof ClaimFeatureSchema>;

/**
 * What a claim mentions: people, places, organisations, numbers and dates, with offsets.
 *
 * @example
 * ```ts
 * ClaimEntitySchema.parse({ start: 10, end: 12, text: '40', type: 'number' }).type;
 * //=> 'number'
 * ```
 * @category Model
 */
export const ClaimEntitySchema = MentionSchema.and(
  z.object({
    /** What the mention is. */
    type: z.enum(['person', 'place', 'organization', 'number', 'date', 'other']),
  }),
);
/** @category Model */
export type ClaimEntity = z.output<typeof ClaimEntitySchema>;

/**
 * A checkable proposition inside a statement.
 *
 * @example
 * ```ts
 * ClaimSchema.parse({
 *   id: 'a1:cl:0', statementId: 'a1:st:0', speakerIds: [], text: 'Prices rose 5%.',
 *   span: { start: 1, end: 16 }, kind: 'factual', checkworthiness: 0.8, negated: false, via: [],
 * });
 * ```
 * @category Model
 */
export const ClaimSchema = z.object({
  /** Deterministic id. */
  id: z.string().min(1),
  /** The statement it is part of. */
  statementId: z.string().min(1),
  /** Who makes the claim (the statement's speakers). */
  speakerIds: z.array(z.string()),
  /** The claim's words. */
  text: z.string(),
  /** Where they stand in the article text. */
  span: SpanSchema,
  /** What the claim does. */
  kind: ClaimKindSchema,
  /** 0..1: how much a fact-checker would want to check it. */
  checkworthiness: z.number().min(0).max(1),
  /** Whether the proposition is denied ("There is no ..."). */
  negated: z.boolean(),
  /** People, places, organisations, numbers and dates mentioned in the claim. */
  entities: z.array(ClaimEntitySchema).optional(),
  /** The features that moved the score, when asked for with `explain: true`. */
  features: z.array(ClaimFeatureSchema).optional(),
  /** Ids of the rules that produced it. */
  via: z.array(z.string()),
});

/**
 * A checkable proposition inside a statement.
 * @category Model
 */
export type Claim = z.output<typeof ClaimSchema>;
