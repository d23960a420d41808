import type { Span } from '../model/span.js';
import { type ClaimsLexicon, HASH_SEED, hashCode, lookupId, matchPhrase } from './lexicon.js';
import { sentenceTokens } from './analyze.js';
import { K_PUNCT } from './tokenize.js';

const WORD_CHAR_RE = /[\p{L}\p{M}'’]/u;
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
 * @param sentence - `text.slice(span.start, span.end)`, when the caller has it (the same string object then lets
 *   the analysis of the sentence reuse its tokens without comparing the characters).
 * @returns One or two spans, untrimmed.
 */
export function splitHedgedClauses(
  text: string,
  span: Span,
  lex: ClaimsLexicon,
  sentence: string = text.slice(span.start, span.end),
): Span[] {
  // The tokens are the ones the analysis of the sentence reads next (one tokenisation for both). The character
  // pre-check (hasCandidate) runs only when the tokens split: the answer is the same as checking it first.
  const buf = sentenceTokens(sentence, lex);
  const n = buf.n;
  const ids = buf.id;
  const kind = buf.kind;
  const coordinators = lex.grammar.clauseCoordinators;
  let wordsBefore = 0;
  for (let i = 0; i < n; i++) {
    if (kind[i] !== K_PUNCT) {
      wordsBefore++;
      continue;
    }
    const p = buf.lower[i];
    if (p !== ',' && p !== ';') continue;
    let j = i + 1;
    // (Every coordinator has a vocabulary id: a word or number without one is none; punctuation by its string.)
    if (j < n && (ids[j]! >= 0 ? coordinators.has(lex.words[ids[j]!]!) : kind[j] === K_PUNCT && coordinators.has(buf.lower[j]!))) j++;
    const cue = Math.max(matchPhrase(lex.hedges, ids, j, n), matchPhrase(lex.feelings, ids, j, n));
    if (cue === 0 || wordsBefore < MIN_WORDS) continue;
    let wordsAfter = 0;
    for (let k = j; k < n; k++) if (kind[k] !== K_PUNCT) wordsAfter++;
    if (wordsAfter - cue < MIN_WORDS) continue;
    if (!hasCandidate(text, span.start, span.end, lex)) return [span];
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

/** Where the word read by the last {@link wordIdAt} ends. */
let wordEnd = 0;

/**
 * The vocabulary id (or -1) of the lower-case word (curly apostrophes made straight, at most 24 characters) that
 * starts at `i` after spaces, reading no further than `end`; sets {@link wordEnd}. An ASCII word is looked up
 * by its hash, without making a string.
 */
function wordIdAt(text: string, i: number, end: number, lex: ClaimsLexicon): number {
  let s = i;
  while (s < end) {
    const c = text.charCodeAt(s);
    if (c !== 32 && c !== 0xa0) break;
    s++;
  }
  let e = s;
  let h = HASH_SEED;
  let ascii = true;
  while (e < end && e - s < 24 && isWordChar(text, e)) {
    const c = text.charCodeAt(e);
    if (c >= 65 && c <= 90) h = hashCode(h, c + 32);
    else if (c < 128) h = hashCode(h, c);
    else if (c === 0x2019) h = hashCode(h, 39);
    else ascii = false;
    e++;
  }
  wordEnd = e;
  if (ascii && e > s) return lookupId(lex, h, text, s, e);
  const w = text.slice(s, e).toLowerCase();
  return lex.vocab.get(w.includes('’') ? w.replace(/’/gu, "'") : w) ?? -1;
}

/**
 * Cheap pre-check without tokenising: a comma or semicolon in `text[start, end)` followed (maybe after a
 * coordinator) by a word that starts a hedge or a feeling.
 */
function hasCandidate(text: string, start: number, end: number, lex: ClaimsLexicon): boolean {
  const bits = lex.hedges.bit | lex.feelings.bit;
  const coordinators = lex.grammar.clauseCoordinators;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== 44 && c !== 59) continue; // , ;
    let id = wordIdAt(text, p + 1, end, lex);
    // (Every coordinator is in the vocabulary: a word without an id is none.)
    if (id >= 0 && coordinators.has(lex.words[id]!)) id = wordIdAt(text, wordEnd, end, lex);
    if (id >= 0 && (lex.starts[id]! & bits) !== 0) return true;
    p = Math.max(p, wordEnd - 1);
  }
  return false;
}
