import { type Analysis, analyze, type FoundSpan } from '../../claims/analyze.js';
import { compileLexicon, type ClaimsLexicon } from '../../claims/lexicon.js';
import { splitHedgedClauses } from '../../claims/clauses.js';
import { splitSentences } from '../../claims/sentences.js';
import type { Claim, ClaimEntity } from '../../model/claim.js';
import type { DateRef } from '../../model/dateRef.js';
import type { Span } from '../../model/span.js';
import type { Statement } from '../../model/statement.js';
import { sortIfNeeded, toSortedIfNeeded } from '../../internal/sort.js';
import type { Configuration, EntityIndex, EntityMention, Segmentation, SentenceSpan, StageContext } from '../types.js';

/** Rule ids of this stage (the classifier's own ids come with each claim's `via`). */
export const CLAIM_STAGE_RULES = {
  /** A sentence of a quote, cut at the segmenter's sentence boundaries. */
  quoteSentence: 'claims/quote-sentence',
  /** A sentence of a statement, cut by the stage's own sentence rule (no segmentation available). */
  splitSentence: 'claims/split-sentence',
  /** The reported clause of indirect speech, as one claim. */
  reportedClause: 'claims/reported-clause',
  /** "X, and I think Y": the clause before a hedged or felt clause is a claim of its own. */
  hedgedClause: 'claims/hedged-clause',
} as const;

/** Characters trimmed from both ends of a claim: white space and quotation marks. */
const EDGE = new Set([
  ' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f', '"', '“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', "'", '`',
]);
/** Also trimmed from the end: punctuation left by a cut quote ("..., " he said). */
const TRAILING = new Set([',', ';', ':', '-', '–', '—']);
// The same characters by code (each is one UTF-16 unit), with an ASCII table.
const EDGE_CODES = new Set([...EDGE].map((ch) => ch.charCodeAt(0)));
const EDGE_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (EDGE_CODES.has(c) ? 1 : 0));
const TRAILING_CODES = new Set([...TRAILING].map((ch) => ch.charCodeAt(0)));
const TRAILING_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (TRAILING_CODES.has(c) ? 1 : 0));
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

interface Piece {
  start: number;
  end: number;
  statement: Statement;
  order: number;
  rules: string[];
  /** `text[start, end)`. */
  text: string;
  /** The classifier's analysis of {@link text} (made at once: it reads the tokens the clause splitter made). */
  analysis: Analysis;
}

/** Trims white space and quotation marks (and trailing commas, colons, dashes) off `[start, end)`. */
function trim(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isEdge(text.charCodeAt(s))) s++;
  while (e > s && (isEdge(text.charCodeAt(e - 1)) || isTrailing(text.charCodeAt(e - 1)))) e--;
  return { start: s, end: e };
}

/** Whether the character is in {@link EDGE} (by code: no one-character strings). */
function isEdge(c: number): boolean {
  return c < 128 ? EDGE_ASCII[c] === 1 : EDGE_CODES.has(c);
}

/** Whether the character is in {@link TRAILING}. */
function isTrailing(c: number): boolean {
  return c < 128 ? TRAILING_ASCII[c] === 1 : TRAILING_CODES.has(c);
}

/** Whether `text[start, end)` holds a letter or a digit (ASCII first, the regex only for other text). */
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return LETTER_OR_DIGIT_RE.test(text.slice(start, end));
}

