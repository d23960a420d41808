/**
 * Helpers shared by the query functions. Internal: never re-exported from the package.
 */
import { InvalidInputError } from '../errors.js';
import { query as words } from '../locales/en/query.js';
import type { Dataset } from '../model/dataset.js';
import type { DateRef } from '../model/dateRef.js';
import type { Speaker } from '../model/speaker.js';
import type { Statement } from '../model/statement.js';

/** A date given to a query: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an ISO date-time, or a `Date`. */
export type DateInput = string | Date;

const KEYS = ['articles', 'speakers', 'statements', 'claims', 'events'] as const;

/** Throws unless `value` looks like a {@link Dataset} (an object with the five arrays). Cheap: no deep check. */
export function assertDataset(fn: string, value: unknown): asserts value is Dataset {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidInputError(`${fn}: dataset must be a Dataset object, received ${value === null ? 'null' : typeof value}`, [
      { code: 'invalid_type', expected: 'object', path: ['dataset'], message: 'expected a Dataset', input: value },
    ]);
  }
  const record = value as Record<string, unknown>;
  for (const key of KEYS) {
    if (!Array.isArray(record[key])) {
      throw new InvalidInputError(`${fn}: dataset.${key} must be an array (is this a Dataset? see buildDataset)`, [
        { code: 'invalid_type', expected: 'array', path: ['dataset', key], message: `expected an array`, input: record[key] },
      ]);
    }
  }
}

