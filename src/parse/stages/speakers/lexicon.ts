/** Lookup tables built once per locale from its entities data (lower-case keys). */
import type { EntitiesLocale, RoleEntry } from '../../../locales/types/entities.js';
import { HashTable32 } from '../../../internal/hashTable.js';
import { escapeRegExp } from '../../../internal/strings.js';
import { FILTER_WORDS, filterBit, wordHash, type WordTable } from './tokens.js';

/** A lower-case word and its {@link wordHash}. */
export interface WordRef {
  readonly h: number;
  readonly w: string;
}

const wordRef = (w: string): WordRef => ({ h: wordHash(w.toLowerCase()), w: w.toLowerCase() });

export const W_ROLE = 1;
export const W_MODIFIER = 2;
export const W_DEMONYM = 4;
export const W_COUNTRY = 8; // first word of a country name
export const W_ORG = 16;
export const W_INSTITUTION = 32;
export const W_NONPERSON = 64;
export const W_PLACEMOD = 128;
export const W_FUNCTION = 256;
export const W_PARTICLE = 512;
export const W_CONNECTOR = 1024;
export const W_OBJECT = 2048;
export const W_PLACEPREP = 4096;
export const W_CLAUSE = 8192;
export const W_CALENDAR = 16384;
export const W_PRONOUN = 32768;
export const W_HONORIFIC = 65536;
export const W_PARTY = 131072;
export const W_DEF = 262144;
export const W_INDEF = 524288;
export const W_QUANT = 1048576;
export const W_COORD = 2097152;
export const W_SUFFIX = 4194304;
export const W_ROLEWORD = 8388608; // any word of a multi-word role phrase
export const W_SMALL = 16777216; // left in lower case by title case
export const W_RELATIVE = 33554432; // a relative pronoun that stands for the phrase before it
export const W_PREPCLAUSE = 67108864; // a clause word that is a preposition too ("after")

/** The flags of the tokens that may start a pronoun or descriptor: the tokenizer lists them (Tokens.picks). */
export const PICK_FLAGS = W_PRONOUN | W_DEF | W_INDEF;

export type Gender = 'male' | 'female';

export interface RoleInfo {
  phrase: string;
  categories: string[];
  holder: 'person' | 'organization' | 'generic';
  gender: Gender | undefined;
  plural: boolean;
}

export interface PronounInfo {
  person: 'male' | 'female' | 'plural' | 'first-singular' | 'first-plural' | 'neuter';
  subject: boolean;
}

export interface Lexicon {
  word: Map<string, number>;
  /** wordHash(lower-case word) -> union of the flags of the words with that hash (a fast first test). */
  hashFlags: HashTable32;
  /** Lower-case role phrase (singular or plural) -> role. */
  roles: Map<string, RoleInfo>;
  maxRoleWords: number;
  /** Lower-case country name -> country key (its first listed name). */
  countries: Map<string, string>;
  maxCountryWords: number;
  /** Lower-case demonym -> country key. */
  demonyms: Map<string, string>;
  maxDemonymWords: number;
  honorifics: Map<string, { gender: Gender | undefined; role: boolean; categories: string[] }>;
  pronouns: Map<string, PronounInfo>;
  /** The same tables keyed by {@link phraseHash} (no strings needed for ASCII tokens). */
  rolesByHash: HashIndex<RoleInfo>;
  countriesByHash: HashIndex<string>;
  /** Regions below the country level (lower case), by phrase hash; see EntitiesLocale.regions. */
  regionsByHash: HashIndex<string>;
  regions: Map<string, string>;
  maxRegionWords: number;
  demonymsByHash: HashIndex<string>;
  pronounsByHash: HashIndex<PronounInfo>;
  /** Calendar words that are also names ("May", "June"). */
  nameLikeCalendar: Set<string>;
  /** Non-person words that are given names too, first in a longer name ("Bill Clinton"; lower case). */
  nameLikeNonPerson: Set<string>;
  /** Gender of a common given name (lower case). */
  givenNameGender: Map<string, Gender>;
  /** Lower-case possessive pronouns ("his"). */
  possessivePronouns: Set<string>;
  /** A leading article and the space after it (any case), and the lower-case first letters of the articles. */
  leadingArticle: RegExp;
  articleInitials: Set<number>;
  /** Words an acronym skips. */
  acronymSkip: Set<string>;
  /** A role link between spaces ("the president of Russia"). */
  roleLink: RegExp;
  /** Only a coordinator between two names; a coordinator as a word of its own. */
  coordinatorOnly: RegExp;
  coordinatorWord: RegExp;
  /** Lower-case prepositions that describe a source through the name after them. */
  describingPrepositions: Set<string>;
  /** Lower-case nouns for a recording of someone. */
  recordingNouns: Set<string>;
  /** Single words the extractor tests by role, each with its {@link wordHash} (lower case). */
  the: WordRef;
  roleLinkWords: WordRef[];
  coordinatorWords: WordRef[];
  acronymPronouns: WordRef[];
  /** {@link hashFlags} for the tokenizer, with its filter, picking the tokens that may start a pronoun or descriptor ({@link PICK_FLAGS}). */
  wordTable: WordTable;
}


