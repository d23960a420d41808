/** Builds the date engine's patterns and lookup tables from a {@link DatesLocale}, once per locale object. */
import type { PartOfDay } from '../model/dateRef.js';
import { FNV_PRIME, FNV_SEED } from '../internal/hash.js';
import { HashTable32 } from '../internal/hashTable.js';
import { escapeRegExp } from '../internal/strings.js';
import type { DateUnit, DatesLocale } from '../locales/types/dates.js';

/** What a trigger word is. */
export type TriggerInfo =
  | { kind: 'month'; month: number; abbreviation: boolean; ambiguous: boolean }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'relativeDay'; offset: number; partOfDay?: PartOfDay }
  | { kind: 'partOfDay'; partOfDay: PartOfDay }
  | { kind: 'unit'; unit: DateUnit; plural: boolean }
  | { kind: 'season'; startMonth: number }
  | { kind: 'holiday' };

/** A holiday name as words, with its date rule. */
export interface HolidayName {
  words: string[];
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
}

/** The compiled form of a locale. */
export interface CompiledDates {
  /** Trigger words by {@link foldHash} of their lower-case form (the scanner hashes each word as it reads it). */
  byHash: Map<number, string>;
  /** Bit filter over the low 16 bits of the trigger hashes: a quick "no" for most words. */
  hashFilter: Uint8Array;
  minLength: number;
  maxLength: number;
  triggers: Map<string, TriggerInfo>;
  /** Holiday names by their last word, longest first. */
  holidayEnds: Map<string, HolidayName[]>;
  numbers: Map<string, number>;
  /** The first words of the number phrases and of the shifters: a phrase spelled from tokens can only be one of
   * them when its first token is among these. */
  numberFirstWords: Set<string>;
  shifterFirstWords: Set<string>;
  /** Longest number phrase, in words. */
  numberWords: number;
  approximators: Set<string>;
  shifters: Map<string, -1 | 0 | 1>;
  pointers: Map<string, -1 | 1>;
  anchorPointers: Map<string, -1 | 1>;
  sinceLeads: string[][];
  edgeModifiers: string[][];
  quarterOrdinals: Map<string, number>;
  latestQuarterWords: Set<string>;
  yearLeads: Set<string>;
  quantityNouns: Set<string>;
  quantityLeads: Set<string>;
  monthPrepositions: Set<string>;
  weekdayNames: Map<string, number>;
  /**
   * The tense cues in one table: {@link cueFlags} of a {@link foldHash} (as a signed 32-bit integer) gives its
   * `CUE_*` bits: a future cue (words joined by one space), the first word of a future cue of two or three words
   * (only after one is the hash of a two-word phrase worth computing), the first two words of a future cue of
   * three, a past form not in -ed, an -ed word that is no past cue.
   */
  cueTable: CueTable;
  /** Lower-case contracted endings that mark the future ("'ll"). */
  futureSuffixes: string[];
  /** Lower-case UTF-16 codes of the regular past ending. */
  pastSuffix: number[];
  pastExceptions: Set<string>;
  futurePrepositions: Set<string>;
  /** Sticky: a month name (with its optional full stop), after optional day number, ahead of a weekday. */
  monthAhead: RegExp;
  ordinalSuffix: RegExp;
  /** Sticky: a day number after a month name ("Nov. 10", "May 3rd"); group 1: the number. */
  dayAfter: RegExp;
  /** Sticky: a year after a month or season, optionally with "of" ("June 2020", "the spring of 1998"); group 1. */
  ofYearAfter: RegExp;
  /** Anchored: what may stand between an offset and the date it counts from ("after the"). */
  anchorGap: RegExp;
  /** The grammar words, as sets for lookup. */
  g: {
    articles: Set<string>;
    quarterDeterminers: Set<string>;
    within: Set<string>;
    seasonLeads: Set<string>;
    of: Set<string>;
    day: string;
    year: string;
    dayShifts: Map<string, -1 | 1>;
    orSo: string[];
    since: string;
    inPeriodAdverbs: Set<string>;
    inPeriodPreposition: string;
    yearAgo: Set<string>;
    periodNouns: Set<string>;
    fiscal: Set<string>;
    yearPossessive: Set<string>;
    notQuarter: Set<string>;
  };
  /** Sticky: a clock time with its meridiem ("9 a.m.", "10:30 pm"); groups: hour, minutes, meridiem. */
  clock: RegExp;
  /** Sticky: what may stand between a clock time and the day it is on (time zone, "on", a comma). */
  clockGap: RegExp;
  /** Anchored: what may stand between a day and a clock time after it ("Friday at 9 a.m."). */
  clockLead: RegExp;
  pmWords: Set<string>;
  /** Lower-case first UTF-16 codes of the meridiems: a quick test before the clock pattern. */
  meridiemFirst: Set<number>;
  /** Single-word clock leads ("at"), for bare "am"/"pm". */
  clockLeadWords: Set<string>;
  hourParts: readonly { readonly from: number; readonly partOfDay: PartOfDay }[];
  /** The trigger words as a case-folding automaton over the text's code units ({@link TriggerDfa}); undefined
   * when a trigger word is not all ASCII letters (the scanner then hashes every word). */
  dfa: TriggerDfa | undefined;
}

