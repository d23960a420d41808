import type { Dataset } from '../model/dataset.js';
import type { Statement } from '../model/statement.js';
import { assertDataset, dayRange, inRange, publicationDates, statementDate, type DateInput } from './_shared.js';

/**
 * Returns the statements made between two days, inclusive. A statement is dated by its own `date` or, failing
 * that, its article's `publishedAt`; undated ones are left out. A date known only to the month or year counts
 * when the whole month or year lies in the range; `from: '2021-05'` starts on 1 May, `to: '2021-05'` ends on 31 May.
 *
 * @param dataset - The dataset to search.
 * @param from - First day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, ISO date-time or `Date`); `undefined` for no lower bound.
 * @param to - Last day; `undefined` for no upper bound.
 * @returns The statements, in dataset order.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset, a date is invalid or `from` is after `to`.
 * @example
 * ```ts
 * statementsBetween(dataset, '2021-05-01', '2021-05-31').length;
 * //=> 4
 * statementsBetween(dataset, '2021-02-30', '2021-03-01');
 * // throws InvalidInputError: statementsBetween: from must be a date ...
 * ```
 * @category Queries
 */
export function statementsBetween(dataset: Dataset, from: DateInput | undefined, to: DateInput | undefined): Statement[] {
  assertDataset('statementsBetween', dataset);
  const range = dayRange('statementsBetween', from, to);
  const published = publicationDates(dataset);
  return dataset.statements.filter((st) => inRange(statementDate(st, published), range));
}
