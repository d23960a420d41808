import type { Mention } from '../../model/span.js';
import type { Speaker } from '../../model/speaker.js';
import type { Statement } from '../../model/statement.js';
import { slug } from '../../internal/ids.js';
import { countAtOrBelow, lastStartingAtOrBefore } from '../../internal/search.js';
import { sortIfNeeded } from '../../internal/sort.js';
import type { Configuration, EntityIndex, EntityMention, Segmentation, StageContext } from '../types.js';
import type { DraftStatement } from './3-attribution.js';
import { EntityTable, addForm, definiteLower, only, withUnique, type Ent } from './speakers/entities.js';
import { extractMentions, fold, type DescriptorMention, type NameMention, type PronounMention, type RawMention } from './speakers/extract.js';
import { lexiconFor as attributionLexicon } from './attribution/lexicon.js';
import { lexiconFor, W_DEMONYM, W_FUNCTION, W_HONORIFIC, W_INSTITUTION, W_ORG, W_ROLE, W_ROLEWORD, W_PARTY, W_PARTICLE, W_RELATIVE, type Lexicon } from './speakers/lexicon.js';
import { tokenize } from './speakers/tokens.js';

/** Rule ids added to `via`. */
export const SPEAKER_RULES = {
  name: 'speakers/name',
  joint: 'speakers/joint-names',
  pronoun: 'speakers/pronoun-salience',
  descriptor: 'speakers/descriptor-role',
  descriptorSalience: 'speakers/descriptor-salience',
  plural: 'speakers/joint-plural',
  body: 'speakers/organization-descriptor',
  generic: 'speakers/generic-source',
  fromSource: 'speakers/new-from-source',
  inherit: 'speakers/inherit',
  possessive: 'speakers/possessive-body',
  describedThrough: 'speakers/described-through-name',
  relative: 'speakers/relative-antecedent',
} as const;

interface Item {
  ents: Ent[];
  pos: number;
  para: number;
  subject: boolean;
  speaker: boolean;
  plural: boolean;
  inQuote: boolean;
}

/** How many recent items the walk keeps (a power of two: see RING). */
const RECENT = 16;
/**
 * The records of the walk's recent items, reused as a ring by every call (the stage is synchronous and never
 * re-entered); their fields are all set when one is taken.
 */
const RING: Item[] = [];
for (let q = 0; q < RECENT; q++) RING.push({ ents: [], pos: 0, para: 0, subject: false, speaker: false, plural: false, inQuote: false });

/** An empty draft list with the elements kind of a non-empty one (see the start of {@link resolveSpeakers}). */
const NO_DRAFTS: DraftStatement[] = [{} as DraftStatement];
NO_DRAFTS.pop();

/** The speakers of a draft nothing was resolved for (never changed: drafts get new lists); elements kind as above. */
const NO_ENTS: Ent[] = [{} as Ent];
NO_ENTS.pop();
const NO_MENTIONS: RawMention[] = [];
/** "Nothing resolved" (shared: lists of entities are never changed once made). */
const NO_RESULT: { ents: Ent[]; via: string } = { ents: NO_ENTS, via: '' };

const NO_WORDS: string[] = [];

/**
 * False when s certainly has four words or more (three runs of ASCII white space between non-space characters):
 * a cheap test before splitting it on white space.
 */
function fewWords(s: string): boolean {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (!inSpace) {
        inSpace = true;
        if (++runs >= 3) return false;
      }
    } else inSpace = false;
  }
  return true;
}

