import type { Dataset } from '../model/dataset.js';
import type { Event } from '../model/event.js';
import { assertDataset, dateValue, dayRange, inRange, type DateInput } from './_shared.js';

/**
 * Returns the events that happened between two days, inclusive, by their `date`; undated events are left out.
 * A date known only to the month or year counts when the whole month or year lies in the range.
 *
 * @param dataset - The dataset to search.
 * @param from - First day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, ISO date-time or `Date`); `undefined` for no lower bound.
 * @param to - Last day; `undefined` for no upper bound.
 * @returns The events, in dataset order.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset, a date is invalid or `from` is after `to`.
 * @example
 * ```ts
 * eventsBetween(dataset, '2021-05-10', '2021-05-10').map((e) => e.type);
 * //=> ['visit', 'call', 'meeting']
 * ```
 * @category Queries
 */
export function eventsBetween(dataset: Dataset, from: DateInput | undefined, to: DateInput | undefined): Event[] {
  assertDataset('eventsBetween', dataset);
  const range = dayRange('eventsBetween', from, to);
  return dataset.events.filter((ev) => inRange(dateValue(ev.date), range));
}
