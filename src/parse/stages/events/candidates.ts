/**
 * Event mentions ("candidates") from trigger hits, one sentence at a time: the trigger's grammar (verb, passive,
 * noun, named), its participants with roles, its place, and whether it stands in a quotation.
 */
import type { EventKind } from '../../../locales/types/events.js';
import type { Span } from '../../../model/span.js';
import type { SentenceSpan } from '../../types.js';
import type { CompiledEvents, CompiledTrigger } from './compile.js';
import type { NP, Participants } from './participants.js';
import { isSpaceUnit } from '../../../internal/chars.js';
import { regionContaining } from '../../../internal/search.js';

export interface Hit extends Span {
  t: CompiledTrigger;
}

export interface Candidate extends Span {
  hit: Hit;
  type: EventKind;
  cameo: string | undefined;
  sentence: number;
  paragraph: number;
  quote: Span | null;
  parts: { ids: string[]; role: string | undefined; named: boolean; start: number }[];
  place: string | undefined;
  anaphor: boolean;
  /** For named events: the name that identifies them. */
  key: string | undefined;
  perfect: boolean;
  /** Inside a quotation with no named participant: counts only with a date in the same quotation. */
  quoteNeedsDate: boolean;
  /** The end of the trigger and its object: where the place search starts. */
  objEnd: number;
  via: string[];
}

export interface Word extends Span {
  w: string;
  lower: string;
}

const ROMAN_AFTER = /\s+(?:I{1,3}|IV|V|VI)(?![\p{L}\p{N}])/uy;
const NAME_TAIL = /\p{Lu}[\p{L}\p{M}\p{N}'’-]{0,40}(?:[ \t]+\p{Lu}[\p{L}\p{M}\p{N}'’-]{0,40}){0,5}/uy;
const CLAUSE_BREAK = /[,;:()\[\]"“”«»—–]/u;

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** Letters, digits, apostrophes and hyphens (ASCII by code, the rest by regex). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  return WORD_CHAR.test(text[i] as string);
}

/** Up to `n` words before `pos` (nearest first), not before `floor`; each word at most 40 code units. */
export function wordsBefore(text: string, pos: number, floor: number, n: number): Word[] {
  const out: Word[] = [];
  let p = pos;
  while (out.length < n && p > floor) {
    let e = p;
    while (e > floor && e > p - 200 && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e <= floor) break;
    let s = e;
    while (s > floor && s > e - 40 && isWordChar(text, s - 1)) s--;
    if (s === e) break;
    const w = text.slice(s, e);
    out.push({ start: s, end: e, w, lower: w.toLowerCase() });
    p = s;
  }
  return out;
}

/** Start of the clause that holds `pos`: after the last comma, semicolon, bracket or quotation mark. */
export function clauseStart(text: string, pos: number, sentenceStart: number): number {
  const floor = Math.max(sentenceStart, pos - 300);
  for (let i = pos - 1; i >= floor; i--) if (isClauseBreak(text.charCodeAt(i))) return i + 1;
  return floor;
}

/** Whether the code unit is one of {@link CLAUSE_BREAK} (each of them is one UTF-16 unit). */
function isClauseBreak(c: number): boolean {
  if (c < 128) return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34;
  return c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x2014 || c === 0x2013;
}

export interface BuildEnv {
  text: string;
  c: CompiledEvents;
  people: Participants;
  quotes: readonly Span[];
  sentences: readonly SentenceSpan[];
  /** Ids for "the leaders" / "they": the participants of the current or latest event. */
  collective: () => string[];
}

function addParts(cand: Candidate, nps: NP[], role: string | undefined): void {
  for (const np of nps) {
    if (np.ids.length === 0) continue;
    cand.parts.push({ ids: np.ids, role: np.kind === 'collective' ? undefined : role, named: np.named, start: np.start });
  }
}