// the walk's patterns
const COMMA_GAP = /^[\s,]{0,3}$/u;
const SPACES = /\s+/u;
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’]*/gu;
const POSSESSIVE_END = /['’]s$/u;
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;
const S_END = /s$/u;

/** `/^\p{Lu}/u.test(s)`, without the regex for an ASCII first character. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}
const UPPER_START = /^\p{Lu}/u;

/** The ids of entities, in order ('' for an entity without one). */
function idList(ents: Ent[], idOf: string[]): string[] {
  // (one id, the usual case: a list of exactly that size)
  if (ents.length === 1) return [idOf[(ents[0] as Ent).idx] ?? ''];
  const out: string[] = [];
  for (let q = 0; q < ents.length; q++) out.push(idOf[(ents[q] as Ent).idx] ?? '');
  return out;
}
const CAT_RECENT = 8;

/** Stage 4: entities, their aliases and titles; sources (pronouns, descriptors) resolved to them. */
export function resolveSpeakers(
  ctx: StageContext,
  seg: Segmentation,
  draftsIn: DraftStatement[],
  config: Configuration,
): { index: EntityIndex; statements: Statement[] } {
  const text = ctx.text;
  // An empty input list has another elements kind than a full one: optimised code that met both kept deoptimising.
  const drafts = draftsIn.length ? draftsIn : NO_DRAFTS;
  const lex = lexiconFor(config.locale.entities);
  // (the attribution locale's relation nouns, "aide", "supporters", from its compiled lexicon)
  const relationNouns = attributionLexicon(config).relationNouns;
  // the tokenizer looks the words up in the lexicon as it goes (one pass instead of two)
  const toks = tokenize(text, lex.wordTable);
  const raw = extractMentions(lex, toks);
  const table = new EntityTable(lex);
  table.addKnown(config.knownSpeakers);

  // --- alias merging of names (whole text, before the discourse walk) ---
  const nameEnts = mergeNames(table, raw.names, ctx.text);
  const nameEnt = { get: (m: NameMention): Ent | undefined => nameEnts[m.nameIdx], has: (m: NameMention): boolean => nameEnts[m.nameIdx] !== undefined };

  // --- paragraphs and quoted regions ---
  const paraStarts = paragraphStarts(seg, text);
  // (positions mostly come in text order: try the last answer and the next paragraph before a binary search)
  let paraHint = 0;
  const paraOf = (pos: number): number => {
    const k = paraHint;
    const a = paraStarts[k];
    if (a !== undefined && a <= pos) {
      const b = paraStarts[k + 1];
      if (b === undefined || pos < b) return k;
      const c = paraStarts[k + 2];
      if (pos >= b && (c === undefined || pos < c)) return (paraHint = k + 1);
    }
    const r = countAtOrBelow(paraStarts, pos) - 1;
    if (r >= 0) paraHint = r;
    return r;
  };
  const { starts: quoteStarts, ends: quoteEnds } = quotedRegions(drafts);
  const inQuote = (pos: number): boolean => {
    const k = countAtOrBelow(quoteStarts, pos) - 1;
    return k >= 0 && (quoteEnds[k] ?? -1) > pos;
  };

  // --- mentions in text order; each draft claims the mentions inside its source ---
  const mentions = orderMentions(raw, nameEnts);
  const { order, claimedArr, claims } = claimMentions(drafts, mentions);
  const claimedBy = { get: (m: RawMention): number[] | undefined => claimedArr[m.idx], has: (m: RawMention): boolean => claimedArr[m.idx] !== undefined };

  // --- the discourse walk ---
  // the last RECENT items, oldest first: a ring of records reused from call to call (see RING)
  let rStart = 0;
  let rLen = 0;
  for (let q = 0; q < RECENT; q++) (RING[q] as Item).ents = NO_ENTS;
  const recentAt = (k: number): Item => RING[(rStart + k) & (RECENT - 1)] as Item;
  const catRecent = new Map<string, Ent[]>();
  const resolvedArr: (Ent[] | undefined)[] = new Array<Ent[] | undefined>(mentions.length).fill(undefined);
  const viaArr: string[] = new Array<string>(mentions.length).fill('');
  const resolved = {
    get: (m: RawMention): Ent[] | undefined => resolvedArr[m.idx],
    has: (m: RawMention): boolean => resolvedArr[m.idx] !== undefined,
    set: (m: RawMention, v: Ent[]): void => {
      resolvedArr[m.idx] = v;
    },
  };
  const mentionVia = {
    get: (m: RawMention): string | undefined => viaArr[m.idx],
    set: (m: RawMention, v: string): void => {
      viaArr[m.idx] = v;
    },
  };
  // rule ids added to each draft (made on the first one)
  const draftVia: (string[] | undefined)[] = new Array<string[] | undefined>(drafts.length).fill(undefined);
  const addDraftVia = (di: number, v: string): void => {
    const l = draftVia[di];
    if (l) l.push(v);
    else draftVia[di] = [v];
  };
  const draftEnts: Ent[][] = [];
  for (let i = 0; i < drafts.length; i++) draftEnts.push(NO_ENTS);
  // the last name mention resolved, and its entity
  let lastNameM: NameMention | undefined;
  let lastNameE: Ent | undefined;

  const touch = (e: Ent, pos: number): void => {
    const same = e.lastPos === pos;
    e.lastPos = pos;
    if (e.categories.length === 0 || same) return;
    for (let q = 0; q < e.categories.length; q++) {
      const c = e.categories[q] as string;
      let l = catRecent.get(c);
      if (l && l[l.length - 1] === e) continue;
      if (!l) {
        l = [];
        catRecent.set(c, l);
      }
      // move e to the end (in place: splice would make a list of the removed), keep the last CAT_RECENT
      const at = l.indexOf(e);
      if (at >= 0) {
        for (let q = at + 1; q < l.length; q++) l[q - 1] = l[q] as Ent;
        l[l.length - 1] = e;
      } else {
        l.push(e);
        if (l.length > CAT_RECENT) l.shift();
      }
    }
  };
  const remember = (ents: Ent[], pos: number, subject: boolean, speaker: boolean): void => {
    if (ents.length === 0) return;
    for (let q = 0; q < ents.length; q++) touch(ents[q] as Ent, pos);
    // the next record of the ring (the oldest one once it is full)
    let it: Item;
    if (rLen < RECENT) it = RING[(rStart + rLen++) & (RECENT - 1)] as Item;
    else {
      it = RING[rStart] as Item;
      rStart = (rStart + 1) & (RECENT - 1);
    }
    it.ents = ents;
    it.pos = pos;
    it.para = paraOf(pos);
    it.subject = subject;
    it.speaker = speaker;
    it.plural = ents.length > 1 || ents[0]?.kind !== 'person';
    it.inQuote = inQuote(pos);
  };

  const resolvePronoun = (m: PronounMention, sourceMode: boolean): Ent[] => {
    const p = m.info.person;
    const para = paraOf(m.start);
    const quoted = inQuote(m.start);
    if (!sourceMode && (quoted || p === 'first-singular' || p === 'first-plural' || p === 'neuter')) return NO_ENTS;
    let fallback: Ent[] = NO_ENTS;
    for (let k = rLen - 1; k >= 0; k--) {
      const it = recentAt(k);
      if (!it) continue;
      if (it.para < para - (sourceMode ? 6 : 2)) break;
      if (it.inQuote && !quoted) continue;
      const e0 = it.ents[0];
      if (!e0) continue;
      if (p === 'male' || p === 'female') {
        if (it.plural || e0.kind !== 'person') continue;
        if (e0.gender && e0.gender !== p) continue;
        if (it.subject || (sourceMode && it.speaker)) return it.ents;
        if (fallback.length === 0) fallback = it.ents;
      } else if (p === 'plural' || p === 'first-plural') {
        if (!it.plural) continue;
        if (it.subject || it.speaker) return it.ents;
        if (fallback.length === 0) fallback = it.ents;
      } else if (p === 'neuter') {
        if (e0.kind === 'person' || it.ents.length > 1) continue;
        return it.ents;
      } else {
        // "I" as a source: the last speaker, else the last person subject
        if (it.plural || e0.kind !== 'person') continue;
        if (it.speaker) return it.ents;
        if (fallback.length === 0 && it.subject) fallback = it.ents;
      }
    }
    return fallback;
  };

  const onlyPersonNearby = (e: Ent, pos: number): boolean => {
    const para = paraOf(pos);
    for (let k = rLen - 1; k >= 0; k--) {
      const it = recentAt(k);
      if (!it || it.para < para - 2) break;
      if (it.plural || it.inQuote) continue;
      const x = it.ents[0];
      if (x && x !== e && x.kind === 'person') return false;
    }
    return true;
  };

  const countryOk = (e: Ent, countries: string[]): boolean => countries.every((c) => e.countries.includes(c));

  const resolveDescriptor = (m: DescriptorMention, sourceMode: boolean): { ents: Ent[]; via: string } => {
    const role = m.role;
    if (role.holder === 'organization') {
      if (!m.definite && !sourceMode) return NO_RESULT;
      // "the campaign" alone is too vague outside a source
      if (!sourceMode && !lex.roleLink.test(m.text)) return NO_RESULT;
      const e = table.byDescription(m.plural ? 'group' : 'organization', m.text);
      for (let q = 0; q < m.countries.length; q++) e.countries = withUnique(e.countries, m.countries[q] as string);
      for (let q = 0; q < m.ofCountries.length; q++) e.countries = withUnique(e.countries, m.ofCountries[q] as string);
      return { ents: only(e), via: SPEAKER_RULES.body };
    }
    if (role.holder === 'generic' || !m.definite) {
      if (!sourceMode) return NO_RESULT;
      return { ents: [table.byDescription(m.plural ? 'group' : 'unknown', m.text)], via: SPEAKER_RULES.generic };
    }
    const para = paraOf(m.start);
    const cat = role.phrase;
    if (m.plural) {
      if (m.ofCountries.length >= 2) {
        const out: Ent[] = [];
        for (const c of m.ofCountries) {
          const l = catRecent.get(cat) ?? [];
          for (let k = l.length - 1; k >= 0; k--) {
            const e = l[k];
            if (e && e.countries.includes(c) && !out.includes(e)) {
              out.push(e);
              break;
            }
          }
        }
        if (out.length >= 2) return { ents: out, via: SPEAKER_RULES.plural };
      }
      for (let k = rLen - 1; k >= 0; k--) {
        const it = recentAt(k);
        if (!it || it.para < para - 2) break;
        if (it.inQuote) continue;
        if (it.ents.length >= 2 && it.ents.every((e) => e.kind === 'person')) return { ents: it.ents, via: SPEAKER_RULES.plural };
      }
      const l = catRecent.get(cat) ?? [];
      const two = l.slice(-2).filter((e) => paraOf(Math.max(0, e.lastPos)) >= para - 2);
      if (two.length === 2) return { ents: two, via: SPEAKER_RULES.plural };
      if (sourceMode) return { ents: [table.byDescription('group', m.text)], via: SPEAKER_RULES.generic };
      return NO_RESULT;
    }
    const countries = m.countries.length ? m.countries : m.ofCountries;
    const l = catRecent.get(cat);
    if (l) {
      for (let k = l.length - 1; k >= 0; k--) {
        const e = l[k];
        if (e && countryOk(e, countries)) return { ents: only(e), via: SPEAKER_RULES.descriptor };
      }
      if (countries.length)
        for (let k = l.length - 1; k >= 0; k--) {
          const e = l[k];
          if (e && e.countries.length === 0) return { ents: only(e), via: SPEAKER_RULES.descriptor };
        }
    }
    // Salience (sources only): the last person subject nearby, when nothing the article said contradicts it.
    for (let k = rLen - 1; sourceMode && k >= 0; k--) {
      const it = recentAt(k);
      if (!it || it.para < para - (sourceMode ? 2 : 1)) break;
      if (it.inQuote || it.plural || !it.subject) continue;
      const e = it.ents[0];
      if (!e || e.kind !== 'person') continue;
      if (role.gender && e.gender && e.gender !== role.gender) continue;
      if (countries.length && e.countries.length && !countryOk(e, countries)) continue;
      return { ents: only(e), via: SPEAKER_RULES.descriptorSalience };
    }
    if (sourceMode) return { ents: [table.byDescription('unknown', m.text)], via: SPEAKER_RULES.generic };
    return NO_RESULT;
  };

  const learnFromDescriptor = (ents: Ent[], m: DescriptorMention): void => {
    if (ents.length !== 1) {
      return;
    }
    const e = ents[0];
    if (!e || e.kind !== 'person') return;
    addForm(e, definiteLower(m.text));
    for (let q = 0; q < m.role.categories.length; q++) e.categories = withUnique(e.categories, m.role.categories[q] as string);
    for (let q = 0; q < m.countries.length; q++) e.countries = withUnique(e.countries, m.countries[q] as string);
    e.gender ??= m.role.gender;
  };

  const processMention = (m: RawMention, sourceMode: boolean): Ent[] => {
    const done = resolved.get(m);
    if (done) return done;
    let ents: Ent[] = NO_ENTS;
    if (m.type === 'name') {
      const e = nameEnt.get(m);
      if (e) {
        ents = only(e);
        mentionVia.set(m, SPEAKER_RULES.name);
        remember(ents, m.start, m.subject && !m.possessive, false);
        if (lastNameE && lastNameM && e.kind === 'person' && lastNameE.kind === 'person' && lastNameE !== e) {
          if (m.fullStart - lastNameM.end <= 8 && lex.coordinatorOnly.test(text.slice(lastNameM.end, m.fullStart))) {
            remember([lastNameE, e], m.start, lastNameM.subject, false);
          }
        }
        lastNameM = m;
        lastNameE = e;
      }
    } else if (m.type === 'pronoun') {
      ents = resolvePronoun(m, sourceMode);
      if (ents.length) {
        mentionVia.set(m, SPEAKER_RULES.pronoun);
        // learn a gender only when nobody else nearby could have been meant
        if (ents.length === 1 && ents[0] && !ents[0].gender && (m.info.person === 'male' || m.info.person === 'female') && onlyPersonNearby(ents[0], m.start)) ents[0].gender = m.info.person;
        remember(ents, m.start, m.info.subject, false);
      }
    } else {
      const r = resolveDescriptor(m, sourceMode);
      ents = r.ents;
      if (ents.length) {
        mentionVia.set(m, r.via);
        learnFromDescriptor(ents, m);
        remember(ents, m.start, m.subject && !m.possessive, false);
      }
    }
    resolved.set(m, ents);
    return ents;
  };

  /**
   * The source's words before the name that starts at offset `at` (or at its first capital: "of Hillary Clinton")
   * end in a preposition ("people close to", "an aide to"; not a role's own "of": "secretary of Defense X"): the
   * name is that preposition's object.
   */
  const objectBefore = (src: Mention, at: number): boolean => {
    const cap = text.slice(at, src.end).search(/\p{Lu}/u);
    const to = cap < 0 ? at : at + cap;
    if (to <= src.start + 1) return false;
    const m = /(\p{L}+)\s+(\p{L}+)\s+$/u.exec(text.slice(src.start, to));
    const prep = m === null ? '' : (m[2] as string).toLowerCase();
    if (!lex.describingPrepositions.has(prep)) return false;
    const head = (m?.[1] ?? '').toLowerCase();
    // ("footage of Trump saying …": a recording of someone, who speaks in it)
    if (lex.recordingNouns.has(head)) return false;
    // (a role's own link is part of its title, "Governor of Texas Greg Abbott"; not that of a relation, "Supporters of X")
    return !lex.roleLinkWords.some((r) => r.w === prep) || relationNouns.has(head) || ((lex.word.get(head) ?? 0) & (W_ROLE | W_ROLEWORD | W_HONORIFIC)) === 0;
  };

  /** A lower-case function word ("of", "the", "for") between offsets `from` and `to`. */
  const functionWordIn = (from: number, to: number): boolean => {
    for (const m of text.slice(from, to).matchAll(LOWER_WORD)) if (((lex.word.get(m[0]) ?? 0) & W_FUNCTION) !== 0) return true;
    return false;
  };

  const processDraft = (di: number): void => {
    const d = drafts[di];
    const src = d?.source;
    if (!d || !src) return;
    const list = claims[di] ?? NO_MENTIONS;
    let ents: Ent[] = NO_ENTS;
    let via = '';
    const first = list[0];
    if (src.end - src.start <= 5 && ((lex.word.get(fold(src.text)) ?? 0) & W_RELATIVE) !== 0) {
      // "Tom Berg, who said …", "the agency, which reported …": the speaker of the phrase right before
      for (let q = 0; q < list.length; q++) processMention(list[q] as RawMention, false);
      // (no known speaker right before: the noun phrase stage 3 found there, "a campaign surrogate who said …",
      // or the speaker it is an appositive of, "Mr. Lee, a Republican who said …")
      // (such a phrase is not remembered for the pronouns that follow: it is often no one's name)
      const np = d.antecedent;
      const known = antecedent(src.start) ?? (np ? antecedent(np.start) : null);
      const ante = known ?? (np ? fromSourceText(np.text, np.start).ents : null);
      if (ante && ante.length) {
        ents = ante;
        if (known) remember(ents, src.start, true, true);
        addDraftVia(di, SPEAKER_RULES.relative);
      }
      draftEnts[di] = ents;
      return;
    }
    const possessivePronoun =
      first?.type === 'pronoun' && first.start <= src.start + 1 && !first.info.subject && lex.possessivePronouns.has(first.text.toLowerCase()) && src.end > first.end + 2;
    if (possessivePronoun) {
      // "his campaign manager", "their lawyers": someone described through another, not that other
      ents = [table.byDescription(pluralText(src.text) ? 'group' : 'unknown', src.text)];
      via = SPEAKER_RULES.possessive;
      for (let q = 0; q < list.length; q++) processMention(list[q] as RawMention, false);
    } else if (first && first.type === 'name' && first.possessive && src.end > first.end + 3) {
      ents = [table.byDescription(pluralText(src.text) ? 'group' : 'organization', src.text)];
      via = SPEAKER_RULES.possessive;
      for (let q = 0; q < list.length; q++) processMention(list[q] as RawMention, false);
    } else if (first && first.type === 'name' && objectBefore(src, first.fullStart)) {
      // "People close to Mayor Ana Ruiz said", "an aide to Mr. Lee": someone described through the one named
      ents = [table.byDescription(pluralText(src.text) ? 'group' : 'unknown', src.text)];
      via = SPEAKER_RULES.describedThrough;
      for (let q = 0; q < list.length; q++) processMention(list[q] as RawMention, false);
    } else if (first && first.type === 'name') {
      // (the names are counted, not copied to a list: most sources have one)
      let nNames = 0;
      for (let q = 0; q < list.length; q++) {
        const m = list[q] as RawMention;
        if (m.type === 'name' && !m.possessive) nNames++;
      }
      const joint = nNames >= 2 && lex.coordinatorWord.test(src.text);
      for (let q = 0; q < list.length; q++) processMention(list[q] as RawMention, false);
      if (joint) {
        ents = [];
        for (let q = 0; q < list.length; q++) {
          const m = list[q] as RawMention;
          if (m.type !== 'name' || m.possessive) continue;
          const e = nameEnt.get(m);
          if (e && !ents.includes(e)) ents.push(e);
        }
      } else {
        // ("France's far-right National Front party leader Marine Le Pen": the name the source ends with is its
        // head; a name before it only modifies it)
        // (not a name after a preposition or a determiner: "James Pethokoukis of the American Enterprise Institute",
        // "an agent for President Bill Clinton")
        let head = first;
        const q = list.length - 1;
        const last = list[q] as RawMention;
        if (q > 0 && last.type === 'name' && !last.possessive && last.end >= src.end && !functionWordIn((list[q - 1] as RawMention).end, last.start)) head = last;
        const e = nameEnt.get(head);
        ents = e ? [e] : [];
      }
      via = joint ? SPEAKER_RULES.joint : SPEAKER_RULES.name;
    } else if (first && first.start <= src.start + 1) {
      ents = processMention(first, true);
      via = mentionVia.get(first) ?? '';
      for (let q = 1; q < list.length; q++) processMention(list[q] as RawMention, false);
    } else {
      for (let q = 0; q < list.length; q++) processMention(list[q] as RawMention, false);
      const f = fromSourceText(src.text, src.start);
      ents = f.ents;
      via = f.via;
    }
    // (a speaker described through a name, "people close to X", is not remembered for the pronouns that follow:
    // they go on to the one named or to the subject before)
    if (ents.length && via !== SPEAKER_RULES.describedThrough) remember(ents, src.start, true, true);
    draftEnts[di] = ents;
    if (via && di < drafts.length) addDraftVia(di, via);
  };

  /** The entities of the mention ending right before `pos` (only a comma and spaces between), if it was resolved. */
  const antecedent = (pos: number): Ent[] | null => {
    const k = lastStartingAtOrBefore(mentions, pos - 1);
    for (let j = k; j >= 0 && k - j < 4; j--) {
      const m = mentions[j] as RawMention;
      if (m.end > pos) continue;
      if (!COMMA_GAP.test(ctx.text.slice(m.end, pos))) return null;
      const r = resolved.get(m);
      return r && r.length ? r : null;
    }
    return null;
  };

  const fromSourceText = (s: string, pos: number): { ents: Ent[]; via: string } => {
    const trimmed = s.trim();
    if (!trimmed) return NO_RESULT;
    // one capitalised word: a name part of someone already known, else a new person
    // (most sources are longer: split only when no more than three words may be there)
    const words = startsUpper(trimmed) && fewWords(trimmed) ? trimmed.split(SPACES) : NO_WORDS;
    // ("Voting rights advocates": a lower-case word after the first, other than a name particle, makes a common noun
    // phrase, not a name, unless an organisation word is in it)
    let lowerInside = false;
    for (let q = 1; q < words.length && !lowerInside; q++) {
      const w = words[q] as string;
      if (!startsUpper(w) && ((lex.word.get(fold(w)) ?? 0) & W_PARTICLE) === 0) lowerInside = true;
    }
    if (words.length >= 1 && words.length <= 3) {
      const w0 = words.join(' ');
      const last = words[words.length - 1] ?? '';
      const known = table.findPerson(last.replace(POSSESSIVE_END, ''), pos);
      if (known && words.length === 1) return { ents: only(known), via: SPEAKER_RULES.name };
      const lw = fold(words[0] ?? '');
      const fl = lex.word.get(lw) ?? 0;
      const orgish = words.some((w) => (lex.word.get(fold(w)) ?? 0) & (W_ORG | W_INSTITUTION)) || CAPITALS_ONLY.test(last);
      const groupish = words.length === 1 && ((lex.word.get(lw) ?? 0) & (W_PARTY | W_DEMONYM)) !== 0 && S_END.test(lw);
      if ((!(fl & W_FUNCTION) && !lowerInside) || orgish) {
        const kind = groupish ? 'group' : orgish ? 'organization' : words.length >= 2 ? 'person' : 'unknown';
        const e = table.byDescription(kind, w0);
        if (!orgish && !e.surname) e.surname = fold(last);
        return { ents: only(e), via: SPEAKER_RULES.fromSource };
      }
    }
    const kind = pluralText(trimmed) ? 'group' : 'unknown';
    return { ents: [table.byDescription(kind, trimmed)], via: SPEAKER_RULES.fromSource };
  };

  // the last word ends in "s" but not "ss" (the last word of the trimmed text ends where the text ends)
  const pluralText = (s: string): boolean => {
    const t = s.trim();
    return t.length > 0 && t.charCodeAt(t.length - 1) === 115 && !(t.length > 1 && t.charCodeAt(t.length - 2) === 115);
  };

  // Walk: drafts fire at their source's start, before mentions starting there.
  let oi = 0;
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as RawMention;
    while (oi < order.length) {
      const di = order[oi] ?? 0;
      const src = drafts[di]?.source;
      if (!src || src.start > m.start) break;
      processDraft(di);
      oi++;
    }
    if (claimedBy.has(m)) {
      // resolved as part of a source (or later, when that source comes)
      if (resolved.has(m)) continue;
      const firstDraft = claimedBy.get(m)?.[0] ?? -1;
      const src = drafts[firstDraft]?.source;
      if (src && src.start <= m.start) {
        processDraft(firstDraft);
        continue;
      }
      processMention(m, false);
      continue;
    }
    processMention(m, false);
  }
  for (; oi < order.length; oi++) processDraft(order[oi] ?? 0);

  // Inherited speakers, in draft order.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (!d || d.source) continue;
    if (d.inherit !== null && d.inherit >= 0 && d.inherit < i) {
      draftEnts[i] = [...(draftEnts[d.inherit] ?? NO_ENTS)];
      if (draftEnts[i]?.length) addDraftVia(i, SPEAKER_RULES.inherit);
    }
  }

  return buildOutput(ctx, drafts, table, mentions, resolvedArr, claims, draftEnts, draftVia);
}

