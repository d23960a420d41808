import type { EntitiesLocale } from '../types/entities.js';

/** English data for the entities stage(s). */
export const entities = {
  words: [],
} satisfies EntitiesLocale;
