import type { DatesLocale } from '../types/dates.js';

/** English data for the dates stage(s). */
export const dates = {
  words: [],
} satisfies DatesLocale;
