import type { EventsLocale } from '../types/events.js';

/** English data for the events stage(s). */
export const events = {
  words: [],
} satisfies EventsLocale;