/** The participants after a lead ("with X and Y", "led by X") starting within a few words of `from`. */
function leadParticipants(env: BuildEnv, t: CompiledTrigger, from: number, limit: number, si: number): NP[] {
  const re = t.participantLead;
  if (!re) return [];
  const win = env.text.slice(from, Math.min(limit, from + 60));
  re.lastIndex = 0;
  const m = re.exec(win);
  if (!m || m.index > 40) return [];
  if (CLAUSE_BREAK.test(win.slice(0, m.index))) return [];
  return env.people.npGroupAt(from + m.index + m[0].length, limit, si, env.collective);
}

/** Builds the candidate for one trigger hit, or null when the words around it say it is not an event. */
export function buildCandidate(env: BuildEnv, hit: Hit, si: number, limit: number): Candidate | null {
  const { text, c, people } = env;
  const t = hit.t;
  const rule = t.rule;
  const sent = env.sentences[si] as SentenceSpan;
  if (t.notFollowedBy) {
    t.notFollowedBy.lastIndex = hit.end;
    if (t.notFollowedBy.test(text)) return null;
  }
  if (t.mustBeFollowedBy) {
    t.mustBeFollowedBy.lastIndex = hit.end;
    if (!t.mustBeFollowedBy.test(text)) return null;
  }
  const cand: Candidate = {
    start: hit.start,
    end: hit.end,
    hit,
    type: rule.type,
    cameo: rule.cameo,
    sentence: si,
    paragraph: sent.paragraph,
    quote: regionContaining(env.quotes, hit.start, hit.end),
    parts: [],
    place: undefined,
    anaphor: false,
    key: undefined,
    perfect: false,
    quoteNeedsDate: false,
    objEnd: hit.end,
    via: [rule.id],
  };
  const before = wordsBefore(text, hit.start, sent.start, 3);
  const w1 = before[0];
  const w2 = before[1];
  let pastish = false;

  if (rule.form === 'named') {
    if (rule.nameBefore) {
      let s = hit.start;
      for (const w of wordsBefore(text, hit.start, sent.start, 5)) {
        const first = w.w[0] ?? '';
        if (first.toUpperCase() !== first || first.toLowerCase() === first || c.nonName.has(w.w)) break;
        s = w.start;
      }
      if (s === hit.start) return null;
      cand.start = s;
      ROMAN_AFTER.lastIndex = hit.end;
      const r = ROMAN_AFTER.exec(text);
      if (r) cand.end = hit.end + r[0].length;
    } else {
      c.ofName.lastIndex = hit.end;
      const of = c.ofName.exec(text);
      if (of) {
        NAME_TAIL.lastIndex = hit.end + of[0].length;
        const n = NAME_TAIL.exec(text);
        if (n && !c.nonName.has(n[0].split(/\s+/u)[0] ?? '')) cand.end = hit.end + of[0].length + n[0].length;
      }
    }
    cand.key = text.slice(cand.start, cand.end).toLowerCase().replace(/\s+/gu, ' ');
    return cand;
  }

  if (rule.form === 'verb' || rule.form === 'passive') {
    if (w1 && c.articles.has(w1.lower)) return null; // "the signed copy"
    pastish = true;
    if (w1 && c.perfect.has(w1.lower)) cand.perfect = true;
    if (rule.form === 'verb') {
      const subj = people.subjectIn(clauseStart(text, hit.start, sent.start), hit.start, si, env.collective);
      addParts(cand, subj, rule.subjectRole);
      const s0 = subj[0];
      if (s0?.person && s0.kind !== 'collective') people.lastSubject = s0;
      for (const lead of t.objectLeads) {
        lead.lastIndex = hit.end;
        const m = lead.exec(text);
        if (!m) continue;
        const p = hit.end + m[0].length;
        if (rule.objectIsPlace) {
          const np = people.npAt(p, limit, si, env.collective, false);
          if (!np) continue;
          if (np.person) addParts(cand, [np], rule.objectRole);
          else {
            const name = np.placeName ?? text.slice(np.start, np.end);
            cand.place = name;
            cand.via.push('events/place-object');
          }
          cand.objEnd = np.end;
          break;
        }
        const group = people.npGroupAt(p, limit, si, env.collective).filter((np) => np.ids.length > 0);
        if (group.length === 0) continue;
        addParts(cand, group, rule.objectRole);
        cand.objEnd = (group[group.length - 1] as NP).end;
        break;
      }
      if (rule.objectRequired && cand.objEnd === hit.end) return null;
    }
    addParts(cand, leadParticipants(env, t, cand.objEnd, limit, si), rule.form === 'passive' ? rule.objectRole : undefined);
  } else {
    // noun
    let ok = !rule.needsDeterminer;
    let definite = false;
    let mentionStart = hit.start;
    let lightAt = -1;
    const tail = text.slice(Math.max(sent.start, hit.start - 4), hit.start);
    if (c.possessiveBefore.test(tail)) {
      const apo = hit.start - (tail.length - tail.search(c.possessiveBefore));
      const subj = people.subjectIn(clauseStart(text, apo, sent.start), apo + 2, si, env.collective);
      const last = subj[subj.length - 1];
      if (last && last.end >= apo - 1) {
        addParts(cand, subj, rule.subjectRole);
        mentionStart = (subj[0] as NP).start;
        ok = true;
      }
    } else {
      let det: Word | undefined;
      if (w1 && c.determiners.has(w1.lower)) det = w1;
      if (det && w2 && c.determiners.has(w2.lower)) det = w2;
      else if (!det && w1 && w2 && c.determiners.has(w2.lower) && !c.lightVerbs.has(w1.lower)) det = w2;
      if (det) {
        ok = true;
        mentionStart = det.start;
        definite = c.definite.has(det.lower);
        if (c.pronouns.has(det.lower)) {
          const np = people.npAt(det.start, det.end, si, env.collective);
          if (np) addParts(cand, [np], rule.subjectRole);
        }
      }
      const lw = det ? wordsBefore(text, det.start, sent.start, 1)[0] : w1;
      if (lw && c.lightVerbs.has(lw.lower) && !rule.noLightVerb) {
        // "to hold talks", "will hold a meeting": intended, not (yet) an event
        const iw = wordsBefore(text, lw.start, sent.start, 1)[0];
        if (iw && c.intent.has(iw.lower)) return null;
        ok = true;
        lightAt = lw.start;
        pastish = true;
        const subj = people.subjectIn(clauseStart(text, lw.start, sent.start), lw.start, si, env.collective);
        addParts(cand, subj, rule.subjectRole);
        const s0 = subj[0];
        if (s0?.person && s0.kind !== 'collective') people.lastSubject = s0;
      }
    }
    const lead = leadParticipants(env, t, hit.end, limit, si);
    if (lead.length > 0) {
      ok = true;
      addParts(cand, lead, rule.objectRole);
      cand.objEnd = (lead[lead.length - 1] as NP).end;
    }
    if (!ok) return null;
    cand.start = mentionStart;
    cand.anaphor = cand.parts.length === 0 && definite && (rule.anaphorTypes?.length ?? 0) > 0;
    if (lightAt >= 0) cand.via.push('events/light-verb');
    if (cand.anaphor) pastish = false;
  }

  // a trigger inside a quotation counts only when it reports a past event with a named participant or a date
  if (cand.quote) {
    if (!pastish) return null;
    if (!cand.parts.some((p) => p.named)) cand.quoteNeedsDate = true;
  }
  const ids = new Set<string>();
  for (const p of cand.parts) for (const id of p.ids) ids.add(id);
  if (rule.minParticipants !== undefined && ids.size < rule.minParticipants) return null;
  // CAMEO refinement from the words after the trigger
  if (t.refinements.length > 0) {
    const after = text.slice(hit.end, Math.min(sent.end, hit.end + 80));
    for (const r of t.refinements) {
      if (r.re.test(after)) {
        cand.cameo = r.cameo;
        break;
      }
    }
  }
  return cand;
}
