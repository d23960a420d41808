/**
 * The date engine: one pass over the text, word by word (each word hashed as it is read and looked up among the
 * locale's trigger words), then a small local grammar around each
 * trigger (words before and after it), then resolution against the reference date. Linear in the text length.
 */
import type { DateCertainty, DatePrecision, PartOfDay } from '../model/dateRef.js';
import { FNV_PRIME } from '../internal/hash.js';
import type { DateUnit, DatesLocale } from '../locales/types/dates.js';
import {
  coarser,
  fromIso,
  isValidDay,
  placeMonthDay,
  placeWeekday,
  precisionOfShift,
  shift,
  toIso,
  yearOfQuarter,
  yearOfWeek,
  type Placement,
} from './calendar.js';
import { readTense, type Tense } from './tense.js';
import {
  CHAR_CLASSES,
  charClass,
  compileDates,
  UNKNOWN,
  DIGIT,
  foldCode,
  FOLD_SEED_I32,
  LETTER,
  WORD,
  SYM_BREAK,
  SYM_OTHER,
  FS_BETWEEN,
  FS_EMIT,
  FS_UNKNOWN,
  KIND_DIGIT_MIXED,
  KIND_DIGITS,
  KIND_TRIGGER,
  type CompiledDates,
  type HolidayName,
  type TriggerDfa,
  type TriggerInfo,
} from './compile.js';

export type { Tense };

/** A shift in time: `amount` units in `direction` (-1 before, +1 after). */
export interface DateOffset {
  amount: number;
  unit: DateUnit;
  direction: -1 | 1;
}

/** What the engine finds: a date with its span, value and the hints later stages use. */
export interface DateHit {
  start: number;
  end: number;
  precision: DatePrecision;
  value?: string | undefined;
  certainty: DateCertainty;
  partOfDay?: PartOfDay | undefined;
  via: string[];
  /** The tense around the date where the engine needed it (else read on demand by `dateHints`). */
  tense?: Tense | undefined;
  /** For a date relative to another event ("six months after the war"): the shift from that event. */
  offset?: DateOffset | undefined;
  /** A clock time that waits for the day written after it ("9 a.m. Tuesday"). */
  pendingClock?: boolean | undefined;
  /** Filled in by `toDateRefs` (the text and locale the hit came from) and `dateHints`. */
  source?: unknown;
  hints?: unknown;
}

/** A hit with every field present, in one order: all hits share one object shape (monomorphic reads). */
function blankHit(start: number, end: number, precision: DatePrecision, certainty: DateCertainty, via: string[]): DateHit {
  return { start, end, precision, value: undefined, certainty, partOfDay: undefined, via, tense: undefined, offset: undefined, pendingClock: false, source: undefined, hints: undefined };
}

interface Tok {
  start: number;
  end: number;
  w: string;
}

interface Scan {
  /** Where the scanner resumes after a handler that changed an earlier date instead of making a new one. */
  skipTo: number;
  text: string;
  ref: Date | undefined;
  c: CompiledDates;
  /** Left extensions may not reach before this offset (the end of the previous date). */
  min: number;
  hits: DateHit[];
}

const NON_ASCII_UPPER = /\p{Lu}/u;
const DIGITS = /^\d+$/u;
const HAS_LETTER = /\p{L}/u;
const YEAR_AFTER = /,?[ \t\u00a0]+(\d{4})(?![\p{L}\p{N}]|[.,:]\d|%)/uy;
const COMMA_BEFORE = /\p{L}+,?[ \t\u00a0]+$/u;
const TRAILING_COMMA_SPACE = /[,\s\u00a0]+$/u;
const SPACE_CHAR = /\s/u;
const FOUR_DIGITS = /^\d{4}$/u;
const TWO_DIGIT_SUFFIX = /^-\d{2}(?!\d)/u;

const isWordCode = (c: number): boolean => (charClass(c) & WORD) !== 0;
/** Whether code unit `c` of the text (not NaN) is part of a token: a word character or an apostrophe. */
function isTokenUnit(c: number): boolean {
  const k = CHAR_CLASSES[c]!;
  return ((k === UNKNOWN ? charClass(c) : k) & WORD) !== 0 || c === 39 || c === 0x2019;
}
const isSepCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13 || c === 45;
function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return NON_ASCII_UPPER.test(String.fromCharCode(c));
}

/** Lower-cased ASCII words already made (at most 12 UTF-16 units, so none keeps a reference into a large text),
 * in a direct-mapped cache whose slot is the top 12 bits of a 32-bit mix of the word's length and three of its
 * characters; a word is checked unit by unit before it is reused, and a new word takes its slot. */
const LOWER_SLOTS = 4096; // 2 ** 12: the slot is the top 12 bits of a 32-bit mix
const LOWER_WORDS: (string | undefined)[] = new Array<string | undefined>(LOWER_SLOTS).fill(undefined);

/** `text.slice(s, e).toLowerCase()`, without a new string for a short ASCII word seen before. */
function lowerSlice(text: string, s: number, e: number): string {
  const len = e - s;
  if (len > 12 || len === 0) return text.slice(s, e).toLowerCase();
  // The slot: from the length and three case-folded units (a cached word is ASCII, so a hit is too).
  const slot =
    (Math.imul(len, 0x9e3779b1) ^ Math.imul(text.charCodeAt(s) | 32, 0x85ebca6b) ^ Math.imul(text.charCodeAt(e - 1) | 32, 0xc2b2ae35) ^ ((text.charCodeAt(s + (len >> 1)) | 32) << 7)) >>> 20;
  const known = LOWER_WORDS[slot];
  if (known !== undefined && known.length === len) {
    let same = true;
    for (let j = 0; j < len; j++) {
      const k = text.charCodeAt(s + j);
      if ((k >= 65 && k <= 90 ? k | 32 : k) !== known.charCodeAt(j)) {
        same = false;
        break;
      }
    }
    if (same) return known;
  }
  for (let j = s; j < e; j++) if (text.charCodeAt(j) >= 128) return text.slice(s, e).toLowerCase();
  const w = text.slice(s, e).toLowerCase();
  LOWER_WORDS[slot] = w;
  return w;
}

/** Whether `text.slice(s, e).toLowerCase() === word`, without copying an ASCII slice. */
function sliceIsLower(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return text.slice(s, e).toLowerCase() === word;
  for (let j = s; j < e; j++) {
    const k = text.charCodeAt(j);
    if (k >= 128) return text.slice(s, e).toLowerCase() === word;
    if ((k >= 65 && k <= 90 ? k | 32 : k) !== word.charCodeAt(j - s)) return false;
  }
  return true;
}

