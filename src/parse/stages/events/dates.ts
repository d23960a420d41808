/**
 * Dates for event mentions: each date expression in a sentence goes to the nearest event trigger there (in the
 * same quotation or outside all of them); a mention without one takes its paragraph's lead-sentence date, or,
 * in the article's lead paragraph and for present-perfect news, the article's date.
 */
import type { DateRef, PartOfDay } from '../../../model/dateRef.js';
import type { Span } from '../../../model/span.js';
import type { SentenceSpan, StageContext } from '../../types.js';
import type { Candidate, Hit } from './candidates.js';
import { firstStartingAtOrAfter, regionContaining } from '../../../internal/search.js';
import { firstDateAtOrAfter } from './text.js';

export interface DatedCandidate {
  cand: Candidate;
  /** The mention's date, if any. */
  date: DateRef | undefined;
  /** 3 = in the same sentence, 2 = the paragraph's lead sentence, 1 = the article's date, 0 = part of day only. */
  support: number;
  /** The value stated in the mention's own sentence (blocks merging with a different stated value). */
  stated: string | undefined;
  /** The participants' ids (filled in when first needed by the grouping). */
  ids: Set<string> | null;
}

type Dated = DateRef & { span: Span };

const TERMINAL = /[.!?…]["'”’)\]]*\s*$/u;

const sameQuote = (a: Span | null, b: Span | null): boolean =>
  a === null ? b === null : b !== null && a.start === b.start;

function withPartOfDay(d: DateRef, pod: PartOfDay | undefined, via: string): DateRef {
  if (!pod || d.partOfDay) return d;
  return { ...d, partOfDay: pod, via: [...(d.via ?? []), via] };
}

/** Attaches dates to candidates; drops quoted candidates that needed a date and have none. */
export function datedCandidates(
  ctx: StageContext,
  text: string,
  sentences: readonly SentenceSpan[],
  quotes: readonly Span[],
  dates: readonly Dated[],
  candidates: readonly Candidate[],
  hits: readonly Hit[],
): DatedCandidate[] {
  void hits;
  // the first sentence of each paragraph, and the article's lead paragraph (the first with a full sentence)
  const paragraphLead = new Map<number, number>();
  let leadParagraph = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as SentenceSpan;
    if (!paragraphLead.has(s.paragraph)) paragraphLead.set(s.paragraph, i);
    if (leadParagraph < 0 && TERMINAL.test(text.slice(Math.max(s.start, s.end - 8), s.end))) leadParagraph = s.paragraph;
  }
  const assigned = new Map<Candidate, Dated[]>();
  let i = 0;
  while (i < candidates.length) {
    const si = (candidates[i] as Candidate).sentence;
    let j = i;
    while (j < candidates.length && (candidates[j] as Candidate).sentence === si) j++;
    const group = candidates.slice(i, j);
    i = j;
    const sent = sentences[si] as SentenceSpan;
    for (let k = firstDateAtOrAfter(dates, sent.start); k < dates.length; k++) {
      const d = dates[k] as Dated;
      if (d.span.start >= sent.end) break;
      // a date that contains a trigger is measured from that event ("six months after the war"), not its date
      const k0 = firstStartingAtOrAfter(group, d.span.start);
      const left = group[k0 - 1];
      const right = group[k0];
      if ((left && left.end > d.span.start) || (right && right.start < d.span.end)) continue;
      const dq = regionContaining(quotes, d.span.start, d.span.end);
      let best: Candidate | null = null;
      let bestDist = Infinity;
      const consider = (c: Candidate): void => {
        if (!c.hit.t.rule.dated || !sameQuote(c.quote, dq)) return;
        const dd = dist(d, c);
        // ties go to the trigger after the date ("On 10 November, a document was signed")
        if (dd < bestDist || (dd === bestDist && c.start >= d.span.end)) {
          best = c;
          bestDist = dd;
        }
      };
      for (let k = k0 - 1; k >= 0 && k >= k0 - 8; k--) consider(group[k] as Candidate);
      for (let k = k0; k < group.length && k < k0 + 8; k++) consider(group[k] as Candidate);
      if (best) {
        const list = assigned.get(best) ?? [];
        list.push(d);
        assigned.set(best, list);
      }
    }
  }
  const out: DatedCandidate[] = [];
  for (const cand of candidates) {
    const own = assigned.get(cand) ?? [];
    if (cand.quoteNeedsDate && own.length === 0) continue;
    if (!cand.hit.t.rule.dated) {
      out.push({ cand, date: undefined, support: 0, stated: undefined, ids: null });
      continue;
    }
    const pod = own.find((d) => d.partOfDay !== undefined)?.partOfDay;
    // the nearest date that is more than a bare part of the day
    const explicit = own
      .filter((d) => d.value !== undefined || d.partOfDay === undefined)
      .sort((a, b) => dist(a, cand) - dist(b, cand))[0];
    if (explicit) {
      cand.via.push('events/date-sentence');
      out.push({
        cand,
        date: withPartOfDay(explicit, pod, 'events/date-part-of-day'),
        support: 3,
        stated: explicit.value,
        ids: null,
      });
      continue;
    }
    const podRef = own.find((d) => d.partOfDay !== undefined);
    let context: { date: DateRef; support: number; via: string } | null = null;
    const leadIdx = paragraphLead.get(cand.paragraph);
    if (leadIdx !== undefined && leadIdx !== cand.sentence) {
      const lead = sentences[leadIdx] as SentenceSpan;
      for (let k = firstDateAtOrAfter(dates, lead.start); k < dates.length; k++) {
        const d = dates[k] as Dated;
        if (d.span.start >= lead.end) break;
        if (d.value === undefined || regionContaining(quotes, d.span.start, d.span.end)) continue;
        context = { date: d, support: 2, via: 'events/date-paragraph-lead' };
        break;
      }
    }
    if (!context && ctx.publishedAt && (cand.paragraph === leadParagraph || cand.perfect) && !cand.quote) {
      context = {
        date: {
          value: ctx.publishedAt,
          precision: 'day',
          text: '',
          certainty: 'resolved',
          via: [cand.perfect ? 'events/date-article-perfect' : 'events/date-article-lead'],
        },
        support: 1,
        via: cand.perfect ? 'events/date-article-perfect' : 'events/date-article-lead',
      };
    }
    if (context) {
      cand.via.push(context.via);
      let date = context.date;
      if (podRef && podRef.partOfDay) {
        // the part of day's own words, with the context's value
        date = {
          ...podRef,
          ...(context.date.value !== undefined ? { value: context.date.value } : {}),
          precision: context.date.precision,
          certainty: context.date.certainty === 'stated' ? 'resolved' : context.date.certainty,
          via: [...(podRef.via ?? []), context.via],
        };
      }
      out.push({ cand, date, support: context.support, stated: undefined, ids: null });
      continue;
    }
    out.push({ cand, date: podRef, support: 0, stated: undefined, ids: null });
  }
  return out;
}

function dist(d: Dated, c: Candidate): number {
  return d.span.end <= c.start ? c.start - d.span.end : Math.max(0, d.span.start - c.end);
}

/** Two ISO values agree when one is a prefix of the other ("2021-05" and "2021-05-09"); a missing one agrees. */
export function compatible(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return a.startsWith(b) || b.startsWith(a);
}