/** Index of the first sentence whose end is after `pos` (sentences are sorted and do not overlap). */
function firstSentenceEndingAfter(sentences: readonly SentenceSpan[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Drops a leading reported-clause word ("that") from an indirect statement's clause. */
function dropClauseLead(text: string, span: Span, lex: ClaimsLexicon): Span {
  let e = span.start;
  while (e < span.end && isWordChar(text, e)) e++;
  if (e === span.start || e >= span.end) return span;
  if (!lex.reportedClauseLeads.has(text.slice(span.start, e).toLowerCase())) return span;
  let s = e;
  while (s < span.end && isEdge(text.charCodeAt(s))) s++;
  return { start: s, end: span.end };
}

/** A letter or a digit ({@link WORD_CHAR_RE}; ASCII without the regex). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR_RE.test(text[i]!);
}

/** Cuts each statement into sentence pieces, in text order. */
function pieces(ctx: StageContext, seg: Segmentation, statements: readonly Statement[], lex: ClaimsLexicon): Piece[] {
  const explain = ctx.explain;
  const text = ctx.text;
  const out: Piece[] = [];
  const sentences = seg.sentences;
  statements.forEach((statement, order) => {
    const indirect = statement.kind === 'indirect';
    statement.spans.forEach((raw, spanIndex) => {
      const start = Math.max(0, Math.min(raw.start, text.length));
      const end = Math.max(start, Math.min(raw.end, text.length));
      if (raw.end > text.length || raw.start < 0 || raw.end < raw.start) {
        ctx.issues.push({
          code: 'claim-span-out-of-range',
          message: `Statement ${statement.id} has a span [${raw.start}, ${raw.end}) outside the text; claims were cut from what lies inside.`,
        });
      }
      if (end <= start) return;
      let parts: Span[] = [];
      let rule: string = indirect ? CLAIM_STAGE_RULES.reportedClause : CLAIM_STAGE_RULES.quoteSentence;
      if (sentences.length > 0) {
        for (let i = firstSentenceEndingAfter(sentences, start); i < sentences.length; i++) {
          const sentence = sentences[i]!;
          if (sentence.start >= end) break;
          parts.push({ start: Math.max(start, sentence.start), end: Math.min(end, sentence.end) });
        }
      }
      if (parts.length === 0) {
        parts = splitSentences(text, start, end, lex.abbreviations);
        if (!indirect) rule = CLAIM_STAGE_RULES.splitSentence;
      }
      parts.forEach((part, partIndex) => {
        let span = trim(text, part.start, part.end);
        if (indirect && spanIndex === 0 && partIndex === 0) span = trim(text, dropClauseLead(text, span, lex).start, span.end);
        if (span.end <= span.start) return;
        const spanText = text.slice(span.start, span.end);
        const clauses = splitHedgedClauses(text, span, lex, spanText);
        for (const clause of clauses) {
          const c = clauses.length > 1 ? trim(text, clause.start, clause.end) : clause;
          if (c.end <= c.start) continue;
          if (!hasLetterOrDigit(text, c.start, Math.min(c.end, c.start + 200))) continue;
          const rules = clauses.length > 1 ? [rule, CLAIM_STAGE_RULES.hedgedClause] : [rule];
          // (One clause: the span itself, whose tokens the splitter left for the analysis.)
          const claimText = clauses.length > 1 ? text.slice(c.start, c.end) : spanText;
          out.push({ start: c.start, end: c.end, statement, order, rules, text: claimText, analysis: analyze(claimText, lex, explain, rules) });
        }
      });
    });
  });
  // Statements mostly come in text order: sort only when the pieces are not already in order.
  sortIfNeeded(out, byPiecePosition);
  return out;
}

const byPiecePosition = (a: Piece, b: Piece): number => a.start - b.start || a.order - b.order || a.end - b.end;
const bySpan = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** An entity a claim may list, with its rank (lower wins an overlap). */
interface Candidate {
  start: number;
  end: number;
  type: ClaimEntity['type'];
  rank: number;
}

const byRank = (a: Candidate, b: Candidate): number => a.rank - b.rank || a.start - b.start || b.end - a.end;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || a.end - b.end;

/** Entity kinds by id, looked up only when a claim holds a mention (the map is made at the first lookup). */
class EntityKinds {
  private map: Map<string, string> | undefined;
  constructor(private readonly index: EntityIndex) {}
  get(id: string): string | undefined {
    if (this.map === undefined) {
      this.map = new Map<string, string>();
      for (const e of this.index.entities) this.map.set(e.id, e.kind);
    }
    return this.map.get(id);
  }
}

const ENTITY_PRIORITY = { person: 0, organization: 0, date: 1, number: 2, place: 3, other: 4 } as const;

/**
 * Where the mentions and dates at or after the current claim's start begin: claims come in order of their start,
 * so the first mention (date) starting at or after it only moves forward (what a binary search would find).
 */
interface Cursors {
  mention: number;
  date: number;
}

/** The entities a claim mentions: resolved people and organisations, dates, numbers, places. */
function entitiesOf(
  text: string,
  span: Span,
  found: readonly FoundSpan[],
  mentions: readonly EntityMention[],
  kinds: EntityKinds,
  dates: readonly Span[],
  cursors: Cursors,
): ClaimEntity[] {
  const candidates: Candidate[] = [];
  let firstMention = cursors.mention;
  while (firstMention < mentions.length && mentions[firstMention]!.start < span.start) firstMention++;
  cursors.mention = firstMention;
  let firstDate = cursors.date;
  while (firstDate < dates.length && dates[firstDate]!.start < span.start) firstDate++;
  cursors.date = firstDate;
  for (let i = firstMention; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= span.end) break;
    if (m.end > span.end || m.form === 'pronoun') continue;
    const kind = m.speakerIds.length === 1 ? kinds.get(m.speakerIds[0]!) : undefined;
    const type: ClaimEntity['type'] = kind === 'person' ? 'person' : kind === 'organization' ? 'organization' : 'other';
    candidates.push({ start: m.start, end: m.end, type, rank: type === 'other' ? 4 : 0 });
  }
  for (let i = firstDate; i < dates.length; i++) {
    const d = dates[i]!;
    if (d.start >= span.end) break;
    if (d.end > span.end) continue;
    candidates.push({ start: d.start, end: d.end, type: 'date', rank: ENTITY_PRIORITY.date });
  }
  // What the claims engine found: numbers, years, places, and capitalised names the index did not resolve.
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    candidates.push({ start: span.start + f.start, end: span.start + f.end, type: f.type, rank: ENTITY_PRIORITY[f.type] });
  }
  // Keep the best of overlapping candidates: resolved entities, then dates, numbers, places.
  if (candidates.length > 1) sortIfNeeded(candidates, byRank);
  const kept: Candidate[] = [];
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    if (c.end <= c.start) continue;
    let overlaps = false;
    for (let ki = 0; ki < kept.length; ki++) {
      const k = kept[ki]!;
      if (c.start < k.end && k.start < c.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(c);
    if (kept.length >= 64) break;
  }
  if (kept.length > 1) sortIfNeeded(kept, byStart);
  const out: ClaimEntity[] = [];
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k]!;
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type });
  }
  return out;
}

