import type { ClaimsLocale } from '../types/claims.js';

/** English data for the claims stage(s). */
export const claims = {
  words: [],
} satisfies ClaimsLocale;