/** Up to `k` words before `pos`, nearest first, separated by spaces or hyphens (not across punctuation or a blank line). */
function prevTokens(text: string, pos: number, k: number, min: number): Tok[] {
  const out: Tok[] = [];
  let i = pos;
  while (out.length < k) {
    let j = i;
    let nl = 0;
    while (j > min && i - j < 6 && isSepCode(text.charCodeAt(j - 1))) {
      if (text.charCodeAt(j - 1) === 10) nl++;
      j--;
    }
    if (j === i || nl > 1) break;
    const e = j;
    while (j > min && e - j < 40 && isTokenUnit(text.charCodeAt(j - 1))) j--;
    if (j === e) break;
    out.push({ start: j, end: e, w: lowerSlice(text, j, e) });
    i = j;
  }
  return out;
}

/** `prevTokens(text, pos, 1, min)[0]?.w`, without the array and the token. */
function prevWord(text: string, pos: number, min: number): string | undefined {
  let j = pos;
  let nl = 0;
  while (j > min && pos - j < 6 && isSepCode(text.charCodeAt(j - 1))) {
    if (text.charCodeAt(j - 1) === 10) nl++;
    j--;
  }
  if (j === pos || nl > 1) return undefined;
  const e = j;
  while (j > min && e - j < 40 && isTokenUnit(text.charCodeAt(j - 1))) j--;
  return j === e ? undefined : lowerSlice(text, j, e);
}

/** Up to `k` words after `pos`, nearest first. */
function nextTokens(text: string, pos: number, k: number): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = pos;
  while (out.length < k) {
    let j = i;
    let nl = 0;
    while (j < n && j - i < 6 && isSepCode(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === 10) nl++;
      j++;
    }
    if (j === i || nl > 1) break;
    const s = j;
    while (j < n && j - s < 40 && isTokenUnit(text.charCodeAt(j))) j++;
    if (j === s) break;
    out.push({ start: s, end: j, w: lowerSlice(text, s, j) });
    i = j;
  }
  return out;
}

/** The number of tokens (from `toks[at]` leftwards) that spell one of `phrases`, longest first; 0 if none. */
function phraseBefore(toks: Tok[], at: number, phrases: string[][]): number {
  for (const p of phrases) {
    if (at + p.length > toks.length) continue;
    let ok = true;
    for (let i = 0; i < p.length; i++) {
      if (toks[at + i]?.w !== p[p.length - 1 - i]) {
        ok = false;
        break;
      }
    }
    if (ok) return p.length;
  }
  return 0;
}

/** Joins `n` tokens from `toks[at]` leftwards into the phrase they spell. */
function spell(toks: Tok[], at: number, n: number): string | undefined {
  if (at + n > toks.length) return undefined;
  let p = toks[at + n - 1]!.w;
  for (let i = at + n - 2; i >= at; i--) p += ` ${toks[i]!.w}`;
  return p;
}

/** A shifter ("last", "this past") ending at `toks[at]`: its offset and length in tokens. */
function shifterBefore(c: CompiledDates, toks: Tok[], at: number): { offset: -1 | 0 | 1; n: number } | undefined {
  for (let n = 2; n >= 1; n--) {
    const first = toks[at + n - 1];
    if (first === undefined || !c.shifterFirstWords.has(first.w)) continue;
    const p = spell(toks, at, n);
    const offset = p === undefined ? undefined : c.shifters.get(p);
    if (offset !== undefined) return { offset, n };
  }
  return undefined;
}

/** A count ("two", "half a", "10") ending at `toks[at]`: its value and length in tokens. */
function countBefore(c: CompiledDates, toks: Tok[], at: number): { value: number; n: number } | undefined {
  const t = toks[at];
  if (!t) return undefined;
  if (DIGITS.test(t.w) && t.w.length <= 3) return { value: Number(t.w), n: 1 };
  for (let n = Math.min(c.numberWords, toks.length - at); n >= 1; n--) {
    if (!c.numberFirstWords.has(toks[at + n - 1]!.w)) continue;
    const p = spell(toks, at, n);
    const v = p === undefined ? undefined : c.numbers.get(p);
    if (v !== undefined) return { value: v, n };
  }
  return undefined;
}

function tenseAt(x: Scan, start: number, end: number): Tense {
  // A clock time written just before the date ("until 9 a.m. Tuesday") belongs to it: read from its start.
  const last = x.hits[x.hits.length - 1];
  const from = last?.pendingClock && start - last.end <= 16 ? last.start : start;
  return readTense(x.text, from, end, x.c, prevWord(x.text, from, 0));
}

/** The tense around text[start, end) as the engine reads it (for hints computed on demand). */
export function tenseOf(text: string, start: number, end: number, locale: DatesLocale): Tense {
  return readTense(text, start, end, compileDates(locale), prevWord(text, start, 0));
}

function placementOf(offset: -1 | 0 | 1 | undefined, tense: Tense, none: Placement): Placement {
  if (offset === -1) return 'last';
  if (offset === 1) return 'next';
  if (offset === 0) return 'this';
  return tense === 'none' ? none : tense;
}

function hit(
  start: number,
  end: number,
  precision: DatePrecision,
  value: string | undefined,
  certainty: DateCertainty,
  via: string,
  tense: Tense | undefined,
  partOfDay?: PartOfDay,
): DateHit {
  const h = blankHit(start, end, precision, certainty, [via]);
  if (tense !== undefined) h.tense = tense;
  if (value !== undefined) h.value = value;
  else h.certainty = certainty === 'stated' ? 'stated' : 'unresolved';
  if (partOfDay) h.partOfDay = partOfDay;
  return h;
}

/** Extends `start` leftwards over edge modifiers ("early", "the end of") ending at `toks[at]`. */
function edgeBefore(c: CompiledDates, toks: Tok[], at: number): number {
  return phraseBefore(toks, at, c.edgeModifiers);
}

function plausibleYear(y: number): boolean {
  return y >= 1000 && y <= 2999;
}

