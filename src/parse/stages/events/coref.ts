/**
 * One event, many mentions: a definite noun without participants ("the conversation") refers back to the latest
 * event of a type it can name; a mention with participants joins the latest event of its type with the same
 * participants (and no stated date or place that disagrees); named events ("the Second Karabakh War") join by
 * name. Then each event's date is the best-supported one, with disagreeing dates kept as alternatives.
 */
import type { EventKind } from '../../../locales/types/events.js';
import type { DateRef } from '../../../model/dateRef.js';
import type { Event, Participant } from '../../../model/event.js';
import type { Mention } from '../../../model/span.js';
import type { StageContext } from '../../types.js';
import { type DatedCandidate, compatible } from './dates.js';

export interface Group {
  type: EventKind;
  items: DatedCandidate[];
  ids: Set<string>;
  place: string | undefined;
  key: string | undefined;
  lastStart: number;
  lastParagraph: number;
  stated: Set<string>;
  via: string[];
}

/** How many paragraphs back an anaphoric mention may look for its event. */
const ANAPHOR_REACH = 5;
/** How many of the latest events a mention is compared with (keeps long inputs linear). */
const RECENT = 48;

const idsOf = (d: DatedCandidate): Set<string> => {
  let ids = d.ids;
  if (!ids) {
    ids = new Set();
    for (const p of d.cand.parts) for (const id of p.ids) ids.add(id);
    d.ids = ids;
  }
  return ids;
};

function add(g: Group, d: DatedCandidate, via: string | null): void {
  g.items.push(d);
  for (const id of idsOf(d)) g.ids.add(id);
  if (g.place === undefined && d.cand.place !== undefined) g.place = d.cand.place;
  g.lastStart = d.cand.start;
  g.lastParagraph = d.cand.paragraph;
  if (d.stated !== undefined) g.stated.add(d.stated);
  if (via && !g.via.includes(via)) g.via.push(via);
}

function open(groups: Group[], d: DatedCandidate): void {
  const g: Group = {
    type: d.cand.type,
    items: [],
    ids: new Set(),
    place: undefined,
    key: d.cand.key,
    lastStart: d.cand.start,
    lastParagraph: d.cand.paragraph,
    stated: new Set(),
    via: [],
  };
  add(g, d, null);
  groups.push(g);
}