/** Throws unless `value` is a non-empty string. */
export function assertText(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(`${fn}: ${name} must be a non-empty string`, [
      { code: 'invalid_type', expected: 'string', path: [name], message: 'expected a non-empty string', input: value },
    ]);
  }
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The first and last day (`YYYY-MM-DD`) a date value covers, or `null` when it is not a real date. */
export function interval(value: string): [string, string] | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysIn(year, month);
  if (m[3] === undefined) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(last)}`];
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return [iso, iso];
}

/** Turns a date argument into the days it covers; throws {@link InvalidInputError} naming `fn` and `name`. */
export function dateArgument(fn: string, name: string, value: unknown): [string, string] {
  let result: [string, string] | null = null;
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) {
      const day = value.toISOString().slice(0, 10);
      result = [day, day];
    }
  } else if (typeof value === 'string') {
    result = interval(value);
  }
  if (!result) {
    const shown = typeof value === 'string' ? `"${value}"` : value instanceof Date ? 'an invalid Date' : typeof value;
    throw new InvalidInputError(`${fn}: ${name} must be a date (YYYY, YYYY-MM, YYYY-MM-DD, an ISO date-time or a valid Date), received ${shown}`, [
      { code: 'custom', path: [name], message: 'invalid date', input: value },
    ]);
  }
  return result;
}

/** An inclusive range of days; either end may be open. */
export interface DayRange {
  from: string | undefined;
  to: string | undefined;
}

/** Builds a {@link DayRange} from optional `from` / `to` arguments; throws when `from` is after `to`. */
export function dayRange(fn: string, from: unknown, to: unknown): DayRange {
  const start = from === undefined ? undefined : dateArgument(fn, 'from', from)[0];
  const end = to === undefined ? undefined : dateArgument(fn, 'to', to)[1];
  if (start !== undefined && end !== undefined && start > end) {
    throw new InvalidInputError(`${fn}: from (${start}) is after to (${end})`, [
      { code: 'custom', path: ['from'], message: 'from is after to', input: from },
    ]);
  }
  return { from: start, to: end };
}

/** Whether the whole of a date value (a day, month or year) lies in the range. Values that are not dates never do. */
export function inRange(value: string | undefined, range: DayRange): boolean {
  if (value === undefined) return false;
  const days = interval(value);
  if (!days) return false;
  if (range.from !== undefined && days[0] < range.from) return false;
  if (range.to !== undefined && days[1] > range.to) return false;
  return true;
}

/** The ISO value a statement is dated by: its own date, else its article's publication date. */
export function statementDate(statement: Statement, publishedAt: ReadonlyMap<string, string | undefined>): string | undefined {
  return dateValue(statement.date) ?? publishedAt.get(statement.articleId);
}

/** A DateRef's value, when it has a usable one. */
export function dateValue(date: DateRef | undefined): string | undefined {
  return date?.value !== undefined && interval(date.value) ? date.value : undefined;
}

/** Article id -> publication date. */
export function publicationDates(dataset: Dataset): Map<string, string | undefined> {
  return new Map(dataset.articles.map((a) => [a.id, a.publishedAt]));
}

/** Lower case, diacritics removed, typographic apostrophes straightened, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

const TOKEN = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;
const STOP = new Set(words.stopwords);
const NEGATION = new Set(words.negations);

/** Crude English stem: plural and possessive endings off, so "railways" meets "railway". */
export function stem(token: string): string {
  let t = token.replace(/'s$/u, '').replace(/'$/u, '');
  if (t.length > 4 && t.endsWith('ies')) t = `${t.slice(0, -3)}y`;
  else if (t.length > 4 && /(?:ss|sh|ch|x|z)es$/u.test(t)) t = t.slice(0, -2);
  else if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) t = t.slice(0, -1);
  return t;
}

/** The folded word tokens of a text, in order. */
export function tokens(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}

/** What a claim says, reduced for comparison: content stems, negation, numbers. */
export interface Proposition {
  /** Content stems without stopwords, negations or numbers. */
  content: Set<string>;
  /** Whether an odd number of negations occurs. */
  negated: boolean;
  /** The numbers mentioned, as numbers. */
  numbers: number[];
}

const NUMERIC = /^\d+(?:[.,]\d+)*$/u;

/** Reduces a text to a {@link Proposition}. */
export function proposition(text: string): Proposition {
  const content = new Set<string>();
  const numbers: number[] = [];
  let negations = 0;
  for (const raw of tokens(text)) {
    let token = raw;
    if (token.endsWith("n't")) {
      negations++;
      token = token.slice(0, -3);
      if (token === 'ca' || token === 'wo' || token === 'do' || token === 'does' || token === 'did') continue;
    }
    if (NEGATION.has(token)) {
      negations++;
      continue;
    }
    if (NUMERIC.test(token)) {
      numbers.push(Number(token.replace(/,/gu, '')));
      continue;
    }
    const word = words.numberWords[token as keyof typeof words.numberWords];
    if (word !== undefined) {
      numbers.push(word);
      continue;
    }
    if (STOP.has(token)) continue;
    content.add(stem(token));
  }
  return { content, negated: negations % 2 === 1, numbers };
}

/** Jaccard similarity of two sets (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The topic's content stems (stopwords dropped; if nothing is left, every stem). */
export function topicStems(topic: string | readonly string[]): string[] {
  const all = (typeof topic === 'string' ? tokens(topic) : topic.flatMap((t) => tokens(t))).map(stem);
  const content = all.filter((t) => !STOP.has(t));
  return [...new Set(content.length ? content : all)];
}

/** Whether every topic stem occurs among the text's stems. */
export function mentionsTopic(text: string, stems: readonly string[]): boolean {
  if (!stems.length) return false;
  const have = new Set(tokens(text).map(stem));
  return stems.every((s) => have.has(s));
}

/**
 * The speakers a query means: the one whose id is given, or every speaker record (one per article) whose
 * name or alias matches, ignoring case and diacritics, or, for a person, whose full name ends with it (the surname).
 */
export function resolveSpeakers(dataset: Dataset, who: string): Speaker[] {
  const byId = dataset.speakers.filter((s) => s.id === who);
  if (byId.length) return byId;
  const wanted = fold(who);
  if (!wanted) return [];
  const suffix = ` ${wanted}`;
  return dataset.speakers.filter(
    (s) =>
      fold(s.name) === wanted ||
      s.aliases.some((a) => fold(a) === wanted) ||
      // A person's surname alone (or any trailing part of the full name): "Whitfield" finds "Dana Whitfield".
      (s.kind === 'person' && fold(s.name).endsWith(suffix)),
  );
}

/** Validates a 0..1 threshold. */
export function thresholdOption(fn: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw new InvalidInputError(`${fn}: threshold must be a number in (0, 1], received ${String(value)}`, [
      { code: 'custom', path: ['threshold'], message: 'expected a number in (0, 1]', input: value },
    ]);
  }
  return value;
}

/** Claim id -> article id, through the claim's statement. */
export function claimArticles(dataset: Dataset): Map<string, string> {
  const statementArticle = new Map(dataset.statements.map((s) => [s.id, s.articleId]));
  return new Map(dataset.claims.map((c) => [c.id, statementArticle.get(c.statementId) ?? '']));
}

/** Candidate pairs (i < j) sharing at least one content stem, found through an inverted index. */
export function candidatePairs(props: readonly Proposition[]): Array<[number, number]> {
  const index = new Map<string, number[]>();
  props.forEach((p, i) => {
    for (const s of p.content) {
      let list = index.get(s);
      if (!list) index.set(s, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = props.length;
  for (const list of index.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

