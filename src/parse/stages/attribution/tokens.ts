import { FNV_PRIME, FNV_SEED } from '../../../internal/hash.js';

/** Word tokens of the whole text, in typed arrays (one pass over char codes, linear). */
export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** Hash of the lower-cased token (see {@link hashWord}); 0 when the token has non-ASCII letters. */
  hash: Int32Array;
  /** Lower-cased token text. */
  low(i: number): string;
  /** First character is an upper-case letter. */
  cap(i: number): boolean;
  /** Index of the first token starting at or after `pos` (n when none). */
  at(pos: number): number;
}

const WORDCHAR = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

// 0: not a word char, 1: ASCII word char; non-ASCII decided by regex
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORDCHAR.test(text[i] ?? '');
}
// joiners inside a word: - ' ’ . &
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

/** The library's word hash (see internal/hash.ts) of an ASCII word, lower-cased; the same function the tokenizer uses. */
export function hashWord(w: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 128) return 0;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h === 0 ? 1 : h;
}

/** Tokenise `text` into words ("don’t", "U.S", "Russian-Azerbaijani" are one token each). */
export function tokenize(text: string): Tokens {
  let cap = 1024;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let hash = new Int32Array(cap);
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (!isWordCode(text, i, c)) {
      i++;
      continue;
    }
    const s = i;
    let h = FNV_SEED;
    let ascii = true;
    for (;;) {
      if (c >= 128) ascii = false;
      else h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      i++;
      if (i >= len) break;
      c = text.charCodeAt(i);
      if (isWordCode(text, i, c)) continue;
      if (isJoiner(c) && i + 1 < len && isWordCode(text, i + 1, text.charCodeAt(i + 1))) continue;
      break;
    }
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
      const h2 = new Int32Array(cap);
      h2.set(hash);
      hash = h2;
    }
    start[n] = s;
    end[n] = i;
    hash[n] = ascii ? (h === 0 ? 1 : h) : 0;
    n++;
  }
  const st = start;
  const en = end;
  return {
    n,
    start: st,
    end: en,
    hash,
    low(k: number): string {
      if (k < 0 || k >= n) return '';
      // no cache: a sparse cache over a million tokens costs more than slicing again
      return text.slice(st[k] ?? 0, en[k] ?? 0).toLowerCase();
    },
    cap(k: number): boolean {
      if (k < 0 || k >= n) return false;
      const c = text.charCodeAt(st[k] ?? 0);
      if (c < 128) return c >= 65 && c <= 90;
      return UPPER.test(text[st[k] ?? 0] ?? '');
    },
    at(pos: number): number {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((st[mid] ?? 0) < pos) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