/**
 * A table from a 32-bit phrase hash to a value (no Map lookup, no allocation): the shared hash table maps the hash
 * to 1 + the value's index in `values`.
 */
export class HashIndex<V> {
  readonly table: HashTable32;
  readonly values: V[] = [];
  constructor(count: number) {
    this.table = new HashTable32(count);
  }
  /** The value of hash h, undefined when absent. */
  get(h: number): V | undefined {
    const a = this.table.get(h);
    return a === 0 ? undefined : this.values[a - 1];
  }
  has(h: number): boolean {
    return this.table.has(h);
  }
  /** Adds h -> v (callers add each hash once). */
  set(h: number, v: V): void {
    this.values.push(v);
    this.table.set(h, this.values.length);
  }
}

/** Hash of a lower-case phrase, word by word, combining {@link wordHash} of each word. */
export function phraseHash(phrase: string): number {
  let ph = 17;
  for (const w of phrase.split(' ')) ph = (Math.imul(ph, 1000003) + wordHash(w)) | 0;
  return ph;
}

/** Extends a phrase hash by one word hash. */
export function extendHash(ph: number, h: number): number {
  return (Math.imul(ph, 1000003) + h) | 0;
}

function byHash<V>(m: Map<string, V>): HashIndex<V> {
  const out = new HashIndex<V>(m.size);
  for (const [k, v] of m) if (!out.has(phraseHash(k))) out.set(phraseHash(k), v);
  return out;
}

/** Pronouns by {@link wordHash} (a later pronoun with the same hash wins, as in a Map built from the list). */
function pronounIndex(pronouns: Map<string, PronounInfo>): HashIndex<PronounInfo> {
  const last = new Map<number, PronounInfo>();
  for (const [k, v] of pronouns) last.set(wordHash(k), v);
  const out = new HashIndex<PronounInfo>(last.size);
  for (const [h, v] of last) out.set(h, v);
  return out;
}

const cache = new WeakMap<EntitiesLocale, Lexicon>();

function words(phrase: string): number {
  return phrase.split(' ').length;
}

