#!/usr/bin/env node
// Throughput of the full parseArticle pipeline, single-threaded, on a corpus of at least 5 MB, against
// compromise (nlp(text).quotations() + .people()) on the same corpus in the same run; plus linearity on one
// string of 0.5, 1, 2 and 5 MB. Run with `npm run bench` (builds first). The corpus is the seed article(s)
// and, when ../shared/eval/polnear-dev.jsonl exists, its texts, read at run time and never written anywhere.
// A baseline row times one plain pass over the same corpus (charCodeAt, counting spaces), alternated with each
// claimtrack run: the ratio of the two says how many such passes the pipeline costs, which stays put when the
// machine (or a shared VM's speed from minute to minute) changes while MB/s does not.
// Sizes are UTF-8 megabytes (10^6 bytes). Options: --runs N (default 3; compromise runs once), --no-compromise, --quick (1 MB corpus).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = args.includes('--runs') && Number(args[args.indexOf('--runs') + 1]) > 0 ? Number(args[args.indexOf('--runs') + 1]) : 3;
const quick = args.includes('--quick');
const MB = 1_000_000;
const target = quick ? 1 * MB : 5 * MB;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// --- corpus ---
const sources = [];
for (const f of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()) {
  sources.push({ text: readFileSync(join(root, 'seeds', f), 'utf8'), publishedAt: undefined });
}
const devPath = resolve(root, '..', 'shared', 'eval', 'polnear-dev.jsonl');
let devCount = 0;
if (existsSync(devPath)) {
  for (const line of readFileSync(devPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    if (typeof row.text === 'string' && row.text.trim()) {
      sources.push({ text: row.text, publishedAt: /^\d{4}-\d{2}-\d{2}$/u.test(row.date ?? '') ? row.date : undefined });
      devCount++;
    }
  }
}
const seedMeta = JSON.parse(readFileSync(join(root, 'seeds', '000_582b2b9eb54bbc5e.json'), 'utf8'));
sources[0].publishedAt = seedMeta.publishedAt;
const corpus = [];
let size = 0;
while (size < target) {
  for (const s of sources) {
    corpus.push(s);
    size += bytes(s.text);
    if (size >= target) break;
  }
}
console.log(
  `corpus: ${corpus.length} articles, ${(size / MB).toFixed(2)} MB (seed article${devCount ? ` + ${devCount} PolNeAR dev texts` : '; ../shared/eval/polnear-dev.jsonl not found, seed only'}, repeated)`,
);
console.log(`node ${process.version}; claimtrack: median of ${runs} runs; compromise: 1 run\n`);

function timeCorpus(fn) {
  const t0 = performance.now();
  for (const a of corpus) fn(a);
  return (performance.now() - t0) / 1000;
}

// --- claimtrack: warm up, then several runs ---
let sink = 0;
const ours = (a) => {
  const r = parseArticle(a.text, a.publishedAt ? { publishedAt: a.publishedAt } : undefined);
  sink += r.statements.length;
};
// The baseline: one pass over each text, reading every UTF-16 unit once (the least any parser must do).
const baseline = (a) => {
  const t = a.text;
  let n = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) n++;
  sink += n;
};
for (const a of corpus.slice(0, Math.min(corpus.length, 50))) ours(a);
for (let i = 0; i < 3; i++) timeCorpus(baseline);
const times = [];
const baseTimes = [];
const ratios = [];
for (let i = 0; i < runs; i++) {
  const b = timeCorpus(baseline);
  const t = timeCorpus(ours);
  times.push(t);
  baseTimes.push(b);
  ratios.push(t / b);
}
const ourTime = median(times);
const baseTime = median(baseTimes);

// --- compromise on the same corpus ---
let theirTime;
if (!args.includes('--no-compromise')) {
  const { default: nlp } = await import('compromise');
  const theirs = (a) => {
    const doc = nlp(a.text);
    sink += doc.quotations().out('array').length + doc.people().out('array').length;
  };
  for (const a of corpus.slice(0, 10)) theirs(a);
  theirTime = timeCorpus(theirs); // one run: compromise is slow, and one run of 5 MB is long enough to be stable
}

// --- linearity: one long string ---
const long = corpus.map((a) => a.text).join('\n\n');
const lin = [];
for (const mb of quick ? [0.5, 1] : [0.5, 1, 2, 5]) {
  let text = long;
  while (bytes(text) < mb * MB) text += `\n\n${long}`;
  text = text.slice(0, Math.floor((mb * MB * text.length) / bytes(text)));
  const t = [];
  for (let i = 0; i < (mb >= 2 ? 1 : runs); i++) {
    const t0 = performance.now();
    sink += parseArticle(text, { publishedAt: seedMeta.publishedAt }).statements.length;
    t.push((performance.now() - t0) / 1000);
  }
  lin.push({ mb: bytes(text) / MB, s: median(t) });
}

// --- report ---
const row = (cols) => `| ${cols.map((c, i) => String(c).padEnd(i === 0 ? 34 : 12)).join(' | ')} |`;
console.log(row(['corpus throughput', 'MB/s', 'articles/s', 'seconds']));
console.log(row(['-'.repeat(34), ...Array(3).fill('-'.repeat(12))]));
console.log(row(['claimtrack parseArticle (full)', (size / MB / ourTime).toFixed(2), (corpus.length / ourTime).toFixed(0), ourTime.toFixed(2)]));
console.log(row(['baseline: one charCodeAt pass', (size / MB / baseTime).toFixed(2), (corpus.length / baseTime).toFixed(0), baseTime.toFixed(3)]));
if (theirTime !== undefined) {
  console.log(row(['compromise quotations + people', (size / MB / theirTime).toFixed(2), (corpus.length / theirTime).toFixed(0), theirTime.toFixed(2)]));
  console.log(`\nratio: claimtrack is ${(theirTime / ourTime).toFixed(2)}x the speed of compromise on this corpus`);
}
console.log(`claimtrack costs ${median(ratios).toFixed(1)} baseline passes (median of ${runs} alternated runs)`);
console.log(`\n${row(['one string (linearity)', 'MB/s', 'seconds', 's per MB'])}`);
console.log(row(['-'.repeat(34), ...Array(3).fill('-'.repeat(12))]));
for (const { mb, s } of lin) console.log(row([`${mb.toFixed(2)} MB`, (mb / s).toFixed(2), s.toFixed(2), (s / mb).toFixed(3)]));
const first = lin[0];
const last = lin[lin.length - 1];
console.log(
  `\nlinearity: s/MB at ${last.mb.toFixed(1)} MB is ${((last.s / last.mb) / (first.s / first.mb)).toFixed(2)}x that at ${first.mb.toFixed(1)} MB (1.00 = perfectly linear)`,
);
if (sink < 0) console.log(sink);
