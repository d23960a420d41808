/**
 * Text helpers for the events stage: a fallback sentence splitter (used only when stage 1 gives no sentences),
 * quotation regions, binary search over sorted dates. All linear in the input.
 */
import type { Span } from '../../../model/span.js';
import type { SentenceSpan } from '../../types.js';
import { isSpaceUnit } from '../../../internal/chars.js';
import { inOrder } from '../../../internal/sort.js';

const LINE = /\n/gu;
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)/gu;
const UPPER_START = /^\s+["'“‘(\[]?[\p{Lu}\p{N}]/u;

/**
 * Whether a lead of the form `\s+(?:word|...)...` can match at `pos`: white space there, and after it a unit that
 * can begin one of the words (`firsts`: the ASCII units that can; null, or a unit above 127: maybe). A quick "no"
 * before the regex.
 */
export function leadMayMatch(text: string, pos: number, firsts: Uint8Array | null): boolean {
  const n = text.length;
  let p = pos;
  if (p >= n || !isSpaceUnit(text.charCodeAt(p))) return false;
  do p++;
  while (p < n && isSpaceUnit(text.charCodeAt(p)));
  if (p >= n) return false;
  const u = text.charCodeAt(p);
  return firsts === null || u >= 128 || firsts[u] === 1;
}

/** Paragraphs (non-empty lines) and sentences, for text that stage 1 did not segment. */
export function fallbackSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = -1;
  let lineStart = 0;
  LINE.lastIndex = 0;
  for (;;) {
    const m = LINE.exec(text);
    const lineEnd = m ? m.index : text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) {
      paragraph++;
      let from = s;
      const line = text.slice(s, e);
      SENTENCE_END.lastIndex = 0;
      for (let b = SENTENCE_END.exec(line); b; b = SENTENCE_END.exec(line)) {
        const end = s + b.index + b[0].length;
        if (end >= e) break;
        if (UPPER_START.test(text.slice(end, Math.min(e, end + 4)))) {
          out.push({ start: from, end, paragraph });
          from = end;
          while (from < e && /\s/u.test(text[from] as string)) from++;
        }
      }
      if (from < e) out.push({ start: from, end: e, paragraph });
    }
    if (!m) break;
    lineStart = lineEnd + 1;
  }
  return out;
}


/** A double quotation mark: straight, curly (“ ” „) or angle (« »). */
const DOUBLE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/gu;

/** The offsets of every double quotation mark in the text, ascending. */
export function doubleMarks(text: string): number[] {
  const marks: number[] = [];
  DOUBLE_MARK.lastIndex = 0;
  // each mark is one code unit: the match ends at lastIndex
  while (DOUBLE_MARK.test(text)) marks.push(DOUBLE_MARK.lastIndex - 1);
  return marks;
}

/**
 * Regions inside double quotation marks, paired per paragraph (an unclosed mark runs to the end of its
 * paragraph). Straight marks toggle; curly and angle marks open and close by shape. `marks`: the offsets of every
 * double quotation mark (straight, curly “ ” „ or angle « ») in the text, ascending.
 */
export function quoteRegions(text: string, sentences: readonly SentenceSpan[], marks: readonly number[]): Span[] {
  const out: Span[] = [];
  // pair the marks paragraph by paragraph
  let k = 0;
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i] as SentenceSpan;
    let j = i;
    while (j + 1 < sentences.length && (sentences[j + 1] as SentenceSpan).paragraph === first.paragraph) j++;
    const pStart = first.start;
    const pEnd = (sentences[j] as SentenceSpan).end;
    while (k < marks.length && (marks[k] as number) < pStart) k++;
    let open = -1;
    for (; k < marks.length && (marks[k] as number) < pEnd; k++) {
      const at = marks[k] as number;
      const u = text.charCodeAt(at);
      if (open < 0) {
        if (u !== 0x201d && u !== 0xbb) open = at + 1;
      } else if (u !== 0x201c && u !== 0xab && u !== 0x201e) {
        out.push({ start: open, end: at });
        open = -1;
      }
    }
    if (open >= 0) out.push({ start: open, end: pEnd });
    i = j + 1;
  }
  return out;
}

/** Merges sorted-or-not spans into sorted, non-overlapping ones. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * {@link mergeSpans} of `a` and `b` together, without a sort when each is in order of start already (the merged
 * regions depend only on the set of spans, not on the order they are read in).
 */
export function mergeSortedSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  if (!inOrder(a, byStart) || !inOrder(b, byStart)) return mergeSpans([...a, ...b]);
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let s: Span;
    if (j >= b.length || (i < a.length && (a[i] as Span).start <= (b[j] as Span).start)) s = a[i++] as Span;
    else s = b[j++] as Span;
    if (s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

const byStart = (x: Span, y: Span): number => x.start - y.start;

// The two searches below are the shared lastStartingAtOrBefore and firstStartingAtOrAfter (src/internal/search.ts)
// for a date, which keeps its offsets in `span`: the shared ones read `start` of the item itself. One function for
// both shapes would need a key callback, or an array of the dates' spans passed beside the dates through three
// functions; two short loops cost less than either.

/** `lastStartingAtOrBefore` for dates sorted by `span.start`: index of the last with `span.start <= pos`, or -1. */
export function lastDateAtOrBefore(dates: readonly { span: Span }[], pos: number): number {
  let lo = 0;
  let hi = dates.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as { span: Span }).span.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * `firstStartingAtOrAfter` for dates sorted by `span.start`: index of the first with `span.start >= pos`
 * (dates.length when none).
 */
export function firstDateAtOrAfter(dates: readonly { span: Span }[], pos: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as { span: Span }).span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