/** Alias merging of the name mentions: the entity of each (by name index; undefined when not believed). */
function mergeNames(table: EntityTable, names: NameMention[], text: string): (Ent | undefined)[] {
  const nameEnts: (Ent | undefined)[] = new Array<Ent | undefined>(names.length).fill(undefined);
  const singles: NameMention[] = [];
  const orgs: NameMention[] = [];
  for (let mi = 0; mi < names.length; mi++) {
    const m = names[mi] as NameMention;
    if (m.kind !== 'person') orgs.push(m);
    else if (m.words.length >= 2) nameEnts[m.nameIdx] = table.addFullPerson(m);
    else singles.push(m);
  }
  for (let mi = 0; mi < singles.length; mi++) {
    const m = singles[mi] as NameMention;
    const e = table.addSinglePerson(m);
    if (e) nameEnts[m.nameIdx] = e;
  }
  const rest: NameMention[] = [];
  for (let mi = 0; mi < orgs.length; mi++) {
    const m = orgs[mi] as NameMention;
    const e = table.personInCapitals(m, text);
    if (e) nameEnts[m.nameIdx] = e;
    else rest.push(m);
  }
  table.addOrganizations(rest, nameEnts);
  return nameEnts;
}

function paragraphStarts(seg: Segmentation, text: string): number[] {
  if (!seg.paragraphs.length) return newlineParagraphs(text);
  const out: number[] = [];
  for (let k = 0; k < seg.paragraphs.length; k++) out.push(seg.paragraphs[k]?.start ?? 0);
  return out;
}

