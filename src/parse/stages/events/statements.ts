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
import {
  firstDateAtOrAfter,
  firstStartingAtOrAfter,
  lastDateAtOrBefore,
  lastStartingAtOrBefore,
  leadMayMatch,
  regionContaining,
} from './text.js';

export interface EventMention extends Span {
  event: number;
}

type Dated = DateRef & { span: Span };

const inside = (spans: readonly Span[], a: number, b: number): boolean => spans.some((s) => s.start <= a && b <= s.end);

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
  return statements.map((st) => {
    const cue = st.cue;
    if (!cue || (st.date !== undefined && st.place !== undefined)) return st;
    const si = lastStartingAtOrBefore(sentences, cue.start);
    const sent = sentences[si];
    if (!sent || cue.end > sent.end) return st;
    const outside = (a: number, b: number): boolean =>
      !inside(st.spans, a, b) && regionContaining(quotesOf(), a, b) === null;
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
        if (!outside(em.start, em.end)) continue;
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
        if (!outside(d.span.start, d.span.end)) continue;
        const gap = d.span.end <= cue.start ? cue.start - d.span.end : d.span.start - cue.end;
        if (gap >= 0 && gap < bestD && gap <= 80) {
          bestD = gap;
          date = d;
        }
      }
      if (date) via.push('events/statement-date');
    }
    if (!date && place === undefined) return st;
    // a copy key by key, in the same order as `{ ...st }` (V8 adds a key to a spread copy slowly)
    const out = {} as Record<string, unknown>;
    for (const k of Object.keys(st)) out[k] = st[k as keyof Statement];
    out.via = [...st.via, ...via];
    if (st.date === undefined && date) out.date = date;
    if (st.place === undefined && place !== undefined) out.place = place;
    return out as Statement;
  });
}
