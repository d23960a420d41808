import type { DateRef } from '../model/dateRef.js';

/**
 * Options of {@link extractDates}.
 * @category Dates
 */
export interface ExtractDatesOptions {
  /** Reference date (`YYYY-MM-DD`, ISO date-time or `Date`) that relative expressions resolve against. */
  publishedAt?: string | Date;
}

/**
 * Finds every date expression in a text.
 * @param text - Any text.
 * @param options - The reference date.
 * @returns The dates in text order.
 * @category Dates
 */
export function extractDates(text: string, options?: ExtractDatesOptions): DateRef[] {
  void text;
  void options;
  return [];
}
