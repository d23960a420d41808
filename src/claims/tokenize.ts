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
const CURLY_RE = /’/gu;
/** Punctuation kept as tokens (one character each; dashes in runs). */
const PUNCT = new Set(['?', '!', ',', ';', ':', '$', '€', '£', '¥', '%', '—', '–', '-']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function isLetter(text: string, i: number, c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters: rare in words, kept out
  return LETTER_RE.test(text[i]!);
}

function isUpper(text: string, i: number, c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(text[i]!);
}

function isLower(text: string, i: number, c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_RE.test(text[i]!);
}

/**
 * Splits a sentence into words (letters with inner apostrophes, hyphens and full stops: "don't", "U.S",
 * "Nagorno-Karabakh"), numbers (digits with inner separators and an optional %: "4.1", "2,478", "9/11", "5%")
 * and punctuation, in one pass over the characters.
 */
export function tokenize(text: string, lex: ClaimsLexicon): Token[] {
  const tokens: Token[] = [];
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
      tokens.push({ start: i, end: j, lower, type: 'number', cap: false, acronym: false, id });
      i = j;
      continue;
    }
    if (isLetter(text, i, c)) {
      const cap = isUpper(text, i, c);
      let uppers = cap ? 1 : 0;
      let lowers = cap ? 0 : isLower(text, i, c) ? 1 : 0;
      let curly = false;
      // The hash of the lower-cased word, while every character is ASCII (or a curly apostrophe).
      let ascii = c < 128;
      let h = hashCode(HASH_SEED, c >= 65 && c <= 90 ? c + 32 : c);
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d) || isLetter(text, j, d)) {
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
            if (isUpper(text, j, d)) uppers++;
            else if (isLower(text, j, d)) lowers++;
          }
          j++;
        } else if ((d === 39 || d === 0x2019 || d === 45 || d === 46) && j + 1 < n) {
          const e = text.charCodeAt(j + 1);
          if (!(isDigit(e) || isLetter(text, j + 1, e))) break;
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
          if (curly) lower = lower.replace(CURLY_RE, "'");
        }
      } else {
        const raw = text.slice(i, j);
        lower = uppers > 0 ? raw.toLowerCase() : raw;
        if (curly) lower = lower.replace(CURLY_RE, "'");
        id = lex.vocab.get(lower) ?? -1;
      }
      tokens.push({ start: i, end: j, lower, type: 'word', cap, acronym: cap && uppers >= 2 && lowers === 0, id });
      i = j;
      continue;
    }
    const ch = text[i]!;
    if (PUNCT.has(ch)) {
      let j = i + 1;
      if (c === 45) {
        while (j < n && j < i + 3 && text.charCodeAt(j) === 45) j++; // "--", "---"
      }
      tokens.push({ start: i, end: j, lower: j - i > 1 ? text.slice(i, j) : ch, type: 'punct', cap: false, acronym: false, id: -1 });
      i = j;
      continue;
    }
    i++;
  }
  return tokens;
}
