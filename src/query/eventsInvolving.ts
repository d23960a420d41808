import type { Dataset } from '../model/dataset.js';
import type { Event } from '../model/event.js';
import { assertDataset, assertText, resolveSpeakers } from './_shared.js';

/**
 * Returns the events a speaker took part in (by id, name or alias, across all articles).
 *
 * @param dataset - The dataset to search.
 * @param speaker - A speaker id, a name or an alias (case and diacritics are ignored).
 * @returns The events, in dataset order.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset or `speaker` is empty.
 * @example
 * ```ts
 * eventsInvolving(dataset, 'Vladimir Putin').map((e) => e.type);
 * //=> ['call']
 * ```
 * @category Queries
 */
export function eventsInvolving(dataset: Dataset, speaker: string): Event[] {
  assertDataset('eventsInvolving', dataset);
  assertText('eventsInvolving', 'speaker', speaker);
  const ids = new Set(resolveSpeakers(dataset, speaker).map((s) => s.id));
  if (!ids.size) return [];
  return dataset.events.filter((ev) => ev.participants.some((p) => ids.has(p.speakerId)));
}
