/** Word tokens of the whole text, in typed arrays (one pass, linear). */
export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** Lower-cased token text (computed lazily). */
  low(i: number): string;
  /** First character is an upper-case letter. */
  cap(i: number): boolean;
  /** Index of the first token starting at or after `pos` (n when none). */
  at(pos: number): number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;

/** Tokenise `text` into words ("don’t", "U.S", "Russian-Azerbaijani" are one token each). */
export function tokenize(text: string): Tokens {
  let cap = 1024;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let n = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
    }
    start[n] = m.index;
    end[n] = m.index + m[0].length;
    n++;
  }
  const lows: (string | undefined)[] = new Array<string | undefined>(n);
  const s = start;
  const e = end;
  return {
    n,
    start: s,
    end: e,
    low(i: number): string {
      let w = lows[i];
      if (w === undefined) {
        w = i >= 0 && i < n ? text.slice(s[i] ?? 0, e[i] ?? 0).toLowerCase() : '';
        lows[i] = w;
      }
      return w;
    },
    cap(i: number): boolean {
      return i >= 0 && i < n && UPPER.test(text[s[i] ?? 0] ?? '');
    },
    at(pos: number): number {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((s[mid] ?? 0) < pos) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
