/**
 * Reads the tense around a date from the words of its clause and sentence: one linear pass over a bounded
 * window, word by word (no regex over the text).
 */
import { charClass, CUE_FIRST, CUE_FUTURE, CUE_PAIR, CUE_PAST, CUE_PAST_EXCEPTION, cueFlags, FOLD_SEED_I32, foldCode, LETTER, type CompiledDates } from './compile.js';
import { FNV_PRIME } from '../internal/hash.js';

/** Tense of the context of a date: `future` or `past` where cues say so, `none` where nothing does. */
export type Tense = 'past' | 'future' | 'none';

const CLAUSE_WINDOW = 150;
const SENTENCE_WINDOW = 200;

const CLAUSE_END = 1;
const SENTENCE_END = 2;
const ASCII_LETTER = 4;
/** Bits of the code units below U+2020: clause end, sentence end, ASCII letter or apostrophe (one read per unit). */
const ENDS = (() => {
  const t = new Uint8Array(0x2020);
  // . , ; : ! ? newline " “ ” « » ` — – ( )
  for (const c of [46, 44, 59, 58, 33, 63, 10, 34, 0x201c, 0x201d, 0xab, 0xbb, 96, 0x2014, 0x2013, 40, 41]) t[c]! |= CLAUSE_END;
  // Sentence-level cues stop at quotation marks as well: the tense inside a quote is the speaker's, not the narrator's.
  for (const c of [46, 33, 63, 10, 34, 0x201c, 0x201d, 0xab, 0xbb]) t[c]! |= SENTENCE_END;
  for (let c = 65; c <= 90; c++) t[c]! |= ASCII_LETTER;
  for (let c = 97; c <= 122; c++) t[c]! |= ASCII_LETTER;
  t[39]! |= ASCII_LETTER;
  return t;
})();

function isClauseEnd(c: number): boolean {
  return c < 0x2020 && (ENDS[c]! & CLAUSE_END) !== 0;
}
const isSentenceEnd = (c: number): boolean => c < 0x2020 && (ENDS[c]! & SENTENCE_END) !== 0;

function isLetterCode(c: number): boolean {
  if (c < 128) return (ENDS[c]! & ASCII_LETTER) !== 0;
  return c === 0x2019 || (charClass(c) & LETTER) !== 0;
}

interface Cues {
  future: boolean;
  past: boolean;
}

const SPACE = 32;

function endsWithCodes(text: string, end: number, codes: number[]): boolean {
  for (let j = 0; j < codes.length; j++) {
    const k = text.charCodeAt(end - codes.length + j);
    if ((k >= 65 && k <= 90 ? k | 32 : k) !== codes[j]) return false;
  }
  return true;
}

const hasSuffix = (w: string, suffixes: readonly string[]): boolean => suffixes.some((x) => w.length > x.length && w.endsWith(x));