/** Builds (once per locale object) the lookup tables. */
export function lexiconFor(loc: EntitiesLocale): Lexicon {
  const hit = cache.get(loc);
  if (hit) return hit;
  const word = new Map<string, number>();
  const roleSmall = new Set(loc.roleSmallWords.map((w) => w.toLowerCase()));
  const flag = (w: string, f: number): void => {
    const k = w.toLowerCase();
    word.set(k, (word.get(k) ?? 0) | f);
  };
  const roles = new Map<string, RoleInfo>();
  let maxRoleWords = 1;
  const addRole = (r: RoleEntry): void => {
    const base: Omit<RoleInfo, 'plural'> = {
      phrase: r.phrase,
      categories: [r.phrase, ...(r.categories ?? [])],
      holder: r.holder ?? 'person',
      gender: r.gender,
    };
    const plurals = r.plural ?? [loc.pluralize(r.phrase)];
    if (!roles.has(r.phrase)) roles.set(r.phrase, { ...base, plural: false });
    for (const p of plurals) if (!roles.has(p)) roles.set(p, { ...base, plural: true });
    for (const form of [r.phrase, ...plurals]) {
      maxRoleWords = Math.max(maxRoleWords, words(form));
      const parts = form.split(' ');
      for (const part of parts) if (!roleSmall.has(part)) flag(part, W_ROLEWORD);
      if (parts.length === 1) flag(form, W_ROLE);
    }
  };
  for (const r of loc.roles) addRole(r);
  for (const w of loc.roleModifiers) flag(w, W_MODIFIER);
  const countries = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const regions = new Map<string, string>(loc.regions.map((r) => [r.toLowerCase(), r]));
  let maxRegionWords = 1;
  for (const r of loc.regions) maxRegionWords = Math.max(maxRegionWords, words(r));
  let maxCountryWords = 1;
  let maxDemonymWords = 1;
  for (const [names, dems] of loc.countries) {
    const list = names.split('|');
    const key = list[0] ?? names;
    for (const n of list) {
      countries.set(n.toLowerCase(), key);
      maxCountryWords = Math.max(maxCountryWords, words(n));
      flag(n.split(' ')[0] ?? n, W_COUNTRY);
    }
    for (const d of dems.split('|')) {
      demonyms.set(d.toLowerCase(), key);
      maxDemonymWords = Math.max(maxDemonymWords, words(d));
      flag(d.split(' ')[0] ?? d, W_DEMONYM);
    }
  }
  for (const w of loc.organizationWords) flag(w, W_ORG);
  for (const w of loc.institutions) flag(w, W_INSTITUTION);
  for (const w of loc.nonPersonWords) flag(w, W_NONPERSON);
  for (const w of loc.placeModifiers) flag(w, W_PLACEMOD);
  for (const w of loc.functionWords) flag(w, W_FUNCTION);
  for (const w of loc.nameParticles) flag(w, W_PARTICLE);
  for (const w of loc.nameConnectors) flag(w, W_CONNECTOR);
  for (const w of loc.objectMarkers) flag(w, W_OBJECT);
  for (const w of loc.placePrepositions) flag(w, W_PLACEPREP);
  for (const w of loc.clauseWords) flag(w, W_CLAUSE);
  for (const w of loc.prepositionalClauseWords) flag(w, W_PREPCLAUSE);
  for (const w of loc.calendarWords) flag(w, W_CALENDAR);
  for (const w of loc.partyWords) flag(w, W_PARTY);
  for (const w of loc.definiteDeterminers) flag(w, W_DEF);
  for (const w of loc.indefiniteDeterminers) flag(w, W_INDEF);
  for (const w of loc.quantifiers) flag(w, W_QUANT);
  for (const w of loc.coordinators) flag(w, W_COORD);
  for (const w of loc.nameSuffixes) flag(w, W_SUFFIX);
  for (const w of loc.titleCaseSmallWords) flag(w, W_SMALL);
  for (const w of loc.relativePronouns) flag(w, W_RELATIVE);
  const honorifics = new Map<string, { gender: Gender | undefined; role: boolean; categories: string[] }>();
  for (const h of loc.honorifics) {
    honorifics.set(h.form, { gender: h.gender, role: h.role, categories: [...(h.categories ?? [])] });
    flag(h.form, W_HONORIFIC);
  }
  const pronouns = new Map<string, PronounInfo>();
  const subj = new Set(loc.pronouns.subjects);
  const addP = (list: readonly string[], person: PronounInfo['person']): void => {
    for (const p of list) {
      pronouns.set(p, { person, subject: subj.has(p) });
      flag(p, W_PRONOUN);
    }
  };
  addP(loc.pronouns.male, 'male');
  addP(loc.pronouns.female, 'female');
  addP(loc.pronouns.plural, 'plural');
  addP(loc.pronouns.firstSingular, 'first-singular');
  addP(loc.pronouns.firstPlural, 'first-plural');
  addP(loc.pronouns.neuter, 'neuter');
  // (load at most one half: the table is probed for every token, and a small table stays in cache between articles)
  const hashFlags = new HashTable32(word.size);
  // one bit per filterBit of the hashes in the table (2 KB, stays in the first-level cache): a word whose bit is
  // clear is not in the table, found without touching the slots (most tokens are not lexicon words)
  const filter = new Int32Array(FILTER_WORDS);
  for (const [w, f] of word) {
    if (f === 0) continue;
    const h = wordHash(w);
    hashFlags.or(h, f);
    const b = filterBit(h);
    filter[b >>> 5] = (filter[b >>> 5] as number) | (1 << (b & 31));
  }
  const lex: Lexicon = {
    word,
    hashFlags,
    roles,
    maxRoleWords,
    countries,
    maxCountryWords,
    demonyms,
    maxDemonymWords,
    honorifics,
    pronouns,
    rolesByHash: byHash(roles),
    countriesByHash: byHash(countries),
    regionsByHash: byHash(regions),
    regions,
    maxRegionWords,
    demonymsByHash: byHash(demonyms),
    pronounsByHash: pronounIndex(pronouns),
    nameLikeCalendar: new Set(loc.nameLikeCalendarWords.map((w) => w.toLowerCase())),
    nameLikeNonPerson: new Set(loc.nameLikeNonPersonWords.map((w) => w.toLowerCase())),
    givenNameGender: new Map<string, Gender>([
      ...loc.givenNames.male.map((w): [string, Gender] => [w.toLowerCase(), 'male']),
      ...loc.givenNames.female.map((w): [string, Gender] => [w.toLowerCase(), 'female']),
    ]),
    possessivePronouns: new Set(loc.possessivePronouns.map((w) => w.toLowerCase())),
    leadingArticle: new RegExp(`^(?:${loc.articles.map(escapeRegExp).join('|')})\\s+`, 'iu'),
    articleInitials: new Set(loc.articles.map((a) => a.toLowerCase().charCodeAt(0))),
    acronymSkip: new Set(loc.acronymSkipWords.map((w) => w.toLowerCase())),
    roleLink: new RegExp(`\\s(?:${loc.roleLinks.map(escapeRegExp).join('|')})\\s`, 'u'),
    coordinatorOnly: new RegExp(`^\\s*(?:${loc.coordinators.map(escapeRegExp).join('|')})\\s+$`, 'u'),
    describingPrepositions: new Set(loc.describingPrepositions.map((w) => w.toLowerCase())),
    recordingNouns: new Set(loc.recordingNouns.map((w) => w.toLowerCase())),
    the: wordRef(loc.definiteArticle),
    roleLinkWords: loc.roleLinks.map(wordRef),
    coordinatorWords: loc.coordinators.map(wordRef),
    acronymPronouns: loc.acronymPronouns.map(wordRef),
    coordinatorWord: new RegExp(`(?:^|\\s)(?:${loc.coordinators.map(escapeRegExp).join('|')})\\s`, 'u'),
    wordTable: { table: hashFlags, pick: PICK_FLAGS, filter, hyphenAdjective: hyphenAdjective(loc) },
  };
  cache.set(loc, lex);
  return lex;
}

/** The test for a capitalised word with a lower-case part after its last hyphen (see {@link WordTable}). */
function hyphenAdjective(loc: EntitiesLocale): (head: string, tail: string) => boolean {
  const endings = loc.hyphenAdjectiveEndings.map((w) => w.toLowerCase());
  const prefixes = new Set(loc.hyphenPrefixes.map((w) => w.toLowerCase()));
  return (head, tail) => prefixes.has(head) || endings.some((e) => tail.endsWith(e));
}