// ---------------------------------------------------------------------------------------------- month
function onMonth(x: Scan, s: number, e: number, info: Extract<TriggerInfo, { kind: 'month' }>): DateHit | null {
  const { text, c, ref } = x;
  if (!isUpperCode(text.charCodeAt(s))) return null;
  const hasDot = text.charCodeAt(e) === 46;
  const nameEnd = info.abbreviation && hasDot ? e + 1 : e;
  let start = s;
  let end = nameEnd;
  let day: number | undefined;
  let year: number | undefined;
  c.dayAfter.lastIndex = nameEnd;
  const dm = c.dayAfter.exec(text);
  if (dm && Number(dm[1]) >= 1 && Number(dm[1]) <= 31) {
    day = Number(dm[1]);
    end = c.dayAfter.lastIndex;
    YEAR_AFTER.lastIndex = end;
    const ym = YEAR_AFTER.exec(text);
    if (ym && plausibleYear(Number(ym[1]))) {
      year = Number(ym[1]);
      end = YEAR_AFTER.lastIndex;
    }
  } else {
    // "10 November", "the 4th of April".
    const toks = prevTokens(text, s, 3, x.min);
    const k = toks[0] && c.g.of.has(toks[0].w) ? 1 : 0;
    const dt = toks[k];
    const dd = dt ? c.ordinalSuffix.exec(dt.w) : null;
    const before = toks[k + 1];
    if (dt && dd && Number(dd[1]) >= 1 && Number(dd[1]) <= 31 && !(before && DIGITS.test(before.w)) && text[dt.start - 1] !== '$') {
      day = Number(dd[1]);
      start = dt.start;
    }
    c.ofYearAfter.lastIndex = nameEnd;
    const ym = c.ofYearAfter.exec(text);
    if (ym && plausibleYear(Number(ym[1]))) {
      year = Number(ym[1]);
      end = c.ofYearAfter.lastIndex;
    }
  }
  // "Jan", "Mar" without a full stop or a day are too often something else (a name, "Mar-a-Lago").
  if (info.abbreviation && !hasDot && day === undefined) return null;
  // Quick exit for a bare ambiguous name ("May", "March") with neither a preposition before nor "last year" after.
  if (day === undefined && year === undefined && info.ambiguous) {
    const p = prevWord(text, s, x.min);
    if (p === undefined || !c.monthPrepositions.has(p)) {
      const nt = nextTokens(text, nameEnd, 2);
      if (!(nt[0] && nt[1]?.w === c.g.year && c.shifters.has(nt[0].w))) return null;
    }
  }
  // Weekday before: "Friday, Nov. 10".
  let lead = start;
  let named: number | undefined;
  {
    const ws = wordBeforeComma(text, Math.max(x.min, start - 14), start);
    if (ws >= 0) {
      const w = lowerSlice(text, ws, WORD_BEFORE_COMMA_END);
      if (c.weekdayNames.has(w) && (ws === 0 || !isWordCode(text.charCodeAt(ws - 1)))) {
        lead = ws;
        named = c.weekdayNames.get(w);
      }
    }
  }
  const toks = prevTokens(text, lead, 5, x.min);
  let at = 0;
  const sh = shifterBefore(c, toks, at);
  if (sh) at += sh.n;
  const edge = edgeBefore(c, toks, at);
  if (edge) at += edge;
  const newStart = at > 0 ? toks[at - 1]!.start : lead;
  // An ambiguous month name alone needs a preposition, a shifter or a modifier before it.
  let yearOffset: number | undefined;
  if (day === undefined && year === undefined) {
    const nt = nextTokens(text, nameEnd, 2);
    const ys = nt[0] && nt[1]?.w === c.g.year ? c.shifters.get(nt[0].w) : undefined;
    if (ys !== undefined) {
      yearOffset = ys;
      end = nt[1]!.end;
    }
    if ((info.ambiguous || info.abbreviation) && yearOffset === undefined && at === 0) {
      const p = toks[0]?.w;
      if (p === undefined || !c.monthPrepositions.has(p)) return null;
      // "May I", "May the": a name or a modal, not a month.
      if (nt[0] && isUpperCode(text.charCodeAt(nt[0].start)) && text.slice(nameEnd, nt[0].start).trim() === '') return null;
    }
  }
  start = newStart;
  const month = info.month;
  if (day !== undefined && !isValidDay(year ?? 2000, month, day)) return null;
  if (year !== undefined) {
    const precision: DatePrecision = day === undefined ? 'month' : 'day';
    const d = new Date(year, month, day ?? 1);
    d.setFullYear(year);
    return hit(start, end, precision, toIso(d, precision), 'stated', day === undefined ? 'dates/month-year' : 'dates/full-date', undefined);
  }
  const tense = tenseAt(x, start, end);
  const precision: DatePrecision = day === undefined ? 'month' : 'day';
  const via = day === undefined ? 'dates/month' : 'dates/day-month';
  if (!ref) return hit(start, end, precision, undefined, 'unresolved', via, tense);
  let y: number;
  if (yearOffset !== undefined) y = ref.getFullYear() + yearOffset;
  else y = placeMonthDay(ref, month, day, placementOf(sh?.offset, tense, 'nearest'));
  if (named !== undefined && day !== undefined && yearOffset === undefined && sh === undefined) {
    // "Saturday, April 25": the year in which that day is a Saturday, nearest to the reference date.
    const fit = [y, y - 1, y + 1].find((cand) => isValidDay(cand, month, day) && weekdayOf(cand, month, day) === named);
    if (fit !== undefined) y = fit;
  }
  if (day !== undefined && !isValidDay(y, month, day)) return hit(start, end, precision, undefined, 'unresolved', via, tense);
  const d = new Date(y, month, day ?? 1);
  d.setFullYear(y);
  return hit(start, end, precision, toIso(d, precision), 'resolved', via, tense);
}

/** The end of the word found by the last {@link wordBeforeComma}. */
let WORD_BEFORE_COMMA_END = 0;

/**
 * Where `COMMA_BEFORE` matches in text[lo, end) (letters, an optional comma, spaces, up to `end`): the start of
 * the letters, with their end in {@link WORD_BEFORE_COMMA_END}; -1 when it does not match.
 */
function wordBeforeComma(text: string, lo: number, end: number): number {
  let j = end;
  while (j > lo) {
    const k = text.charCodeAt(j - 1);
    if (k !== 32 && k !== 9 && k !== 0xa0) break;
    j--;
  }
  if (j === end) return -1;
  if (j > lo && text.charCodeAt(j - 1) === 44) j--;
  const le = j;
  while (j > lo) {
    const k = text.charCodeAt(j - 1);
    if (k >= 0xd800 && k <= 0xdfff) {
      // A surrogate: the pattern reads code points.
      if (lo >= end) return -1;
      const m = COMMA_BEFORE.exec(text.slice(lo, end));
      if (!m) return -1;
      WORD_BEFORE_COMMA_END = end - m[0].length + m[0].replace(TRAILING_COMMA_SPACE, '').length;
      return end - m[0].length;
    }
    if ((charClass(k) & LETTER) === 0) break;
    j--;
  }
  if (j === le) return -1;
  WORD_BEFORE_COMMA_END = le;
  return j;
}

function weekdayOf(year: number, month: number, day: number): number {
  const d = new Date(year, month, day);
  d.setFullYear(year);
  return d.getDay();
}

