import type { Span } from '../model/span.js';
import { type ClaimsLexicon, matchPhrase } from './lexicon.js';
import { K_PUNCT, lowerAt, tokenBuffer, tokenize } from './tokenize.js';

const WORD_CHAR_RE = /[\p{L}\p{M}'’]/u;
/** This module's reused tokens. */
const buf = tokenBuffer();
/** Each part must keep at least this many words to stand as a claim. */
const MIN_WORDS = 3;

/**
 * Splits "X, and I think Y" into its two claims: a clause, then a coordinated clause that opens with a hedge or a
 * feeling of the speaker ("The talks failed, and I believe that ..."). The first clause is a claim of its own;
 * the second is the speaker's opinion. Offsets are into `text`; returns the one span when there is nothing to split.
 *
 * @param text - The whole text.
 * @param span - The sentence to look at.
 * @param lex - The compiled claims lexicon.
 * @returns One or two spans, untrimmed.
 */
export function splitHedgedClauses(text: string, span: Span, lex: ClaimsLexicon): Span[] {
  const sentence = text.slice(span.start, span.end);
  if (!hasCandidate(sentence, lex)) return [span];
  const n = tokenize(sentence, lex, buf);
  const ids = buf.id;
  const kind = buf.kind;
  let wordsBefore = 0;
  for (let i = 0; i < n; i++) {
    if (kind[i] !== K_PUNCT) {
      wordsBefore++;
      continue;
    }
    const p = buf.lower[i];
    if (p !== ',' && p !== ';') continue;
    let j = i + 1;
    if (j < n && lex.grammar.clauseCoordinators.has(lowerAt(buf, j))) j++;
    const cue = Math.max(matchPhrase(lex.hedges, ids, j, n), matchPhrase(lex.feelings, ids, j, n));
    if (cue === 0 || wordsBefore < MIN_WORDS) continue;
    let wordsAfter = 0;
    for (let k = j; k < n; k++) if (kind[k] !== K_PUNCT) wordsAfter++;
    if (wordsAfter - cue < MIN_WORDS) continue;
    return [
      { start: span.start, end: span.start + buf.start[i]! },
      { start: span.start + buf.start[j]!, end: span.end },
    ];
  }
  return [span];
}

/** A letter, a mark or an apostrophe (ASCII without the regex). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return WORD_CHAR_RE.test(text[i]!);
}

/** The lower-case word starting at `i` (after spaces), and where it ends. */
function wordAt(text: string, i: number): [string, number] {
  let s = i;
  while (s < text.length && (text[s] === ' ' || text[s] === '\u00a0')) s++;
  let e = s;
  while (e < text.length && e - s < 24 && isWordChar(text, e)) e++;
  const w = text.slice(s, e).toLowerCase();
  return [w.includes('’') ? w.replace(/’/gu, "'") : w, e];
}

/**
 * Cheap pre-check without tokenising: a comma or semicolon followed (maybe after a coordinator) by a word that
 * starts a hedge or a feeling.
 */
function hasCandidate(sentence: string, lex: ClaimsLexicon): boolean {
  const bits = lex.hedges.bit | lex.feelings.bit;
  // The commas and semicolons, left to right, found with indexOf.
  let comma = sentence.indexOf(',');
  let semicolon = sentence.indexOf(';');
  let from = 0;
  for (;;) {
    if (comma >= 0 && comma < from) comma = sentence.indexOf(',', from);
    if (semicolon >= 0 && semicolon < from) semicolon = sentence.indexOf(';', from);
    const p = comma < 0 ? semicolon : semicolon < 0 ? comma : Math.min(comma, semicolon);
    if (p < 0) return false;
    let [w, e] = wordAt(sentence, p + 1);
    if (lex.grammar.clauseCoordinators.has(w)) [w, e] = wordAt(sentence, e);
    const id = lex.vocab.get(w);
    if (id !== undefined && (lex.starts[id]! & bits) !== 0) return true;
    from = Math.max(p, e - 1) + 1;
  }
}
