/** Word tokens with offsets, for the speakers stage. Linear: one pass over character codes that also looks words up in the lexicon; lower-case forms computed on demand. */

import { probe, type HashTable32 } from '../../../internal/hashTable.js';
import { ownCopy } from '../../../internal/strings.js';
import { grownInt32, grownUint8 } from '../../../internal/typed.js';

/** Size of the lexicon's hash filter ({@link WordTable.filter}) in 32-bit words (a power of two). */
export const FILTER_WORDS = 512;

/** The bit of hash h in the lexicon's hash filter (bits the table's slot index does not start from). */
export function filterBit(h: number): number {
  return (h >>> 7) & (FILTER_WORDS * 32 - 1);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

export interface Tokens {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** See the T_* bits. */
  flags: Uint8Array;
  /** Hash of the lower-case form (ASCII tokens only; see {@link wordHash}). */
  hash: Int32Array;
  /**
   * Lines that may be title-case headlines (several capitalised words, no lower-case word of four letters or
   * more), as [firstToken, endToken) pairs; the speakers stage confirms them with the locale's small words.
   */
  headlineCandidates: number[];
  /** Lexicon flags of each token (length >= n), filled once by the extractor (garbage until then). */
  lexFlags: Int32Array;
  /** Scratch list of token indices (length >= n), for the extractor. */
  picks: Int32Array;
  /**
   * How many tokens went to `picks` (lexFlags hold the word table's flags of every token, 0 for T_WIDE ones); -1
   * when some token is T_WIDE (those are left to the caller).
   */
  nPicks: number;
}

export const T_CAP = 1;
export const T_POSS = 2;
export const T_HEADLINE = 4;
export const T_ACRONYM = 8;
/** The token has non-ASCII characters: its hash is not usable. */
export const T_WIDE = 16;
/** Two or more letters, all capitals ("NAACP", "BORROWING"). */
export const T_ALLCAPS = 32;
/** Contains a digit. */
export const T_DIGIT = 64;
/** A dotted abbreviation ("U.S", "D.C"). */
export const T_DOTTED = 128;

/** The lexicon's table from word hash to flags, and the flags that put a token on the picks list. */
export interface WordTable {
  table: HashTable32;
  pick: number;
  /**
   * A bit per hash of the words in the table: bit {@link filterBit} of word `h`, in {@link FILTER_WORDS} 32-bit
   * words (built with the table in lexicon.ts); a token whose bit is clear has no flags.
   */
  filter: Int32Array;
  /**
   * Whether a capitalised word whose last hyphen is followed by a lower-case letter is an adjective rather than a
   * name word ("Texas-based", "Co-anchor"; not "Ki-moon"), from its first part and its last part, in lower case.
   */
  hyphenAdjective?: (head: string, tail: string) => boolean;
}

/** The hash the tokenizer computes for ASCII words, for a lower-case string. */
export function wordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

/**
 * Token arrays reused from one call to the next (small articles would otherwise pay for four fresh typed arrays
 * each time); a {@link Tokens} is valid until the next {@link tokenize} call. Very large buffers are not kept.
 */
const KEEP_MAX = 1 << 18;
let pool: { start: Int32Array; end: Int32Array; flags: Uint8Array; hash: Int32Array; lexFlags: Int32Array; picks: Int32Array } | undefined;

/**
 * ASCII classes: 0 other, 1 lower-case letter, 2 digit, 3 capital, 4 apostrophe or hyphen (inside a word only),
 * 5 newline (built on first use, not at import). Word characters are the classes 1 to 3.
 */
const K_LOWER = 1;
const K_DIGIT = 2;
const K_CAP = 3;
const K_JOIN = 4;
const K_NEWLINE = 5;
let asciiClasses: Uint8Array | undefined;
function classes(): Uint8Array {
  if (!asciiClasses) {
    asciiClasses = new Uint8Array(128);
    for (let c = 97; c <= 122; c++) asciiClasses[c] = K_LOWER;
    for (let c = 48; c <= 57; c++) asciiClasses[c] = K_DIGIT;
    for (let c = 65; c <= 90; c++) asciiClasses[c] = K_CAP;
    asciiClasses[39] = K_JOIN;
    asciiClasses[45] = K_JOIN;
    asciiClasses[10] = K_NEWLINE;
  }
  return asciiClasses;
}

// 0: not a word char; 1: letter/digit; 2: combining mark (continues a word only)
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // General Punctuation (curly quotes, dashes, special spaces) has no letters, digits or marks
  if (c >= 0x2000 && c <= 0x206f) return 0;
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (LETTER_OR_DIGIT.test(ch)) return 1;
  return WORD_CHAR.test(ch) ? 2 : 0;
}

