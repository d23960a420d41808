import type { AttributionLocale } from './types/attribution.js';
import type { ClaimsLocale } from './types/claims.js';
import type { DatesLocale } from './types/dates.js';
import type { EntitiesLocale } from './types/entities.js';
import type { EventsLocale } from './types/events.js';

/**
 * All the language data the parser uses, as typed data: reporting verbs, titles and roles, demonyms,
 * date words, event triggers, claim cues. Stages hold no words of their own.
 */
export interface LanguagePack {
  /** BCP 47 code of the language (`en`). */
  readonly code: string;
  /** Reporting verbs and phrases, attribution shapes (stages 2-3). */
  readonly attribution: AttributionLocale;
  /** Titles, roles, demonyms, pronouns, descriptors, organisation words (stage 4). */
  readonly entities: EntitiesLocale;
  /** Month and weekday names, relative date words (stage 5). */
  readonly dates: DatesLocale;
  /** Event triggers and their types and CAMEO codes (stage 7). */
  readonly events: EventsLocale;
  /** Hedges, modals, evaluative words, claim cues (stage 6). */
  readonly claims: ClaimsLocale;
}

export type { AttributionLocale, ClaimsLocale, DatesLocale, EntitiesLocale, EventsLocale };
