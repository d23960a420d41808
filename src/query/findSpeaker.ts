import type { Dataset } from '../model/dataset.js';
import type { Speaker } from '../model/speaker.js';
import { assertDataset, assertText, resolveSpeakers } from './_shared.js';

/**
 * Finds the speakers called `name`: every speaker record whose name or one of whose aliases matches, ignoring
 * case, diacritics and extra spaces, and every person whose full name ends with `name` (so a surname alone finds
 * "Dana Whitfield" even where the article never used it alone). Speaker ids are article-scoped, so the same person parsed from three
 * articles gives three records; all are returned, in dataset order. A speaker id matches too.
 *
 * @param dataset - The dataset to search.
 * @param name - A name, an alias ("Aliyev", "the Russian diplomat") or a speaker id.
 * @returns The matching speakers; empty when none matches.
 * @throws {@link InvalidInputError} when `dataset` is not a Dataset or `name` is not a non-empty string.
 * @example
 * ```ts
 * findSpeaker(dataset, 'sergei lavrov').map((s) => s.id);
 * //=> ['a1:spk:sergei-lavrov', 'a2:spk:sergei-lavrov']
 * findSpeaker(dataset, 'Nobody').length;
 * //=> 0
 * ```
 * @category Queries
 */
export function findSpeaker(dataset: Dataset, name: string): Speaker[] {
  assertDataset('findSpeaker', dataset);
  assertText('findSpeaker', 'name', name);
  return resolveSpeakers(dataset, name);
}
