#!/usr/bin/env bash
# Fast private build for development and evaluation: bundles src/index.ts into OUTDIR/index.js (ESM) with esbuild,
# without types. Use a folder inside the repository (.tmp/ is ignored) so that zod and date-fns resolve. Lets several people evaluate their own work without racing on dist/.
#   bash scripts/dev-build.sh .tmp/mine && node ../shared/eval/score.mjs --lib .tmp/mine/index.js
set -euo pipefail
out="${1:?usage: scripts/dev-build.sh OUTDIR}"
mkdir -p "$out"
npx esbuild src/index.ts --bundle --platform=node --format=esm --target=node20 \
  --external:zod --external:date-fns --outfile="$out/index.js" --log-level=warning