/**
 * The trigger words as an automaton over the text's UTF-16 units. `sym` maps a code unit to its symbol:
 * {@link SYM_BREAK} (not a word character), {@link SYM_UNKNOWN} (a non-ASCII unit not classified yet),
 * {@link SYM_OTHER} (a non-ASCII word character), {@link SYM_DIGIT}, {@link SYM_LETTER} (an ASCII letter in no
 * trigger word), then one per letter of the trigger words (both cases). The states are those of the trie of the
 * trigger words plus a few for digits and other words: see {@link FlatDfa}.
 */
export interface TriggerDfa {
  sym: Uint8Array;
  /** The automaton over the whole text (spaces included), for the scanning loop. */
  flat: FlatDfa;
}
export const SYM_BREAK = 0;
export const SYM_UNKNOWN = 1;
export const SYM_OTHER = 2;
/** From here on, the symbols of ASCII letters and digits (one comparison tells them from the others). */
export const SYM_DIGIT = 3;
export const SYM_LETTER = 4;
/** The root of the trie of trigger words; its nodes are numbered from {@link ST_TRIE} (0 and 2-4 are unused). */
const ST_START = 1;
const ST_TRIE = 5;

function buildDfa(words: readonly string[]): TriggerDfa | undefined {
  if (!words.every((w) => /^[a-z]+$/u.test(w))) return undefined;
  const sym = new Uint8Array(65536).fill(SYM_UNKNOWN);
  for (let k = 0; k < 128; k++) sym[k] = SYM_BREAK;
  for (let k = 48; k <= 57; k++) sym[k] = SYM_DIGIT;
  for (let k = 97; k <= 122; k++) sym[k] = sym[k - 32] = SYM_LETTER;
  let next = SYM_LETTER + 1;
  for (const w of words)
    for (let j = 0; j < w.length; j++) {
      const k = w.charCodeAt(j);
      if (sym[k] === SYM_LETTER) sym[k] = sym[k - 32] = next++;
    }
  if (next > 32) return undefined;
  // The trie, as child maps first.
  const children: Map<number, number>[] = [];
  const accept: (string | undefined)[] = [];
  for (let st = 0; st < ST_TRIE; st++) {
    children.push(new Map());
    accept.push(undefined);
  }
  for (const w of words) {
    let st = ST_START;
    for (let j = 0; j < w.length; j++) {
      const a = sym[w.charCodeAt(j)]!;
      let to = children[st]!.get(a);
      if (to === undefined) {
        to = children.length;
        children.push(new Map());
        accept.push(undefined);
        children[st]!.set(a, to);
      }
      st = to;
    }
    accept[st] = w;
  }
  if (children.length > 65000) return undefined;
  return { sym, flat: flatten(children, accept) };
}

/** States of {@link FlatDfa}: below {@link FS_BETWEEN} the scanner stops to do something. */
export const FS_EMIT = 0;
export const FS_UNKNOWN = 1;
export const FS_BETWEEN = 2;
/** What the word that just ended was ({@link FlatDfa.kind}). */
export const KIND_NONE = 0;
export const KIND_TRIGGER = 1;
export const KIND_DIGITS = 2;
export const KIND_DIGIT_MIXED = 3;
export const KIND_OTHER = 4;

