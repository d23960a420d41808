import type { Dataset } from '../model/dataset.js';
import type { Statement } from '../model/statement.js';
import { assertDataset, mentionsTopic, topicStems } from './_shared.js';
import { InvalidInputError } from '../errors.js';

/**
 * Returns the statements about a topic: those whose text contains every content word of `topic`, ignoring
 * case, diacritics, plural endings and function words ("the railways" matches "railway").
 *
 * @param dataset - The dataset to search.
 * @param topic - Words, as one string or a list.
 * @returns The statements, in dataset order.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset or `topic` has no words.
 * @example
 * ```ts
 * statementsAbout(dataset, 'Russian railways').map((s) => s.id);
 * //=> ['a1:st:3']
 * ```
 * @category Queries
 */
export function statementsAbout(dataset: Dataset, topic: string | readonly string[]): Statement[] {
  assertDataset('statementsAbout', dataset);
  const stems = typeof topic === 'string' || Array.isArray(topic) ? topicStems(topic) : [];
  if (!stems.length) {
    throw new InvalidInputError('statementsAbout: topic must contain at least one word', [
      { code: 'custom', path: ['topic'], message: 'no words', input: topic },
    ]);
  }
  return dataset.statements.filter((st) => mentionsTopic(st.text, stems));
}
