// Runs the built command-line tool (dist/cli.js; `npm test` builds before running vitest).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParsedArticleSchema } from '../../src/index.js';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist', 'cli.js');
const seed = join(root, 'seeds', '000_582b2b9eb54bbc5e.txt');

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('claimtrack CLI', () => {
  it('starts with a shebang so that npm can link it as a bin', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it.each([['--help'], ['-h'], ['parse', '--help']])('prints help for %s', (...args) => {
    const r = run(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('claimtrack parse FILE|-');
  });

  it('prints the version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('prints a readable summary of a file', () => {
    const r = run(['parse', seed, '--published', '2021-05-10', '--title', 'Six months after war']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const heading of ['Article ', 'published 2021-05-10', 'Speakers and their statements (', 'Events (', 'Claims (']) {
      expect(r.stdout).toContain(heading);
    }
  });

  it('prints valid JSON with --json, the same as parseArticle', () => {
    const r = run(['parse', seed, '--published', '2021-05-10', '--json', '--id', 'seed']);
    expect(r.status).toBe(0);
    const parsed: unknown = JSON.parse(r.stdout);
    expect(ParsedArticleSchema.safeParse(parsed).success).toBe(true);
    expect((parsed as { article: { id: string; publishedAt: string } }).article).toMatchObject({ id: 'seed', publishedAt: '2021-05-10' });
  });

  it('reads standard input for "-"', () => {
    const text = '"We open on Friday," the owner, Lena Brook, said.';
    const r = run(['parse', '-', '--json'], text);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { article: { text: string } }).article.text).toBe(text);
  });

  it('is deterministic', () => {
    expect(run(['parse', seed, '--json']).stdout).toBe(run(['parse', seed, '--json']).stdout);
  });

  it.each<[string, string[], RegExp]>([
    ['no command', [], /missing command/u],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/u],
    ['parse without a file', ['parse'], /missing FILE/u],
    ['an unknown option', ['parse', seed, '--colour'], /Unknown option '--colour'/u],
    ['an option without its value', ['parse', seed, '--published'], /--published/u],
    ['an invalid date', ['parse', seed, '--published', '2021-02-30'], /publishedAt must be a valid date/u],
    ['a second file', ['parse', seed, seed], /unexpected argument/u],
  ])('exits with 2 and a message for %s', (_, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^claimtrack: /u);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits with 1 when the file cannot be read', () => {
    const r = run(['parse', join(root, 'no-such-file.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read/u);
  });
});
