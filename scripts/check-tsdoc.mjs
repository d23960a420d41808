#!/usr/bin/env node
// Checks that every exported function, class and schema constant has TSDoc with an @example
// (typedoc's validation.notDocumented checks that a comment exists; this checks for the example).
// Reads the JSON model that `typedoc --json` writes. Usage: node scripts/check-tsdoc.mjs [docs-json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'claimtrack-tsdoc-'));
const out = join(dir, 'api.json');
try {
  execFileSync('npx', ['typedoc', '--json', out, '--out', join(dir, 'html'), '--treatWarningsAsErrors', 'false', '--logLevel', 'Error'], {
    stdio: 'inherit',
  });
  const project = JSON.parse(readFileSync(out, 'utf8'));
  const KIND = { 64: 'function', 128: 'class', 32: 'variable' };
  const missing = [];
  const hasExample = (comment) => comment?.blockTags?.some((t) => t.tag === '@example');
  const walk = (node, where) => {
    for (const child of node.children ?? []) {
      const kind = KIND[child.kind];
      if (kind) {
        const sigs = child.signatures ?? [];
        const ok = hasExample(child.comment) || sigs.some((s) => hasExample(s.comment));
        const source = child.sources?.[0]?.fileName ?? where;
        if (!ok) missing.push(`${kind} ${child.name} (${source})`);
      }
      if (child.kind === 2 || child.kind === 1) walk(child, child.name);
    }
  };
  walk(project, project.name);
  if (missing.length) {
    console.error(`Exports without an @example (${missing.length}):\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('every exported function, class and constant has an @example');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
