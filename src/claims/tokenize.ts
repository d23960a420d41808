import { type ClaimsLexicon, HASH_SEED, hashCode, lookupId } from './lexicon.js';

/** A token of a sentence, with offsets relative to the string that was tokenised. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  type: 'word' | 'number' | 'punct';
  /** First letter is upper case. */
  cap: boolean;
  /** Every letter is upper case and there are at least two ("NATO"). */
  acronym: boolean;
  /** Vocabulary id of `lower` (words and numbers), or -1. */
  id: number;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Punctuation kept as tokens (one character each; dashes in runs): ? ! , ; : $ € £ ¥ % — – -. */
function isPunct(c: number): boolean {
  if (c < 128) return c === 63 || c === 33 || c === 44 || c === 59 || c === 58 || c === 36 || c === 37 || c === 45;
  return c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x2014 || c === 0x2013;
}

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

function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters: rare in words, kept out
  return (classOf(c) & C_LETTER) !== 0;
}

/** Upper case, for a non-ASCII BMP letter. */
const isUpperWide = (c: number): boolean => (classOf(c) & C_UPPER) !== 0;
const isLowerWide = (c: number): boolean => (classOf(c) & C_LOWER) !== 0;

/**
 * Reused token objects: tokenising a sentence overwrites the first tokens of the pool instead of allocating new
 * ones. A caller owns its pool; the tokens are valid until its next {@link tokenize} call.
 */
export interface TokenPool {
  readonly tokens: Token[];
}

function emit(
  tokens: Token[],
  k: number,
  start: number,
  end: number,
  lower: string,
  type: Token['type'],
  cap: boolean,
  acronym: boolean,
  id: number,
): void {
  if (k < tokens.length) {
    const t = tokens[k]!;
    t.start = start;
    t.end = end;
    t.lower = lower;
    t.type = type;
    t.cap = cap;
    t.acronym = acronym;
    t.id = id;
  } else tokens.push({ start, end, lower, type, cap, acronym, id });
}

/**
 * Splits a sentence into words (letters with inner apostrophes, hyphens and full stops: "don't", "U.S",
 * "Nagorno-Karabakh"), numbers (digits with inner separators and an optional %: "4.1", "2,478", "9/11", "5%")
 * and punctuation, in one pass over the characters, into `pool.tokens`.
 *
 * @returns How many tokens the sentence has (the first ones of `pool.tokens`).
 */
export function tokenize(text: string, lex: ClaimsLexicon, pool: TokenPool): number {
  const tokens = pool.tokens;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 46 || d === 44 || d === 58 || d === 47) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      if (j < n && text.charCodeAt(j) === 37) j++; // %
      let h = HASH_SEED;
      for (let k = i; k < j; k++) h = hashCode(h, text.charCodeAt(k));
      const id = lookupId(lex, h, text, i, j);
      const lower = id >= 0 ? lex.words[id]! : text.slice(i, j);
      emit(tokens, count++, i, j, lower, 'number', false, false, id);
      i = j;
      continue;
    }
    if (isLetter(c)) {
      const cap = c < 128 ? c >= 65 && c <= 90 : isUpperWide(c);
      let uppers = cap ? 1 : 0;
      let lowers = cap ? 0 : (c < 128 ? c >= 97 && c <= 122 : isLowerWide(c)) ? 1 : 0;
      let curly = false;
      // The hash of the lower-cased word, while every character is ASCII (or a curly apostrophe).
      let ascii = c < 128;
      let h = hashCode(HASH_SEED, c >= 65 && c <= 90 ? c + 32 : c);
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d) || isLetter(d)) {
          if (d < 128) {
            if (d >= 65 && d <= 90) {
              uppers++;
              h = hashCode(h, d + 32);
            } else {
              if (d >= 97) lowers++;
              h = hashCode(h, d);
            }
          } else {
            ascii = false;
            if (isUpperWide(d)) uppers++;
            else if (isLowerWide(d)) lowers++;
          }
          j++;
        } else if ((d === 39 || d === 0x2019 || d === 45 || d === 46) && j + 1 < n) {
          const e = text.charCodeAt(j + 1);
          if (!(isDigit(e) || isLetter(e))) break;
          if (d === 0x2019) curly = true;
          h = hashCode(h, d === 0x2019 ? 39 : d);
          j++;
        } else break;
      }
      let id: number;
      let lower: string;
      if (ascii) {
        id = lookupId(lex, h, text, i, j);
        if (id >= 0) lower = lex.words[id]!;
        else {
          const raw = text.slice(i, j);
          lower = uppers > 0 ? raw.toLowerCase() : raw;
          if (curly) lower = lower.replaceAll('’', "'");
        }
      } else {
        const raw = text.slice(i, j);
        lower = uppers > 0 ? raw.toLowerCase() : raw;
        if (curly) lower = lower.replaceAll('’', "'");
        id = lex.vocab.get(lower) ?? -1;
      }
      emit(tokens, count++, i, j, lower, 'word', cap, cap && uppers >= 2 && lowers === 0, id);
      i = j;
      continue;
    }
    if (isPunct(c)) {
      let j = i + 1;
      if (c === 45) {
        while (j < n && j < i + 3 && text.charCodeAt(j) === 45) j++; // "--", "---"
      }
      emit(tokens, count++, i, j, text.slice(i, j), 'punct', false, false, -1);
      i = j;
      continue;
    }
    i++;
  }
  return count;
}
