import type { Dataset } from '../model/dataset.js';
import type { Event } from '../model/event.js';
import type { Statement } from '../model/statement.js';
import {
  assertDataset,
  assertText,
  dateValue,
  interval,
  publicationDates,
  resolveSpeakers,
  statementDate,
} from './_shared.js';

/**
 * One entry of a {@link timeline}: an event or a statement, with the date it is placed at.
 * @category Queries
 */
export type TimelineEntry =
  | {
      /** An event. */
      kind: 'event';
      /** The event's date value (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), if it has one. */
      date: string | undefined;
      /** The event. */
      event: Event;
    }
  | {
      /** A statement. */
      kind: 'statement';
      /** The statement's date value, or its article's publication date. */
      date: string;
      /** The statement. */
      statement: Statement;
    };

/**
 * Narrows a {@link timeline} to one speaker.
 * @category Queries
 */
export interface TimelineOptions {
  /** Keep only events with this participant and statements by this speaker (id, name or alias). */
  speaker?: string;
}

/**
 * Puts events and dated statements in date order. Entries are sorted by the first day their date covers
 * (so "2021" comes before "2021-05-10"); ties keep dataset order, events before statements; undated events
 * come last. A statement is dated by its `date` or its article's `publishedAt`; statements with neither are
 * left out.
 *
 * @param dataset - The dataset.
 * @param options - `speaker`: only what this speaker said or took part in.
 * @returns The entries, sorted; the sort is stable.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset or `speaker` is empty.
 * @example
 * ```ts
 * timeline(dataset, { speaker: 'Aliyev' }).map((e) => `${e.date ?? '?'} ${e.kind}`);
 * //=> ['2020-11-10 event', '2021-05-10 event', '2021-05-10 statement']
 * ```
 * @category Queries
 */
export function timeline(dataset: Dataset, options: TimelineOptions = {}): TimelineEntry[] {
  assertDataset('timeline', dataset);
  let ids: Set<string> | undefined;
  if (options.speaker !== undefined) {
    assertText('timeline', 'speaker', options.speaker);
    ids = new Set(resolveSpeakers(dataset, options.speaker).map((s) => s.id));
  }
  const published = publicationDates(dataset);
  const entries: { entry: TimelineEntry; key: string }[] = [];
  for (const event of dataset.events) {
    if (ids && !event.participants.some((p) => ids.has(p.speakerId))) continue;
    const date = dateValue(event.date);
    entries.push({ entry: { kind: 'event', date, event }, key: date === undefined ? '\uffff' : (interval(date)?.[0] ?? '\uffff') });
  }
  for (const statement of dataset.statements) {
    if (ids && !statement.speakerIds.some((id) => ids.has(id))) continue;
    const date = statementDate(statement, published);
    const first = date === undefined ? undefined : interval(date)?.[0];
    if (date === undefined || first === undefined) continue;
    entries.push({ entry: { kind: 'statement', date, statement }, key: first });
  }
  // Array.prototype.sort is stable; events were pushed first, so they win ties.
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => e.entry);
}