/**
 * The trigger automaton over the whole text, spaces included: one table step per code unit and no other test
 * until a word the local grammar wants ends. From a word state, a break goes to {@link FS_EMIT} when the word is
 * one to visit (a trigger word, digits of length 1, 2 or 4, a digit then letters of length 2 to 4, a word with a
 * non-ASCII unit), else to {@link FS_BETWEEN}; a unit not classified yet goes to {@link FS_UNKNOWN} (the state
 * stays). `kind` and `accept` tell what a word state was.
 */
export interface FlatDfa {
  tr: Uint8Array | Uint16Array;
  kind: Uint8Array;
  accept: (string | undefined)[];
}

function flatten(children: Map<number, number>[], trieAccept: (string | undefined)[]): FlatDfa {
  const DEAD = 3;
  const OTHER = 4;
  const D = 5; // D + k - 1: k digits (k = 1..5, 5 = five or more)
  const M = 10; // M + k - 2: a digit then letters or digits, k units (k = 2..5, 5 = five or more)
  const TRIE = 14; // TRIE + t - ST_TRIE: trie node t
  const count = TRIE + children.length - ST_TRIE;
  const tr = count <= 256 ? new Uint8Array(count << 5) : new Uint16Array(count << 5);
  const kind = new Uint8Array(count);
  const accept: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  const trieState = (t: number | undefined): number => (t === undefined ? DEAD : TRIE + t - ST_TRIE);
  kind[OTHER] = KIND_OTHER;
  for (const k of [1, 2, 4]) kind[D + k - 1] = KIND_DIGITS;
  for (const k of [2, 3, 4]) kind[M + k - 2] = KIND_DIGIT_MIXED;
  for (let t = ST_TRIE; t < children.length; t++) {
    const w = trieAccept[t];
    if (w !== undefined) {
      kind[trieState(t)] = KIND_TRIGGER;
      accept[trieState(t)] = w;
    }
  }
  for (let st = 0; st < count; st++) {
    for (let a = 0; a < 32; a++) {
      let to: number;
      if (st === FS_UNKNOWN) to = FS_UNKNOWN; // never a current state
      else if (a === SYM_UNKNOWN) to = FS_UNKNOWN;
      else if (a === SYM_BREAK) to = st === FS_EMIT || st === FS_BETWEEN ? FS_BETWEEN : kind[st] !== KIND_NONE ? FS_EMIT : FS_BETWEEN;
      else if (a === SYM_OTHER || st === OTHER) to = OTHER;
      else if (st === FS_EMIT || st === FS_BETWEEN) to = a === SYM_DIGIT ? D : trieState(children[ST_START]!.get(a));
      else if (st === DEAD) to = DEAD;
      else if (st >= D && st < D + 5) to = a === SYM_DIGIT ? Math.min(st + 1, D + 4) : M + Math.min(st - D + 2, 5) - 2;
      else if (st >= M && st < M + 4) to = Math.min(st + 1, M + 3);
      else if (a === SYM_DIGIT) to = DEAD; // in a trigger word
      else to = trieState(children[st - TRIE + ST_TRIE]!.get(a));
      tr[(st << 5) | a] = to;
    }
  }
  return { tr, kind, accept };
}

const escape = (s: string): string => escapeRegExp(s).replace(/ /gu, '[\\s\\u00a0]+');
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
const split = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/u).filter(Boolean);

/** Bits of {@link cueFlags}: a future cue, the first word of one, its first two words, a past form, an -ed exception (see `cueTable`). */
export const CUE_FUTURE = 1;
export const CUE_FIRST = 2;
export const CUE_PAIR = 4;
export const CUE_PAST = 8;
export const CUE_PAST_EXCEPTION = 16;

/** The library's hash table (internal/hashTable.ts) from signed 32-bit hashes to `CUE_*` bits (0: in none of the sets). */
export type CueTable = HashTable32;

function cueTable(sets: readonly (readonly [Set<number>, number])[]): CueTable {
  const all = new Map<number, number>();
  for (const [set, bit] of sets) for (const h of set) all.set(h | 0, (all.get(h | 0) ?? 0) | bit);
  // (four slots per key: most words looked up are no cue)
  const t = new HashTable32(all.size, 4);
  for (const [h, f] of all) t.set(h, f);
  return t;
}

