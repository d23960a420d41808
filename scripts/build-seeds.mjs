#!/usr/bin/env node
// Builds seeds/dataset.json: parseArticle (from dist/, so run `npm run build` first; `npm run seeds` does)
// over every seeds/*.txt, with metadata from the sidecar seeds/<name>.json ({ publishedAt, title, url, publisher }),
// merged with buildDataset. Keys are sorted and the file ends with a newline, so the output is byte-stable.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const seedsDir = join(root, 'seeds');

/** JSON with keys sorted at every level, 2-space indent, trailing newline. */
export function stableStringify(value) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => [k, sort(v[k])]));
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

const META_KEYS = new Set(['publishedAt', 'title', 'url', 'publisher', 'id']);

/** Reads the seed articles in `dir`, parses them with `lib` (the built package) and returns the dataset JSON text. */
export function generateSeedDataset(lib, dir = seedsDir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const parsed = files.map((file) => {
    const name = basename(file, '.txt');
    const text = readFileSync(join(dir, file), 'utf8');
    const sidecar = join(dir, `${name}.json`);
    const meta = existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : {};
    for (const key of Object.keys(meta)) {
      if (!META_KEYS.has(key)) throw new Error(`${sidecar}: unknown key "${key}"`);
    }
    const title = meta.title ?? text.split('\n').find((line) => line.trim() !== '')?.trim();
    return lib.parseArticle(text, { ...meta, id: meta.id ?? name, ...(title ? { title } : {}) });
  });
  return stableStringify(lib.buildDataset(parsed));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const json = generateSeedDataset(lib);
  const out = join(seedsDir, 'dataset.json');
  writeFileSync(out, json);
  const data = JSON.parse(json);
  console.log(
    `seeds/dataset.json: ${data.articles.length} articles, ${data.speakers.length} speakers, ` +
      `${data.statements.length} statements, ${data.claims.length} claims, ${data.events.length} events`,
  );
}