/** `hasSuffix(text.slice(s, e).toLowerCase(), suffixes)`, without copying a word of ASCII letters and apostrophes. */
function endsWithSuffix(text: string, s: number, e: number, suffixes: readonly string[]): boolean {
  for (let j = s; j < e; j++) {
    const k = text.charCodeAt(j);
    if (k >= 128 && k !== 0x2019) return hasSuffix(text.slice(s, e).toLowerCase(), suffixes);
  }
  const len = e - s;
  for (const x of suffixes) {
    if (len <= x.length) continue;
    let ok = true;
    for (let j = 0; j < x.length && ok; j++) {
      const k = text.charCodeAt(e - x.length + j);
      ok = (k >= 65 && k <= 90 ? k | 32 : k) === x.charCodeAt(j);
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Looks for future and past cues among the words of text[a, b). Words are compared by their case-folding hash,
 * computed as they are read: each word's own hash, and the hashes of the two- and three-word phrases ending
 * with it (FNV continues across the joining space), so no word is copied.
 */
function cuesIn(text: string, a: number, b: number, c: CompiledDates, out: Cues): void {
  const table = c.cueTable;
  let i = a;
  let prevFirst = false; // the previous word starts a future cue of two or three words
  let prevPair = false; // the two previous words start a future cue of three words
  let prev2 = 0; // hash of the two previous words joined
  let prev1 = 0; // hash of the previous word
  while (i < b) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let apostrophe = false;
    // Signed 32-bit hashes (the same bits as `foldStep`; 0 stays 0), as the cue table holds them.
    let h1 = FOLD_SEED_I32;
    // Phrase hashes only after the start of a future cue of two or three words (no other phrase can match).
    let h2 = prevFirst ? Math.imul(prev1 ^ SPACE, FNV_PRIME) : 0;
    let h3 = prevPair ? Math.imul(prev2 ^ SPACE, FNV_PRIME) : 0;
    while (i < b) {
      const k = text.charCodeAt(i);
      if (!isLetterCode(k)) break;
      if (k === 39 || k === 0x2019) apostrophe = true;
      // Word characters here are letters and apostrophes: `| 32` lower-cases the ASCII ones and keeps the apostrophe.
      const f = k < 128 ? k | 32 : foldCode(k);
      h1 = Math.imul(h1 ^ f, FNV_PRIME);
      if (h2 !== 0) h2 = Math.imul(h2 ^ f, FNV_PRIME);
      if (h3 !== 0) h3 = Math.imul(h3 ^ f, FNV_PRIME);
      i++;
    }
    const len = i - s;
    const f1 = cueFlags(table, h1);
    const f2 = h2 === 0 ? 0 : cueFlags(table, h2);
    if (
      (f1 & CUE_FUTURE) !== 0 ||
      (f2 & CUE_FUTURE) !== 0 ||
      (h3 !== 0 && (cueFlags(table, h3) & CUE_FUTURE) !== 0) ||
      (apostrophe && endsWithSuffix(text, s, i, c.futureSuffixes)) // "he'll"
    ) {
      out.future = true;
      return;
    }
    // A past form: listed, or a word in -ed that is not an exception.
    if (!out.past && ((f1 & CUE_PAST) !== 0 || (len > 4 && endsWithCodes(text, i, c.pastSuffix) && (f1 & CUE_PAST_EXCEPTION) === 0))) out.past = true;
    prevPair = h2 !== 0 && (f2 & CUE_PAIR) !== 0;
    prevFirst = h1 !== 0 && (f1 & CUE_FIRST) !== 0;
    prev2 = h2;
    prev1 = h1;
  }
}

/**
 * The tense around text[start, end): a future cue in the clause ("will", "plans to") makes it future; a
 * pointing preposition right before the date ("until", "payable") makes it `none` (nearest occurrence); a past
 * form in the clause ("was", "held", "signed") makes it past; then the same cues in the rest of the sentence.
 */
export function readTense(text: string, start: number, end: number, c: CompiledDates, previousWord: string | undefined): Tense {
  let ca = start;
  while (ca > 0 && start - ca < CLAUSE_WINDOW && !isClauseEnd(text.charCodeAt(ca - 1))) ca--;
  let cb = end;
  while (cb < text.length && cb - end < CLAUSE_WINDOW && !isClauseEnd(text.charCodeAt(cb))) cb++;
  const clause: Cues = { future: false, past: false };
  cuesIn(text, ca, start, c, clause);
  if (!clause.future) cuesIn(text, end, cb, c, clause);
  if (clause.future) return 'future';
  if (previousWord !== undefined && c.futurePrepositions.has(previousWord)) return 'none';
  if (clause.past) return 'past';
  let a = ca;
  while (a > 0 && start - a < SENTENCE_WINDOW && !isSentenceEnd(text.charCodeAt(a - 1))) a--;
  let b = cb;
  while (b < text.length && b - end < SENTENCE_WINDOW && !isSentenceEnd(text.charCodeAt(b))) b++;
  const sentence: Cues = { future: false, past: false };
  cuesIn(text, a, ca, c, sentence);
  if (!sentence.future) cuesIn(text, cb, b, c, sentence);
  if (sentence.future) return 'future';
  return sentence.past ? 'past' : 'none';
}
