import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The stage engines are language-neutral (STYLE.md): English words live in src/locales/en. This test reads the
// stage sources and fails on an English function word written into one, as a string literal or inside a regular
// expression literal, or on an English suffix tested or built in code. Comments are skipped.

const ROOT = join(__dirname, '..', '..');
const DIRS = ['src/parse/stages', 'src/claims', 'src/dates'];

/** Function words the rules test by role; each has a place in the locale. */
const WORDS = [
  'the', 'a', 'an', 'of', 'for', 'and', 'to', 'that', 'by', 'from', 'in', 'on', 'at', 'but', 'whose', 'who', 'which',
  'has', 'was', 'is', 'his', 'her', 'their', 'its', 'my', 'our', 'me', 'us', 'him', 'them', 'he', 'she', 'they',
  'said', 'says', 'say',
];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The code of a line without its comment (a line comment, or a doc or block comment line). */
function code(line: string): string {
  const t = line.trim();
  if (t.startsWith('//') || t.startsWith('*') || t.startsWith('/*')) return '';
  const i = line.indexOf(' // ');
  return i >= 0 ? line.slice(0, i) : line;
}

const alt = WORDS.join('|');
/** A word as a whole string literal: 'of', "the". */
const LITERAL = new RegExp(`(['"])(?:${alt})\\1`, 'u');
/** A word as an alternative inside a regular expression: (?:of|for), (the|a|an), ^an?$, \sof\s. */
const IN_REGEX = new RegExp(`(?:[(|:^]|\\\\s[+*]?)(?:${alt})(?:\\?|\\\\s|\\[ |[|)$])`, 'u');
/** The regular expression literals of a line of code (roughly: a slash after an operator or an opening bracket). */
const REGEX_LITERAL = /(?:^|[=(,:[!&|?{};])\s*(\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[dgimsuvy]*)/gu;
const regexLiterals = (c: string): string[] => [...c.matchAll(REGEX_LITERAL)].map((m) => m[1] ?? '');

/** An English suffix tested or built in code: .endsWith('ing'), `${w}ies` (inflection lives in src/locales/en/morphology.ts). */
const SUFFIX = /\.endsWith\((['"])(?:ing|ed|s|es|ies|ly|y)\1\)|\}(?:s|es|ies|ed|ing)`/u;

/** Findings as `file:line: code`. */
function findings(): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    for (const file of files(join(ROOT, dir))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const c = code(line);
        if (LITERAL.test(c) || SUFFIX.test(c) || regexLiterals(c).some((r) => IN_REGEX.test(r))) out.push(`${relative(ROOT, file)}:${i + 1}: ${c.trim()}`);
      });
    }
  }
  return out;
}

describe('stage engines are language-neutral', () => {
  it('the checks find an English word where one is written', () => {
    expect(LITERAL.test("if (w === 'of') {")).toBe(true);
    expect(IN_REGEX.test('const A = /^\\s*(?:and|&)\\s+$/u;')).toBe(true);
    expect(IN_REGEX.test('const B = /\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})/uy;')).toBe(true);
    expect(IN_REGEX.test("const C = /^an?$/u;")).toBe(true);
    expect(LITERAL.test("if (kind === 'person') {")).toBe(false);
    expect(IN_REGEX.test('const D = /[\\p{L}\\p{N}]/u;')).toBe(false);
    expect(regexLiterals('const E = /\\s+of\\s+/uy; if ((a) => a.x)')).toEqual(['/\\s+of\\s+/uy']);
    expect(IN_REGEX.test('/\\s+of\\s+/uy')).toBe(true);
    expect(regexLiterals('if (a + 1 < n && /^\\s*,\\s*$/u.test(gap(a, a + 1))) a++;')).toEqual(['/^\\s*,\\s*$/u']);
    expect(SUFFIX.test("const ing = form.endsWith('ing');")).toBe(true);
    expect(SUFFIX.test('const p = `${phrase.slice(0, -1)}ies`;')).toBe(true);
    expect(SUFFIX.test('const p = form.endsWith(sh.gerundSuffix);')).toBe(false);
  });

  it('no stage, claims or dates engine file holds an English function word', () => {
    expect(findings()).toEqual([]);
  });
});
