import { z } from 'zod';
import { MentionSchema } from './span.js';

/**
 * What kind of source a {@link Speaker} is.
 *
 * @example
 * ```ts
 * SpeakerKindSchema.options;
 * //=> ['person', 'organization', 'group', 'unknown']
 * ```
 * @category Model
 */
export const SpeakerKindSchema = z.enum(['person', 'organization', 'group', 'unknown']);
/** @category Model */
export type SpeakerKind = z.output<typeof SpeakerKindSchema>;

/**
 * A person, organisation or group that speaks or takes part in an event.
 *
 * @example
 * ```ts
 * SpeakerSchema.parse({
 *   id: 'a1:spk:ilham-aliyev', name: 'Ilham Aliyev', kind: 'person',
 *   aliases: ['Aliyev'], titles: ['President'], mentions: [],
 * });
 * ```
 * @category Model
 */
export const SpeakerSchema = z.object({
  /** Deterministic id. */
  id: z.string().min(1),
  /** The fullest form of the name seen in the text. */
  name: z.string().min(1),
  /** What kind of source this is. */
  kind: SpeakerKindSchema,
  /** Every other form that refers to the speaker: surname alone, a transliteration, a descriptor. */
  aliases: z.array(z.string()),
  /** Roles the text gives ("Russian Foreign Minister"). */
  titles: z.array(z.string()),
  /** Where the speaker is referred to, including pronouns and descriptors that were resolved to them. */
  mentions: z.array(MentionSchema),
});

/**
 * A person, organisation or group that speaks or takes part in an event.
 * @category Model
 */
export type Speaker = z.output<typeof SpeakerSchema>;
