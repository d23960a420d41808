import type { Dataset } from '../model/dataset.js';
import type { Statement } from '../model/statement.js';
import {
  assertDataset,
  assertText,
  dayRange,
  inRange,
  mentionsTopic,
  publicationDates,
  resolveSpeakers,
  statementDate,
  topicStems,
  type DateInput,
} from './_shared.js';

/**
 * Narrows {@link statementsBy}: a topic and a date range.
 * @category Queries
 */
export interface StatementsByOptions {
  /** Keep only statements whose text contains all these words (see {@link statementsAbout}). */
  about?: string | readonly string[];
  /** Keep only statements dated on or after this day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, ISO date-time or `Date`). */
  from?: DateInput;
  /** Keep only statements dated on or before this day. */
  to?: DateInput;
}

/**
 * Returns what a speaker said: every statement one of whose speakers is the speaker named (by id, name or
 * alias, across all articles), optionally about a topic and within dates. A statement is dated by its own
 * `date` or, failing that, its article's `publishedAt`; with `from` or `to`, undated statements are left out.
 *
 * @param dataset - The dataset to search.
 * @param speaker - A speaker id, a name or an alias (case and diacritics are ignored).
 * @param options - `about`, `from`, `to`.
 * @returns The statements, in dataset order.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset, `speaker` is empty or a date is invalid.
 * @example
 * ```ts
 * statementsBy(dataset, 'Lavrov', { about: 'railways', from: '2021-05' }).map((s) => s.text);
 * //=> ['Armenian railways are owned by Russian railways.']
 * ```
 * @category Queries
 */
export function statementsBy(dataset: Dataset, speaker: string, options: StatementsByOptions = {}): Statement[] {
  const fn = 'statementsBy';
  assertDataset(fn, dataset);
  assertText(fn, 'speaker', speaker);
  const range = dayRange(fn, options.from, options.to);
  const dated = options.from !== undefined || options.to !== undefined;
  const stems = options.about === undefined ? undefined : topicStems(options.about);
  const ids = new Set(resolveSpeakers(dataset, speaker).map((s) => s.id));
  if (!ids.size) return [];
  const published = publicationDates(dataset);
  return dataset.statements.filter(
    (st) =>
      st.speakerIds.some((id) => ids.has(id)) &&
      (stems === undefined || mentionsTopic(st.text, stems)) &&
      (!dated || inRange(statementDate(st, published), range)),
  );
}
