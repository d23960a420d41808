import type { Span } from '../model/span.js';
import { isSpaceUnit } from '../internal/chars.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']']);
/** White space at `text[i]`. */
const isSpace = (text: string, i: number): boolean => isSpaceUnit(text.charCodeAt(i));
const UPPER_OR_OPENER_RE = /[\p{Lu}\p{N}"“‘'«(\[]/u;
const LETTER_RE = /\p{L}/u;

/**
 * Splits `text[start, end)` into sentences with a simple rule: a terminal mark (. ! ? …), optional closing
 * quotes or brackets, white space, then an upper-case letter, a digit or an opening quote. A full stop after a
 * listed abbreviation ("Mr.", "U.S.") or a single-letter initial ("J.") does not end a sentence. Linear time.
 *
 * @param text - The whole text.
 * @param start - Where to start.
 * @param end - Where to stop.
 * @param abbreviations - Lower-case abbreviations with their full stop ("mr.").
 * @returns The sentences as spans of `text`, untrimmed except for leading white space.
 */
export function splitSentences(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue; // . ! ? …
    const c = text[i]!;
    let j = i + 1;
    while (j < end && (TERMINAL.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    if (j >= end || !isSpace(text, j)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text, k)) k++;
    if (k >= end || !UPPER_OR_OPENER_RE.test(text[k]!)) {
      i = j - 1;
      continue;
    }
    if (c === '.' && isAbbreviation(text, s, i, abbreviations)) {
      i = j - 1;
      continue;
    }
    out.push({ start: s, end: j });
    s = k;
    i = k - 1;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/** Whether the word that ends with the full stop at `dot` is an abbreviation or an initial. */
function isAbbreviation(text: string, from: number, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let w = dot;
  // Words are short; look back at most 12 characters so that a long run without spaces stays linear.
  const limit = Math.max(from, dot - 12);
  while (w > limit && !isSpace(text, w - 1) && !CLOSERS.has(text[w - 1]!) && text[w - 1] !== '"' && text[w - 1] !== '“') w--;
  const word = text.slice(w, dot + 1).toLowerCase();
  if (abbreviations.has(word)) return true;
  // A single letter ("J.") is an initial.
  return word.length === 2 && LETTER_RE.test(word[0]!);
}
