import { type ClaimsLexicon, HASH_SEED, hashCode, lookupId } from './lexicon.js';
import { ownCopy } from '../internal/strings.js';
import { grownInt32, grownUint8 } from '../internal/typed.js';

/** Token kinds ({@link TokenBuffer.kind}). */
export const K_WORD = 1;
export const K_NUMBER = 2;
export const K_PUNCT = 3;

/** Token bits ({@link TokenBuffer.bits}). */
/** First letter is upper case. */
export const T_CAP = 1;
/** Every letter is upper case and there are at least two ("NATO"). */
export const T_ACRONYM = 2;
/** A word with a letter outside ASCII: its lower-case form is made at once (its length may differ from the span's). */
export const T_WIDE = 4;
/** A word with an inner hyphen ("forty-eight"). */
export const T_HYPHEN = 8;
/** A word with an inner curly apostrophe (made straight in its lower-case form). */
export const T_CURLY = 16;

/**
 * The tokens of one sentence as parallel typed arrays (no object per token), with offsets relative to the string
 * that was tokenised. A caller owns its buffer; the tokens are valid until its next {@link tokenize} call.
 */
export interface TokenBuffer {
  /** How many tokens the last sentence has. */
  n: number;
  /** The text last tokenised. */
  text: string;
  /** Whether that text holds an apostrophe (straight or curly) anywhere. */
  apostrophe: boolean;
  start: Int32Array;
  end: Int32Array;
  /** Vocabulary id (words and numbers), or -1. */
  id: Int32Array;
  /** {@link K_WORD}, {@link K_NUMBER} or {@link K_PUNCT}. */
  kind: Uint8Array;
  /** {@link T_CAP}, {@link T_ACRONYM}, {@link T_WIDE}, {@link T_HYPHEN}, {@link T_CURLY}. */
  bits: Uint8Array;
  /**
   * Lower-case form (curly apostrophes made straight), or '' until {@link lowerAt} makes it: known words,
   * punctuation and non-ASCII words have it at once; other words and numbers only when asked.
   */
  lower: string[];
}

/** A new, empty token buffer. */
export function tokenBuffer(): TokenBuffer {
  const size = 64;
  return {
    n: 0,
    text: '',
    apostrophe: false,
    start: new Int32Array(size),
    end: new Int32Array(size),
    id: new Int32Array(size),
    kind: new Uint8Array(size),
    bits: new Uint8Array(size),
    lower: new Array<string>(size).fill(''),
  };
}

function grow(buf: TokenBuffer): void {
  const size = buf.start.length * 2;
  buf.start = grownInt32(buf.start, size);
  buf.end = grownInt32(buf.end, size);
  buf.id = grownInt32(buf.id, size);
  buf.kind = grownUint8(buf.kind, size);
  buf.bits = grownUint8(buf.bits, size);
  for (let k = buf.lower.length; k < size; k++) buf.lower.push('');
}

/** The lower-case form of token `i` (made and kept on first use). */
export function lowerAt(buf: TokenBuffer, i: number): string {
  const l = buf.lower[i]!;
  if (l !== '') return l;
  const raw = buf.text.slice(buf.start[i]!, buf.end[i]!);
  let w = buf.kind[i] === K_WORD ? raw.toLowerCase() : raw;
  if ((buf.bits[i]! & T_CURLY) !== 0) w = w.replaceAll('’', "'");
  // (the buffer outlives the call: it keeps a copy, not a view into the caller's text)
  buf.lower[i] = ownCopy(w);
  return w;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

const C_KNOWN = 1;
const C_LETTER = 2;
const C_UPPER = 4;
const C_LOWER = 8;
/** Classes of the non-ASCII BMP characters seen so far (the regexes run once per distinct character). */
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = C_KNOWN | (LETTER_RE.test(ch) ? C_LETTER : 0) | (UPPER_RE.test(ch) ? C_UPPER : 0) | (LOWER_RE.test(ch) ? C_LOWER : 0);
    classes[c] = k;
  }
  return k;
}

/** A non-ASCII letter (astral characters: rare in words, kept out). */
function isWideLetter(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (classOf(c) & C_LETTER) !== 0;
}

// ASCII classes.
const A_DIGIT = 1;
const A_LOWER = 2;
const A_UPPER = 4;
/** Punctuation kept as a token: ? ! , ; : $ % - */
const A_PUNCT = 8;
const A_ALNUM = A_DIGIT | A_LOWER | A_UPPER;
const ASCII = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 48 && c <= 57
    ? A_DIGIT
    : c >= 97 && c <= 122
      ? A_LOWER
      : c >= 65 && c <= 90
        ? A_UPPER
        : c === 63 || c === 33 || c === 44 || c === 59 || c === 58 || c === 36 || c === 37 || c === 45
          ? A_PUNCT
          : 0,
);