/**
 * Stage 6: splits every statement into its claims (each sentence of a quote, the reported clause of indirect
 * speech), classifies each with the claims engine and lists what it mentions. Claims belong to the statement's
 * speakers. Ids are `${articleId}:cl${n}` in text order; `features` only when `ctx.explain`.
 */
export function extractClaims(
  ctx: StageContext,
  seg: Segmentation,
  statements: Statement[],
  index: EntityIndex,
  dates: DateRef[],
  config: Configuration,
): Claim[] {
  if (statements.length === 0) return [];
  const lex = compileLexicon(config.locale.claims);
  const text = ctx.text;
  const kinds = new EntityKinds(index);
  // The index usually lists mentions in text order already: copy and sort only when it does not.
  const mentions = toSortedIfNeeded(index.mentions, bySpan);
  const dateSpans: Span[] = [];
  for (const d of dates) if (d.span) dateSpans.push({ start: d.span.start, end: d.span.end });
  sortIfNeeded(dateSpans, bySpan);
  const claims: Claim[] = [];
  const cursors: Cursors = { mention: 0, date: 0 };
  for (const piece of pieces(ctx, seg, statements, lex)) {
    const span = { start: piece.start, end: piece.end };
    const claimText = piece.text;
    const a = piece.analysis;
    const claim: Claim = {
      id: `${ctx.articleId}:cl${claims.length}`,
      statementId: piece.statement.id,
      speakerIds: piece.statement.speakerIds.slice(),
      text: claimText,
      span,
      kind: a.kind,
      checkworthiness: a.checkworthiness,
      negated: a.negated,
      entities: entitiesOf(text, span, a.spans, mentions, kinds, dateSpans, cursors),
      via: a.via, // (the piece's rules first: analyze starts its list with them)
    };
    if (ctx.explain) claim.features = a.features;
    claims.push(claim);
  }
  return claims;
}

