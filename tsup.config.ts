import { defineConfig } from 'tsup';

// Kept small on purpose: tsup is in maintenance, and a move to tsdown should stay mechanical.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', seeds: 'src/seeds/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // The CLI loads the library through the package's own exports (dist/index.js) rather than bundling it again.
    external: ['claimtrack'],
  },
]);