/** A digit or a letter (what may follow an inner apostrophe, hyphen or full stop in a word). */
function isAlnum(c: number): boolean {
  return c < 128 ? (ASCII[c]! & A_ALNUM) !== 0 : isWideLetter(c);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Per ASCII letter or digit: its lower-case code, plus {@link L_UPPER} or {@link L_LOWER} for a letter; 0 for
 * other characters (one table read gives the class, the code to hash and the case count).
 */
const L_UPPER = 1 << 8;
const L_LOWER = 1 << 9;
const LETTERS = Uint16Array.from({ length: 128 }, (_, c) =>
  c >= 48 && c <= 57 ? c : c >= 97 && c <= 122 ? c | L_LOWER : c >= 65 && c <= 90 ? (c + 32) | L_UPPER : 0,
);

/** Non-ASCII punctuation kept as tokens: € £ ¥ — –. */
function isWidePunct(c: number): boolean {
  return c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x2014 || c === 0x2013;
}

/**
 * Splits a sentence into words (letters with inner apostrophes, hyphens and full stops: "don't", "U.S",
 * "Nagorno-Karabakh"), numbers (digits with inner separators and an optional %: "4.1", "2,478", "9/11", "5%")
 * and punctuation, in one pass over the characters, into `buf`. Known words are looked up from the characters
 * (a hash, then a comparison), without making a string.
 *
 * @returns How many tokens the sentence has (also `buf.n`).
 */
export function tokenize(text: string, lex: ClaimsLexicon, buf: TokenBuffer): number {
  buf.text = text;
  let apostrophe = false;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++; // (a space: the commonest character between tokens)
      continue;
    }
    const a = c < 128 ? ASCII[c]! : 0;
    if (a === A_DIGIT) {
      let j = i + 1;
      let h = hashCode(HASH_SEED, c);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) {
          h = hashCode(h, d);
          j++;
        } else if ((d === 46 || d === 44 || d === 58 || d === 47) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
          h = hashCode(hashCode(h, d), text.charCodeAt(j + 1));
          j += 2;
        } else break;
      }
      if (j < n && text.charCodeAt(j) === 37) {
        h = hashCode(h, 37);
        j++; // %
      }
      const id = lookupId(lex, h, text, i, j);
      if (count === buf.start.length) grow(buf);
      buf.start[count] = i;
      buf.end[count] = j;
      buf.id[count] = id;
      buf.kind[count] = K_NUMBER;
      buf.bits[count] = 0;
      buf.lower[count] = id >= 0 ? lex.words[id]! : '';
      count++;
      i = j;
      continue;
    }
    if ((a & (A_LOWER | A_UPPER)) !== 0 || (c >= 128 && isWideLetter(c))) {
      const cap = c < 128 ? a === A_UPPER : (classOf(c) & C_UPPER) !== 0;
      let uppers = cap ? 1 : 0;
      let lowers = cap ? 0 : (c < 128 ? a === A_LOWER : (classOf(c) & C_LOWER) !== 0) ? 1 : 0;
      let bits = 0;
      // The hash of the lower-cased word, while every character is ASCII (or a curly apostrophe).
      let ascii = c < 128;
      let h = hashCode(HASH_SEED, a === A_UPPER ? c + 32 : c);
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          const t = LETTERS[d]!;
          if (t !== 0) {
            h = hashCode(h, t & 0xff);
            uppers += (t >> 8) & 1;
            lowers += t >> 9;
            j++;
            continue;
          }
          if ((d === 39 || d === 45 || d === 46) && j + 1 < n && isAlnum(text.charCodeAt(j + 1))) {
            if (d === 39) apostrophe = true;
            else if (d === 45) bits |= T_HYPHEN;
            h = hashCode(h, d);
            j++;
            continue;
          }
          break;
        }
        if (isWideLetter(d)) {
          ascii = false;
          const k = classOf(d);
          if ((k & C_UPPER) !== 0) uppers++;
          else if ((k & C_LOWER) !== 0) lowers++;
          j++;
          continue;
        }
        if (d === 0x2019 && j + 1 < n && isAlnum(text.charCodeAt(j + 1))) {
          apostrophe = true;
          bits |= T_CURLY;
          h = hashCode(h, 39);
          j++;
          continue;
        }
        break;
      }
      let id: number;
      let lower: string;
      if (ascii) {
        id = lookupId(lex, h, text, i, j);
        lower = id >= 0 ? lex.words[id]! : '';
      } else {
        bits |= T_WIDE;
        const raw = text.slice(i, j);
        lower = ownCopy(uppers > 0 ? raw.toLowerCase() : raw);
        if ((bits & T_CURLY) !== 0) lower = lower.replaceAll('’', "'");
        id = lex.vocab.get(lower) ?? -1;
      }
      if (cap) bits |= uppers >= 2 && lowers === 0 ? T_CAP | T_ACRONYM : T_CAP;
      if (count === buf.start.length) grow(buf);
      buf.start[count] = i;
      buf.end[count] = j;
      buf.id[count] = id;
      buf.kind[count] = K_WORD;
      buf.bits[count] = bits;
      buf.lower[count] = lower;
      count++;
      i = j;
      continue;
    }
    if (a === A_PUNCT || (c >= 128 && isWidePunct(c))) {
      let j = i + 1;
      if (c === 45) {
        while (j < n && j < i + 3 && text.charCodeAt(j) === 45) j++; // "--", "---"
      }
      if (count === buf.start.length) grow(buf);
      buf.start[count] = i;
      buf.end[count] = j;
      buf.id[count] = -1;
      buf.kind[count] = K_PUNCT;
      buf.bits[count] = 0;
      buf.lower[count] = j === i + 1 ? PUNCT_STRINGS.get(c)! : text.slice(i, j);
      count++;
      i = j;
      continue;
    }
    if (c === 39 || c === 0x2019) apostrophe = true;
    i++;
  }
  buf.n = count;
  buf.apostrophe = apostrophe;
  return count;
}

/** The one-character punctuation tokens as strings, made once. */
const PUNCT_STRINGS = new Map<number, string>(
  [...'?!,;:$%-€£¥—–'].map((ch) => [ch.charCodeAt(0), ch]),
);