/** classAt(text, i) === 1 (a letter or digit), with ASCII from the class table; i < text.length. */
function wordAt(text: string, i: number, CLS: Uint8Array): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const k = CLS[c] as number;
    return k !== 0 && k < K_JOIN;
  }
  return classAt(text, i) === 1;
}

export function markHeadline(flags: Uint8Array, from: number, to: number): void {
  for (let t = from; t < to; t++) flags[t] = (flags[t] ?? 0) | T_HEADLINE;
}

/**
 * Splits text into word tokens: letters and digits, with inner apostrophes and hyphens ("O'Neill",
 * "Nagorno-Karabakh"); a final "'s" is cut off and marked possessive. Lines of capitalised words
 * with no lower-case word of four letters or more (title-case headlines) are marked. Linear, one pass over the characters.
 */
export function tokenize(text: string, words: WordTable): Tokens {
  // room for about one token per five characters from the start (a long text would otherwise copy its arrays
  // each time they double); the pooled arrays when they are that large
  const want = Math.max(1024, (text.length / 5) | 0);
  const reuse = pool !== undefined && pool.start.length >= want ? pool : undefined;
  pool = undefined;
  let cap = reuse ? reuse.start.length : want;
  let start = reuse ? reuse.start : new Int32Array(cap);
  let end = reuse ? reuse.end : new Int32Array(cap);
  let flags = reuse ? reuse.flags : new Uint8Array(cap);
  let hash = reuse ? reuse.hash : new Int32Array(cap);
  let lexFlags = reuse && reuse.lexFlags.length >= cap ? reuse.lexFlags : new Int32Array(cap);
  let picks = reuse && reuse.picks.length >= cap ? reuse.picks : new Int32Array(cap);
  // the word table, probed as each token ends (see lexiconFor in lexicon.ts)
  const slots = words.table.slots;
  const smask = words.table.mask;
  const pick = words.pick;
  const filter = words.filter;
  let np = 0;
  let anyWide = false;
  let n = 0;
  let lineStartTok = 0;
  let lineCaps = 0;
  let lineLowerLong = 0;
  const candidates: number[] = [];
  const len = text.length;
  const CLS = classes();
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let upperFirst = false;
    if (c < 128) {
      const k = CLS[c] as number;
      if (k === 0 || k === K_JOIN) {
        i++;
        continue;
      }
      if (k === K_NEWLINE) {
        if (n - lineStartTok >= 4 && lineCaps >= 3 && lineLowerLong === 0) candidates.push(lineStartTok, n);
        lineStartTok = n;
        lineCaps = 0;
        lineLowerLong = 0;
        i++;
        continue;
      }
      upperFirst = k === K_CAP;
    } else if (c >= 0x2000 && c <= 0x206f) {
      // General Punctuation: never a word character
      i++;
      continue;
    } else if (classAt(text, i) !== 1) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    } else upperFirst = UPPER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
    const s = i;
    let f = 0;
    let h = 0;
    let allUpper = true;
    // the first hyphen, and the start of a lower-case part after the last one ("Texas-based"): -1 if none
    let firstHyphen = -1;
    let lowerTail = -1;
    // one loop over the word's characters (bounds first: charCodeAt past the end is NaN); `stop` is the character
    // that ended the word (-1 at the end of the text)
    let stop = -1;
    while (i < len) {
      let d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) {
        // a run of lower-case letters (most of every word): no class lookup
        allUpper = false;
        do {
          h = (Math.imul(h, 31) + d) | 0;
          if (++i >= len) break;
          d = text.charCodeAt(i);
        } while (d >= 97 && d <= 122);
        if (i >= len) break;
      }
      if (d < 128) {
        const k = CLS[d] as number;
        if (k === K_CAP) {
          h = (Math.imul(h, 31) + (d | 32)) | 0;
          i++;
          continue;
        }
        if (k === K_DIGIT) {
          f |= T_DIGIT;
          h = (Math.imul(h, 31) + d) | 0;
          i++;
          continue;
        }
        if (k === K_JOIN && i + 1 < len && wordAt(text, i + 1, CLS)) {
          if (d === 45) {
            if (firstHyphen < 0) firstHyphen = i;
            const nx = text.charCodeAt(i + 1);
            lowerTail = nx >= 97 && nx <= 122 ? i + 1 : -1;
          }
          h = (Math.imul(h, 31) + d) | 0;
          i++;
          continue;
        }
        stop = d;
        break;
      }
      if (d >= 0x2000 && d <= 0x206f) {
        if (d === 0x2019 && i + 1 < len && wordAt(text, i + 1, CLS)) {
          h = (Math.imul(h, 31) + 39) | 0;
          i++;
          continue;
        }
        stop = d;
        break;
      }
      if (classAt(text, i) === 0) {
        stop = d;
        break;
      }
      f |= T_WIDE;
      allUpper = false;
      i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
    }
    // dotted abbreviations: "U.S", "U.K", "D.C" (one token; the final period stays outside)
    let dotted = false;
    // (only when a period follows the word: the loop below stops at once otherwise)
    while (stop === 46 && i + 1 < len && text.charCodeAt(i) === 46 && (i - s === 1 || (i - s >= 3 && text.charCodeAt(i - 2) === 46))) {
      const nx = text.charCodeAt(i + 1);
      const nl = nx | 32;
      if (nl < 97 || nl > 122) break;
      if (i + 2 < len) {
        const al = text.charCodeAt(i + 2) | 32;
        if (al >= 97 && al <= 122) break;
      }
      dotted = true;
      h = (Math.imul(h, 31) + 46) | 0;
      h = (Math.imul(h, 31) + nl) | 0;
      if (nx >= 97) allUpper = false;
      i += 2;
    }
    if (dotted) stop = i < len ? text.charCodeAt(i) : -1;
    let e = i;
    if (e - s > 2) {
      const c2 = text.charCodeAt(e - 1);
      if (c2 === 115 || c2 === 83) {
        const c1 = text.charCodeAt(e - 2);
        if (c1 === 39 || c1 === 0x2019) {
          e -= 2;
          f |= T_POSS;
          // recompute the hash without the possessive
          h = 0;
          for (let q = s; q < e; q++) {
            let d = text.charCodeAt(q);
            if (d >= 65 && d <= 90) d |= 32;
            if (d === 0x2019) d = 39;
            h = (Math.imul(h, 31) + d) | 0;
          }
        }
      }
    }
    // (a hyphenated adjective, "Texas-based", "Co-anchor", is no name word: rare, so the strings are made only here)
    if (upperFirst && lowerTail > 0 && words.hyphenAdjective?.(text.slice(s, firstHyphen).toLowerCase(), text.slice(lowerTail, e).toLowerCase())) upperFirst = false;
    if (upperFirst) {
      f |= T_CAP;
      lineCaps++;
      if (allUpper && e - s >= 2) {
        f |= T_ALLCAPS;
        if (!dotted && e - s <= 6) f |= T_ACRONYM;
      }
      if (dotted) f |= T_DOTTED;
    } else if (e - s >= 4) lineLowerLong++;
    if (n === cap) {
      cap *= 2;
      start = grownInt32(start, cap);
      end = grownInt32(end, cap);
      flags = grownUint8(flags, cap);
      hash = grownInt32(hash, cap);
      lexFlags = grownInt32(lexFlags, cap);
      picks = grownInt32(picks, cap);
    }
    start[n] = s;
    end[n] = e;
    flags[n] = f;
    hash[n] = h;
    const fb = filterBit(h);
    if (f & T_WIDE) {
      lexFlags[n] = 0;
      anyWide = true;
    } else if ((((filter[fb >>> 5] as number) >>> (fb & 31)) & 1) === 0) {
      // not a lexicon word (its bit is clear): no probe of the table
      lexFlags[n] = 0;
    } else {
      const v = probe(slots, smask, h);
      lexFlags[n] = v;
      if (v & pick) picks[np++] = n;
    }
    n++;
    // a space after the word is no word character: skipped here rather than looked up again
    if (stop === 32) i++;
  }
  if (n - lineStartTok >= 4 && lineCaps >= 3 && lineLowerLong === 0) candidates.push(lineStartTok, n);
  if (cap <= KEEP_MAX) pool = { start, end, flags, hash, lexFlags, picks };
  return { text, n, headlineCandidates: candidates, start, end, flags, hash, lexFlags, picks, nPicks: anyWide ? -1 : np };
}

