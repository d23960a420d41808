import type { Span } from '../../model/span.js';
import type { Configuration, Segmentation, StageContext } from '../types.js';
import { matchCursor } from '../../internal/matchCursor.js';

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

const MARKS = /[“”"„«»‘’'‹›`]/gu;
const SPACE = /\s/u;
const WORDCHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const OPEN_BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', "'", '«', '‹', '„', ':']);
const CLOSE_AFTER = new Set([
  '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '”', '’', '"', "'", '»', '›', '…', '/',
]);

interface Open {
  kind: 'd' | 's';
  /** Indices of the innermost open double / single mark below this entry when it was pushed. */
  dBelow: number;
  sBelow: number;
  open: Span;
  straight: boolean;
  continued: boolean;
}

const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);

/** Stage 2: pair quotation marks once for the whole document. */
export function findQuotes(ctx: StageContext, seg: Segmentation, _config: Configuration): QuoteSpan[] {
  const text = ctx.text;
  const out: QuoteSpan[] = [];
  const nextMark = matchCursor(MARKS, text);
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
      const i = nextMark(from);
      if (i >= p.end) break;
      const c = text[i] as string;
      let len = 1;
      if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) len = 2;
      from = i + len;
      const prev = i > p.start ? text[i - 1] : undefined;
      const nx = i + len < p.end ? text[i + len] : undefined;
      const openCtx = (prev === undefined || isSpace(prev) || OPEN_BEFORE.has(prev)) && !isSpace(nx);
      const closeCtx = prev !== undefined && !isSpace(prev) && (nx === undefined || isSpace(nx) || CLOSE_AFTER.has(nx));
      const span = { start: i, end: i + len };
      const isFirst = first;
      first = false;
      if (c === '`' && len === 1) continue;
      const dbl = c === '“' || c === '”' || c === '"' || c === '„' || c === '«' || c === '»' || len === 2;
      if (dbl) {
        const k = innermost('d');
        const explicitOpen = c === '“' || c === '„' || c === '«' || c === '`';
        const explicitClose = c === '”' || c === '»';
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
      if (prev !== undefined && WORDCHAR.test(prev) && nx !== undefined && WORDCHAR.test(nx)) continue; // don’t
      const k = innermost('s');
      const top = stack.length - 1;
      if (c === '‘' || c === '‹') {
        if (nx !== undefined && DIGIT.test(nx)) continue; // ‘90s
        if (openCtx) push('s', span, false, false);
        continue;
      }
      if (c === '’' || c === '›') {
        if (k >= 0 && k === top && closeCtx) closeAt(k, span);
        continue;
      }
      // straight '
      if (k >= 0 && k === top && closeCtx) closeAt(k, span);
      else if (openCtx && nx !== undefined && !DIGIT.test(nx) && WORDCHAR.test(nx)) {
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