// -------------------------------------------------------------------------------------------- weekday
function onWeekday(x: Scan, s: number, e: number, weekday: number): DateHit | null {
  const { text, c, ref } = x;
  if (!isUpperCode(text.charCodeAt(s))) return null;
  c.monthAhead.lastIndex = e;
  if (c.monthAhead.test(text)) return null; // "Friday, Nov. 10": the month takes it, with the weekday.
  let end = e;
  let partOfDay: PartOfDay | undefined;
  const nt = nextTokens(text, e, 1);
  const pod = nt[0] ? c.triggers.get(nt[0].w) : undefined;
  if (pod?.kind === 'partOfDay' && text.charCodeAt(e) !== 45) {
    partOfDay = pod.partOfDay;
    end = nt[0]!.end;
  }
  const toks = prevTokens(text, s, 4, x.min);
  let at = 0;
  const sh = shifterBefore(c, toks, at);
  if (sh) at += sh.n;
  at += edgeBefore(c, toks, at);
  const start = at > 0 ? toks[at - 1]!.start : s;
  const tense = tenseAt(x, start, end);
  if (!ref) return hit(start, end, 'day', undefined, 'unresolved', 'dates/weekday', tense, partOfDay);
  const d = placeWeekday(ref, weekday, placementOf(sh?.offset, tense, 'past'));
  return hit(start, end, 'day', toIso(d, 'day'), 'resolved', 'dates/weekday', tense, partOfDay);
}

// --------------------------------------------------------------------------------------- relative day
function onRelativeDay(x: Scan, s: number, e: number, info: Extract<TriggerInfo, { kind: 'relativeDay' }>): DateHit | null {
  const { text, c, ref } = x;
  let offset = info.offset;
  let partOfDay = info.partOfDay;
  let end = e;
  if (!partOfDay) {
    const nt = nextTokens(text, e, 1);
    const pod = nt[0] ? c.triggers.get(nt[0].w) : undefined;
    if (pod?.kind === 'partOfDay' && text.charCodeAt(e) !== 45) {
      partOfDay = pod.partOfDay;
      end = nt[0]!.end;
    }
  }
  const toks = prevTokens(text, s, 4, x.min);
  let at = 0;
  const dayShift = toks[0] ? c.g.dayShifts.get(toks[0].w) : undefined;
  if (dayShift !== undefined && toks[1]?.w === c.g.day && toks[2] && c.g.articles.has(toks[2].w)) {
    offset += dayShift;
    at = 3;
  }
  at += edgeBefore(c, toks, at);
  const start = at > 0 ? toks[at - 1]!.start : s;
  const tense = offset > 0 ? 'future' : offset < 0 ? 'past' : undefined;
  if (!ref) return hit(start, end, 'day', undefined, 'unresolved', 'dates/relative-day', tense, partOfDay);
  return hit(start, end, 'day', toIso(shift(ref, offset, 'day'), 'day'), 'resolved', 'dates/relative-day', tense, partOfDay);
}

// ---------------------------------------------------------------------------------------- part of day
const CONTEXT_WINDOW = 600;

function onPartOfDay(x: Scan, s: number, e: number, partOfDay: PartOfDay): DateHit | null {
  const { text, c, ref } = x;
  const toks = prevTokens(text, s, 4, x.min);
  const t0 = toks[0]?.w;
  const sh0 = t0 === undefined ? undefined : c.shifters.get(t0);
  if (sh0 === 0 || (sh0 === -1 && (partOfDay === 'night' || partOfDay === 'evening'))) {
    let at = 1;
    at += edgeBefore(c, toks, at);
    const start = toks[at - 1]!.start;
    const tense = sh0 === -1 ? 'past' : undefined;
    const offset = sh0 === -1 ? -1 : 0;
    if (!ref) return hit(start, e, 'day', undefined, 'unresolved', 'dates/part-of-day', tense, partOfDay);
    return hit(start, e, 'day', toIso(shift(ref, offset, 'day'), 'day'), 'resolved', 'dates/part-of-day', tense, partOfDay);
  }
  if (t0 !== undefined && c.g.articles.has(t0) && toks[1] && c.g.within.has(toks[1].w)) {
    const nt = nextTokens(text, e, 1);
    if ((nt[0] && c.g.of.has(nt[0].w)) || text.charCodeAt(e) === 45) return null;
    const start = toks[0]!.start;
    const tense = undefined;
    const value = contextDay(x, s);
    return hit(start, e, 'day', value, value === undefined ? 'unresolved' : 'resolved', 'dates/part-of-day-context', tense, partOfDay);
  }
  return null;
}

/** The day a date with no day of its own (a bare part of the day, a clock time) is on: the nearest day-precise
 * date before it in the same paragraph, else the article's date. */
function contextDay(x: Scan, s: number, hits: DateHit[] = x.hits): string | undefined {
  let prev = hits[hits.length - 1];
  if (prev?.pendingClock) prev = hits[hits.length - 2];
  if (prev && prev.precision === 'day' && s - prev.end < CONTEXT_WINDOW && !x.text.slice(prev.end, s).includes('\n\n')) return prev.value;
  return x.ref ? toIso(x.ref, 'day') : undefined;
}

// ----------------------------------------------------------------------------------------------- clock
/** Whether a meridiem can follow the hour ending at `e` (after optional ":mm" and one space): a cheap pre-test. */
function clockAhead(text: string, e: number, c: CompiledDates): boolean {
  let j = e;
  if (text.charCodeAt(j) === 58) j += 3;
  const k = text.charCodeAt(j);
  if (k === 32 || k === 0xa0 || k === 9) j++;
  return c.meridiemFirst.has(text.charCodeAt(j) | 32);
}

function onClock(x: Scan, s: number): DateHit | null {
  const { text, c } = x;
  c.clock.lastIndex = s;
  const m = c.clock.exec(text);
  if (!m) return null;
  const hour12 = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hour12 < 1 || hour12 > 12 || minutes > 59) return null;
  // "2 am" could be the verb: a bare "am"/"pm" after a space needs minutes or a lead word ("at 2 am").
  if (m[2] === undefined && !m[3]!.includes('.') && SPACE_CHAR.test(m[0])) {
    const lead = prevWord(text, s, x.min);
    if (lead === undefined || !c.clockLeadWords.has(lead)) return null;
  }
  const pm = c.pmWords.has(m[3]!.toLowerCase());
  const hour = (hour12 % 12) + (pm ? 12 : 0);
  const partOfDay = c.hourParts.find((p) => hour >= p.from)?.partOfDay;
  let end = c.clock.lastIndex;
  // "... at 9 a.m." right after a day: the clock time sharpens that day.
  const prev = x.hits[x.hits.length - 1];
  if (prev && prev.precision === 'day' && s - prev.end <= 24 && c.clockLead.test(text.slice(prev.end, s))) {
    prev.end = end;
    if (partOfDay && !prev.partOfDay) prev.partOfDay = partOfDay;
    prev.via.push('dates/clock-time');
    x.min = end;
    x.skipTo = end;
    return null;
  }
  // "9 a.m. EST Tuesday", "5 p.m., Nov. 6": the day after it is read next and takes the clock time in.
  c.clockGap.lastIndex = end;
  if (c.clockGap.exec(text)) {
    const after = c.clockGap.lastIndex;
    const k = text.charCodeAt(after);
    if ((k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 48 && k <= 57)) {
      const h = hit(s, end, 'day', undefined, 'unresolved', 'dates/clock-time', undefined, partOfDay);
      h.pendingClock = true;
      return h;
    }
  }
  const value = contextDay(x, s);
  return hit(s, end, 'day', value, value === undefined ? 'unresolved' : 'resolved', 'dates/clock-time', undefined, partOfDay);
}