/**
 * Lower-case forms of ASCII tokens by their hash, checked against the token's text before use: a hit makes no
 * string (a slice of a text with any character beyond Latin-1 is a two-byte string, slow to lower-case).
 * Direct-mapped (a slot per hash's low bits, the newest form wins): bounded, and no Map lookup.
 */
const LOWER_BITS = 13;
const LOWER_MASK = (1 << LOWER_BITS) - 1;
const lowerHash = new Int32Array(1 << LOWER_BITS);
const lowerForm: string[] = new Array<string>(1 << LOWER_BITS).fill('');
/** Longest token cached (a huge token is cheaper to lower-case than to compare). */
const TOKEN_LOWER_LEN = 40;

/** True when `v` is the lower-case form of text[s, e) for a token without T_WIDE (ASCII lowered, ’ as '). */
function isLowerOf(text: string, s: number, e: number, v: string): boolean {
  if (v.length !== e - s) return false;
  for (let q = 0; q < v.length; q++) {
    let d = text.charCodeAt(s + q);
    if (d >= 65 && d <= 90) d |= 32;
    else if (d === 0x2019) d = 39;
    if (d !== v.charCodeAt(q)) return false;
  }
  return true;
}

function lowerSlice(text: string, s: number, e: number): string {
  const v = text.slice(s, e).toLowerCase();
  return v.includes('’') ? v.replace(/’/gu, "'") : v;
}