/** Direct quotes' spans by start, with the running maximum of their ends (for inside-a-quote tests). */
function quotedRegions(drafts: DraftStatement[]): { starts: number[]; ends: number[] } {
  const quoteSpans: { start: number; end: number }[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as DraftStatement;
    if (d.kind !== 'direct') continue;
    for (let k = 0; k < d.spans.length; k++) quoteSpans.push(d.spans[k] as { start: number; end: number });
  }
  quoteSpans.sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  let maxEnd = -1;
  for (const q of quoteSpans) {
    starts.push(q.start);
    maxEnd = Math.max(maxEnd, q.end);
    ends.push(maxEnd);
  }
  return { starts, ends };
}

/** Believed names, descriptors and pronouns in text order, without those nested in an earlier descriptor; sets idx. */
function orderMentions(raw: { names: NameMention[]; descriptors: DescriptorMention[]; pronouns: PronounMention[] }, nameEnts: (Ent | undefined)[]): RawMention[] {
  const kept: RawMention[] = [];
  for (let q = 0; q < raw.names.length; q++) {
    const m = raw.names[q] as NameMention;
    if (nameEnts[m.nameIdx] !== undefined) kept.push(m);
  }
  sortIfNeeded(kept, byStartLongestFirst);
  // the three lists merged as mergeByStart(mergeByStart(kept, descriptors), pronouns) would, in one pass:
  // drop descriptors and pronouns nested inside a longer mention that starts earlier
  const ds = raw.descriptors;
  const ps = raw.pronouns;
  const mentions: RawMention[] = [];
  let coverEnd = -1;
  let i = 0;
  let j = 0;
  let k = 0;
  for (;;) {
    // the head of the first two lists' merge, then of its merge with the pronouns
    let m: RawMention | undefined;
    let from = 0;
    const x = kept[i];
    const y = ds[j];
    if (x !== undefined && (y === undefined || x.start < y.start || (x.start === y.start && x.end >= y.end))) m = x;
    else if (y !== undefined) {
      m = y;
      from = 1;
    }
    const z = ps[k];
    if (z !== undefined && (m === undefined || !(m.start < z.start || (m.start === z.start && m.end >= z.end)))) {
      m = z;
      from = 2;
    }
    if (m === undefined) break;
    if (from === 0) i++;
    else if (from === 1) j++;
    else k++;
    if (m.start < coverEnd && m.type !== 'name') continue;
    m.idx = mentions.length;
    mentions.push(m);
    if (m.type === 'descriptor') coverEnd = Math.max(coverEnd, m.end);
  }
  return mentions;
}