// ----------------------------------------------------------------------------------------------- unit
function onUnit(x: Scan, s: number, e: number, info: Extract<TriggerInfo, { kind: 'unit' }>): DateHit | null {
  const { text, c, ref } = x;
  const { unit } = info;
  const toks = prevTokens(text, s, 6, x.min);
  const nt = nextTokens(text, e, 3);
  // 1. A count: "two days ago", "half a year ago", "six months after", "it has been half a year since".
  const cnt = countBefore(c, toks, 0);
  if (cnt) {
    let at = cnt.n;
    if (toks[at] && c.approximators.has(toks[at]!.w)) at++;
    else if (toks[at + 1] && c.approximators.has(`${toks[at + 1]!.w} ${toks[at]!.w}`)) at += 2;
    let j = 0;
    if (c.g.orSo.length === 2 && nt[0]?.w === c.g.orSo[0] && nt[1]?.w === c.g.orSo[1]) j = 2;
    const p1 = nt[j];
    const two = p1 && nt[j + 1] ? `${p1.w} ${nt[j + 1]!.w}` : undefined;
    let dir = two === undefined ? undefined : c.pointers.get(two);
    let pEnd = dir !== undefined ? nt[j + 1]!.end : 0;
    if (dir === undefined && p1) {
      dir = c.pointers.get(p1.w);
      pEnd = p1.end;
    }
    const start = toks[at - 1]!.start;
    const amount = cnt.value;
    if (dir !== undefined) {
      const precision = precisionOfShift(amount, unit);
      const tense = dir < 0 ? 'past' : 'future';
      if (!ref) return hit(start, pEnd, precision, undefined, 'unresolved', 'dates/count-from-now', tense);
      return hit(start, pEnd, precision, toIso(shift(ref, dir * amount, unit), precision), 'resolved', 'dates/count-from-now', tense);
    }
    const ap = p1 ? c.anchorPointers.get(p1.w) : undefined;
    if (ap !== undefined && p1) {
      const precision = precisionOfShift(amount, unit);
      if (p1.w === c.g.since) {
        const lead = phraseBefore(toks, at, c.sinceLeads);
        if (!lead) return null;
        if (!ref) return hit(start, e, precision, undefined, 'unresolved', 'dates/since-duration', 'past');
        return hit(start, e, precision, toIso(shift(ref, -amount, unit), precision), 'resolved', 'dates/since-duration', 'past');
      }
      const h = hit(start, p1.end, precision, undefined, 'unresolved', 'dates/offset-from-anchor', ap < 0 ? 'past' : undefined);
      h.offset = { amount, unit, direction: ap };
      return h;
    }
    return null;
  }
  if (info.plural) return null;
  // 2. "year-ago", "year-earlier" as adjectives.
  if (unit === 'year' && nt[0] && c.g.yearAgo.has(nt[0].w)) {
    let end = nt[0].end;
    if (nt[1] && c.g.periodNouns.has(nt[1].w)) end = nt[1].end;
    const start = toks[0] && c.g.articles.has(toks[0].w) ? toks[0].start : s;
    if (!ref) return hit(start, end, 'year', undefined, 'unresolved', 'dates/year-ago', 'past');
    return hit(start, end, 'year', String(ref.getFullYear() - 1), 'resolved', 'dates/year-ago', 'past');
  }
  // 3. Quarters: "the third quarter", "third-quarter", "the latest quarter", "the year-ago quarter".
  if (unit === 'quarter') return onQuarter(x, s, e, toks, nt);
  // 4. Shifted units: "last year", "earlier this month", "the past year", "next week".
  // "last fiscal year", "the current fiscal year".
  let at = unit === 'year' && toks[0] && c.g.fiscal.has(toks[0].w) ? 1 : 0;
  let sh = shifterBefore(c, toks, at);
  if (!sh) at = 0;
  let inThe = false;
  if (!sh && toks[0] && c.g.articles.has(toks[0].w) && toks[1]?.w === c.g.inPeriodPreposition && toks[2] && c.g.inPeriodAdverbs.has(toks[2].w)) {
    sh = { offset: 0, n: 2 };
    inThe = true;
  }
  if (sh) {
    if (unit === 'day' || unit === 'decade') return null;
    at += sh.n;
    if (!inThe && toks[at] && c.g.articles.has(toks[at]!.w)) at++;
    at += edgeBefore(c, toks, at);
    const start = toks[at - 1]!.start;
    const off = sh.offset;
    const tense = off > 0 ? 'future' : off < 0 ? 'past' : undefined;
    const via = `dates/shifted-${unit}`;
    if (!ref) return hit(start, e, unit === 'month' ? 'month' : 'year', undefined, 'unresolved', via, tense);
    if (unit === 'year') return hit(start, e, 'year', String(ref.getFullYear() + off), 'resolved', via, tense);
    if (unit === 'month') return hit(start, e, 'month', toIso(shift(ref, off, 'month'), 'month'), 'resolved', via, tense);
    return hit(start, e, 'year', String(yearOfWeek(ref, off)), 'resolved', via, tense);
  }
  // 5. "the weekend".
  if (unit === 'weekend' && toks[0] && c.g.articles.has(toks[0].w)) {
    const start = toks[0].start;
    const tense = tenseAt(x, start, e);
    if (!ref) return hit(start, e, 'year', undefined, 'unresolved', 'dates/weekend', tense);
    const d = placeWeekday(ref, 6, tense === 'future' ? 'future' : 'past');
    return hit(start, e, 'year', String(d.getFullYear()), 'resolved', 'dates/weekend', tense);
  }
  return null;
}

