import type { Span } from '../../model/span.js';
import type { Configuration, Segmentation, SentenceSpan, StageContext } from '../types.js';
import { isSpaceUnit } from '../../internal/chars.js';

/** A sentence-ending mark (one code unit, so a match ends at `lastIndex`). */
const TERMINAL = /[.!?…]/gu;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const INITIALISM = /^(?:\p{L}\.)*\p{L}$/u;

/** Cache of the abbreviation sets per locale object. */
const sets = new WeakMap<object, { abbr: Set<string>; starters: Set<string> }>();
function localeSets(config: Configuration): { abbr: Set<string>; starters: Set<string> } {
  const loc = config.locale.attribution;
  let s = sets.get(loc);
  if (!s) {
    s = { abbr: new Set(loc.abbreviations), starters: new Set(loc.sentenceStarters) };
    sets.set(loc, s);
  }
  return s;
}

/** Paragraphs are non-blank lines, trimmed; offsets index the original text. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = n;
    let s = i;
    let t = e;
    while (s < t && isSpaceUnit(text.charCodeAt(s))) s++;
    while (t > s && isSpaceUnit(text.charCodeAt(t - 1))) t--;
    if (t > s) out.push({ start: s, end: t });
    i = e + 1;
  }
  return out;
}

/** A sentence-ending mark: . ! ? … */
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/** A closing mark that may follow the terminal punctuation: " ” ’ ' » › ) ] } */
const isCloser = (c: number): boolean =>
  c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 0xbb || c === 0x203a || c === 41 || c === 93 || c === 125;

/** Whether the code unit at `i` is a lower-case letter (as `/\p{Ll}/u` reads that one unit). */
function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(text[i] as string);
}

/** Whether the code unit at `i` is a letter (as `/\p{L}/u` reads that one unit). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i] as string);
}

/** Stage 1: paragraphs and sentences (sentence boundaries respect quotation marks and abbreviations). */
export function segment(ctx: StageContext, config: Configuration): Segmentation {
  const text = ctx.text;
  const { abbr, starters } = localeSets(config);
  const paragraphs = paragraphsOf(text);
  const sentences: SentenceSpan[] = [];
  // One pass of the terminal-punctuation regex over the whole text, shared by all paragraphs (linear): `nextT` is
  // the first terminal at or after `searchedFrom` (text.length when there is none).
  let nextT = -1;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Span;
    const pEnd = p.end;
    let start = p.start;
    let from = p.start;
    for (;;) {
      if (nextT < from) {
        TERMINAL.lastIndex = from;
        nextT = TERMINAL.test(text) ? TERMINAL.lastIndex - 1 : text.length;
      }
      const i = nextT;
      if (i >= pEnd) break;
      let j = i + 1;
      while (j < pEnd && isTerminal(text.charCodeAt(j))) j++;
      while (j < pEnd && isCloser(text.charCodeAt(j))) j++;
      from = j;
      if (j >= pEnd) break;
      if (!isSpaceUnit(text.charCodeAt(j))) continue;
      let k = j;
      while (k < pEnd && isSpaceUnit(text.charCodeAt(k))) k++;
      if (k < text.length && isLowerAt(text, k)) continue;
      if (text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) !== 46) {
        // the word before the period
        let w = i;
        while (w > p.start && i - w < 40 && (isLetterAt(text, w - 1) || text.charCodeAt(w - 1) === 46)) w--;
        if (w < i) {
          const word = text.slice(w, i);
          if (abbr.has(word.toLowerCase()) || INITIALISM.test(word)) {
            let e = k;
            while (e < pEnd && e - k < 40 && isLetterAt(text, e)) e++;
            if (!starters.has(text.slice(k, e).toLowerCase())) continue;
          }
        }
      }
      sentences.push({ start, end: j, paragraph: pi });
      start = k;
    }
    if (pEnd > start) sentences.push({ start, end: pEnd, paragraph: pi });
  }
  return { paragraphs, sentences };
}
