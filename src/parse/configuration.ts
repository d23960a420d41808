import { z } from 'zod';
import { en } from '../locales/en/index.js';
import { SpeakerKindSchema } from '../model/speaker.js';
import type { Configuration } from './types.js';

/**
 * A speaker the parser should know in advance: the name, and other forms that refer to the same speaker.
 *
 * @example
 * ```ts
 * KnownSpeakerSchema.parse({ name: 'Volodymyr Zelensky', aliases: ['Zelenskiy'] }).aliases;
 * //=> ['Zelenskiy']
 * ```
 * @category Parsing
 */
export const KnownSpeakerSchema = z.strictObject({
  /** The full name. */
  name: z.string().trim().min(1),
  /** Person, organisation or group (default `person`). */
  kind: SpeakerKindSchema.optional(),
  /** Other forms: a surname, a transliteration, a nickname. */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** Roles ("Foreign Minister"). */
  titles: z.array(z.string().trim().min(1)).optional(),
});
/** @category Parsing */
export type KnownSpeaker = z.input<typeof KnownSpeakerSchema>;

/**
 * Configuration of {@link createParser}. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * ParserConfigSchema.safeParse({ speechVerbs: ['quipped'] }).success;
 * //=> true
 * ParserConfigSchema.safeParse({ verbs: ['quipped'] }).success;
 * //=> false
 * ```
 * @category Parsing
 */
export const ParserConfigSchema = z.strictObject({
  /** Extra reporting verbs (any form: "grumbled", "quipped"), on top of the English list. */
  speechVerbs: z.array(z.string().trim().min(1)).optional(),
  /** Speakers to recognise by name and alias. */
  knownSpeakers: z.array(KnownSpeakerSchema).optional(),
});
/** @category Parsing */
export type ParserConfig = z.input<typeof ParserConfigSchema>;

/** A fresh default configuration (nothing shared between parsers, so nothing can be mutated across them). */
export function defaultConfiguration(): Configuration {
  return { locale: en, extraSpeechVerbs: [], knownSpeakers: [] };
}