/** Drafts with a source in source order, and the mentions each source claims (both ways). */
function claimMentions(
  drafts: DraftStatement[],
  mentions: RawMention[],
): { order: number[]; claimedArr: (number[] | undefined)[]; claims: (RawMention[] | undefined)[] } {
  // the mentions' starts in one dense array (a binary search over the mention records would touch one record per step)
  const mStarts = new Int32Array(mentions.length);
  for (let q = 0; q < mentions.length; q++) mStarts[q] = (mentions[q] as RawMention).start;
  const order: number[] = [];
  for (let i = 0; i < drafts.length; i++) if (drafts[i]?.source) order.push(i);
  const srcStart = (i: number): number => drafts[i]?.source?.start ?? 0;
  sortIfNeeded(order, (a, b) => srcStart(a) - srcStart(b) || a - b);
  const claimedArr: (number[] | undefined)[] = new Array<number[] | undefined>(mentions.length).fill(undefined);
  const claims: (RawMention[] | undefined)[] = new Array<RawMention[] | undefined>(drafts.length).fill(undefined);
  for (let oq = 0; oq < order.length; oq++) {
    const di = order[oq] as number;
    const src = drafts[di]?.source;
    if (!src) continue;
    const list: RawMention[] = [];
    let k = Math.max(0, countAtOrBelow(mStarts, src.start) - 4);
    for (; k < mentions.length; k++) {
      const m = mentions[k];
      if (!m) break;
      if (m.start >= src.end) break;
      if (m.end > src.start && m.start < src.end) list.push(m);
    }
    claims[di] = list;
    for (let mi = 0; mi < list.length; mi++) {
      const m = list[mi] as RawMention;
      const l = claimedArr[m.idx];
      if (l) l.push(di);
      else claimedArr[m.idx] = [di];
    }
  }
  return { order, claimedArr, claims };
}

