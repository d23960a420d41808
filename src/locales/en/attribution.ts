import type { AttributionLocale } from '../types/attribution.js';

/** English data for the attribution stage(s). */
export const attribution = {
  words: [],
} satisfies AttributionLocale;
