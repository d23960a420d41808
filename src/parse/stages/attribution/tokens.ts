import { FNV_PRIME, FNV_SEED } from '../../../internal/hash.js';
import type { HashTable32 } from '../../../internal/hashTable.js';
import { ownCopy } from '../../../internal/strings.js';
import { grownInt32 } from '../../../internal/typed.js';

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
  /**
   * Done with these tokens: their buffers go back to the pool for the next call of {@link tokenize}
   * (the arrays and methods must not be used after this). Optional: tokens never released are only garbage.
   */
  release(): void;
}

const WORDCHAR = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

// Classes of UTF-16 code units, decided once per code unit (the regexes above test a one-unit string, so a
// code unit's class never depends on its neighbours): bit 1 known, bit 2 word char, bit 4 upper-case letter.
const KNOWN = 1;
const WORD = 2;
const UP = 4;
const CLASS = new Uint8Array(65536);
function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k = KNOWN | (WORDCHAR.test(ch) ? WORD : 0) | (UPPER.test(ch) ? UP : 0);
  CLASS[c] = k;
  return k;
}
for (let c = 0; c < 128; c++) classify(c);
// ASCII lower-casing as the hash folds it
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
function classOf(c: number): number {
  const k = CLASS[c] as number;
  return k === 0 ? classify(c) : k;
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

/** A set of word hashes: the library's one hash table (see internal/hashTable.ts), made by {@link hashSet}. */
export type HashSet32 = HashTable32;

// Lower-cased ASCII tokens by hash, shared by all calls: low() returns the same string object for the same word
// (no slice and toLowerCase per call, and Set lookups reuse the string's cached hash). A slot is confirmed
// against the token's characters, so a collision only costs a miss.
const LOW_SIZE = 1 << 14;
const lowKey = new Int32Array(LOW_SIZE);
const lowStr: string[] = new Array<string>(LOW_SIZE).fill('');

// Buffers reused from call to call (typed arrays and a large array are costly to allocate and to collect): the
// token arrays, and the memo of low() (an entry is valid when its generation is the call's). One Tokens object at
// a time holds them, until its release(); a call while they are held allocates its own.
let poolStart = new Int32Array(1024);
let poolEnd = new Int32Array(1024);
let poolHash = new Int32Array(1024);
let poolMemoGen = new Int32Array(1024);
let poolMemoStr: string[] = new Array<string>(1024).fill('');
let poolFree = true;
const POOL_MAX_CHARS = 1 << 20;
let generation = 0;

/** Tokenise `text` into words ("don’t", "U.S", "Russian-Azerbaijani" are one token each). */
export function tokenize(text: string): Tokens {
  const len = text.length;
  // most texts have a word every 6 characters or so: start above that (growing copies all three arrays), grow by doubling
  let cap = Math.max(64, ((len / 5) | 0) + 16);
  // (texts above a megabyte get buffers of their own: the pool would keep that much memory for good)
  const pooled = poolFree && len <= POOL_MAX_CHARS;
  let start: Int32Array<ArrayBuffer>;
  let end: Int32Array<ArrayBuffer>;
  let hash: Int32Array<ArrayBuffer>;
  if (pooled) {
    poolFree = false;
    if (poolStart.length < cap) {
      poolStart = new Int32Array(cap);
      poolEnd = new Int32Array(cap);
      poolHash = new Int32Array(cap);
    }
    start = poolStart;
    end = poolEnd;
    hash = poolHash;
    cap = start.length;
  } else {
    start = new Int32Array(cap);
    end = new Int32Array(cap);
    hash = new Int32Array(cap);
  }
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    // (a code unit not yet classified has class 0, no WORD bit: it is classified on the non-word path only)
    if (((CLASS[c] as number) & WORD) === 0 && (CLASS[c] !== 0 || (classify(c) & WORD) === 0)) {
      i++;
      continue;
    }
    const s = i;
    let h = FNV_SEED;
    let ascii = true;
    for (;;) {
      if (c < 128) h = Math.imul(h ^ (FOLD[c] as number), FNV_PRIME);
      else ascii = false;
      i++;
      if (i >= len) break;
      c = text.charCodeAt(i);
      const k = CLASS[c] as number;
      if ((k & WORD) !== 0 || (k === 0 && (classify(c) & WORD) !== 0)) continue;
      if (isJoiner(c) && i + 1 < len && (classOf(text.charCodeAt(i + 1)) & WORD) !== 0) continue;
      break;
    }
    if (n === cap) {
      cap *= 2;
      start = grownInt32(start, cap);
      end = grownInt32(end, cap);
      hash = grownInt32(hash, cap);
    }
    start[n] = s;
    end[n] = i;
    hash[n] = ascii ? (h === 0 ? 1 : h) : 0;
    n++;
  }
  if (pooled) {
    // (a grown buffer stays in the pool)
    poolStart = start;
    poolEnd = end;
    poolHash = hash;
  }
  // views of exactly n tokens: reads past the last token give undefined, as with arrays of their own
  const st = start.subarray(0, n);
  const en = end.subarray(0, n);
  const hs = hash.subarray(0, n);
  // the lower-cased text of token k, from the shared table when it is there (memoised per token below)
  const lowOf = (k: number): string => {
    const a = st[k] as number;
    const b = en[k] as number;
    const h = hs[k] as number;
    if (h === 0) return text.slice(a, b).toLowerCase();
    const slot = (h ^ (h >>> 14)) & (LOW_SIZE - 1);
    if (lowKey[slot] === h) {
      const w = lowStr[slot] as string;
      if (w.length === b - a) {
        let j = 0;
        for (; j < w.length; j++) {
          let c = text.charCodeAt(a + j);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== w.charCodeAt(j)) break;
        }
        if (j === w.length) return w;
      }
    }
    const w = text.slice(a, b).toLowerCase();
    lowKey[slot] = h;
    // (the shared table must not keep the caller's text alive: a long slice can be a view into it, so the
    // table gets its own copy)
    lowStr[slot] = ownCopy(w);
    return w;
  };
  // the memo of low(): token k's string is memoStr[k] when memoGen[k] is this call's generation
  let memoGen: Int32Array;
  let memoStr: string[];
  if (pooled) {
    if (poolMemoGen.length < n) {
      poolMemoGen = new Int32Array(Math.max(n, poolMemoGen.length * 2));
      poolMemoStr = new Array<string>(poolMemoGen.length).fill('');
      generation = 0;
    }
    if (generation === 0x3fffffff) {
      poolMemoGen.fill(0);
      generation = 0;
    }
    memoGen = poolMemoGen;
    memoStr = poolMemoStr;
  } else {
    memoGen = new Int32Array(n);
    memoStr = new Array<string>(n).fill('');
  }
  const gen = pooled ? ++generation : 1;
  let held = pooled;
  return {
    n,
    start: st,
    end: en,
    hash: hs,
    low(k: number): string {
      if (k < 0 || k >= n) return '';
      if (memoGen[k] === gen) return memoStr[k] as string;
      const w = lowOf(k);
      memoStr[k] = w;
      memoGen[k] = gen;
      return w;
    },
    release(): void {
      if (held) {
        held = false;
        poolFree = true;
      }
    },
    cap(k: number): boolean {
      if (k < 0 || k >= n) return false;
      return (classOf(text.charCodeAt(st[k] as number)) & UP) !== 0;
    },
    at(pos: number): number {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((st[mid] as number) < pos) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/**
 * A map from token index to a value, backed by an Int32Array over the tokens (the `Map<number, T>` calls the
 * stage makes: get, has, set); keys outside 0..n-1 are kept in a plain Map.
 */
export class IndexMap<T> {
  private readonly slot: Int32Array;
  private readonly vals: T[] = [];
  private readonly other = new Map<number, T>();
  constructor(n: number) {
    this.slot = new Int32Array(n);
  }
  get(i: number): T | undefined {
    if (i >= 0 && i < this.slot.length && Number.isInteger(i)) {
      const s = this.slot[i] as number;
      return s === 0 ? undefined : this.vals[s - 1];
    }
    return this.other.get(i);
  }
  has(i: number): boolean {
    if (i >= 0 && i < this.slot.length && Number.isInteger(i)) return this.slot[i] !== 0;
    return this.other.has(i);
  }
  set(i: number, v: T): this {
    if (i >= 0 && i < this.slot.length && Number.isInteger(i)) {
      const s = this.slot[i] as number;
      if (s !== 0) this.vals[s - 1] = v;
      else {
        this.vals.push(v);
        this.slot[i] = this.vals.length;
      }
    } else this.other.set(i, v);
    return this;
  }
  /** Forgets the value at `i` (its slot reads as empty again). */
  delete(i: number): void {
    if (i >= 0 && i < this.slot.length && Number.isInteger(i)) this.slot[i] = 0;
    else this.other.delete(i);
  }
}
