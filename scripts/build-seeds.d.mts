/** Types for scripts/build-seeds.mjs, so that tests can import it. */
export declare const seedsDir: string;
export declare function stableStringify(value: unknown): string;
export declare function generateSeedDataset(lib: typeof import('../src/index.js'), dir?: string): string;
