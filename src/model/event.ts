import { z } from 'zod';
import { DateRefSchema } from './dateRef.js';
import { MentionSchema } from './span.js';

/**
 * What kind of thing happened.
 *
 * @example
 * ```ts
 * EventTypeSchema.safeParse('call').success;
 * //=> true
 * ```
 * @category Model
 */
export const EventTypeSchema = z.enum([
  'visit',
  'call',
  'meeting',
  'signing',
  'arrival',
  'agreement',
  'conflict',
  'anniversary',
  'other',
]);
/** @category Model */
export type EventType = z.output<typeof EventTypeSchema>;

/**
 * A speaker taking part in an event, with a role where the text gives one (`host`, `visitor`, `caller` ...).
 *
 * @example
 * ```ts
 * ParticipantSchema.parse({ speakerId: 'a1:sp:jo', role: 'host' }).role;
 * //=> 'host'
 * ```
 * @category Model
 */
export const ParticipantSchema = z.object({
  /** The participant's {@link Speaker} id. */
  speakerId: z.string().min(1),
  /** Their role, where the text gives it. */
  role: z.string().optional(),
});
/** @category Model */
export type Participant = z.output<typeof ParticipantSchema>;

/**
 * Something that happened: a visit, a call, a meeting, a signing ...
 *
 * @example
 * ```ts
 * EventSchema.parse({ id: 'a1:ev:0', type: 'call', participants: [], mentions: [], via: ['events/call'] });
 * ```
 * @category Model
 */
export const EventSchema = z.object({
  /** Deterministic id. */
  id: z.string().min(1),
  /** What kind of event it is. */
  type: EventTypeSchema,
  /** CAMEO event code where one fits ("041" discuss by telephone, "042" make a visit ...). */
  cameo: z.string().optional(),
  /** Who took part. */
  participants: z.array(ParticipantSchema),
  /** Where it happened. */
  place: z.string().optional(),
  /** When it happened (the best-supported date). */
  date: DateRefSchema.optional(),
  /** Other dates the article gives for the same event, where they disagree with `date`. */
  alternativeDates: z.array(DateRefSchema).optional(),
  /** Every place the text refers to the event. */
  mentions: z.array(MentionSchema),
  /** Ids of the rules that produced it. */
  via: z.array(z.string()),
});

/**
 * Something that happened, with its participants, place and date.
 * @category Model
 */
export type Event = z.output<typeof EventSchema>;
