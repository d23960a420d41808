/**
 * Statements take their date and place from the words around the reporting verb: "said in Nakhchivan" (place),
 * "said during his meeting with Lavrov" (the meeting's date and place), "said on Monday" (date). Returns new
 * statement objects; the inputs are not changed.
 */
import type { DateRef } from '../../../model/dateRef.js';
import type { Event } from '../../../model/event.js';
import type { Span } from '../../../model/span.js';
import type { Statement } from '../../../model/statement.js';
import type { SentenceSpan } from '../../types.js';
import type { CompiledEvents } from './compile.js';
import type { Participants } from './participants.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore, regionContaining } from '../../../internal/search.js';
import { firstDateAtOrAfter, lastDateAtOrBefore, leadMayMatch } from './text.js';

export interface EventMention extends Span {
  event: number;
}

type Dated = DateRef & { span: Span };

function inside(spans: readonly Span[], a: number, b: number): boolean {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as Span;
    if (s.start <= a && b <= s.end) return true;
  }
  return false;
}

/** Whether [a, b) is outside the statement's own spans and outside every quotation. */
function outside(st: Statement, quotesOf: () => readonly Span[], a: number, b: number): boolean {
  return !inside(st.spans, a, b) && regionContaining(quotesOf(), a, b) === null;
}

/** The keys of a statement as stage 4 makes them, in order (see {@link withContext}). */
const STATEMENT_KEYS = ['id', 'articleId', 'kind', 'text', 'spans', 'speakerIds', 'source', 'cue', 'via'] as const;

/**
 * A copy of `st` with `via` replaced and `date` / `place` added (each when given), its keys in the order
 * `{ ...st, via }` then `date`, then `place` would give them. For the usual keys it is written out (V8 adds a key to
 * a spread copy slowly); other statements are copied key by key.
 */
function withContext(st: Statement, via: string[], date: DateRef | undefined, place: string | undefined): Statement {
  const keys = Object.keys(st);
  let usual = keys.length === STATEMENT_KEYS.length;
  for (let k = 0; usual && k < keys.length; k++) if (keys[k] !== STATEMENT_KEYS[k]) usual = false;
  if (usual) {
    const { id, articleId, kind, text, spans, speakerIds, source, cue } = st;
    if (date && place !== undefined) return { id, articleId, kind, text, spans, speakerIds, source, cue, via, date, place };
    if (date) return { id, articleId, kind, text, spans, speakerIds, source, cue, via, date };
    if (place !== undefined) return { id, articleId, kind, text, spans, speakerIds, source, cue, via, place };
    return { id, articleId, kind, text, spans, speakerIds, source, cue, via };
  }
  const out = {} as Record<string, unknown>;
  for (const k of keys) out[k] = st[k as keyof Statement];
  out.via = via;
  if (date) out.date = date;
  if (place !== undefined) out.place = place;
  return out as Statement;
}

/** Statements with `date` / `place` filled in from context where the text gives them. */
export function contextualizeStatements(
  text: string,
  c: CompiledEvents,
  people: Participants,
  sentences: readonly SentenceSpan[],
  quotesOf: () => readonly Span[],
  dates: readonly Dated[],
  statements: readonly Statement[],
  events: readonly Event[],
  mentions: readonly EventMention[],
  months: ReadonlySet<string>,
): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < statements.length; i++) out.push(contextualize(statements[i] as Statement));
  return out;

  function contextualize(st: Statement): Statement {
    const cue = st.cue;
    if (!cue || (st.date !== undefined && st.place !== undefined)) return st;
    const si = lastStartingAtOrBefore(sentences, cue.start);
    const sent = sentences[si];
    if (!sent || cue.end > sent.end) return st;
    const via: string[] = [];
    let place: string | undefined;
    let date: DateRef | undefined;
    let pos = cue.end;
    // "said in Nakhchivan"
    if (c.statementPlaceLead && leadMayMatch(text, pos, c.statementPlaceFirsts)) {
      c.statementPlaceLead.lastIndex = pos;
      const m = c.statementPlaceLead.exec(text);
      if (m) {
        const p = pos + m[0].length;
        const ch = text[p] ?? '';
        const k = lastDateAtOrBefore(dates, p);
        const isDate = k >= 0 && (dates[k] as Dated).span.end > p;
        if (ch !== ch.toLowerCase() && !isDate) {
          const name = people.analyzePlace(p, sent.end);
          if (name && !months.has(name.toLowerCase().split(' ')[0] ?? '') && !people.isKnownPerson(name)) {
            place = name;
            via.push('events/statement-place');
            pos = p + name.length;
          }
        }
      }
    }
    // "said during his meeting with Lavrov", else an event named in the attribution outside the content
    let ev: Event | undefined;
    if (c.statementEventLead && leadMayMatch(text, pos, c.statementEventFirsts)) {
      c.statementEventLead.lastIndex = pos;
      const m = c.statementEventLead.exec(text);
      if (m) {
        const p = pos + m[0].length;
        const k = firstStartingAtOrAfter(mentions, p);
        const em = mentions[k];
        if (em && em.start <= p + 25 && em.start < sent.end) ev = events[em.event];
      }
    }
    if (!ev) {
      let bestD = Infinity;
      const from = Math.max(sent.start, cue.start - 300);
      const to = Math.min(sent.end, cue.end + 120);
      for (let k = firstStartingAtOrAfter(mentions, from); k < mentions.length; k++) {
        const em = mentions[k] as EventMention;
        if (em.start >= to) break;
        if (!outside(st, quotesOf, em.start, em.end)) continue;
        const d = em.end <= cue.start ? cue.start - em.end : em.start - cue.end;
        if (d >= 0 && d < bestD && d <= 120) {
          bestD = d;
          ev = events[em.event];
        }
      }
    }
    if (ev) {
      via.push('events/statement-event');
      if (ev.date) date = ev.date;
      if (place === undefined && ev.place !== undefined) place = ev.place;
    }
    // "said on Monday"
    if (!date) {
      let bestD = Infinity;
      const from = Math.max(sent.start, cue.start - 200);
      const to = Math.min(sent.end, cue.end + 80);
      for (let k = firstDateAtOrAfter(dates, from); k < dates.length; k++) {
        const d = dates[k] as Dated;
        if (d.span.start >= to) break;
        if (!outside(st, quotesOf, d.span.start, d.span.end)) continue;
        const gap = d.span.end <= cue.start ? cue.start - d.span.end : d.span.start - cue.end;
        if (gap >= 0 && gap < bestD && gap <= 80) {
          bestD = gap;
          date = d;
        }
      }
      if (date) via.push('events/statement-date');
    }
    if (!date && place === undefined) return st;
    return withContext(
      st,
      [...st.via, ...via],
      st.date === undefined ? date : undefined,
      st.place === undefined ? place : undefined,
    );
  }
}