/** The `CUE_*` bits of hash `h` (a signed 32-bit integer). */
export function cueFlags(t: CueTable, h: number): number {
  return t.get(h);
}

/** Step of the case-folding FNV-1a hash the scanner computes over a word, one UTF-16 unit at a time. */
export function foldStep(h: number, code: number): number {
  let c = code;
  if (c >= 65 && c <= 90) c |= 32;
  else if (c > 127) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return Math.imul(h ^ c, FNV_PRIME) >>> 0;
}

/** Seed of {@link foldStep}. */
export const FOLD_SEED = FNV_SEED >>> 0;
/** {@link FOLD_SEED} as a signed 32-bit integer, for loops that keep the hash in int32 until their end. */
export const FOLD_SEED_I32 = FNV_SEED;

/** Bits of {@link charClass}: a word character (letter or number), an ASCII digit, a letter (`\p{L}`). */
export const WORD = 1;
export const DIGIT = 2;
export const LETTER = 4;
/** The value of a code unit not classified yet in {@link CHAR_CLASSES} ({@link charClass} fills it in). */
export const UNKNOWN = 128;
const P_L = /\p{L}/u;
const P_N = /\p{N}/u;
/** Class bits of every UTF-16 code unit, filled on first sight (no regex per character in the scanning loops). */
export const CHAR_CLASSES = (() => {
  const t = new Uint8Array(65536).fill(UNKNOWN);
  for (let k = 0; k < 128; k++) t[k] = 0;
  for (let k = 65; k <= 90; k++) t[k] = WORD | LETTER;
  for (let k = 97; k <= 122; k++) t[k] = WORD | LETTER;
  for (let k = 48; k <= 57; k++) t[k] = WORD | DIGIT;
  return t;
})();
/** Lower-cased code unit (the first of `toLowerCase()`) of every non-ASCII code unit, filled on first sight; 0 = not yet. */
const LOWER = new Uint16Array(65536);

/** The class bits ({@link WORD}, {@link DIGIT}, {@link LETTER}) of UTF-16 code `c` (0 for NaN, past the text's end). */
export function charClass(c: number): number {
  const k = CHAR_CLASSES[c];
  if (k === undefined) return 0;
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  const l = P_L.test(ch);
  const v = l ? WORD | LETTER : P_N.test(ch) ? WORD : 0;
  CHAR_CLASSES[c] = v;
  return v;
}

/** The code {@link foldStep} hashes for `c` (a non-ASCII code unit). */
export function foldCode(c: number): number {
  const k = LOWER[c]!;
  if (k !== 0) return k;
  const v = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  LOWER[c] = v;
  return v;
}

/** The case-folding hash of `s.slice(start, end)`. */
export function foldHash(s: string, start: number, end: number): number {
  let h = FOLD_SEED;
  for (let i = start; i < end; i++) h = foldStep(h, s.charCodeAt(i));
  return h;
}