/** Output: entities with ids, the index of mentions, and the statements. */
function buildOutput(
  ctx: StageContext,
  drafts: DraftStatement[],
  table: EntityTable,
  mentions: RawMention[],
  resolvedArr: (Ent[] | undefined)[],
  claims: (RawMention[] | undefined)[],
  draftEnts: Ent[][],
  draftVia: (string[] | undefined)[],
): { index: EntityIndex; statements: Statement[] } {
  const text = ctx.text;
  // by entity index (no entity is created from here on)
  const entMentions: (Mention[] | undefined)[] = new Array<Mention[] | undefined>(table.ents.length).fill(undefined);
  // the resolved mentions: those of `mentions` with a non-empty entry in resolvedArr (walked twice below)
  // first position of each entity (by entity index; -1 when never referred to)
  const firstPos: number[] = new Array<number>(table.ents.length).fill(-1);
  const seeAt = (e: Ent, p: number): void => {
    const cur = firstPos[e.idx] ?? -1;
    if (cur < 0 || p < cur) firstPos[e.idx] = p;
  };
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as RawMention;
    const ents = resolvedArr[m.idx];
    if (!ents) continue;
    for (let q = 0; q < ents.length; q++) {
      const e = ents[q] as Ent;
      if ((firstPos[e.idx] ?? -1) < 0) firstPos[e.idx] = mentionStart(m);
    }
  }
  for (let i = 0; i < drafts.length; i++) {
    const src = drafts[i]?.source;
    const de = draftEnts[i] ?? NO_ENTS;
    for (let q = 0; q < de.length; q++) seeAt(de[q] as Ent, src ? src.start : (drafts[i]?.spans[0]?.start ?? 0));
  }
  const ordered: Ent[] = [];
  for (let q = 0; q < table.ents.length; q++) {
    const e = table.ents[q] as Ent;
    if ((firstPos[e.idx] ?? -1) >= 0) ordered.push(e);
  }
  const byFirst = (a: Ent, b: Ent): number => (firstPos[a.idx] ?? 0) - (firstPos[b.idx] ?? 0) || a.idx - b.idx;
  sortIfNeeded(ordered, byFirst);
  const idOf: string[] = new Array<string>(table.ents.length).fill('');
  const ids = { get: (e: Ent): string | undefined => idOf[e.idx] };
  // suffixes are decided on the slug alone (the prefix is the same for every id)
  const taken = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const prefix = `${ctx.articleId}:sp:`;
  // the names' lower-case forms (for the slugs here and the aliases below)
  const lowOf: string[] = new Array<string>(ordered.length);
  for (let ei = 0; ei < ordered.length; ei++) {
    const e = ordered[ei] as Ent;
    const low = nameLower(e);
    lowOf[ei] = low;
    const base = slug(e.name, low);
    let id = base;
    if (taken.has(id)) {
      let n = nextSuffix.get(base) ?? 2;
      while (taken.has(id)) id = `${base}-${n++}`;
      nextSuffix.set(base, n);
    }
    taken.add(id);
    idOf[e.idx] = prefix + id;
  }
  const addEntMention = (e: Ent, start: number, end: number, mtext: string = text.slice(start, end)): void => {
    const l = entMentions[e.idx];
    // (a first mention as a literal: an empty list's first push reserves room for seventeen)
    if (!l) entMentions[e.idx] = [{ start, end, text: mtext }];
    else l.push({ start, end, text: mtext });
  };
  // the index's id list of each entity alone, shared by its mentions (index mentions are never changed)
  const aloneIds: (string[] | undefined)[] = new Array<string[] | undefined>(table.ents.length).fill(undefined);
  const indexIds = (ents: Ent[]): string[] => {
    if (ents.length !== 1) return idList(ents, idOf);
    const x = (ents[0] as Ent).idx;
    return (aloneIds[x] ??= [idOf[x] ?? '']);
  };
  const indexOut: EntityMention[] = [];
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as RawMention;
    const ents = resolvedArr[m.idx];
    if (!ents || ents.length === 0) continue;
    const start = mentionStart(m);
    const form: EntityMention['form'] = m.type === 'name' ? 'name' : m.type === 'pronoun' ? 'pronoun' : 'descriptor';
    const speakerIds = indexIds(ents);
    // the mention's own text when it starts at the same place (one string fewer per mention)
    const mtext = start === m.start ? m.text : text.slice(start, m.end);
    indexOut.push({ start, end: m.end, text: mtext, speakerIds, form });
    for (let q = 0; q < ents.length; q++) addEntMention(ents[q] as Ent, start, m.end, mtext);
  }
  // sources that matched no extracted mention still mention their entity
  const fromSources = indexOut.length;
  for (let i = 0; i < drafts.length; i++) {
    const src = drafts[i]?.source;
    if (!src || (claims[i] ?? NO_MENTIONS).length) continue;
    const ents = draftEnts[i] ?? NO_ENTS;
    if (!ents.length) continue;
    for (let q = 0; q < ents.length; q++) addEntMention(ents[q] as Ent, src.start, src.end);
    indexOut.push({ start: src.start, end: src.end, text: text.slice(src.start, src.end), speakerIds: indexIds(ents), form: 'descriptor' });
  }
  const index = placeMentions(indexOut, fromSources);

  const entities: Speaker[] = [];
  for (let ei = 0; ei < ordered.length; ei++) {
    const e = ordered[ei] as Ent;
    const ms = dedupeMentions(entMentions[e.idx] ?? []);
    // forms are already unique by lower-case key
    const nameKey = lowOf[ei] as string;
    let aliases: string[] = [];
    for (let k = 0; k < e.forms.length; k++) {
      if (e.formLower[k] === nameKey) continue;
      if (aliases.length === 0) aliases = [e.forms[k] ?? ''];
      else aliases.push(e.forms[k] ?? '');
    }
    // (the entity's own lists: the table is dropped when the stage returns)
    entities.push({ id: ids.get(e) ?? '', name: e.name, kind: e.kind, aliases, titles: e.titles, mentions: ms });
  }

  const idxOrder: number[] = [];
  for (let i = 0; i < drafts.length; i++) idxOrder.push(i);
  // (drafts usually come in text order)
  sortIfNeeded(idxOrder, (a, b) => firstStart(drafts[a]) - firstStart(drafts[b]) || a - b);
  const statements: Statement[] = [];
  for (let n = 0; n < idxOrder.length; n++) {
    const di = idxOrder[n] ?? 0;
    const d = drafts[di] as DraftStatement;
    let speakerIds: string[] = [];
    const de = draftEnts[di] ?? NO_ENTS;
    for (let q = 0; q < de.length; q++) {
      const e = de[q] as Ent;
      const id = idOf[e.idx] ?? '';
      if (!id) continue;
      if (speakerIds.length === 0) speakerIds = [id];
      else speakerIds.push(id);
    }
    if (d.source && speakerIds.length === 0) {
      ctx.issues.push({ code: 'unresolved-speaker', message: `No entity found for the source "${d.source.text}".`, span: { start: d.source.start, end: d.source.end } });
    }
    statements.push({
      id: `${ctx.articleId}:st${n}`,
      articleId: ctx.articleId,
      kind: d.kind,
      text: spansText(text, d.spans),
      spans: d.spans,
      speakerIds,
      source: d.source,
      cue: d.cue,
      via: concatVia(d.via, draftVia[di]),
    });
  }
  return { index: { entities, mentions: index }, statements };
}