function onQuarter(x: Scan, s: number, e: number, toks: Tok[], nt: Tok[]): DateHit | null {
  const { text, c, ref } = x;
  if (text.charCodeAt(e) === 45 && nt[0] && c.g.notQuarter.has(nt[0].w)) return null;
  let at = 0;
  const skip = (): void => {
    while (toks[at] && c.g.fiscal.has(toks[at]!.w)) at++;
  };
  skip();
  const q = toks[at] ? c.quarterOrdinals.get(toks[at]!.w) : undefined;
  let year: number | undefined;
  let certainty: DateCertainty = 'resolved';
  let end = e;
  if (q !== undefined) {
    at++;
    skip();
    const t = toks[at];
    if (t && FOUR_DIGITS.test(t.w)) {
      year = Number(t.w);
      certainty = 'stated';
      at++;
    } else if (t && c.g.yearPossessive.has(t.w) && toks[at + 1] && c.shifters.has(toks[at + 1]!.w)) {
      if (ref) year = ref.getFullYear() + c.shifters.get(toks[at + 1]!.w)!;
      at += 2;
    } else if (t && c.g.yearAgo.has(t.w) && toks[at + 1]?.w === c.g.year) {
      if (ref) year = ref.getFullYear() - 1;
      at += 2;
    }
    if (year === undefined) {
      c.ofYearAfter.lastIndex = e;
      const m = c.ofYearAfter.exec(text);
      if (m && HAS_LETTER.test(m[0]) && plausibleYear(Number(m[1]))) { // "of 1989", not ", 1989"
        year = Number(m[1]);
        certainty = 'stated';
        end = c.ofYearAfter.lastIndex;
      }
    }
    if (year === undefined && ref) {
      const current = Math.floor(ref.getMonth() / 3);
      const tense = tenseAt(x, s, e);
      year = tense === 'past' && q > current ? ref.getFullYear() - 1 : ref.getFullYear();
    }
  } else {
    const t = toks[at];
    if (!t) return null;
    const sh = c.shifters.get(t.w);
    if (c.g.yearAgo.has(t.w)) {
      if (toks[at + 1]?.w !== c.g.year) return null;
      if (ref) year = yearOfQuarter(ref, -4);
      at += 2;
    } else if (sh !== undefined) {
      if (ref) year = yearOfQuarter(ref, sh);
      at++;
    } else if (c.latestQuarterWords.has(t.w)) {
      if (c.g.articles.has(t.w) && (text.charCodeAt(e) === 45 || (nt[0] && c.g.notQuarter.has(nt[0].w)))) return null;
      if (ref) year = yearOfQuarter(ref, -1);
      at++;
    } else return null;
  }
  if (toks[at] && c.g.quarterDeterminers.has(toks[at]!.w)) at++;
  const start = at > 0 ? toks[at - 1]!.start : s;
  if (year === undefined) return hit(start, end, 'year', undefined, 'unresolved', 'dates/quarter', undefined);
  return hit(start, end, 'year', String(year), certainty, 'dates/quarter', undefined);
}

// --------------------------------------------------------------------------------------------- season
function onSeason(x: Scan, s: number, e: number, startMonth: number): DateHit | null {
  const { text, c, ref } = x;
  const toks = prevTokens(text, s, 4, x.min);
  c.ofYearAfter.lastIndex = e;
  const ym = c.ofYearAfter.exec(text);
  let at = 0;
  const sh = shifterBefore(c, toks, at);
  if (sh) at += sh.n;
  else if (toks[0] && c.g.articles.has(toks[0].w) && toks[1] && c.g.seasonLeads.has(toks[1].w)) at = 1;
  else if (!ym) return null;
  at += edgeBefore(c, toks, at);
  const start = at > 0 ? toks[at - 1]!.start : s;
  if (ym && plausibleYear(Number(ym[1]))) return hit(start, c.ofYearAfter.lastIndex, 'year', ym[1], 'stated', 'dates/season', 'past');
  const nt = nextTokens(text, e, 1);
  if (nt[0] && c.g.of.has(nt[0].w)) return null;
  const tense = tenseAt(x, start, e);
  if (!ref) return hit(start, e, 'year', undefined, 'unresolved', 'dates/season', tense);
  const m = ref.getMonth() + 1;
  const y0 = ref.getFullYear();
  const placement = placementOf(sh?.offset, tense, 'past');
  let y = y0;
  if (placement === 'last') y = m >= startMonth + 3 ? y0 : y0 - 1;
  else if (placement === 'next') y = m < startMonth ? y0 : y0 + 1;
  else if (placement === 'past') y = m >= startMonth ? y0 : y0 - 1;
  else if (placement === 'future') y = m < startMonth + 3 ? y0 : y0 + 1;
  return hit(start, e, 'year', String(y), 'resolved', 'dates/season', tense);
}

// -------------------------------------------------------------------------------------------- holiday
function holidayDate(h: HolidayName, year: number): Date {
  if (h.day !== undefined) {
    const d = new Date(year, h.month - 1, h.day);
    d.setFullYear(year);
    return d;
  }
  const first = new Date(year, h.month - 1, 1);
  first.setFullYear(year);
  const lead = ((h.weekday ?? 0) - first.getDay() + 7) % 7;
  return shift(first, lead + ((h.nth ?? 1) - 1) * 7, 'day');
}

function onHoliday(x: Scan, s: number, e: number, names: HolidayName[]): DateHit | null {
  const { text, c, ref } = x;
  const toks = prevTokens(text, s, 4, x.min);
  for (const named of names) {
    let h = named;
    const before = h.words.length - 1;
    let ok = true;
    for (let i = 0; i < before && ok; i++) ok = toks[i]?.w === h.words[before - 1 - i];
    if (!ok) continue;
    const start = before > 0 ? toks[before - 1]!.start : s;
    if (!isUpperCode(text.charCodeAt(start))) continue;
    let end = e;
    // A longer name that goes on after this word ("Christmas" + "Day", "Christmas" + "Eve").
    const next = nextTokens(text, e, 1)[0];
    const longer = next && c.holidayEnds.get(next.w)?.find((o) => o.words.length === h.words.length + 1 && h.words.every((w, i) => o.words[i] === w));
    if (longer && next) {
      h = longer;
      end = next.end;
      e = next.end;
    }
    c.ofYearAfter.lastIndex = e;
    const ym = c.ofYearAfter.exec(text);
    if (ym && plausibleYear(Number(ym[1]))) {
      end = c.ofYearAfter.lastIndex;
      return hit(start, end, 'day', toIso(holidayDate(h, Number(ym[1])), 'day'), 'stated', 'dates/holiday', undefined);
    }
    const more = prevTokens(text, start, 3, x.min);
    const sh = shifterBefore(c, more, 0);
    const from = sh ? more[sh.n - 1]!.start : start;
    const tense = tenseAt(x, from, end);
    if (!ref) return hit(from, end, 'day', undefined, 'unresolved', 'dates/holiday', tense);
    const placement = placementOf(sh?.offset, tense, 'nearest');
    const y0 = ref.getFullYear();
    const t = ref.getTime();
    const options = [y0 - 1, y0, y0 + 1].map((y) => holidayDate(h, y));
    let d: Date;
    if (placement === 'this') d = options[1]!;
    else if (placement === 'past') d = [...options].reverse().find((o) => o.getTime() <= t)!;
    else if (placement === 'last') d = [...options].reverse().find((o) => o.getTime() < t)!;
    else if (placement === 'future') d = options.find((o) => o.getTime() >= t)!;
    else if (placement === 'next') d = options.find((o) => o.getTime() > t)!;
    else {
      const back = [...options].reverse().find((o) => o.getTime() <= t)!;
      const ahead = options.find((o) => o.getTime() >= t)!;
      d = ahead.getTime() - t < t - back.getTime() ? ahead : back;
    }
    return hit(from, end, 'day', toIso(d, 'day'), 'resolved', 'dates/holiday', tense);
  }
  return null;
}

