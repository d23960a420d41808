import { InvalidInputError } from '../errors.js';
import { DatasetSchema, type Dataset } from '../model/dataset.js';

/**
 * The result of {@link safeLoadDataset}: the dataset, or the error {@link loadDataset} would have thrown.
 * @category Dataset
 */
export type SafeLoadDatasetResult =
  | {
      /** The data is a valid Dataset. */
      success: true;
      /** The validated dataset. */
      data: Dataset;
    }
  | {
      /** The data is not a valid Dataset. */
      success: false;
      /** What is wrong; `error.issues` lists every problem with its path. */
      error: InvalidInputError;
    };

function load(fn: string, json: unknown): SafeLoadDatasetResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      return {
        success: false,
        error: new InvalidInputError(`${fn}: the string is not valid JSON: ${message}`, [
          { code: 'custom', path: [], message: 'invalid JSON', input: json },
        ], { cause }),
      };
    }
  }
  const result = DatasetSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  const issues = result.error.issues;
  const shown = issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return {
    success: false,
    error: new InvalidInputError(`${fn}: invalid dataset: ${shown}${more}`, issues, { cause: result.error }),
  };
}

/**
 * Validates stored data as a {@link Dataset}: its shape and its referential integrity (every id referred to exists).
 * Use it on anything read from disk or the network before querying it.
 *
 * @param json - The parsed JSON value, or a JSON string.
 * @returns The dataset, as validated by {@link DatasetSchema}.
 * @throws {@link InvalidInputError} (`loadDataset: invalid dataset: ...`) with every zod issue in `issues`.
 * @example
 * ```ts
 * const dataset = loadDataset(JSON.parse(readFileSync('dataset.json', 'utf8')));
 * loadDataset({ articles: 'no' });
 * // throws InvalidInputError: loadDataset: invalid dataset: articles: ...
 * ```
 * @category Dataset
 */
export function loadDataset(json: unknown): Dataset {
  const result = load('loadDataset', json);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link loadDataset}, but returns the outcome instead of throwing.
 *
 * @param json - The parsed JSON value, or a JSON string.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * const result = safeLoadDataset({ articles: [] });
 * result.success;
 * //=> false
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Dataset
 */
export function safeLoadDataset(json: unknown): SafeLoadDatasetResult {
  return load('safeLoadDataset', json);
}