export function lower(t: Tokens, i: number): string {
  const s = t.start[i] ?? 0;
  const e = t.end[i] ?? 0;
  // tokens without T_WIDE hold only ASCII letters, digits, ' - . and ’ (see tokenize); long ones are not cached
  if (((t.flags[i] ?? 0) & T_WIDE) !== 0 || e - s > TOKEN_LOWER_LEN) return lowerSlice(t.text, s, e);
  const h = t.hash[i] ?? 0;
  const slot = (h ^ (h >>> LOWER_BITS)) & LOWER_MASK;
  const hit = lowerForm[slot] as string;
  if (lowerHash[slot] === h && isLowerOf(t.text, s, e, hit)) return hit;
  const v = lowerSlice(t.text, s, e);
  lowerHash[slot] = h;
  lowerForm[slot] = ownCopy(v); // (a table kept from call to call: a copy, not a view into the caller's text)
  return v;
}

/**
 * Texts of short tokens as written, by hash and case of the first letter, checked against the token's text before
 * use (for words that recur, like pronouns: one string instead of a slice per occurrence). Direct-mapped, bounded.
 */
const EXACT_BITS = 8;
const EXACT_MASK = (1 << EXACT_BITS) - 1;
const exactForm: string[] = new Array<string>(1 << EXACT_BITS).fill('');

/** `tokText(t, i)`, from {@link exactForm} when the same text was cut before. */
export function tokTextShared(t: Tokens, i: number): string {
  const s = t.start[i] ?? 0;
  const e = t.end[i] ?? 0;
  if (e - s > 12) return t.text.slice(s, e);
  const text = t.text;
  const h = t.hash[i] ?? 0;
  const slot = (((h ^ (h >>> EXACT_BITS)) << 1) | ((t.flags[i] ?? 0) & T_CAP)) & EXACT_MASK;
  const v = exactForm[slot] as string;
  if (v.length === e - s) {
    let same = true;
    for (let q = 0; q < v.length && same; q++) if (text.charCodeAt(s + q) !== v.charCodeAt(q)) same = false;
    if (same) return v;
  }
  const out = text.slice(s, e);
  exactForm[slot] = out;
  return out;
}

export function tokText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i] ?? 0, t.end[i] ?? 0);
}

/** The text between token i-1 and token i (from the end of i-1, including a stripped possessive). */
export function gapBefore(t: Tokens, i: number): string {
  if (i <= 0) return t.text.slice(0, t.start[0] ?? 0);
  return t.text.slice(t.end[i - 1] ?? 0, t.start[i] ?? 0);
}

/** True when only one space (or no-break space) separates token i-1 and token i. */
export function spaceBefore(t: Tokens, i: number): boolean {
  if (i <= 0) return false;
  const a = t.end[i - 1] ?? 0;
  const b = t.start[i] ?? 0;
  if (b - a !== 1) return false;
  const c = t.text.charCodeAt(a);
  return c === 32 || c === 160;
}

/** True when token i-1 ends with a period right after it and one space follows ("Mr. Smith", "J. Smith"). */
export function abbrevBefore(t: Tokens, i: number): boolean {
  if (i <= 0) return false;
  const a = t.end[i - 1] ?? 0;
  const b = t.start[i] ?? 0;
  return b - a === 2 && t.text.charCodeAt(a) === 46 && (t.text.charCodeAt(a + 1) === 32 || t.text.charCodeAt(a + 1) === 160);
}

const SENTENCE_GAP = /[.!?\n:"“«]/u;

export function sentenceStartAt(t: Tokens, i: number): boolean {
  if (i === 0) return true;
  const g = gapBefore(t, i);
  return g.length > 0 && SENTENCE_GAP.test(g);
}

/** True for . ! ? newline : ; , " “ ” « » ( ) — –: the characters that open a clause when found between two tokens. */
function isClauseGapChar(c: number): boolean {
  switch (c) {
    case 46: // .
    case 33: // !
    case 63: // ?
    case 10:
    case 58: // :
    case 59: // ;
    case 44: // ,
    case 34: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0xab: // «
    case 0xbb: // »
    case 40: // (
    case 41: // )
    case 0x2014: // —
    case 0x2013: // –
      return true;
    default:
      return false;
  }
}

export function clauseStartAt(t: Tokens, i: number): boolean {
  if (i === 0) return true;
  // any such character in gapBefore(t, i), without making the string
  const from = i <= 0 ? 0 : (t.end[i - 1] ?? 0);
  const to = t.start[i <= 0 ? 0 : i] ?? 0;
  for (let q = from; q < to; q++) if (isClauseGapChar(t.text.charCodeAt(q))) return true;
  return false;
}

