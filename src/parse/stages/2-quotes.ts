import type { Span } from '../../model/span.js';
import type { Configuration, Segmentation, StageContext } from '../types.js';
import { isSpaceUnit } from '../../internal/chars.js';

/** A paired (or unclosed) quotation: content span without marks. */
export interface QuoteSpan extends Span {
  open: Span;
  close: Span | null;
  /** 0 for a quotation in running text, 1 and more for one inside another quotation. */
  depth: number;
  /** Single marks (‘…’ or '…'). */
  single: boolean;
  /** Index of the paragraph (in the segmentation). */
  paragraph: number;
  /** The quotation goes on in the next paragraph (its closing mark is missing here on purpose). */
  continues: boolean;
  /** This quotation continues the previous paragraph's. */
  continued: boolean;
}

/** A quotation mark (one code unit, so a match ends at `lastIndex`). */
const MARKS = /[“”"„«»‘’'‹›`]/gu;
const WORDCHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
/** Bits per code unit below U+2040: may come before an opening mark, may come after a closing mark. */
const OPEN_BEFORE = 1;
const CLOSE_AFTER = 2;
const AROUND = (() => {
  const t = new Uint8Array(0x2040);
  for (const ch of ['(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', "'", '«', '‹', '„', ':']) t[ch.charCodeAt(0)]! |= OPEN_BEFORE;
  for (const ch of ['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '”', '’', '"', "'", '»', '›', '…', '/'])
    t[ch.charCodeAt(0)]! |= CLOSE_AFTER;
  return t;
})();
const around = (u: number, bit: number): boolean => u >= 0 && u < 0x2040 && ((AROUND[u] as number) & bit) !== 0;

interface Open {
  kind: 'd' | 's';
  /** Indices of the innermost open double / single mark below this entry when it was pushed. */
  dBelow: number;
  sBelow: number;
  open: Span;
  straight: boolean;
  continued: boolean;
}

/** Whether the code unit `u` (-1: none, at a paragraph edge) is white space or nothing. */
const isSpace = (u: number): boolean => u < 0 || isSpaceUnit(u);
/** Whether the code unit `u` (not -1) is a letter or a digit, as `/[\p{L}\p{N}]/u` reads that one unit. */
function isWordUnit(u: number): boolean {
  if (u < 128) return (u >= 97 && u <= 122) || (u >= 65 && u <= 90) || (u >= 48 && u <= 57);
  return WORDCHAR.test(String.fromCharCode(u));
}
/** Whether the code unit `u` (not -1) is a number character, as `/\p{N}/u` reads that one unit. */
function isDigitUnit(u: number): boolean {
  if (u < 128) return u >= 48 && u <= 57;
  return DIGIT.test(String.fromCharCode(u));
}

/** Stage 2: pair quotation marks once for the whole document. */
export function findQuotes(ctx: StageContext, seg: Segmentation, _config: Configuration): QuoteSpan[] {
  const text = ctx.text;
  const out: QuoteSpan[] = [];
  // the first quotation mark at or after the last place searched (text.length when none): one pass of MARKS in all
  let nextM = -1;
  let carry = false; // the previous paragraph's quotation continues into this one
  const paras = seg.paragraphs;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi] as Span;
    const stack: Open[] = [];
    let lastD = -1;
    let lastS = -1;
    const push = (kind: 'd' | 's', open: Span, straight: boolean, continued: boolean): void => {
      stack.push({ kind, dBelow: lastD, sBelow: lastS, open, straight, continued });
      if (kind === 'd') lastD = stack.length - 1;
      else lastS = stack.length - 1;
    };
    let first = true;
    // called after `o` was removed from the stack: what is left below it is its depth
    const emit = (o: Open, closeStart: number, close: Span | null, continues: boolean): void => {
      const depth = stack.length;
      out.push({
        start: o.open.end,
        end: closeStart,
        open: o.open,
        close,
        depth,
        single: o.kind === 's',
        paragraph: pi,
        continues,
        continued: o.continued,
      });
    };
    // index of the innermost open mark of each kind (kept up to date, so lookups are O(1))
    const innermost = (kind: 'd' | 's'): number => {
      const k = kind === 'd' ? lastD : lastS;
      return k;
    };
    const closeAt = (k: number, close: Span): void => {
      const o = stack[k] as Open;
      stack.length = k;
      lastD = o.dBelow;
      lastS = o.sBelow;
      // a single letter between single marks is an elision ("rock 'n' roll"), not a quotation
      if (o.kind === 's' && close.start - o.open.end < 2) return;
      emit(o, close.start, close, false);
    };
    let from = p.start;
    for (;;) {
      if (nextM < from) {
        MARKS.lastIndex = from;
        nextM = MARKS.test(text) ? MARKS.lastIndex - 1 : text.length;
      }
      const i = nextM;
      if (i >= p.end) break;
      const c = text.charCodeAt(i);
      let len = 1;
      if ((c === 39 || c === 96) && text.charCodeAt(i + 1) === c) len = 2; // '' and ``
      from = i + len;
      // the units around the mark in the paragraph (-1: none)
      const prev = i > p.start ? text.charCodeAt(i - 1) : -1;
      const nx = i + len < p.end ? text.charCodeAt(i + len) : -1;
      const openCtx = (prev < 0 || isSpace(prev) || around(prev, OPEN_BEFORE)) && !isSpace(nx);
      const closeCtx = prev >= 0 && !isSpace(prev) && (nx < 0 || isSpace(nx) || around(nx, CLOSE_AFTER));
      const span = { start: i, end: i + len };
      const isFirst = first;
      first = false;
      if (c === 96 && len === 1) continue;
      // “ ” " „ « » or a doubled '' / ``
      const dbl = c === 0x201c || c === 0x201d || c === 34 || c === 0x201e || c === 0xab || c === 0xbb || len === 2;
      if (dbl) {
        const k = innermost('d');
        const explicitOpen = c === 0x201c || c === 0x201e || c === 0xab || c === 96;
        const explicitClose = c === 0x201d || c === 0xbb;
        let asClose: boolean;
        if (explicitClose) asClose = k >= 0 || !openCtx;
        else if (explicitOpen) asClose = k >= 0 && closeCtx && !openCtx;
        else asClose = k >= 0 && (closeCtx || !openCtx);
        if (asClose) {
          if (k >= 0) closeAt(k, span);
          else ctx.issues.push({ code: 'unopened-quote', message: 'closing quotation mark without an opening one', span });
        } else {
          push('d', span, !explicitOpen, isFirst && carry);
        }
        continue;
      }
      // single marks: tell quotation marks from apostrophes
      if (prev >= 0 && isWordUnit(prev) && nx >= 0 && isWordUnit(nx)) continue; // don’t
      const k = innermost('s');
      const top = stack.length - 1;
      if (c === 0x2018 || c === 0x2039) {
        // ‘ ‹
        if (nx >= 0 && isDigitUnit(nx)) continue; // ‘90s
        if (openCtx) push('s', span, false, false);
        continue;
      }
      if (c === 0x2019 || c === 0x203a) {
        // ’ ›
        if (k >= 0 && k === top && closeCtx) closeAt(k, span);
        continue;
      }
      // straight '
      if (k >= 0 && k === top && closeCtx) closeAt(k, span);
      else if (openCtx && nx >= 0 && !isDigitUnit(nx) && isWordUnit(nx)) {
        push('s', span, true, false);
      }
    }
    // paragraph end: singles left open were apostrophes; an open top-level double either continues or is unclosed
    carry = false;
    const k = stack.findIndex((o) => o.kind === 'd');
    if (k >= 0) {
      const o = stack[k] as Open;
      stack.length = k;
      const np = paras[pi + 1];
      const nc = np ? text[np.start] : undefined;
      const reopens = nc === '“' || nc === '"' || nc === '„' || nc === '«' || (nc === "'" && text[(np?.start ?? 0) + 1] === "'");
      if (reopens) {
        carry = true;
        emit(o, p.end, null, true);
      } else {
        emit(o, p.end, null, false);
        ctx.issues.push({ code: 'unclosed-quote', message: 'quotation mark never closed', span: o.open });
      }
    }
  }
  out.sort((a, b) => a.open.start - b.open.start);
  return out;
}
