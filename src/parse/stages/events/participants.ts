/**
 * Noun phrases that name event participants, resolved to speaker ids: first through stage 4's entity index
 * (names, aliases, pronouns, descriptors), else through a small fallback that reads capitalised names (titles
 * stripped) and creates the entity with the same id scheme stage 4 uses.
 */
import type { Mention, Span } from '../../../model/span.js';
import type { Speaker, SpeakerKind } from '../../../model/speaker.js';
import { slug } from '../../../internal/ids.js';
import { toSortedIfNeeded } from '../../../internal/sort.js';
import type { EntityIndex, EntityMention, SentenceSpan } from '../../types.js';
import type { EventsLocale } from '../../../locales/types/events.js';
import type { CompiledEvents } from './compile.js';
import { isSpaceUnit, lowerAscii } from '../../../internal/chars.js';
import { firstStartingAtOrAfter, regionContaining } from '../../../internal/search.js';

const byStartLongestFirst = (a: EntityMention, b: EntityMention): number => a.start - b.start || b.end - a.end;

/** A participant phrase. */
export interface NP extends Span {
  ids: string[];
  /** Named in full or by name (not a pronoun, descriptor or collective). */
  named: boolean;
  /** Refers to a person (not a place or country). */
  person: boolean;
  kind: 'name' | 'pronoun' | 'descriptor' | 'collective';
  /** For a capitalised name that is not a known person: the name, in case it is a place. */
  placeName?: string;
}