/** Groups dated candidates (in text order) into events (in order of first mention). */
export function mergeCandidates(items: readonly DatedCandidate[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byType = new Map<EventKind, Group[]>();
  const openGroup = (d: DatedCandidate): Group => {
    open(groups, d);
    const g = groups[groups.length - 1] as Group;
    const list = byType.get(g.type) ?? [];
    list.push(g);
    byType.set(g.type, list);
    return g;
  };
  /**
   * The latest groups of the given types (at most RECENT of each; a type listed twice is read once), in that
   * order, into `out`.
   */
  const recent = (first: EventKind | null, types: readonly EventKind[], out: Group[]): Group[] => {
    out.length = 0;
    const n = types.length + (first === null ? 0 : 1);
    for (let i = 0; i < n; i++) {
      const t = first === null ? (types[i] as EventKind) : i === 0 ? first : (types[i - 1] as EventKind);
      let seen = false;
      for (let j = 0; j < i && !seen; j++) {
        const u = first === null ? types[j] : j === 0 ? first : types[j - 1];
        if (u === t) seen = true;
      }
      if (seen) continue;
      const list = byType.get(t);
      if (!list) continue;
      for (let k = list.length - 1; k >= Math.max(0, list.length - RECENT); k--) out.push(list[k] as Group);
    }
    return out;
  };
  const near: Group[] = [];
  for (const d of items) {
    const cand = d.cand;
    const rule = cand.hit.t.rule;
    if (cand.key !== undefined) {
      const g = byKey.get(cand.key);
      if (g) add(g, d, 'events/coref-name');
      else byKey.set(cand.key, openGroup(d));
      continue;
    }
    const types = rule.anaphorTypes ?? [];
    if (cand.anaphor) {
      let best: Group | null = null;
      for (const g of recent(null, types, near)) {
        if (g.lastStart >= cand.start) continue;
        if (cand.paragraph - g.lastParagraph > ANAPHOR_REACH) continue;
        if (!best || g.lastStart > best.lastStart) best = g;
      }
      if (best) add(best, d, 'events/coref-anaphor');
      else if (cand.place !== undefined || d.support === 3) openGroup(d);
      continue;
    }
    const ids = idsOf(d);
    if (ids.size === 0) {
      if (cand.place !== undefined || d.support === 3) openGroup(d);
      continue;
    }
    let best: Group | null = null;
    for (const g of recent(cand.type, types, near)) {
      if (g.key !== undefined) continue;
      let shared = 0;
      for (const id of ids) if (g.ids.has(id)) shared++;
      if (shared === 0) continue;
      if (shared < 2 && ids.size >= 2 && g.ids.size >= 2) continue;
      if (cand.place !== undefined && g.place !== undefined && cand.place !== g.place) continue;
      if (d.stated !== undefined && disagrees(g.stated, d.stated)) continue;
      if (!best || g.lastStart > best.lastStart) best = g;
    }
    if (best) add(best, d, 'events/coref-participants');
    else openGroup(d);
  }
  return groups;
}

function disagrees(values: ReadonlySet<string>, v: string): boolean {
  for (const x of values) if (!compatible(x, v)) return true;
  return false;
}

const PRECISION: Record<DateRef['precision'], number> = { day: 3, month: 2, year: 1, unknown: 0 };

/** The public event for a group; pushes `conflicting-dates` issues for dates that disagree. */
export function buildEvent(ctx: StageContext, g: Group, id: string): Event {
  const items = [...g.items].sort((a, b) => a.cand.start - b.cand.start);
  const text = ctx.text;
  const mentions: Mention[] = [];
  for (const it of items) {
    const last = mentions[mentions.length - 1];
    if (last && last.start === it.cand.start) continue;
    mentions.push({ start: it.cand.start, end: it.cand.end, text: text.slice(it.cand.start, it.cand.end) });
  }
  // CAMEO: a specific code (not a family root ending in 0) from a non-anaphoric mention wins
  const codes = items.filter((it) => !it.cand.anaphor && it.cand.cameo !== undefined).map((it) => it.cand.cameo as string);
  const cameo = codes.find((c) => !c.endsWith('0')) ?? codes[0] ?? items.find((it) => it.cand.cameo)?.cand.cameo;
  // participants in order of first appearance, with the first role the text gives
  const roles = new Map<string, { role: string | undefined; at: number }>();
  for (const it of items) {
    for (const p of it.cand.parts) {
      for (const pid of p.ids) {
        const cur = roles.get(pid);
        if (!cur) roles.set(pid, { role: p.role, at: p.start });
        else if (cur.role === undefined && p.role !== undefined) cur.role = p.role;
      }
    }
  }
  const participants: Participant[] = [...roles.entries()]
    .sort((a, b) => a[1].at - b[1].at)
    .map(([speakerId, { role }]) => (role !== undefined ? { speakerId, role } : { speakerId }));
  const place = items.find((it) => !it.cand.anaphor && it.cand.place !== undefined)?.cand.place ?? g.place;
  // the best-supported date: support, then precision, then text order
  const dated = items
    .filter((it) => it.date !== undefined)
    .sort(
      (a, b) =>
        b.support - a.support ||
        PRECISION[(b.date as DateRef).precision] - PRECISION[(a.date as DateRef).precision] ||
        a.cand.start - b.cand.start,
    );
  let date = dated[0]?.date;
  const alternativeDates: DateRef[] = [];
  if (date) {
    if (!date.partOfDay) {
      const pod = dated.find((it) => it.date?.partOfDay && compatible(it.date.value, date?.value))?.date?.partOfDay;
      if (pod) date = { ...date, partOfDay: pod, via: [...(date.via ?? []), 'events/date-part-of-day'] };
    }
    const best = date;
    for (const it of dated.slice(1)) {
      const alt = it.date as DateRef;
      if (compatible(alt.value, best.value)) continue;
      if (alternativeDates.some((a) => a.value === alt.value)) continue;
      alternativeDates.push(alt);
      const said = (d: DateRef): string => (d.text ? `"${d.text}"` : 'the article date');
      ctx.issues.push({
        code: 'conflicting-dates',
        message: `The ${g.type} "${text.slice(it.cand.start, it.cand.end)}" is dated ${alt.value} (${said(alt)}), but ${said(best)} gives ${best.value}`,
        span: { start: it.cand.start, end: it.cand.end },
      });
    }
  }
  const via: string[] = [];
  for (const it of items) for (const v of it.cand.via) if (!via.includes(v)) via.push(v);
  for (const v of g.via) if (!via.includes(v)) via.push(v);
  const ev: Event = { id, type: g.type, participants, mentions, via };
  if (cameo !== undefined) ev.cameo = cameo;
  if (place !== undefined) ev.place = place;
  if (date) ev.date = date;
  if (alternativeDates.length > 0) ev.alternativeDates = alternativeDates;
  return ev;
}