function hashFilter(hashes: number[]): Uint8Array {
  const bits = new Uint8Array(8192);
  for (const h of hashes) bits[(h & 0xffff) >>> 3]! |= 1 << (h & 7);
  return bits;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

const cache = new WeakMap<DatesLocale, CompiledDates>();

/** The compiled patterns of `locale` (built on first use, then cached). */
export function compileDates(locale: DatesLocale): CompiledDates {
  const hit = cache.get(locale);
  if (hit) return hit;
  const triggers = new Map<string, TriggerInfo>();
  const ambiguous = new Set(locale.ambiguousMonths.map((w) => w.toLowerCase()));
  locale.months.forEach((m, month) => {
    for (const n of m.names) triggers.set(n.toLowerCase(), { kind: 'month', month, abbreviation: false, ambiguous: ambiguous.has(n.toLowerCase()) });
    for (const a of m.abbreviations) if (!triggers.has(a.toLowerCase())) triggers.set(a.toLowerCase(), { kind: 'month', month, abbreviation: true, ambiguous: true });
  });
  const weekdayNames = new Map<string, number>();
  locale.weekdays.forEach((w, weekday) => {
    for (const n of w.names) {
      triggers.set(n.toLowerCase(), { kind: 'weekday', weekday });
      weekdayNames.set(n.toLowerCase(), weekday);
    }
  });
  for (const r of locale.relativeDays)
    triggers.set(r.word.toLowerCase(), r.partOfDay ? { kind: 'relativeDay', offset: r.offset, partOfDay: r.partOfDay } : { kind: 'relativeDay', offset: r.offset });
  for (const p of locale.partsOfDay) triggers.set(p.word.toLowerCase(), { kind: 'partOfDay', partOfDay: p.partOfDay });
  for (const u of locale.units) triggers.set(u.word.toLowerCase(), { kind: 'unit', unit: u.unit, plural: u.plural === true });
  for (const s of locale.seasons) triggers.set(s.word.toLowerCase(), { kind: 'season', startMonth: s.startMonth });

  const holidayEnds = new Map<string, HolidayName[]>();
  for (const h of locale.holidays) {
    for (const name of h.names) {
      const words = split(name);
      const last = words[words.length - 1]!;
      const entry: HolidayName = { words, month: h.month };
      if (h.day !== undefined) entry.day = h.day;
      if (h.weekday !== undefined) entry.weekday = h.weekday;
      if (h.nth !== undefined) entry.nth = h.nth;
      holidayEnds.set(last, [...(holidayEnds.get(last) ?? []), entry].sort((a, b) => b.words.length - a.words.length));
      if (!triggers.has(last)) triggers.set(last, { kind: 'holiday' });
    }
  }
  const months = alternation(locale.months.flatMap((m) => [...m.names, ...m.abbreviations]));
  const suffixes = alternation(locale.ordinalSuffixes);
  const joiners = alternation(locale.dayMonthJoiners);
  const compiled: CompiledDates = {
    byHash: new Map([...triggers.keys()].map((w) => [foldHash(w, 0, w.length), w])),
    hashFilter: hashFilter([...triggers.keys()].map((w) => foldHash(w, 0, w.length))),
    minLength: Math.min(...[...triggers.keys()].map((w) => w.length)),
    maxLength: Math.max(...[...triggers.keys()].map((w) => w.length)),
    triggers,
    holidayEnds,
    numbers: new Map(locale.numbers.map((n) => [n.word.toLowerCase(), n.value])),
    numberWords: Math.max(1, ...locale.numbers.map((n) => split(n.word).length)),
    numberFirstWords: new Set(locale.numbers.map((n) => n.word.toLowerCase().split(' ')[0]!)),
    shifterFirstWords: new Set(locale.shifters.map((s) => s.word.toLowerCase().split(' ')[0]!)),
    approximators: new Set(locale.approximators.map((w) => w.toLowerCase())),
    shifters: new Map(locale.shifters.map((s) => [s.word.toLowerCase(), s.offset])),
    pointers: new Map(locale.pointers.map((s) => [s.word.toLowerCase(), s.direction])),
    anchorPointers: new Map(locale.anchorPointers.map((s) => [s.word.toLowerCase(), s.direction])),
    sinceLeads: locale.sinceLeads.map(split),
    edgeModifiers: locale.edgeModifiers.map(split).sort((a, b) => b.length - a.length),
    quarterOrdinals: new Map(locale.quarterOrdinals.flatMap((words, q) => words.map((w) => [w.toLowerCase(), q] as const))),
    latestQuarterWords: new Set(locale.latestQuarterWords.map((w) => w.toLowerCase())),
    yearLeads: new Set(locale.yearLeads.map((w) => w.toLowerCase())),
    quantityNouns: new Set(locale.quantityNouns.map((w) => w.toLowerCase())),
    quantityLeads: new Set(locale.quantityLeads.map((w) => w.toLowerCase())),
    monthPrepositions: new Set(locale.monthPrepositions.map((w) => w.toLowerCase())),
    weekdayNames,
    cueTable: cueTable([
      [new Set(locale.futureCues.map((w) => split(w).join(' ')).map((w) => foldHash(w, 0, w.length) | 0)), CUE_FUTURE],
      [new Set(locale.futureCues.map(split).filter((w) => w.length === 2 || w.length === 3).map((w) => foldHash(w[0]!, 0, w[0]!.length) | 0)), CUE_FIRST],
      [new Set(locale.futureCues.map(split).filter((w) => w.length === 3).map((w) => w.slice(0, 2).join(' ')).map((w) => foldHash(w, 0, w.length) | 0)), CUE_PAIR],
      [new Set(locale.pastCues.map((w) => foldHash(w, 0, w.length) | 0)), CUE_PAST],
      [new Set(locale.pastCueExceptions.map((w) => foldHash(w, 0, w.length) | 0)), CUE_PAST_EXCEPTION],
    ]),
    futureSuffixes: locale.futureSuffixes.map((w) => w.toLowerCase()),
    pastSuffix: [...locale.pastSuffix.toLowerCase()].map((ch) => ch.charCodeAt(0)),
    pastExceptions: new Set(locale.pastCueExceptions.map((w) => w.toLowerCase())),
    futurePrepositions: new Set(locale.futurePrepositions.map((w) => w.toLowerCase())),
    monthAhead: new RegExp(
      `,?[ \\t\\u00a0]+(?:the[ \\t\\u00a0]+)?(?:\\d{1,2}(?:${suffixes})?[ \\t\\u00a0]+(?:(?:${joiners})[ \\t\\u00a0]+)?)?(?:${months})(?![\\p{L}])`,
      'iuy',
    ),
    clock: new RegExp(`(\\d{1,2})(?::(\\d{2}))?[ \\t\\u00a0]?(${alternation(locale.meridiems.map((m) => m.word))})(?![\\p{L}\\p{N}])`, 'iuy'),
    clockGap: new RegExp(`(?:[ \\t\\u00a0]+\\p{Lu}{2,4}(?![\\p{L}\\p{N}]))?,?[ \\t\\u00a0]+(?:(?:${alternation(locale.clockJoiners)})[ \\t\\u00a0]+)?`, 'uy'),
    clockLead: new RegExp(`^,?[ \\t\\u00a0]+(?:(?:${alternation(locale.clockLeads)})[ \\t\\u00a0]+)?$`, 'iu'),
    clockLeadWords: new Set(locale.clockLeads.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())),
    meridiemFirst: new Set(locale.meridiems.map((m) => m.word.toLowerCase().charCodeAt(0))),
    pmWords: new Set(locale.meridiems.filter((m) => m.pm).map((m) => m.word.toLowerCase())),
    hourParts: locale.hourParts,
    dfa: buildDfa([...triggers.keys()]),
    ordinalSuffix: new RegExp(`^(\\d{1,2})(?:${suffixes})?$`, 'iu'),
    dayAfter: new RegExp(`[ \\t\\u00a0]+(\\d{1,2})(?:${suffixes})?(?![\\p{L}\\p{N}]|[.,:/-]\\d|%)`, 'iuy'),
    ofYearAfter: new RegExp(`,?[ \\t\\u00a0]+(?:(?:${alternation(locale.grammar.of)})[ \\t\\u00a0]+)?(\\d{4})(?![\\p{L}\\p{N}]|[.,:]\\d|%)`, 'iuy'),
    anchorGap: new RegExp(`^[ \\t\\u00a0]*(?:(?:${alternation(locale.grammar.articles)})[ \\t\\u00a0]+)?$`, 'iu'),
    g: {
      articles: lower(locale.grammar.articles),
      quarterDeterminers: lower(locale.grammar.quarterDeterminers),
      within: lower(locale.grammar.within),
      seasonLeads: lower(locale.grammar.seasonLeads),
      of: lower(locale.grammar.of),
      day: locale.grammar.day.toLowerCase(),
      year: locale.grammar.year.toLowerCase(),
      dayShifts: new Map(locale.grammar.dayShifts.map((d) => [d.word.toLowerCase(), d.offset])),
      orSo: locale.grammar.orSo.map((w) => w.toLowerCase()),
      since: locale.grammar.since.toLowerCase(),
      inPeriodAdverbs: lower(locale.grammar.inPeriodAdverbs),
      inPeriodPreposition: locale.grammar.inPeriodPreposition.toLowerCase(),
      yearAgo: lower(locale.grammar.yearAgo),
      periodNouns: lower(locale.grammar.periodNouns),
      fiscal: lower(locale.grammar.fiscal),
      yearPossessive: lower(locale.grammar.yearPossessive),
      notQuarter: lower(locale.grammar.notQuarter),
    },
  };
  cache.set(locale, compiled);
  return compiled;
}