const TOKEN = /[^\s]+/gu;
const WORD_AT = /[\p{L}\p{N}'’-]{1,40}/uy;
const TRAILING_PUNCT = /[.'’-]+$/u;

interface RunInfo {
  /** The name without titles, as a string. */
  name: string;
  nameSpan: Span;
  title: string | null;
  tokens: number;
  placeLike: boolean;
  sentenceInitial: boolean;
}

/** `key.split(/\s+/u).at(-1)`: the text after the last white space (the whole key when it has none). */
function lastWord(key: string): string {
  let i = key.length;
  while (i > 0) {
    const u = key.charCodeAt(i - 1);
    if (isSpaceUnit(u)) break;
    i--;
  }
  return i === 0 ? key : key.slice(i);
}

/** How many lookups read the names one by one before the name maps are built. */
const MAX_SCANNED_LOOKUPS = 16;

/** One name into the maps: full name (first id wins) and surname (one id, or null once two ids share it). */
function addName(maps: { byName: Map<string, string>; bySurname: Map<string, string | null> }, id: string, form: string): void {
  const key = form.toLowerCase();
  if (!maps.byName.has(key)) maps.byName.set(key, id);
  const last = lastWord(key);
  if (last && last.length > 1) {
    const prev = maps.bySurname.get(last);
    if (prev === undefined) maps.bySurname.set(last, id);
    else if (prev !== id) maps.bySurname.set(last, null);
  }
}

const NONE = 0;
const FULL = 1;
const SURNAME = 2;

/**
 * How a name form matches a lower-cased lookup key: FULL when `form.toLowerCase() === key`, else SURNAME when
 * `lastWord(form.toLowerCase()) === last` (`last` given), else NONE; ASCII is compared unit by unit, without a copy.
 * Lower-casing keeps the length of a string except for İ (U+0130, which becomes two units) and never turns white
 * space into something else or back (a test checks both over every code point): so a form longer than the key is
 * never equal to it, and the form's last word lower-cased is the lower-cased form's last word.
 */
function matchName(form: string, key: string, last: string | null): number {
  const n = form.length;
  if (n === 0) return key.length === 0 ? FULL : NONE;
  // an ASCII first unit lower-cases to itself folded: when that is not the key's, the form is not the key
  const first = form.charCodeAt(0);
  if (first < 128 && lowerAscii(first) !== key.charCodeAt(0)) {
    // nor equal to it: go on to the surname
  } else if (n === key.length) {
    let p = 0;
    for (; p < n; p++) {
      const u = form.charCodeAt(p);
      if (u >= 128) break;
      if (lowerAscii(u) !== key.charCodeAt(p)) break;
    }
    if (p === n || (form.charCodeAt(p) >= 128 && form.toLowerCase() === key)) return FULL;
  } else if (n < key.length && form.indexOf('\u0130') >= 0 && form.toLowerCase() === key) return FULL;
  if (last === null) return NONE;
  // likewise at the end: an ASCII last unit must be the surname's last unit folded
  const end = form.charCodeAt(n - 1);
  if (end < 128 && lowerAscii(end) !== last.charCodeAt(last.length - 1)) return NONE;
  // the form's last word: after its last white space
  let s = n;
  let ascii = true;
  while (s > 0) {
    const u = form.charCodeAt(s - 1);
    if (isSpaceUnit(u)) break;
    if (u >= 128) ascii = false;
    s--;
  }
  if (!ascii) return form.slice(s).toLowerCase() === last ? SURNAME : NONE;
  if (n - s !== last.length) return NONE;
  for (let p = s; p < n; p++) if (lowerAscii(form.charCodeAt(p)) !== last.charCodeAt(p - s)) return NONE;
  return SURNAME;
}

interface PhraseRegexes {
  locale: EventsLocale;
  /** Global: where a pronoun or a collective subject ("the leaders", "they", "both sides") can start. */
  phraseStartRe: RegExp | null;
  /** Sticky: a pronoun at the position. */
  pronounRe: RegExp | null;
}

const phraseCache = new WeakMap<CompiledEvents, PhraseRegexes>();

/** The regexes every {@link Participants} uses, built once per compiled locale (callers set `lastIndex`). */
function phraseRegexes(c: CompiledEvents, locale: EventsLocale): PhraseRegexes {
  const hit = phraseCache.get(c);
  if (hit && hit.locale === locale) return hit;
  const pronouns = [...c.pronouns];
  const firsts = new Set<string>(pronouns);
  for (const w of locale.collectiveSubjects) firsts.add((w.split(/\s+/u)[0] ?? '').toLowerCase());
  firsts.delete('');
  const out: PhraseRegexes = {
    locale,
    phraseStartRe:
      firsts.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...firsts].join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null,
    pronounRe: pronouns.length > 0 ? new RegExp(`(?:${pronouns.join('|')})(?![\\p{L}\\p{N}])`, 'iuy') : null,
  };
  phraseCache.set(c, out);
  return out;
}

export class Participants {
  readonly created: Speaker[] = [];
  private readonly createdById = new Map<string, Speaker>();
  private readonly mentionStarts = new Map<string, Set<number>>();
  private readonly suffix = new Map<string, number>();
  private readonly runCache = new Map<number, NP | null>();
  private readonly pronounRe: RegExp | null;
  private readonly phraseStartRe: RegExp | null;
  private readonly sentenceSubject = new Map<number, NP | null>();
  /** The most recent person resolved as a subject (fallback antecedent for pronouns). */
  lastSubject: NP | null = null;
  // Built on first use (many articles never need them).
  private kindsMemo: Map<string, SpeakerKind> | null = null;
  private usedIdsMemo: Set<string> | null = null;
  private mentionsMemo: readonly EntityMention[] | null = null;
  private readonly trimmedMentions = new Map<EntityMention, EntityMention>();
  private quotesMemo: readonly Span[] | null = null;
  /** Names remembered after the index's entities (made or renamed here), in order. */
  private readonly laterNames: { id: string; form: string }[] = [];
  /** The name maps, built only once lookups are many (before that, a lookup reads the names one by one). */
  private nameMaps: { byName: Map<string, string>; bySurname: Map<string, string | null> } | null = null;
  private lookups = 0;

  constructor(
    private readonly text: string,
    private readonly articleId: string,
    private readonly index: EntityIndex,
    private readonly c: CompiledEvents,
    locale: EventsLocale,
    /** The quotation regions (sorted, disjoint), computed when first asked for. */
    private readonly quotesOf: () => readonly Span[],
    private readonly sentences: readonly SentenceSpan[],
  ) {
    const res = phraseRegexes(c, locale);
    this.phraseStartRe = res.phraseStartRe;
    this.pronounRe = res.pronounRe;
  }

  private get quotes(): readonly Span[] {
    return (this.quotesMemo ??= this.quotesOf());
  }

  /** The kind of every entity by id: the index's, then those made here. */
  private get kinds(): Map<string, SpeakerKind> {
    if (this.kindsMemo) return this.kindsMemo;
    const kinds = new Map<string, SpeakerKind>();
    for (const e of this.index.entities) kinds.set(e.id, e.kind);
    this.kindsMemo = kinds;
    return kinds;
  }

  /** The ids in use: the index's, then those made here. */
  private get usedIds(): Set<string> {
    if (this.usedIdsMemo) return this.usedIdsMemo;
    const used = new Set<string>();
    for (const e of this.index.entities) used.add(e.id);
    this.usedIdsMemo = used;
    return used;
  }

  /**
   * The index's mentions in text order (the index's own array when it is in order already). Empty ones are skipped
   * and ids of entities the index does not hold are dropped as they are read ({@link readMention}).
   */
  private get mentions(): readonly EntityMention[] {
    if (this.mentionsMemo) return this.mentionsMemo;
    // a stable sort: the same order for the mentions kept as sorting only those
    this.mentionsMemo = toSortedIfNeeded(this.index.mentions, byStartLongestFirst);
    return this.mentionsMemo;
  }

  /**
   * A mention as read: null when empty; without the ids of entities the index does not hold (an id without an
   * entity would break the output's integrity), the same copy each time.
   */
  private readMention(m: EntityMention): EntityMention | null {
    if (m.end <= m.start) return null;
    const ids = m.speakerIds;
    let all = true;
    for (let k = 0; k < ids.length; k++) if (!this.isIndexId(ids[k] as string)) all = false;
    if (all) return m;
    let copy = this.trimmedMentions.get(m);
    if (!copy) {
      copy = { ...m, speakerIds: ids.filter((id) => this.isIndexId(id)) };
      this.trimmedMentions.set(m, copy);
    }
    return copy;
  }

  /** Whether the index holds an entity with this id (the kinds hold the index's ids and those made here). */
  private isIndexId(id: string): boolean {
    return this.kinds.has(id) && !this.createdById.has(id);
  }

  /** Adds names for `id` (the index's entities are read in place; this is for names made or changed here). */
  private remember(id: string, name: string): void {
    this.laterNames.push({ id, form: name });
    if (this.nameMaps) addName(this.nameMaps, id, name);
  }

  /** The name maps over every name in order (the index's entities, then {@link laterNames}). */
  private buildNameMaps(): NonNullable<Participants['nameMaps']> {
    const maps = { byName: new Map<string, string>(), bySurname: new Map<string, string | null>() };
    for (const e of this.index.entities) {
      addName(maps, e.id, e.name);
      for (const a of e.aliases) addName(maps, e.id, a);
    }
    for (const { id, form } of this.laterNames) addName(maps, id, form);
    this.nameMaps = maps;
    return maps;
  }

  kindOf(id: string): SpeakerKind | undefined {
    return this.kinds.get(id);
  }

  /** Index mentions overlapping [start, end). */
  indexMentionsIn(start: number, end: number, withSpeakers = false): EntityMention[] {
    const out: EntityMention[] = [];
    // mentions are short: look back a little for ones that start before `start` and reach into the range
    const mentions = this.mentions;
    let k = firstStartingAtOrAfter(mentions, Math.max(0, start - 200));
    for (; k < mentions.length; k++) {
      const raw = mentions[k] as EntityMention;
      if (raw.start >= end) break;
      if (raw.end <= start) continue;
      const m = this.readMention(raw);
      if (m && (!withSpeakers || m.speakerIds.length > 0)) out.push(m);
    }
    return out;
  }

  private inQuote(pos: number): Span | null {
    return regionContaining(this.quotes, pos, pos);
  }

  /** Splits a name run into title and name; null when nothing name-like is left. */
  analyzeRun(start: number, end: number, sentenceStart: number): RunInfo | null {
    const raw = this.text.slice(start, end);
    const toks: { s: number; e: number; w: string }[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(raw); m; m = TOKEN.exec(raw)) {
      let w = m[0];
      let e = m.index + w.length;
      const trimmed = w.replace(this.c.possessiveEnd, '').replace(TRAILING_PUNCT, '');
      e -= w.length - trimmed.length;
      w = trimmed;
      if (w.length > 0) toks.push({ s: start + m.index, e: start + e, w });
    }
    if (toks.length === 0) return null;
    let lastTitle = -1;
    for (let i = 0; i < toks.length; i++) if (this.c.titles.has((toks[i] as { w: string }).w)) lastTitle = i;
    let first = 0;
    let title: string | null = null;
    if (lastTitle >= 0) {
      first = lastTitle + 1;
      if (toks[first]?.w === this.c.linkWord) {
        first++;
        if (toks[first]?.w === this.c.articleWord) first++;
        first++; // the country or body after "of"
      }
      title = this.text.slice((toks[0] as { s: number }).s, (toks[lastTitle] as { e: number }).e);
    } else {
      while (first < toks.length && this.c.nonName.has((toks[first] as { w: string }).w)) first++;
    }
    // a name never contains "of" or a non-name word
    let last = toks.length - 1;
    for (let i = first; i <= last; i++) {
      const w = (toks[i] as { w: string }).w;
      if (w === this.c.linkWord || w === this.c.articleWord || this.c.nonName.has(w)) {
        last = i - 1;
        break;
      }
    }
    if (first > last) return null;
    const a = toks[first] as { s: number };
    const b = toks[last] as { e: number };
    let placeLike = false;
    for (let i = first; i <= last; i++) if (this.c.placeHeads.has((toks[i] as { w: string }).w)) placeLike = true;
    return {
      name: this.text.slice(a.s, b.e).replace(/\s+/gu, ' '),
      nameSpan: { start: a.s, end: b.e },
      title,
      tokens: last - first + 1,
      placeLike,
      sentenceInitial: a.s === sentenceStart,
    };
  }

  /** Looks a name up among known entities: full name or alias, then surname. */
  lookup(name: string): string | undefined {
    const key = name.toLowerCase();
    const last = lastWord(key);
    // the first few lookups read the names one by one; past them, the maps (so many lookups stay linear). Both
    // paths stay: the maps alone made the events stage about 7% slower on short articles (84 dev texts, three A/B runs
    // of 300 rounds: building them lower-cases every name and alias); the scan alone costs lookups x names
    const maps = this.nameMaps ?? (++this.lookups > MAX_SCANNED_LOOKUPS ? this.buildNameMaps() : null);
    if (maps) {
      const hit = maps.byName.get(key);
      if (hit) return hit;
      return maps.bySurname.get(last) ?? undefined;
    }
    // the same answer as the maps: the first name equal to `key`, else the one id whose names end in `last`
    const sur = last.length > 1 ? last : null;
    let surId: string | undefined;
    let ambiguous = false;
    const entities = this.index.entities;
    const later = this.laterNames;
    for (let k = 0, n = entities.length + later.length; k < n; k++) {
      let id: string;
      let m: number;
      if (k < entities.length) {
        const e = entities[k] as Speaker;
        id = e.id;
        m = matchName(e.name, key, sur);
        for (let a = 0; m !== FULL && a < e.aliases.length; a++) {
          const ma = matchName(e.aliases[a] as string, key, sur);
          if (ma !== NONE) m = ma;
        }
      } else {
        const ln = later[k - entities.length] as { id: string; form: string };
        id = ln.id;
        m = matchName(ln.form, key, sur);
      }
      if (m === FULL) return id;
      if (m === SURNAME && !ambiguous) {
        if (surId === undefined) surId = id;
        else if (surId !== id) ambiguous = true;
      }
    }
    return ambiguous ? undefined : surId;
  }

  /** Resolves a name run to an entity (creating it when `create`); null for places and non-names. */
  resolveRun(info: RunInfo, create: boolean): NP | null {
    const found = this.lookup(info.name);
    const mention: Mention = {
      start: info.nameSpan.start,
      end: info.nameSpan.end,
      text: this.text.slice(info.nameSpan.start, info.nameSpan.end),
    };
    if (found) {
      const kind = this.kinds.get(found);
      const sp = this.createdById.get(found);
      if (sp) {
        if (info.name !== sp.name && !sp.aliases.includes(info.name)) {
          if (info.tokens > sp.name.split(' ').length) {
            sp.aliases.push(sp.name);
            sp.name = info.name;
          } else sp.aliases.push(info.name);
          this.remember(found, info.name);
        }
        if (info.title && !sp.titles.includes(info.title)) sp.titles.push(info.title);
        const seen = this.mentionStarts.get(found) ?? new Set<number>();
        this.mentionStarts.set(found, seen);
        if (!seen.has(mention.start)) {
          seen.add(mention.start);
          sp.mentions.push(mention);
        }
        if (info.title && kind !== 'person') {
          sp.kind = 'person';
          this.kinds.set(found, 'person');
        }
      }
      return {
        start: info.nameSpan.start,
        end: info.nameSpan.end,
        ids: [found],
        named: true,
        person: (this.kinds.get(found) ?? kind) === 'person',
        kind: 'name',
      };
    }
    const person = info.title !== null || (info.tokens >= 2 && !info.placeLike);
    if (!create || info.placeLike || (!person && (info.sentenceInitial || info.tokens === 1))) {
      return null;
    }
    let id = `${this.articleId}:sp:${slug(info.name)}`;
    if (this.usedIds.has(id)) {
      let n = this.suffix.get(id) ?? 2;
      while (this.usedIds.has(`${id}-${n}`)) n++;
      this.suffix.set(id, n + 1);
      id = `${id}-${n}`;
    }
    this.usedIds.add(id);
    const kind: SpeakerKind = person ? 'person' : 'unknown';
    const sp: Speaker = { id, name: info.name, kind, aliases: [], titles: info.title ? [info.title] : [], mentions: [mention] };
    this.created.push(sp);
    this.mentionStarts.set(id, new Set([mention.start]));
    this.createdById.set(id, sp);
    this.kinds.set(id, kind);
    this.remember(id, info.name);
    return { start: info.nameSpan.start, end: info.nameSpan.end, ids: [id], named: true, person, kind: 'name' };
  }

  /** A capitalised name at `pos` (up to `limit`), as a place name, or null. */
  analyzePlace(pos: number, limit: number): string | null {
    this.c.nameRun.lastIndex = pos;
    const run = this.c.nameRun.exec(this.text);
    if (!run) return null;
    const raw = this.text.slice(pos, Math.min(limit, pos + run[0].length));
    const words = raw.split(/\s+/u);
    while (words.length > 0 && this.c.nonName.has(words[0] as string)) words.shift();
    const name = words.join(' ').replace(this.c.possessiveEnd, '').replace(TRAILING_PUNCT, '');
    return name.length > 0 && words.length > 0 && raw.startsWith(words[0] as string) ? name : null;
  }

  /** Whether a name belongs to a known person. */
  isKnownPerson(name: string): boolean {
    const id = this.lookup(name);
    return id !== undefined && this.kinds.get(id) === 'person';
  }

  /**
   * A capitalised run resolved (cached per span): an entity NP, a place-name NP with no ids, or null.
   * `create` is widened to true when the run carries a title.
   */
  private runNP(start: number, end: number, sentenceStart: number, create: boolean): NP | null {
    const key = (start * 1024 + Math.min(1023, end - start)) * 2 + (create ? 1 : 0);
    const hit = this.runCache.get(key);
    if (hit !== undefined) return hit;
    const info = this.analyzeRun(start, end, sentenceStart);
    let np: NP | null = null;
    if (info) {
      np = this.resolveRun(info, create || info.title !== null) ?? {
        start,
        end,
        ids: [],
        named: false,
        person: false,
        kind: 'name',
        placeName: info.name,
      };
    }
    this.runCache.set(key, np);
    return np;
  }

  /** The sentence's subject: its first person named outside quotation marks (bounded scan). */
  private subjectOf(sentenceIdx: number, before: number): NP | null {
    if (this.sentenceSubject.has(sentenceIdx)) {
      const s = this.sentenceSubject.get(sentenceIdx) ?? null;
      return s && s.start < before ? s : null;
    }
    const sent = this.sentences[sentenceIdx] as SentenceSpan;
    const limit = Math.min(sent.end, sent.start + 400);
    let found: NP | null = null;
    for (const m of this.indexMentionsIn(sent.start, limit)) {
      if (m.form === 'name' && !this.inQuote(m.start) && m.speakerIds.some((id) => this.kinds.get(id) === 'person')) {
        found = { start: m.start, end: m.end, ids: [...m.speakerIds], named: true, person: true, kind: 'name' };
        break;
      }
    }
    if (!found) {
      const win = this.text.slice(sent.start, limit);
      this.c.nameRunG.lastIndex = 0;
      for (let m = this.c.nameRunG.exec(win); m; m = this.c.nameRunG.exec(win)) {
        const at = sent.start + m.index;
        if (this.inQuote(at)) continue;
        const np = this.runNP(at, at + m[0].length, sent.start, false);
        if (np?.person) {
          found = np;
          break;
        }
      }
    }
    this.sentenceSubject.set(sentenceIdx, found);
    return found && found.start < before ? found : null;
  }

  /** A personal or possessive pronoun at `pos` (already matched), resolved. */
  private pronounAt(start: number, end: number, sentenceIdx: number): NP | null {
    const ims = this.indexMentionsIn(start, end);
    const im = ims[0];
    if (im && im.speakerIds.length > 0) {
      return { start, end, ids: [...im.speakerIds], named: false, person: true, kind: 'pronoun' };
    }
    const subj = this.subjectOf(sentenceIdx, start) ?? this.lastSubject;
    if (!subj) return null;
    return { start, end, ids: [...subj.ids], named: false, person: true, kind: 'pronoun' };
  }

  /**
   * The participant phrase starting at `pos` (after a lead such as "with" or a verb), or null.
   * `collective` resolves "the leaders" / "they".
   */
  npAt(pos: number, limit: number, sentenceIdx: number, collective: () => string[], create = true): NP | null {
    const sent = this.sentences[sentenceIdx] as SentenceSpan;
    if (pos >= limit) return null;
    this.c.nameRun.lastIndex = pos;
    const run = this.c.nameRun.exec(this.text);
    let guessEnd: number;
    if (run) guessEnd = Math.min(limit, pos + run[0].length);
    else {
      WORD_AT.lastIndex = pos;
      const word = WORD_AT.exec(this.text);
      guessEnd = word ? pos + word[0].length : pos + 1;
    }
    const ims = this.indexMentionsIn(pos, guessEnd, true);
    if (ims.length > 0) {
      const ids: string[] = [];
      let end = guessEnd;
      let named = false;
      for (const m of ims) {
        for (const id of m.speakerIds) if (!ids.includes(id)) ids.push(id);
        if (m.end > end) end = m.end;
        if (m.form === 'name') named = true;
      }
      const person = ids.some((id) => this.kinds.get(id) === 'person');
      const kind = (ims[ims.length - 1] as EntityMention).form;
      return { start: pos, end, ids, named, person, kind };
    }
    if (this.c.collective) {
      this.c.collective.lastIndex = pos;
      const cm = this.c.collective.exec(this.text);
      if (cm) {
        const ids = collective();
        return ids.length > 0
          ? { start: pos, end: pos + cm[0].length, ids, named: false, person: true, kind: 'collective' }
          : null;
      }
    }
    if (this.pronounRe) {
      this.pronounRe.lastIndex = pos;
      const pm = this.pronounRe.exec(this.text);
      if (pm) return this.pronounAt(pos, pos + pm[0].length, sentenceIdx);
    }
    if (run) {
      const end = Math.min(limit, pos + run[0].length);
      const np = this.runNP(pos, end, sent.start, create);
      if (np && np.ids.length > 0 && np.start !== pos) {
        return { start: pos, end: np.end, ids: np.ids, named: np.named, person: np.person, kind: np.kind };
      }
      if (np) return np;
    }
    return null;
  }

  /** "X", "X and Y", "X, Y and Z" starting at `pos`. */
  npGroupAt(pos: number, limit: number, sentenceIdx: number, collective: () => string[]): NP[] {
    const out: NP[] = [];
    let p = pos;
    for (let k = 0; k < 4; k++) {
      const np = this.npAt(p, limit, sentenceIdx, collective);
      if (!np) break;
      out.push(np);
      this.c.andJoin.lastIndex = np.end;
      const j = this.c.andJoin.exec(this.text);
      if (!j || j.index + j[0].length >= limit) break;
      p = j.index + j[0].length;
    }
    return out;
  }

  /**
   * The subject of a verb: the last participant phrase in [start, end) (with any "X and" before it), skipping
   * quotations unless the verb is inside the same one.
   */
  subjectIn(start0: number, end: number, sentenceIdx: number, collective: () => string[]): NP[] {
    const start = Math.max(start0, end - 150);
    if (end <= start) return [];
    const q = this.inQuote(end);
    // candidate starts: index mentions, capitalised runs, pronouns and collectives
    const starts = new Set<number>();
    for (const m of this.indexMentionsIn(start, end)) if (m.start >= start) starts.add(m.start);
    const win = this.text.slice(start, end);
    this.c.nameRunG.lastIndex = 0;
    for (let m = this.c.nameRunG.exec(win); m; m = this.c.nameRunG.exec(win)) starts.add(start + m.index);
    if (this.phraseStartRe) {
      this.phraseStartRe.lastIndex = 0;
      for (let m = this.phraseStartRe.exec(win); m; m = this.phraseStartRe.exec(win)) starts.add(start + m.index);
    }
    const sorted = [...starts].sort((x, y) => y - x);
    // from the verb backwards: the nearest phrase, then any joined to it by "and" or a comma
    const group: NP[] = [];
    let tries = 0;
    for (const s of sorted) {
      if (tries++ > 12) break;
      const head = group[0];
      if (head && s >= head.start) continue;
      const sq = this.inQuote(s);
      if (sq && !(q && sq.start === q.start)) continue;
      const np = this.npAt(s, head ? head.start : end, sentenceIdx, collective);
      if (!np || np.ids.length === 0) continue;
      if (!head) {
        // the phrase must sit close to the verb: nothing but a few lowercase words between
        const gap = this.text.slice(np.end, end);
        if (gap.length > 60 || /[.;:!?]/u.test(gap)) return [];
        group.push(np);
        continue;
      }
      if (np.end > head.start) continue;
      const between = this.text.slice(np.end, head.start);
      if (this.c.joinOnly.test(between)) group.unshift(np);
      else break;
    }
    return group;
  }

}


