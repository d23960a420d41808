import { InvalidInputError } from '../errors.js';
import { en } from '../locales/en/index.js';
import type { DateRef } from '../model/dateRef.js';
import { normalisePublishedAt } from '../parse/options.js';
import { toDateRefs } from './hints.js';
import { scanDates } from './scanDates.js';

/**
 * Options of {@link extractDates}.
 * @category Dates
 */
export interface ExtractDatesOptions {
  /** Reference date (`YYYY-MM-DD`, ISO date-time or `Date`) that relative expressions resolve against. */
  publishedAt?: string | Date;
}

/**
 * Finds every date expression in a text ("10 November", "Nov. 10, 2020", "yesterday", "last week",
 * "two days ago", "on Tuesday", "Sunday morning") and resolves it against the publication date.
 *
 * A day or month without a year is placed before the publication date when its sentence is in the past tense
 * and after it when the sentence speaks of the future ("will", "plans to"); weekdays likewise. Dates written
 * in full are `stated`; the others are `resolved` when `publishedAt` is given and `unresolved` (with no
 * `value`) when it is not: the clock is never read.
 *
 * @param text - Any text.
 * @param options - `publishedAt`: the reference date.
 * @returns The dates in text order, each with its span, the words as written, an ISO value and a precision.
 * @throws {@link InvalidInputError} when `text` is not a string, `options` is not an object, or `publishedAt` is not a valid date.
 * @example
 * ```ts
 * extractDates('The treaty was signed on 10 November.', { publishedAt: '2021-05-10' });
 * //=> [{ precision: 'day', text: '10 November', span: { start: 25, end: 36 }, certainty: 'resolved', value: '2020-11-10', via: ['dates/day-month'] }]
 * extractDates('They met yesterday.');
 * //=> [{ precision: 'day', text: 'yesterday', span: { start: 9, end: 18 }, certainty: 'unresolved', via: ['dates/relative-day'] }]
 * ```
 * @category Dates
 */
export function extractDates(text: string, options?: ExtractDatesOptions): DateRef[] {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : typeof text;
    throw new InvalidInputError(`extractDates: text must be a string, received ${got}`, [
      { code: 'invalid_type', expected: 'string', path: ['text'], message: `expected a string, received ${got}`, input: text },
    ]);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidInputError(`extractDates: options must be an object`, [
      { code: 'invalid_type', expected: 'object', path: [], message: 'expected an object', input: options },
    ]);
  }
  let ref: string | undefined;
  const p: unknown = options?.publishedAt;
  if (p !== undefined) {
    const normalised = typeof p === 'string' || p instanceof Date ? normalisePublishedAt(p) : null;
    if (normalised === null) {
      throw new InvalidInputError(
        'extractDates: invalid options: publishedAt: publishedAt must be a valid date: YYYY-MM-DD, an ISO date-time, or a valid Date',
        [{ code: 'custom', path: ['publishedAt'], message: 'publishedAt must be a valid date', input: p }],
      );
    }
    ref = normalised;
  }
  return toDateRefs(text, scanDates(text, ref, en.dates), en.dates);
}