// ----------------------------------------------------------------------------------------------- year
function onYear(x: Scan, s: number, e: number): DateHit | null {
  const { text, c } = x;
  const y = Number(text.slice(s, e));
  const before = text.charCodeAt(s - 1);
  const before2 = text.charCodeAt(s - 2);
  if (before === 36 || before === 163 || before === 8364 || before === 35 || before === 165) return null; // $ £ € # ¥
  if ((before === 44 || before === 46 || before === 45 || before === 47 || before === 58) && before2 >= 48 && before2 <= 57) return null;
  const after = text.charCodeAt(e);
  const after2 = text.charCodeAt(e + 1);
  if (after === 37) return null;
  if ((after === 44 || after === 46 || after === 58 || after === 47) && after2 >= 48 && after2 <= 57) return null;
  if (after === 45 && after2 >= 48 && after2 <= 57 && !TWO_DIGIT_SUFFIX.test(text.slice(e, e + 4))) return null;
  const toks = prevTokens(text, s, 4, x.min);
  const t0 = toks[0]?.w;
  if (t0 !== undefined && (c.quantityLeads.has(t0) || DIGITS.test(t0))) return null;
  if (y < 1900 || y > 2099) {
    if (!plausibleYear(y) || t0 === undefined || !c.yearLeads.has(t0)) return null;
  }
  const nt = nextTokens(text, e, 1);
  if (nt[0] && c.quantityNouns.has(nt[0].w)) return null;
  let at = 0;
  if (t0 !== undefined && c.g.fiscal.has(t0)) at++;
  at += edgeBefore(c, toks, at);
  const start = at > 0 ? toks[at - 1]!.start : s;
  return hit(start, e, 'year', String(y), 'stated', 'dates/year', undefined);
}

// -------------------------------------------------------------------------------------------- numeric
const ISO_DATE = /\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])/uy;
const SLASH_DATE = /\d{1,2}\/\d{1,2}\/\d{2,4}(?![\p{L}\p{N}])/uy;

function onNumeric(x: Scan, s: number, pattern: RegExp): DateHit | null {
  const { text } = x;
  pattern.lastIndex = s;
  const m = pattern.exec(text);
  if (!m) return null;
  const e = s + m[0].length;
  const raw = m[0];
  const before = text.charCodeAt(s - 1);
  if (before === 47 || before === 45 || before === 46 || before === 36) return null;
  const after = text.charCodeAt(e);
  if ((after === 47 || after === 45 || after === 46 || after === 58) && text.charCodeAt(e + 1) >= 48 && text.charCodeAt(e + 1) <= 57) return null;
  if (raw.includes('-')) {
    const [ys, ms, ds] = raw.split('-');
    const y = Number(ys);
    const m = Number(ms) - 1;
    const d = Number(ds);
    if (!plausibleYear(y) || m < 0 || m > 11 || !isValidDay(y, m, d)) return null;
    return hit(s, e, 'day', raw, 'stated', 'dates/iso', undefined);
  }
  const [as, bs, ys] = raw.split('/');
  const a = Number(as);
  const b = Number(bs);
  let y = Number(ys);
  if (ys!.length === 3) return null;
  if (ys!.length === 2) y += y < 50 ? 2000 : 1900;
  let month: number | undefined;
  let day: number | undefined;
  if (a > 12 && b <= 12) [day, month] = [a, b];
  else if (b > 12 && a <= 12) [month, day] = [a, b];
  else if (a === b) [month, day] = [a, b];
  if (a < 1 || b < 1 || a > 31 || b > 31) return null;
  if (month === undefined || day === undefined) return hit(s, e, 'year', String(y), 'stated', 'dates/numeric-ambiguous', undefined);
  if (!isValidDay(y, month - 1, day)) return null;
  const d = new Date(y, month - 1, day);
  d.setFullYear(y);
  return hit(s, e, 'day', toIso(d, 'day'), 'stated', 'dates/numeric', undefined);
}

// ---------------------------------------------------------------------------------------------- main

/**
 * The local grammar for one candidate word text[s, e) (hash `h`, all ASCII digits or not): records the date it
 * starts, if any, and returns where the scan resumes. Kept apart from the scanning loop (and large enough not to
 * be inlined into it) so that the loop stays small, is optimised quickly and never sees the hits' shapes.
 */
function visit(x: Scan, s: number, e: number, h: number, digits: boolean): number {
  return visitWord(x, s, e, digits, lookupTrigger(x, s, e, h));
}

/** The trigger word text[s, e) is, found by its hash `h` (undefined when none). */
function lookupTrigger(x: Scan, s: number, e: number, h: number): string | undefined {
  const word = x.c.byHash.get(h);
  return word === undefined || !sliceIsLower(x.text, s, e, word) ? undefined : word;
}

/** {@link visit} for a word whose trigger word (if any) is already known. */
function visitWord(x: Scan, s: number, e: number, digits: boolean, word: string | undefined): number {
  const { text, c } = x;
  const len = e - s;
  let found: DateHit | null = null;
  find: {
    if (digits) {
      const next = text.charCodeAt(e);
      if (len === 4 && next === 45) found = onNumeric(x, s, ISO_DATE);
      else if (len <= 2 && next === 47) found = onNumeric(x, s, SLASH_DATE);
      else if (len <= 2 && clockAhead(text, e, c)) found = onClock(x, s);
      if (!found && len === 4) found = onYear(x, s, e);
      break find;
    }
    const first = text.charCodeAt(s);
    if (first >= 48 && first <= 57 && len <= 4) {
      let j = s;
      while (j < e && text.charCodeAt(j) <= 57) j++;
      if (c.meridiemFirst.has(text.charCodeAt(j) | 32)) found = onClock(x, s); // "9am", "10pm"
      break find;
    }
    if (word === undefined) break find;
    const info = c.triggers.get(word)!;
    const holidays = c.holidayEnds.get(word);
    if (holidays) found = onHoliday(x, s, e, holidays);
    if (found) break find;
    switch (info.kind) {
      case 'month':
        found = onMonth(x, s, e, info);
        break;
      case 'weekday':
        found = onWeekday(x, s, e, info.weekday);
        break;
      case 'relativeDay':
        found = onRelativeDay(x, s, e, info);
        break;
      case 'partOfDay':
        found = onPartOfDay(x, s, e, info.partOfDay);
        break;
      case 'unit':
        found = onUnit(x, s, e, info);
        break;
      case 'season':
        found = onSeason(x, s, e, info.startMonth);
        break;
      case 'holiday':
        break;
    }
  }
  let i = e;
  if (x.skipTo > i) i = x.skipTo;
  if (!found) return i;
  if (found.start < x.min) found.start = s;
  x.hits.push(found);
  x.min = found.end;
  if (i < found.end) i = found.end;
  return i;
}

/** The last reference date made, by its ISO string: the scanner only reads it (every calendar step makes a new Date). */
let lastRefIso = '';
let lastRef: Date | undefined;

