import type { DateRef } from '../../model/dateRef.js';
import type { Event } from '../../model/event.js';
import type { Span } from '../../model/span.js';
import type { Statement } from '../../model/statement.js';
import type { Configuration, EntityIndex, EventsResult, Segmentation, SentenceSpan, StageContext } from '../types.js';
import { type Candidate, type Hit, buildCandidate, wordsBefore } from './events/candidates.js';
import { type CompiledEvents, type CompiledTrigger, compileEvents } from './events/compile.js';
import { Participants } from './events/participants.js';
import { buildEvent, mergeCandidates } from './events/coref.js';
import { datedCandidates } from './events/dates.js';
import { type EventMention, contextualizeStatements } from './events/statements.js';
import { fallbackSentences, lastStartingAtOrBefore, mergeSpans, quoteRegions } from './events/text.js';

function scan(text: string, re: RegExp | null, triggers: CompiledTrigger[], out: Hit[]): void {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        out.push({ start: m.index, end: m.index + m[0].length, t: triggers[g - 1] as CompiledTrigger });
        break;
      }
    }
  }
}

/** Trigger hits in text order; where two overlap, the case-sensitive (named) one, then the longer one, wins. */
function findHits(text: string, c: CompiledEvents): Hit[] {
  const hits: Hit[] = [];
  scan(text, c.cs, c.csTriggers, hits);
  const cs = hits.length;
  scan(text, c.ci, c.ciTriggers, hits);
  const rank = (h: Hit, i: number): number => (i < cs ? 0 : 1);
  const indexed = hits.map((h, i) => ({ h, r: rank(h, i) }));
  indexed.sort((a, b) => a.h.start - b.h.start || a.r - b.r || b.h.end - a.h.end);
  const out: Hit[] = [];
  for (const { h } of indexed) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** Stage 7: events with participants, place and date; statements get date and place from context. */
export function extractEvents(
  ctx: StageContext,
  seg: Segmentation,
  statements: Statement[],
  index: EntityIndex,
  dates: DateRef[],
  config: Configuration,
): EventsResult {
  const text = ctx.text;
  if (text.trim().length === 0) return { events: [], newEntities: [], statements };
  const c = compileEvents(config.locale.events);
  const sentences: SentenceSpan[] = seg.sentences.length > 0 ? seg.sentences : fallbackSentences(text);
  const quotes = mergeSpans([
    ...quoteRegions(text, sentences),
    ...statements.filter((s) => s.kind === 'direct').flatMap((s) => s.spans),
  ]);
  const sortedDates = dates
    .filter((d): d is DateRef & { span: Span } => d.span !== undefined)
    .sort((a, b) => a.span.start - b.span.start);
  const people = new Participants(text, ctx.articleId, index, c, quotes, sentences);
  const hits = findHits(text, c);

  // candidates, sentence by sentence
  const candidates: Candidate[] = [];
  let recentIds: string[] = [];
  let hi = 0;
  for (let si = 0; si < sentences.length && hi < hits.length; si++) {
    const sent = sentences[si] as SentenceSpan;
    while (hi < hits.length && (hits[hi] as Hit).start < sent.start) hi++;
    const inSentence: Hit[] = [];
    while (hi < hits.length && (hits[hi] as Hit).end <= sent.end) inSentence.push(hits[hi++] as Hit);
    if (inSentence.length === 0) continue;
    const here: Candidate[] = [];
    const collective = (): string[] => {
      for (let k = here.length - 1; k >= 0; k--) {
        const ids = [...new Set((here[k] as Candidate).parts.flatMap((p) => p.ids))];
        if (ids.length >= 2) return ids;
      }
      return recentIds;
    };
    const env = { text, c, people, quotes, sentences, collective };
    for (let k = 0; k < inSentence.length; k++) {
      const hit = inSentence[k] as Hit;
      const next = inSentence[k + 1];
      const limit = Math.min(sent.end, next ? next.start : sent.end, hit.end + 300);
      const cand = buildCandidate(env, hit, si, limit);
      if (!cand) continue;
      here.push(cand);
      const ids = [...new Set(cand.parts.flatMap((p) => p.ids))];
      if (ids.length >= 2) recentIds = ids;
    }
    if (here.length === 0) continue;
    findPlaces(text, c, people, sortedDates, config, sent, here, inSentence);
    candidates.push(...here);
  }

  const withDates = datedCandidates(ctx, text, sentences, quotes, sortedDates, candidates, hits);
  const groups = mergeCandidates(withDates);
  const events: Event[] = [];
  const mentions: EventMention[] = [];
  for (const g of groups) {
    const id = `${ctx.articleId}:ev:${events.length}`;
    for (const it of g.items) mentions.push({ start: it.cand.start, end: it.cand.end, event: events.length });
    events.push(buildEvent(ctx, g, id));
  }
  mentions.sort((a, b) => a.start - b.start);
  const outStatements = contextualizeStatements(
    text,
    c,
    people,
    sentences,
    quotes,
    sortedDates,
    statements,
    events,
    mentions,
    monthWords(config),
  );
  return { events, newEntities: people.created, statements: outStatements };
}

/** Places: "in X" / "at X" / "to X" after the trigger (up to the next trigger), or a sentence-initial "In X,". */
function findPlaces(
  text: string,
  c: CompiledEvents,
  people: Participants,
  dates: readonly (DateRef & { span: Span })[],
  config: Configuration,
  sent: SentenceSpan,
  here: Candidate[],
  hits: Hit[],
): void {
  const months = monthWords(config);
  const placeAt = (p: number, limit: number): string | null => {
    const first = text[p] ?? '';
    if (first.toUpperCase() === first.toLowerCase() || first !== first.toUpperCase()) return null;
    const k = lastStartingAtOrBefore(dates, p);
    const d = k >= 0 ? dates[k] : undefined;
    if (d && d.span.end > p) return null;
    const info = people.analyzePlace(p, limit);
    if (!info) return null;
    if (months.has(info.toLowerCase().split(/\s+/u)[0] ?? '')) return null;
    if (people.isKnownPerson(info)) return null;
    return info;
  };
  for (const cand of here) {
    if (cand.place !== undefined || !cand.hit.t.rule.dated) continue;
    const nextHit = hits.find((h) => h.start >= cand.objEnd);
    const limit = Math.min(sent.end, nextHit ? nextHit.start : sent.end, cand.objEnd + 150);
    c.placeLead.lastIndex = cand.objEnd;
    for (let m = c.placeLead.exec(text); m && m.index < limit; m = c.placeLead.exec(text)) {
      const place = placeAt(m.index + m[0].length, limit);
      if (place) {
        cand.place = place;
        cand.via.push('events/place-preposition');
        break;
      }
    }
  }
  // "In Baku, ..." at the head of the sentence
  const w = wordsBefore(text, sent.start + 3, sent.start, 1)[0];
  if (w && c.placeLead) {
    c.placeLead.lastIndex = sent.start;
    const m = c.placeLead.exec(text);
    if (m && m.index === sent.start) {
      const p = m.index + m[0].length;
      const place = placeAt(p, Math.min(sent.end, p + 80));
      if (place && /^\s*,/u.test(text.slice(p + place.length, p + place.length + 3))) {
        for (const cand of here) {
          if (cand.place === undefined && cand.hit.t.rule.dated) {
            cand.place = place;
            cand.via.push('events/place-sentence-head');
          }
        }
      }
    }
  }
}

const monthCache = new WeakMap<object, Set<string>>();
function monthWords(config: Configuration): Set<string> {
  const dl = config.locale.dates as Partial<{
    months: readonly { names: readonly string[]; abbreviations: readonly string[] }[];
    weekdays: readonly { names: readonly string[] }[];
  }>;
  const hit = monthCache.get(config.locale.dates);
  if (hit) return hit;
  const set = new Set<string>();
  for (const m of dl.months ?? []) for (const n of [...m.names, ...m.abbreviations]) set.add(n.toLowerCase());
  for (const w of dl.weekdays ?? []) for (const n of w.names) set.add(n.toLowerCase());
  monthCache.set(config.locale.dates, set);
  return set;
}
