import type { DateRef } from '../../model/dateRef.js';
import type { Event } from '../../model/event.js';
import type { Span } from '../../model/span.js';
import type { Statement } from '../../model/statement.js';
import { lowerAscii } from '../../internal/chars.js';
import { firstStartingAtOrAfter } from '../../internal/search.js';
import { sortIfNeeded } from '../../internal/sort.js';
import type { Configuration, EntityIndex, EventsResult, Segmentation, SentenceSpan, StageContext } from '../types.js';
import { type Candidate, type Hit, buildCandidate } from './events/candidates.js';
import { type CompiledEvents, type CompiledTrigger, compileEvents, pairIndex } from './events/compile.js';
import { Participants } from './events/participants.js';
import { type Group, buildEvent, mergeCandidates } from './events/coref.js';
import { datedCandidates } from './events/dates.js';
import { type EventMention, contextualizeStatements } from './events/statements.js';
import { doubleMarks, fallbackSentences, lastDateAtOrBefore, mergeSortedSpans, quoteRegions } from './events/text.js';

/** Whether a code unit is a double quotation mark: straight, curly (“ ” „) or angle (« »). */
const isDoubleMark = (c: number): boolean =>
  c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;

/**
 * The code units above 127 that are not word units, as [first, last] ranges: the no-break space, the soft hyphen,
 * General Punctuation through Miscellaneous Symbols and Arrows, CJK punctuation, the CJK compatibility forms,
 * fullwidth ASCII punctuation. Every other unit above 127 is a word unit; in ASCII, letters and digits are.
 */
const NOT_WORD_RANGES: readonly (readonly [number, number])[] = [
  [0xa0, 0xa0],
  [0xad, 0xad],
  [0x2000, 0x2bff],
  [0x3000, 0x303f],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff0f],
];

/**
 * Word units and double quotation marks ({@link isDoubleMark}) for every code unit, as a table: odd for a word unit
 * (1 ASCII, 3 an angle mark « », 5 any other), even for the rest (2 a double quotation mark, 0 any other). Filled
 * range by range: a call per unit over 65536 units took about 10 ms at import, the fills about 0.1 ms.
 */
export const WORD_UNITS: Uint8Array = wordUnitTable();

function wordUnitTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  t.fill(1, 48, 58);
  t.fill(1, 65, 91);
  t.fill(1, 97, 123);
  t.fill(5, 128);
  for (const [first, last] of NOT_WORD_RANGES) t.fill(0, first, last + 1);
  // the units isDoubleMark accepts: 2 when not a word unit (" “ ” „), 3 when one (« »)
  for (const c of [0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]) t[c] = t[c] === 0 ? 2 : 3;
  return t;
}

/** The triggers whose first word is the ASCII word text[i, i + len), lower-cased (`len <= 40`), by first pair and length. */
function triggersAt(text: string, i: number, len: number, pair: number, c: CompiledEvents): CompiledTrigger[] | undefined {
  const bucket = c.byPairLength[pair]![len];
  if (bucket === undefined) return undefined;
  for (const { word, list } of bucket) {
    let same = true;
    for (let p = 2; p < len; p++) {
      if (lowerAscii(text.charCodeAt(i + p)) !== word.charCodeAt(p)) {
        same = false;
        break;
      }
    }
    if (same) return list;
  }
  return undefined;
}

/**
 * Trigger hits in text order. One pass over the text, word by word (a word: a run of {@link WORD_UNITS}): a word
 * can start a trigger when it is a number, or when its first two letters and its length are those of some
 * trigger's first word; only then is it compared (unit by unit, without a copy for an ASCII word) and the triggers
 * that can start with it are tried in locale order (sticky regexes, so each try looks only at this place).
 * Overlapping hits are skipped. The same pass collects, in `marks`, the offsets of the double quotation marks, at
 * most `maxMarks` of them (so a text of quotation marks costs little when no one asks for them): fewer than
 * `maxMarks` at the end means all of them.
 */