/** True when list[from, to) is in place order (by start, then end). */
function placedRange(list: EntityMention[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const a = list[k - 1] as EntityMention;
    const b = list[k] as EntityMention;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/**
 * `list` stably sorted by start, then end: the list itself when in order; a merge of its two parts [0, cut) and
 * [cut, length) when each is in order (ties: the first part first, as the stable sort would); else sorted in place.
 */
function placeMentions(list: EntityMention[], cut: number): EntityMention[] {
  const n = list.length;
  if (!placedRange(list, 0, cut) || !placedRange(list, cut, n)) return list.sort((a, b) => a.start - b.start || a.end - b.end);
  if (cut === 0 || cut === n) return list;
  // both parts in order: the whole too when the first part's last comes no later than the second's first
  const a = list[cut - 1] as EntityMention;
  const b = list[cut] as EntityMention;
  if (!(a.start > b.start || (a.start === b.start && a.end > b.end))) return list;
  const out: EntityMention[] = [];
  let i = 0;
  let j = cut;
  while (i < cut && j < n) {
    const x = list[i] as EntityMention;
    const y = list[j] as EntityMention;
    if (x.start < y.start || (x.start === y.start && x.end <= y.end)) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < cut) out.push(list[i++] as EntityMention);
  while (j < n) out.push(list[j++] as EntityMention);
  return out;
}

/** `e.name.toLowerCase()`, taken from the forms' keys when the name is one of the forms. */
function nameLower(e: Ent): string {
  const at = e.forms.indexOf(e.name);
  return at >= 0 ? (e.formLower[at] ?? e.name.toLowerCase()) : e.name.toLowerCase();
}

/** The spans' texts joined by single spaces. */
function spansText(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as { start: number; end: number };
    out = k === 0 ? text.slice(sp.start, sp.end) : `${out} ${text.slice(sp.start, sp.end)}`;
  }
  return out;
}

function concatVia(a: readonly string[], b: readonly string[] | undefined): string[] {
  const out = a.slice();
  if (b) for (let k = 0; k < b.length; k++) out.push(b[k] as string);
  return out;
}

function mentionStart(m: RawMention): number {
  return m.type === 'name' && m.kind === 'organization' ? m.fullStart : m.start;
}

function firstStart(d: DraftStatement | undefined): number {
  if (!d) return 0;
  const s = d.spans[0]?.start;
  return s ?? d.source?.start ?? d.cue?.start ?? 0;
}

const byStartLongestFirst = (a: RawMention, b: RawMention): number => a.start - b.start || b.end - a.end;
const byPlace = (a: Mention, b: Mention): number => a.start - b.start || a.end - b.end;

function dedupeMentions(ms: Mention[]): Mention[] {
  sortIfNeeded(ms, byPlace);
  // usually nothing repeats: the list itself then
  let repeats = false;
  for (let i = 1; i < ms.length && !repeats; i++) {
    const a = ms[i - 1] as Mention;
    const b = ms[i] as Mention;
    if (a.start === b.start && a.end === b.end) repeats = true;
  }
  if (!repeats) return ms;
  const out: Mention[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && last.start === m.start && last.end === m.end) continue;
    out.push(m);
  }
  return out;
}

function newlineParagraphs(text: string): number[] {
  const out = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    out.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return out;
}


export type { Lexicon };
