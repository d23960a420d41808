// Packs the package, installs the tarball (with zod) into an empty project, and uses it the way a user would:
// ESM import, CommonJS require, the `claimtrack/seeds` entry, the bin, and a strict TypeScript check.
// `npm test` builds dist/ first. npm installs from its local cache where it can (--offline, then --prefer-offline).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const version = (name: string): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

let dir = '';
let project = '';

function node(file: string): string {
  return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'claimtrack-pack-'));
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string }[];
  const tarball = join(dir, packed[0]!.filename);
  project = join(dir, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'smoke', private: true, version: '0.0.0' }));
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball, `zod@${version('zod')}`];
  const offline = spawnSync(npm, [...args, '--offline'], { cwd: project, encoding: 'utf8' });
  if (offline.status !== 0) execFileSync(npm, [...args, '--prefer-offline'], { cwd: project, encoding: 'utf8' });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const esm = `
import { parseArticle, ParsedArticleSchema, InvalidInputError, buildDataset, statementsBy } from 'claimtrack';
import { seedDataset } from 'claimtrack/seeds';
const parsed = parseArticle('"We will win," Jane Smith said.', { publishedAt: '2024-03-01' });
if (!ParsedArticleSchema.safeParse(parsed).success) throw new Error('invalid parse');
try { parseArticle(1); throw new Error('no throw'); } catch (e) { if (!(e instanceof InvalidInputError)) throw e; }
statementsBy(buildDataset([parsed]), 'Jane Smith');
if (seedDataset.articles.length < 1) throw new Error('no seed articles');
console.log('esm ok', typeof parseArticle, seedDataset.articles.length);
`;

const cjs = `
const { parseArticle, DatasetSchema, isClaimtrackError } = require('claimtrack');
const { seedDataset } = require('claimtrack/seeds');
const parsed = parseArticle('"We will win," Jane Smith said.');
if (!Array.isArray(parsed.statements)) throw new Error('no statements array');
if (!DatasetSchema.safeParse(seedDataset).success) throw new Error('invalid seed dataset');
try { parseArticle(1); } catch (e) { if (!isClaimtrackError(e)) throw e; }
console.log('cjs ok', typeof parseArticle, seedDataset.articles.length);
`;

const ts = `
import { parseArticle, loadDataset, timeline, type ParsedArticle, type Statement, type TimelineEntry } from 'claimtrack';
import { seedDataset } from 'claimtrack/seeds';
const parsed: ParsedArticle = parseArticle('"Yes," he said.', { publishedAt: new Date(Date.UTC(2024, 0, 1)) });
const first: Statement | undefined = parsed.statements[0];
const kind: 'direct' | 'partial' | 'indirect' | undefined = first?.kind;
const entries: TimelineEntry[] = timeline(loadDataset(seedDataset));
// @ts-expect-error unknown options are a type error
parseArticle('x', { published: '2024-01-01' });
export { kind, entries };
`;

const cts = `
import claimtrack = require('claimtrack');
import seeds = require('claimtrack/seeds');
const parsed: claimtrack.ParsedArticle = claimtrack.parseArticle('text');
const n: number = seeds.seedDataset.articles.length + parsed.claims.length;
export = n;
`;

describe('the packed package', () => {
  it('ships dist and seeds, not sources or tests', () => {
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: join(project, 'node_modules', 'claimtrack'), encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files).toContain('./dist/index.js');
    expect(files).toContain('./dist/index.cjs');
    expect(files).toContain('./dist/index.d.ts');
    expect(files).toContain('./dist/index.d.cts');
    expect(files).toContain('./dist/cli.js');
    expect(files.some((f) => f.startsWith('./src/') || f.startsWith('./test/'))).toBe(false);
  });

  it('does not bundle zod, and importing claimtrack loads no seed data', () => {
    const index = readFileSync(join(project, 'node_modules', 'claimtrack', 'dist', 'index.js'), 'utf8');
    expect(index).toMatch(/from ["']zod["']/u);
    expect(index).not.toContain('"articles":');
    // The library with its English data is about 0.4 MB unminified; zod bundled in would add about 0.74 MB.
    expect(index.length).toBeLessThan(900_000);
  });

  it('works with import (ESM)', () => {
    writeFileSync(join(project, 'esm.mjs'), esm);
    expect(node('esm.mjs')).toMatch(/^esm ok function [1-9]/u);
  });

  it('works with require (CommonJS)', () => {
    writeFileSync(join(project, 'cjs.cjs'), cjs);
    expect(node('cjs.cjs')).toMatch(/^cjs ok function [1-9]/u);
  });

  it('installs the claimtrack bin', () => {
    const out = execFileSync(join(project, 'node_modules', '.bin', 'claimtrack'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/u);
  });

  it('type-checks a strict TypeScript project against it (ESM and CommonJS)', () => {
    writeFileSync(join(project, 'check.mts'), ts);
    writeFileSync(join(project, 'check.cts'), cts);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022',
          exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, verbatimModuleSyntax: true,
          skipLibCheck: true, types: [],
        },
        files: ['check.mts', 'check.cts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
