import type { Span } from '../../model/span.js';
import type { Configuration, Segmentation, SentenceSpan, StageContext } from '../types.js';
import { matchCursor } from '../../internal/matchCursor.js';

const TERMINAL = /[.!?…]/gu;
const CLOSERS = new Set(['"', '”', '’', "'", '»', '›', ')', ']', '}']);
const SPACE = /\s/u;
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
    while (s < t && SPACE.test(text[s] ?? '')) s++;
    while (t > s && SPACE.test(text[t - 1] ?? '')) t--;
    if (t > s) out.push({ start: s, end: t });
    i = e + 1;
  }
  return out;
}

/** Stage 1: paragraphs and sentences (sentence boundaries respect quotation marks and abbreviations). */
export function segment(ctx: StageContext, config: Configuration): Segmentation {
  const text = ctx.text;
  const { abbr, starters } = localeSets(config);
  const paragraphs = paragraphsOf(text);
  const sentences: SentenceSpan[] = [];
  // One pass of the terminal-punctuation regex over the whole text, shared by all paragraphs (linear).
  const nextTerminal = matchCursor(TERMINAL, text);
  paragraphs.forEach((p, pi) => {
    let start = p.start;
    let from = p.start;
    for (;;) {
      const i = nextTerminal(from);
      if (i >= p.end) break;
      let j = i + 1;
      while (j < p.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
      while (j < p.end && CLOSERS.has(text[j] ?? '')) j++;
      from = j;
      if (j >= p.end) break;
      if (!SPACE.test(text[j] ?? '')) continue;
      let k = j;
      while (k < p.end && SPACE.test(text[k] ?? '')) k++;
      const c = text[k] ?? '';
      if (LOWER.test(c)) continue;
      if (text[i] === '.' && text[i + 1] !== '.') {
        // the word before the period
        let w = i;
        while (w > p.start && i - w < 40 && (LETTER.test(text[w - 1] ?? '') || text[w - 1] === '.')) w--;
        const word = text.slice(w, i);
        if (word && (abbr.has(word.toLowerCase()) || INITIALISM.test(word))) {
          let e = k;
          while (e < p.end && e - k < 40 && LETTER.test(text[e] ?? '')) e++;
          if (!starters.has(text.slice(k, e).toLowerCase())) continue;
        }
      }
      sentences.push({ start, end: j, paragraph: pi });
      start = k;
    }
    if (p.end > start) sentences.push({ start, end: p.end, paragraph: pi });
  });
  return { paragraphs, sentences };
}