function findHits(text: string, c: CompiledEvents, marks: number[], maxMarks: number): Hit[] {
  const hits: Hit[] = [];
  const n = text.length;
  const units = WORD_UNITS;
  const pairs = c.pairs;
  const pairLengths = c.pairLengths;
  const digitList = c.byFirstWord.get('#');
  let i = 0;
  let prev = 32; // the unit before i (a space at the start)
  while (i < n) {
    const ch = text.charCodeAt(i);
    const kind = units[ch] as number;
    if ((kind & 1) === 0) {
      if (kind === 2 && marks.length < maxMarks) marks.push(i);
      prev = ch;
      i++;
      continue;
    }
    // the word text[i, j); `second` its second unit (0 for a one-unit word); `all` false once a unit is not ASCII;
    // the angle marks in it go to `marks` (taken back if a hit starts here: the hit's own are added then)
    const marksBefore = marks.length;
    if (kind === 3 && marks.length < maxMarks) marks.push(i);
    let all = kind === 1;
    let j = i + 1;
    let second = 0;
    // the unit after the word (-1 at the end of the text) and its kind, read already
    let after = -1;
    let afterKind = 0;
    if (j < n) {
      const u = text.charCodeAt(j);
      const k = units[u] as number;
      if ((k & 1) === 1) {
        second = u;
        if (k !== 1) {
          all = false;
          if (k === 3 && marks.length < maxMarks) marks.push(j);
        }
        for (j++; j < n; j++) {
          const v = text.charCodeAt(j);
          const kv = units[v] as number;
          if (kv !== 1) {
            if ((kv & 1) === 0) {
              after = v;
              afterKind = kv;
              break;
            }
            all = false;
            if (kv === 3 && marks.length < maxMarks) marks.push(j);
          }
        }
      } else {
        after = u;
        afterKind = k;
      }
    }
    let list: CompiledTrigger[] | undefined;
    if (prev !== 45 /* - */) {
      if (ch >= 48 && ch <= 57) list = digitList;
      else {
        const cut = i + 40;
        const end = j < cut ? j : cut;
        let ascii = all;
        if (!ascii) {
          // only the first 40 units count
          ascii = true;
          for (let p = i; p < end; p++) {
            if (text.charCodeAt(p) >= 128) {
              ascii = false;
              break;
            }
          }
        }
        const a = lowerAscii(ch);
        const b = lowerAscii(second);
        if (ascii) {
          // the first two letters and the length of some trigger's first word
          const len = end - i;
          const pair = pairIndex(a, b);
          if (((pairLengths[pair * 2 + (len >>> 5)]! >>> (len & 31)) & 1) === 1) list = triggersAt(text, i, len, pair, c);
        } else if (a < 128 && b < 128 ? pairs[pairIndex(a, b)] === 1 : c.otherStarts) {
          list = c.byFirstWord.get(text.slice(i, end).toLowerCase());
        }
      }
    }
    if (list) {
      let matched = false;
      for (const t of list) {
        t.re.lastIndex = i;
        const m = t.re.exec(text);
        if (m) {
          const e = i + m[0].length;
          hits.push({ start: i, end: e, t });
          marks.length = marksBefore;
          for (let p = i; p < e; p++) if (isDoubleMark(text.charCodeAt(p)) && marks.length < maxMarks) marks.push(p);
          i = e;
          prev = text.charCodeAt(i - 1);
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if (after < 0) i = j;
    else {
      // the unit after the word is no word unit: taken here as the top of the loop would take it
      if (afterKind === 2 && marks.length < maxMarks) marks.push(j);
      prev = after;
      i = j + 1;
    }
  }
  return hits;
}

/** Any character that `String.prototype.trim` would keep. */
const NOT_SPACE = /\S/u;

/** A real sentence never names this many events; past it the text is not prose (a list, a table, noise). */
const MAX_TRIGGERS_PER_SENTENCE = 48;

const byDateStart = (a: { span: Span }, b: { span: Span }): number => a.span.start - b.span.start;

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
  if (!NOT_SPACE.test(text)) return { events: [], newEntities: [], statements };
  const c = compileEvents(config.locale.events);
  const marks: number[] = [];
  const maxMarks = (text.length >> 5) + 256;
  const hits = findHits(text, c, marks, maxMarks);
  if (hits.length === 0 && statements.length === 0) return { events: [], newEntities: [], statements };
  const sentences: SentenceSpan[] = seg.sentences.length > 0 ? seg.sentences : fallbackSentences(text);
  // the quotation regions, found only when something asks for them (an article without triggers rarely does)
  let quoteMemo: Span[] | null = null;
  const quotesOf = (): Span[] => {
    if (quoteMemo) return quoteMemo;
    const spoken: Span[] = [];
    for (const s of statements) if (s.kind === 'direct') for (const sp of s.spans) spoken.push(sp);
    const allMarks = marks.length < maxMarks ? marks : doubleMarks(text);
    quoteMemo = mergeSortedSpans(quoteRegions(text, sentences, allMarks), spoken);
    return quoteMemo;
  };
  // the dates with a span, by start (stage 5 gives them in that order; sorted only when not)
  const sortedDates: (DateRef & { span: Span })[] = [];
  for (const d of dates) if (d.span !== undefined) sortedDates.push(d as DateRef & { span: Span });
  sortIfNeeded(sortedDates, byDateStart);
  const people = new Participants(text, ctx.articleId, index, c, config.locale.events, quotesOf, sentences);

  // candidates, sentence by sentence
  const candidates: Candidate[] = [];
  let recentIds: string[] = [];
  let hi = 0;
  for (let si = 0; si < sentences.length && hi < hits.length; si++) {
    const sent = sentences[si] as SentenceSpan;
    while (hi < hits.length && (hits[hi] as Hit).start < sent.start) hi++;
    const h0 = hi;
    while (hi < hits.length && (hits[hi] as Hit).end <= sent.end) hi++;
    if (hi === h0) continue;
    const inSentence = hits.slice(h0, hi);
    if (inSentence.length > MAX_TRIGGERS_PER_SENTENCE) {
      ctx.issues.push({
        code: 'events-sentence-too-long',
        message: `A sentence holds ${inSentence.length} event words; only the first ${MAX_TRIGGERS_PER_SENTENCE} were read`,
        span: { start: sent.start, end: sent.end },
      });
      inSentence.length = MAX_TRIGGERS_PER_SENTENCE;
    }
    const here: Candidate[] = [];
    let sentenceIds: string[] | null = null;
    const collective = (): string[] => sentenceIds ?? recentIds;
    const env = { text, c, people, quotes: quotesOf(), sentences, collective };
    for (let k = 0; k < inSentence.length; k++) {
      const hit = inSentence[k] as Hit;
      const next = inSentence[k + 1];
      const limit = Math.min(sent.end, next ? next.start : sent.end, hit.end + 300);
      const cand = buildCandidate(env, hit, si, limit);
      if (!cand) continue;
      here.push(cand);
      const ids: string[] = [];
      for (const p of cand.parts) for (const id of p.ids) if (!ids.includes(id)) ids.push(id);
      if (ids.length >= 2) {
        recentIds = ids;
        sentenceIds = ids;
      }
    }
    if (here.length === 0) continue;
    findPlaces(text, c, people, sortedDates, config, sent, here, inSentence);
    candidates.push(...here);
  }

  const withDates =
    candidates.length > 0 ? datedCandidates(ctx, text, sentences, quotesOf(), sortedDates, candidates, hits) : [];
  const groups = mergeCandidates(withDates);
  const events: Event[] = [];
  const mentions: EventMention[] = [];
  for (const g of groups) {
    const id = `${ctx.articleId}:ev:${events.length}`;
    for (const it of g.items) mentions.push({ start: it.cand.start, end: it.cand.end, event: events.length });
    events.push(buildEvent(ctx, g, id));
  }
  mentions.sort((a, b) => a.start - b.start);
  linkDates(groups, events);
  const outStatements = contextualizeStatements(
    text,
    c,
    people,
    sentences,
    quotesOf,
    sortedDates,
    statements,
    events,
    mentions,
    monthWords(config),
  );
  // entities made for candidates that were then dropped are not returned
  const used = new Set<string>();
  for (const e of events) for (const p of e.participants) used.add(p.speakerId);
  return { events, newEntities: people.created.filter((sp) => used.has(sp.id)), statements: outStatements };
}

/**
 * An event with no date of its own takes the date of another event named in the same sentence ("Concluding the
 * conversation, the presidents agreed to continue contacts": the agreement takes the call's date).
 */
function linkDates(groups: readonly Group[], events: Event[]): void {
  const bySentence = new Map<number, number[]>();
  groups.forEach((g, gi) => {
    for (const it of g.items) {
      const list = bySentence.get(it.cand.sentence) ?? [];
      if (!list.includes(gi)) list.push(gi);
      bySentence.set(it.cand.sentence, list);
    }
  });
  groups.forEach((g, gi) => {
    const ev = events[gi] as Event;
    if (ev.date || !g.items.some((it) => it.cand.hit.t.rule.dated)) return;
    for (const it of g.items) {
      for (const other of bySentence.get(it.cand.sentence) ?? []) {
        const od = other === gi ? undefined : events[other]?.date;
        if (od && groups[other]?.items.some((x) => x.cand.hit.t.rule.dated)) {
          ev.date = { ...od, via: [...(od.via ?? []), 'events/date-linked-event'] };
          ev.via.push('events/date-linked-event');
          return;
        }
      }
    }
  });
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
    const k = lastDateAtOrBefore(dates, p);
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
    const nextHit = hits[firstStartingAtOrAfter(hits, cand.objEnd)];
    const limit = Math.min(sent.end, nextHit ? nextHit.start : sent.end, cand.objEnd + 150);
    const win = text.slice(cand.objEnd, limit);
    c.placeLead.lastIndex = 0;
    for (let m = c.placeLead.exec(win); m; m = c.placeLead.exec(win)) {
      const only = c.placeTypes.get((m[1] ?? '').toLowerCase());
      if (only && !only.includes(cand.type)) continue;
      const place = placeAt(cand.objEnd + m.index + m[0].length, limit);
      if (place) {
        cand.place = place;
        cand.via.push('events/place-preposition');
        break;
      }
    }
  }
  // "In Baku, ..." at the head of the sentence
  {
    c.placeLead.lastIndex = 0;
    const m = c.placeLead.exec(text.slice(sent.start, Math.min(sent.end, sent.start + 12)));
    if (m && m.index === 0) {
      const p = sent.start + m[0].length;
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
