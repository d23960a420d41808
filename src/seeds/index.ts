import type { Dataset } from '../model/dataset.js';
import data from '../../seeds/dataset.json';

/**
 * The seed dataset shipped with the package: the articles in `seeds/` parsed and merged.
 * Imported from its own entry, `claimtrack/seeds`, so that `claimtrack` itself loads no data.
 *
 * @example
 * ```ts
 * import { seedDataset } from 'claimtrack/seeds';
 * seedDataset.statements.length;
 * ```
 * @category Seeds
 */
export const seedDataset: Dataset = data as unknown as Dataset;