/** `fromIso(publishedAt)`, made once for a run of texts with the same date. */
function refDate(publishedAt: string): Date | undefined {
  if (publishedAt !== lastRefIso) {
    lastRef = fromIso(publishedAt);
    lastRefIso = publishedAt;
  }
  return lastRef;
}

/**
 * Finds every date in `text`, resolved against `publishedAt` (`YYYY-MM-DD`) where it is given.
 * Returns the engine's hits (with tense and offset hints), in text order and without overlaps.
 */
export function scanDates(text: string, publishedAt: string | undefined, locale: DatesLocale): DateHit[] {
  const c = compileDates(locale);
  const x: Scan = { skipTo: 0, text, ref: publishedAt ? refDate(publishedAt) : undefined, c, min: 0, hits: [] };
  if (c.dfa) scanDfa(x, c.dfa);
  else scanHashed(x);
  return anchorOffsets(x);
}

/**
 * The scanning loop with the trigger automaton over the whole text ({@link FlatDfa}): one table step per code
 * unit; only when a trigger word, a short number or a word that starts with a digit ends does the loop stop and
 * hand it to the local grammar. A word with a non-ASCII unit is read again by {@link visitHashed}, as
 * {@link scanHashed} reads every word.
 */
function scanDfa(x: Scan, dfa: TriggerDfa): void {
  const { text } = x;
  const n = text.length;
  const sym = dfa.sym;
  const { tr, kind, accept } = dfa.flat;
  let st = FS_BETWEEN;
  // Words start at or after `floor` (where the scan resumed after a date).
  let floor = 0;
  let i = 0;
  for (;;) {
    let next: number;
    if (i < n) {
      next = tr[(st << 5) | sym[text.charCodeAt(i)]!]!;
      if (next >= FS_BETWEEN) {
        st = next;
        i++;
        continue;
      }
      if (next === FS_UNKNOWN) {
        classify(sym, text.charCodeAt(i));
        continue;
      }
    } else {
      // The end of the text ends the last word.
      next = tr[(st << 5) | SYM_BREAK]!;
      if (next !== FS_EMIT) return;
    }
    // A word to visit ends at i: text[s, i).
    let s = i;
    while (s > floor && sym[text.charCodeAt(s - 1)]! >= SYM_OTHER) s--;
    const k = kind[st]!;
    let to: number;
    if (k === KIND_TRIGGER) to = visitWord(x, s, i, false, accept[st]);
    else if (k === KIND_DIGITS) to = visitWord(x, s, i, true, undefined);
    else if (k === KIND_DIGIT_MIXED) to = visitWord(x, s, i, false, undefined);
    else to = visitHashed(x, s, i);
    if (i >= n) return;
    st = FS_BETWEEN;
    if (to > i) {
      i = to;
      floor = to;
    } else i++; // the break after the word
  }
}

/** The automaton symbol of a non-ASCII code unit seen for the first time. */
function classify(sym: Uint8Array, k: number): number {
  const a = (charClass(k) & WORD) !== 0 ? SYM_OTHER : SYM_BREAK;
  sym[k] = a;
  return a;
}

/**
 * A word text[s, e) read without the automaton: hashed (case-folded, as the trigger words are), turned down at once
 * when it cannot start a date (what {@link visit} would turn down: most words), else visited. Every word of a
 * locale with no {@link TriggerDfa}, and the words with a non-ASCII unit of one with an automaton.
 */
function visitHashed(x: Scan, s: number, e: number): number {
  const { text, c } = x;
  // The hash stays a signed 32-bit integer in the loop (same bits as `foldStep`), made unsigned at the end.
  let h = FOLD_SEED_I32;
  let digits = true;
  for (let j = s; j < e; j++) {
    const k = text.charCodeAt(j);
    if ((charClass(k) & DIGIT) === 0) digits = false;
    // `| 32` lower-cases ASCII letters and leaves digits as they are.
    h = Math.imul(h ^ (k < 128 ? k | 32 : foldCode(k)), FNV_PRIME);
  }
  h >>>= 0;
  const len = e - s;
  const filter = c.hashFilter;
  if (digits ? len === 3 || len > 4 : len < c.minLength || len > c.maxLength || (filter[(h & 0xffff) >>> 3]! & (1 << (h & 7))) === 0) {
    const first = text.charCodeAt(s);
    if (digits || !(first >= 48 && first <= 57 && len <= 4)) return e;
  }
  return visit(x, s, e, h, digits);
}

/**
 * The scanning loop for a locale with no {@link TriggerDfa} (a trigger word that is not all ASCII letters): one
 * pass over the text, word by word (a word: letters and digits), each read by {@link visitHashed}.
 */
function scanHashed(x: Scan): void {
  const { text } = x;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if ((charClass(text.charCodeAt(i)) & WORD) === 0) {
      i++;
      continue;
    }
    const s = i;
    do i++;
    while (i < n && (charClass(text.charCodeAt(i)) & WORD) !== 0);
    i = visitHashed(x, s, i);
  }
}

/** "six months after 10 May 2020": an offset directly followed by a date with a value is resolved from it. */
function anchorOffsets(x: Scan): DateHit[] {
  const out: DateHit[] = [];
  const { hits, text } = x;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const next = hits[i + 1];
    if (h.offset && next?.value !== undefined && x.c.anchorGap.test(text.slice(h.end, next.start))) {
      const base = fromIso(next.value);
      if (base) {
        const precision = precisionOfShift(h.offset.amount, h.offset.unit);
        const p = coarser(precision, next.precision);
        const merged = blankHit(h.start, next.end, p, next.certainty === 'stated' ? 'stated' : 'resolved', [...h.via, ...next.via, 'dates/offset-from-date']);
        merged.value = toIso(shift(base, h.offset.direction * h.offset.amount, h.offset.unit), p);
        if (h.tense !== undefined) merged.tense = h.tense;
        out.push(merged);
        i++;
        continue;
      }
    }
    if (h.pendingClock) {
      x.c.clockGap.lastIndex = h.end;
      const joined = next !== undefined && next.precision === 'day' && next.offset === undefined && x.c.clockGap.exec(text) !== null && x.c.clockGap.lastIndex === next.start;
      if (joined) {
        const merged = blankHit(h.start, next.end, next.precision, next.certainty, [...h.via, ...next.via]);
        if (next.value !== undefined) merged.value = next.value;
        const pod = next.partOfDay ?? h.partOfDay;
        if (pod) merged.partOfDay = pod;
        if (next.tense !== undefined) merged.tense = next.tense;
        out.push(merged);
        i++;
        continue;
      }
      const value = contextDay(x, h.start, out);
      const alone = blankHit(h.start, h.end, 'day', value === undefined ? 'unresolved' : 'resolved', h.via);
      if (value !== undefined) alone.value = value;
      if (h.partOfDay) alone.partOfDay = h.partOfDay;
      out.push(alone);
      continue;
    }
    out.push(h);
  }
  return out;
}

