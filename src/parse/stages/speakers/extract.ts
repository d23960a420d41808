/**
 * Mention extraction for the speakers stage: capitalised name sequences with their titles, descriptors
 * ("the Azerbaijani leader", "the press service of the Russian president") and pronouns. Linear in the tokens.
 */
import {
  W_CALENDAR,
  W_CLAUSE,
  W_COORD,
  W_CONNECTOR,
  W_COUNTRY,
  W_DEF,
  W_DEMONYM,
  W_FUNCTION,
  W_HONORIFIC,
  W_INDEF,
  W_INSTITUTION,
  W_MODIFIER,
  W_NONPERSON,
  W_OBJECT,
  W_ORG,
  W_PARTICLE,
  W_PARTY,
  W_PLACEMOD,
  W_PLACEPREP,
  W_PREPCLAUSE,
  W_PRONOUN,
  W_QUANT,
  W_ROLE,
  W_ROLEWORD,
  W_SUFFIX,
  W_SMALL,
  extendHash,
  type Gender,
  type HashIndex,
  type Lexicon,
  type PronounInfo,
  type RoleInfo,
  type WordRef,
} from './lexicon.js';
import {
  T_ACRONYM,
  T_CAP,
  T_HEADLINE,
  T_POSS,
  T_WIDE,
  T_ALLCAPS,
  T_DIGIT,
  T_DOTTED,
  abbrevBefore,
  markHeadline,
  clauseStartAt,
  lower,
  sentenceStartAt,
  spaceBefore,
  tokText,
  tokTextShared,
  type Tokens,
} from './tokens.js';

export interface NameMention {
  type: 'name';
  /** Position in the stage's sorted mention list (set by the stage). */
  idx: number;
  /** Position in {@link ExtractResult.names}. */
  nameIdx: number;
  /** The name itself (no title, no possessive). */
  start: number;
  end: number;
  text: string;
  /** Start of the whole phrase, titles included. */
  fullStart: number;
  kind: 'person' | 'organization';
  /** Folded lower-case name words (suffixes dropped). */
  words: string[];
  titles: string[];
  /** Title words and honorific as written before the name, with the name ("President Vladimir Putin"). */
  titledForm: string | undefined;
  honorificForm: string | undefined;
  gender: Gender | undefined;
  countries: string[];
  categories: string[];
  possessive: boolean;
  /** One word, no title or honorific: needs another mention to be believed. */
  bare: boolean;
  subject: boolean;
  /** For organisations: written with "the" before it. */
  withThe: boolean;
}

export interface DescriptorMention {
  type: 'descriptor';
  idx: number;
  start: number;
  end: number;
  text: string;
  definite: boolean;
  plural: boolean;
  role: RoleInfo;
  /** Countries from modifiers ("the Russian diplomat"). */
  countries: string[];
  /** Countries listed in an "of" complement ("the presidents of Russia and Azerbaijan"). */
  ofCountries: string[];
  /** Categories of a role in the complement ("the press service of the Russian president" -> president). */
  subject: boolean;
  possessive: boolean;
}

export interface PronounMention {
  type: 'pronoun';
  idx: number;
  start: number;
  end: number;
  text: string;
  info: PronounInfo;
}

export type RawMention = NameMention | DescriptorMention | PronounMention;

/** The empty list shared by mentions without titles, countries or categories (frozen: mention lists are never changed). */
const NONE = Object.freeze([]) as unknown as string[];

/** True when s has only printable ASCII characters (space to tilde). */
function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}
const fold = (s: string): string =>
  printableAscii(s)
    ? s.toLowerCase()
    : s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/’/gu, "'");

export { fold };

/**
 * Completes `t.lexFlags` once (`t` from `tokenize(text, lex.wordTable)`): every later lookup of a token's lexicon
 * flags is an array read. The tokens whose flags meet the table's pick flags (PICK_FLAGS) are in t.picks;
 * returns how many.
 */
function computeLexFlags(lex: Lexicon, t: Tokens): number {
  const lf = t.lexFlags;
  const tf = t.flags;
  const pick = lex.wordTable.pick;
  // ASCII words: looked up and picked by the tokenizer, by the hash it computed (collisions with the few thousand
  // lexicon words are negligible)
  const np = t.nPicks;
  if (np >= 0) return np;
  // some words with other characters: looked up by their text, then picked again in one pass
  let count = 0;
  for (let i = 0; i < t.n; i++) {
    if ((tf[i] ?? 0) & T_WIDE) lf[i] = lex.word.get(lower(t, i)) ?? 0;
    if ((lf[i] ?? 0) & pick) t.picks[count++] = i;
  }
  return count;
}

function flagsOf(_lex: Lexicon, t: Tokens, i: number): number {
  if (i < 0 || i >= t.n) return 0;
  return t.lexFlags[i] ?? 0;
}

/** Is token i the given lower-case word? (hash first for an ASCII token, else the text) */
function isWord(t: Tokens, i: number, r: WordRef): boolean {
  if (i < 0 || i >= t.n) return false;
  if (!((t.flags[i] ?? 0) & T_WIDE)) return t.hash[i] === r.h;
  return lower(t, i) === r.w;
}

/** Is token i one of the given words? */
function isAnyWord(t: Tokens, i: number, rs: readonly WordRef[]): boolean {
  for (let q = 0; q < rs.length; q++) if (isWord(t, i, rs[q] as WordRef)) return true;
  return false;
}

/**
 * Longest phrase of a table starting at token i (words joined by single spaces): by hash for ASCII tokens, by
 * text otherwise. Returns the value and the number of words.
 */
function phraseAt<V>(t: Tokens, i: number, j: number, max: number, byHash: HashIndex<V>, byText: Map<string, V>, out: [V, number]): [V, number] | undefined {
  let found = false;
  let ph = 17;
  let wide = false;
  for (let k = i; k <= j && k < i + max; k++) {
    if (k > i && !spaceBefore(t, k)) break;
    if ((t.flags[k] ?? 0) & T_WIDE) wide = true;
    let v: V | undefined;
    if (!wide) {
      ph = extendHash(ph, t.hash[k] ?? 0);
      v = byHash.get(ph);
    } else {
      const parts: string[] = [];
      for (let q = i; q <= k; q++) parts.push(lower(t, q));
      v = byText.get(parts.join(' '));
    }
    if (v !== undefined) {
      out[0] = v;
      out[1] = k - i + 1;
      found = true;
    }
    if ((t.flags[k] ?? 0) & T_POSS) break;
  }
  return found ? out : undefined;
}

/**
 * The answers of {@link countryAt}, {@link demonymAt} and {@link roleAt}: one record each, reused by every call
 * (callers read an answer before asking the same function again).
 */
const COUNTRY_HIT: [string, number] = ['', 0];
const DEMONYM_HIT: [string, number] = ['', 0];
const ROLE_HIT: [RoleInfo, number] = [{ phrase: '', categories: [], holder: 'generic', gender: undefined, plural: false }, 0];

/** Longest country name starting at token i; returns [key, words] (shared: see COUNTRY_HIT) or undefined. */
function countryAt(lex: Lexicon, t: Tokens, i: number, j: number): [string, number] | undefined {
  if (!((flagsOf(lex, t, i) & W_COUNTRY) !== 0)) return undefined;
  return phraseAt(t, i, j, lex.maxCountryWords, lex.countriesByHash, lex.countries, COUNTRY_HIT);
}

const REGION_HIT: [string, number] = ['', 0];
/** A region (below the country level) starting at token i: [name, words] (shared, see COUNTRY_HIT) or undefined. */
function regionAt(lex: Lexicon, t: Tokens, i: number, j: number): [string, number] | undefined {
  if (!((t.flags[i] ?? 0) & T_CAP)) return undefined;
  return phraseAt(t, i, j, lex.maxRegionWords, lex.regionsByHash, lex.regions, REGION_HIT);
}

function demonymAt(lex: Lexicon, t: Tokens, i: number, j: number): [string, number] | undefined {
  if (!((flagsOf(lex, t, i) & W_DEMONYM) !== 0)) return undefined;
  return phraseAt(t, i, j, lex.maxDemonymWords, lex.demonymsByHash, lex.demonyms, DEMONYM_HIT);
}

/** Longest role phrase starting at token i; returns [role, words] (shared: see COUNTRY_HIT) or undefined. */
function roleAt(lex: Lexicon, t: Tokens, i: number, j: number): [RoleInfo, number] | undefined {
  if (!((flagsOf(lex, t, i) & (W_ROLE | W_ROLEWORD)) !== 0)) return undefined;
  return phraseAt(t, i, j, lex.maxRoleWords, lex.rolesByHash, lex.roles, ROLE_HIT);
}

/**
 * `lex.countries.has(lower(t, k))`: a token without T_WIDE whose one-word phrase hash is not in the country index
 * is no country (no string made); one whose hash is there is confirmed by its text.
 */
function isCountryWord(lex: Lexicon, t: Tokens, k: number): boolean {
  if (!((t.flags[k] ?? 0) & T_WIDE) && !lex.countriesByHash.has(extendHash(17, t.hash[k] ?? 0))) return false;
  return lex.countries.has(lower(t, k));
}

/** Empties a reused title record. */
function clearTitle(info: TitleInfo): void {
  // (truncating an array is a runtime call even when it is already empty)
  if (info.countries.length) info.countries.length = 0;
  if (info.categories.length) info.categories.length = 0;
  info.gender = undefined;
  info.honorific = undefined;
  info.strongEnd = -1;
}

interface TitleInfo {
  countries: string[];
  categories: string[];
  gender: Gender | undefined;
  honorific: { form: string; role: boolean } | undefined;
  /** After readTitle: the first token after the last title word that states a role (not a bare modifier); -1 if none. */
  strongEnd: number;
}

/**
 * Reads title words forward from token i up to token j (inclusive) and returns the first token after them.
 * Title words: honorifics, demonyms, party words, role words and modifiers, "of" + country or role words.
 */
function readTitle(lex: Lexicon, t: Tokens, i: number, j: number, info: TitleInfo): number {
  let k = i;
  let sawRoleish = false;
  while (k <= j) {
    if (k > i && !spaceBefore(t, k) && !abbrevBefore(t, k)) break;
    const f = flagsOf(lex, t, k);
    if (f & W_HONORIFIC) {
      const h = lex.honorifics.get(lower(t, k));
      if (h) {
        info.honorific = { form: tokText(t, k) + (t.text.charCodeAt(t.end[k] ?? 0) === 46 ? '.' : ''), role: h.role };
        info.gender ??= h.gender;
        info.categories.push(...h.categories);
      }
      k++;
      info.strongEnd = k;
      sawRoleish = true;
      continue;
    }
    const dem = demonymAt(lex, t, k, j);
    if (dem && (t.flags[k] ?? 0) & T_CAP) {
      info.countries.push(dem[0]);
      k += dem[1];
      info.strongEnd = k;
      sawRoleish = true;
      continue;
    }
    const role = roleAt(lex, t, k, j);
    if (role && role[0].holder === 'person') {
      // ("Attorneys for Mayor Ana Ruiz": a plural role before a link is no one person's title; the name after the
      // link is another person)
      const pluralBeforeLink = role[0].plural && k + role[1] < j && isAnyWord(t, k + role[1], lex.roleLinkWords);
      info.categories.push(...role[0].categories);
      info.gender ??= role[0].gender;
      k += role[1];
      info.strongEnd = k;
      sawRoleish = true;
      if (pluralBeforeLink) break;
      continue;
    }
    if (f & (W_MODIFIER | W_PARTY | W_ROLEWORD)) {
      k++;
      if (f & (W_PARTY | W_ROLEWORD)) info.strongEnd = k;
      sawRoleish = true;
      continue;
    }
    if (sawRoleish && k < j && isAnyWord(t, k, lex.roleLinkWords)) {
      let q = k + 1;
      if (isWord(t, q, lex.the) && q < j) q++;
      const c = countryAt(lex, t, q, j);
      if (c) {
        info.countries.push(c[0]);
        k = q + c[1];
        info.strongEnd = k;
        continue;
      }
      // ("Governor of Texas Greg Abbott": a region is part of the title, a name must follow it)
      const r = regionAt(lex, t, q, j);
      if (r && q + r[1] <= j) {
        k = q + r[1];
        info.strongEnd = k;
        continue;
      }
      const qf = flagsOf(lex, t, q);
      if (qf & (W_ROLE | W_ROLEWORD | W_MODIFIER | W_ORG)) {
        k = q;
        continue;
      }
      break;
    }
    break;
  }
  return k;
}

export interface ExtractResult {
  names: NameMention[];
  descriptors: DescriptorMention[];
  pronouns: PronounMention[];
}

function isSubjectBefore(lex: Lexicon, t: Tokens, i: number): boolean {
  // token i starts the phrase; subject when a clause starts there or after a clause word, not after an object marker
  if (clauseStartAt(t, i)) return true;
  const f = flagsOf(lex, t, i - 1);
  if (f & W_OBJECT) return false;
  // "the backing of Reps. Reid Ribble and Glenn Grothman": a name joined to a capitalised name before it is a
  // subject only when that name is (its words, initials and abbreviations are walked back over)
  if (f & W_COORD && i - 2 >= 0 && (t.flags[i - 2] ?? 0) & T_CAP && spaceBefore(t, i - 1) && spaceBefore(t, i)) {
    // (a period after an honorific, an initial or a dotted abbreviation does not end the name: "Reps. Tom Berg")
    const abbrevAt = (k: number): boolean => abbrevBefore(t, k + 1) && (((t.flags[k] ?? 0) & T_DOTTED) !== 0 || tokText(t, k).length === 1 || (flagsOf(lex, t, k) & W_HONORIFIC) !== 0);
    let a = i - 2;
    while (a - 1 >= 0 && (t.flags[a - 1] ?? 0) & T_CAP && (spaceBefore(t, a) || abbrevAt(a - 1))) a--;
    if (clauseStartAt(t, a) && !(a - 1 >= 0 && abbrevAt(a - 1))) return true;
    const fa = flagsOf(lex, t, a - 1);
    return (fa & W_OBJECT) === 0 && (fa & (W_CLAUSE | W_CALENDAR)) !== 0;
  }
  return (f & (W_CLAUSE | W_CALENDAR)) !== 0;
}

/**
 * The name over tokens a..j follows a clause word that is a preposition too and is its object: punctuation or a
 * preposition follows it ("appearing after Clinton at the forum", "since Obama, …"; not "after Clinton spoke").
 */
function prepositionObject(lex: Lexicon, t: Tokens, a: number, j: number): boolean {
  if (a < 1 || !(flagsOf(lex, t, a - 1) & W_PREPCLAUSE)) return false;
  if (j + 1 >= t.n || clauseStartAt(t, j + 1)) return true;
  return (flagsOf(lex, t, j + 1) & W_OBJECT) !== 0 && ((t.flags[j + 1] ?? 0) & T_CAP) === 0;
}

/** Finds names, descriptors and pronouns in the tokens. */
export function extractMentions(lex: Lexicon, t: Tokens): ExtractResult {
  const names: NameMention[] = [];
  const descriptors: DescriptorMention[] = [];
  const pronouns: PronounMention[] = [];
  const text = t.text;
  const nPicks = computeLexFlags(lex, t);
  // Title-case headlines: every lower-case word is one that title case leaves small ("of", "to", "the").
  const hc = t.headlineCandidates;
  for (let c = 0; c + 1 < hc.length; c += 2) {
    const from = hc[c] ?? 0;
    const to = hc[c + 1] ?? 0;
    let ok = true;
    for (let k = from; k < to && ok; k++) if (!((t.flags[k] ?? 0) & T_CAP) && !(flagsOf(lex, t, k) & W_SMALL)) ok = false;
    if (ok) markHeadline(t.flags, from, to);
  }
  const scratch: TitleInfo = { countries: [], categories: [], gender: undefined, honorific: undefined, strongEnd: -1 };
  let lastOrgEndTok = -2;
  let lastOrgText = '';
  let i = 0;
  while (i < t.n) {
    const fl = t.flags[i] ?? 0;
    if (!(fl & T_CAP) || fl & T_HEADLINE) {
      i++;
      continue;
    }
    // Capitalised sequence i..j.
    let j = i;
    while (j + 1 < t.n && !((t.flags[j] ?? 0) & T_POSS)) {
      const nx = j + 1;
      const joined =
        spaceBefore(t, nx) ||
        (abbrevBefore(t, nx) && ((t.flags[j] ?? 0) & T_DOTTED || tokText(t, j).length === 1 || (flagsOf(lex, t, j) & W_HONORIFIC) !== 0));
      if (!joined) break;
      if ((t.flags[nx] ?? 0) & T_CAP) {
        j = nx;
        continue;
      }
      const nf = flagsOf(lex, t, nx);
      if (nf & (W_CONNECTOR | W_PARTICLE) && nx + 1 < t.n && spaceBefore(t, nx + 1) && (t.flags[nx + 1] ?? 0) & T_CAP) {
        j = nx + 1;
        continue;
      }
      break;
    }
    const seqEnd = j;
    let a = i;
    // Leading function words ("The", "But", "According").
    let withThe = false;
    while (a <= j) {
      const f = flagsOf(lex, t, a);
      if (f & W_FUNCTION && !(f & (W_HONORIFIC | W_ROLE))) {
        if (isWord(t, a, lex.the)) withThe = true;
        a++;
      } else break;
    }
    // connectors left dangling at the start
    while (a <= j && !((t.flags[a] ?? 0) & T_CAP)) a++;
    if (a > j) {
      i = seqEnd + 1;
      continue;
    }
    if (!withThe && a > 0 && isWord(t, a - 1, lex.the) && spaceBefore(t, a)) withThe = true;
    const possessive = ((t.flags[j] ?? 0) & T_POSS) !== 0;
    // Organisation: an organisation word, an institution or an acronym in the sequence.
    let lastOrg = -1;
    for (let k = a; k <= j; k++) {
      const f = flagsOf(lex, t, k);
      if (f & (W_ORG | W_INSTITUTION) || ((t.flags[k] ?? 0) & T_ACRONYM && !isCountryWord(lex, t, k))) lastOrg = k;
    }
    // one scratch record for every sequence; copied when a mention is kept
    const info = scratch;
    clearTitle(info);
    if (lastOrg >= 0) {
      // "White House Press Secretary Jane Roe": organisation words, then title words, then a name.
      const after = lastOrg < j ? readTitle(lex, t, lastOrg + 1, j, info) : j + 1;
      if (lastOrg < j && after > lastOrg + 1 && after <= j) {
        pushPerson(a, after, j, info);
      } else if (lastOrg < j && after === lastOrg + 1 && (t.flags[lastOrg + 1] ?? 0) & T_CAP && !(flagsOf(lex, t, lastOrg + 1) & (W_CONNECTOR | W_ORG))) {
        // "the Washington Post Trump interview": an organisation, then a name
        pushOrg(a, lastOrg);
        pushPerson(lastOrg + 1, lastOrg + 1, j, info);
      } else {
        // the organisation itself: countries from demonyms inside it
        const theBefore = withThe && a > 0 && isWord(t, a - 1, lex.the);
        const org = orgMention(a, j, theBefore, withThe, possessive);
        const dem = demonymAt(lex, t, a, j);
        if (dem) org.countries = [dem[0]];
        names.push(org);
        lastOrgEndTok = j;
        lastOrgText = org.text;
      }
      i = seqEnd + 1;
      continue;
    }
    const b = readTitle(lex, t, a, j, info);
    if (b <= j && !((t.flags[b] ?? 0) & T_CAP)) {
      // "Supporters of Hillary Clinton": the title read stops at a link, so it is no title of the name after it
      let nb = b;
      while (nb <= j && !((t.flags[nb] ?? 0) & T_CAP)) nb++;
      clearTitle(info);
      // (the name after the link may have a title of its own: "Supporters of Sen. Tom Lee", "Attorneys for Mayor
      // Ana Ruiz")
      if (nb <= j) pushPerson(nb, readTitle(lex, t, nb, j, info), j, info);
    } else if (b <= j) pushPerson(a, b, j, info);
    i = seqEnd + 1;
  }

  function pushPerson(a: number, b: number, j: number, info: TitleInfo): void {
    // b..j are the name tokens; a..b-1 the in-sequence title. Bare modifiers ("Top Clinton aide") are no title.
    if (b > a && info.strongEnd <= a) a = b;
    // a place before an honorific belongs to the title: "Vermont Sen. Jane Roe", "Ohio Gov. John Doe"
    for (let k = b + 1; k < j && k <= b + 3; k++) {
      if (flagsOf(lex, t, k) & W_HONORIFIC && lex.honorifics.get(lower(t, k))?.role) {
        b = readTitle(lex, t, k, j, info);
        if (b > j) return;
        break;
      }
    }
    let e = j;
    while (e > b && flagsOf(lex, t, e) & W_SUFFIX) e--;
    let allCommon = true;
    for (let k = b; k <= j; k++) {
      const tf = t.flags[k] ?? 0;
      const f = flagsOf(lex, t, k);
      // (a given name that is a common word too, first in a longer name: "Bill Clinton")
      if (f & W_NONPERSON && a === b && !info.honorific && !(k === b && k < e && lex.nameLikeNonPerson.has(lower(t, k)))) return;
      if (tf & T_CAP && !(f & (W_FUNCTION | W_CALENDAR | W_DEMONYM | W_COUNTRY | W_PRONOUN))) allCommon = false;
      if (f & W_FUNCTION && tf & T_CAP) return; // "Hillary Clinton Was" style runs
      if (f & W_CALENDAR && !lex.nameLikeCalendar.has(lower(t, k))) return; // "Florida Friday"
      if (tf & (T_ACRONYM | T_DIGIT) || (k > b && tf & T_ALLCAPS)) return; // headings in capitals, numbers
    }
    if (allCommon) return;
    if (e - b + 1 > 4) return;
    if (e > b && flagsOf(lex, t, b) & W_PLACEMOD) return;
    // the whole name is a country or demonym
    if (countryAt(lex, t, b, e)?.[1] === e - b + 1 || demonymAt(lex, t, b, e)?.[1] === e - b + 1) return;
    const words = wordList(b, e);
    // Titles written before the sequence in lower case ("former", "presidential nominee", "Kremlin spokesman").
    let titleStart = a;
    let q = a - 1;
    if (a === b || a > 0) {
      while (q >= 0 && (spaceBefore(t, q + 1) || ((t.flags[q] ?? 0) & T_DOTTED && abbrevBefore(t, q + 1)))) {
        const f = flagsOf(lex, t, q);
        if ((t.flags[q] ?? 0) & T_POSS) break;
        if (f & (W_ROLE | W_ROLEWORD | W_MODIFIER | W_PARTY) || (f & W_DEMONYM && (t.flags[q] ?? 0) & T_CAP)) {
          if (f & (W_DEF | W_INDEF) && !(f & (W_ROLE | W_ROLEWORD))) break;
          // the word right before the name must state a role ("nominee"), not only qualify one ("presidential")
          if (q === a - 1 && a === b && !(f & (W_ROLE | W_ROLEWORD | W_PARTY | W_DEMONYM))) break;
          titleStart = q;
          q--;
          continue;
        }
        break;
      }
    }
    if (titleStart < a) {
      const pre: TitleInfo = { countries: [], categories: [], gender: undefined, honorific: undefined, strongEnd: -1 };
      readTitle(lex, t, titleStart, a - 1, pre);
      info.countries.unshift(...pre.countries);
      info.categories.unshift(...pre.categories);
      info.gender ??= pre.gender;
      // an organisation right before ("Kremlin spokesman")
      if (lastOrgEndTok === titleStart - 1 && spaceBefore(t, titleStart)) {
        titleStart = lastOrgEndTok - (lastOrgText.split(' ').length - 1);
        if (titleStart < 0) titleStart = 0;
      }
    }
    // (a common given name tells the gender when nothing before the name did: "Bill Clinton", "Hillary Clinton")
    if (!info.gender && e > b) info.gender = lex.givenNameGender.get(lower(t, b));
    const s = t.start[b] ?? 0;
    const en = t.end[j] ?? 0;
    let titles = NONE;
    let titleTextStart = titleStart;
    // the honorific is not a title unless it states a role
    if (info.honorific && !info.honorific.role) {
      const hIdx = findHonorific(titleStart, b);
      if (hIdx === titleStart) titleTextStart = hIdx + 1;
    }
    if (titleTextStart < b) {
      const ts = t.start[titleTextStart] ?? 0;
      let te = t.end[b - 1] ?? 0;
      if (text.charCodeAt(te) === 46 && info.honorific && findHonorific(b - 1, b) === b - 1) te++;
      const title = text.slice(ts, te);
      if (title.trim()) titles = [title];
    }
    const fullStart = t.start[titleStart] ?? s;
    const honorificForm = info.honorific ? `${info.honorific.form} ${text.slice(s, en)}` : undefined;
    names.push({
      type: 'name',
          idx: -1,
          nameIdx: names.length,
      start: s,
      end: en,
      text: text.slice(s, en),
      fullStart,
      kind: 'person',
      words,
      titles,
      titledForm: titleStart < b ? text.slice(fullStart, en) : undefined,
      honorificForm,
      gender: info.gender,
      countries: info.countries.length ? info.countries.slice() : NONE,
      categories: info.categories.length ? info.categories.slice() : NONE,
      possessive: ((t.flags[j] ?? 0) & T_POSS) !== 0,
      bare: titleStart === b && b === j,
      subject: isSubjectBefore(lex, t, titleStart) && !prepositionObject(lex, t, titleStart, j),
      withThe: false,
    });
  }

  /** An organisation name over tokens a..j; `theBefore`: a "the" right before it belongs to its full form. */
  function orgMention(a: number, j: number, theBefore: boolean, withThe: boolean, possessive: boolean): NameMention {
    const words = wordList(a, j);
    const s = t.start[a] ?? 0;
    const e = t.end[j] ?? 0;
    return {
      type: 'name',
      idx: -1,
      nameIdx: names.length,
      start: s,
      end: e,
      text: text.slice(s, e),
      fullStart: theBefore ? (t.start[a - 1] ?? s) : s,
      kind: 'organization',
      words,
      titles: NONE,
      titledForm: undefined,
      honorificForm: undefined,
      gender: undefined,
      countries: NONE,
      categories: NONE,
      possessive,
      bare: false,
      subject: isSubjectBefore(lex, t, theBefore ? a - 1 : a),
      withThe,
    };
  }

  function pushOrg(a: number, j: number): void {
    const withThe = a > 0 && isWord(t, a - 1, lex.the) && spaceBefore(t, a);
    const org = orgMention(a, j, withThe, withThe, ((t.flags[j] ?? 0) & T_POSS) !== 0);
    names.push(org);
    lastOrgEndTok = j;
    lastOrgText = org.text;
  }

  /** Folded words of tokens a..b (a token without T_WIDE is ASCII and ’, which NFKD leaves alone: its fold is its lower-case form). */
  function wordAt(k: number): string {
    return (t.flags[k] ?? 0) & T_WIDE ? fold(tokText(t, k)) : lower(t, k);
  }

  /** The words of tokens a..b as a list of exactly that size (one or two words: a literal). */
  function wordList(a: number, b: number): string[] {
    if (a === b) return [wordAt(a)];
    if (b === a + 1) {
      const w0 = wordAt(a);
      return [w0, wordAt(b)];
    }
    const words: string[] = [];
    for (let k = a; k <= b; k++) words.push(wordAt(k));
    return words;
  }

  function findHonorific(from: number, to: number): number {
    for (let k = from; k < to; k++) if (flagsOf(lex, t, k) & W_HONORIFIC) return k;
    return -1;
  }

  // Descriptors and pronouns: one pass over all tokens.
  // (the tokens that may start one were picked while the lexicon flags were filled)
  const picks = t.picks;
  for (let p = 0; p < nPicks; p++) {
    const k = picks[p] as number;
    const f = flagsOf(lex, t, k);
    if (f & W_PRONOUN) {
      const info = (t.flags[k] ?? 0) & T_WIDE ? lex.pronouns.get(lower(t, k)) : lex.pronounsByHash.get(t.hash[k] ?? 0);
      // "I" only in capitals; "US" is not "us"
      if (info && !(isAnyWord(t, k, lex.acronymPronouns) && (t.flags[k] ?? 0) & T_ACRONYM)) {
        const s = t.start[k] ?? 0;
        const e = t.end[k] ?? 0;
        pronouns.push({ type: 'pronoun', idx: -1, start: s, end: e, text: tokTextShared(t, k), info });
      }
      continue;
    }
    if (f & (W_DEF | W_INDEF)) {
      const d = readDescriptor(k, (f & W_DEF) !== 0);
      if (d) {
        descriptors.push(d);
      }
    }
  }

  function readDescriptor(k0: number, definite: boolean): DescriptorMention | undefined {
    let k = k0 + 1;
    // made only when a demonym or country is met (most articles and determiners start no descriptor)
    let countries: string[] | undefined;
    let head: RoleInfo | undefined;
    let headEnd = -1;
    let possessive = false;
    let steps = 0;
    while (k < t.n && steps < 8 && spaceBefore(t, k)) {
      steps++;
      const cap = ((t.flags[k] ?? 0) & T_CAP) !== 0;
      const f = flagsOf(lex, t, k);
      const role = roleAt(lex, t, k, t.n - 1);
      if (role) {
        head = role[0];
        headEnd = k + role[1] - 1;
        k += role[1];
        if ((t.flags[headEnd] ?? 0) & T_POSS) {
          possessive = true;
          break;
        }
        continue;
      }
      const dem = demonymAt(lex, t, k, t.n - 1);
      if (dem && cap) {
        (countries ??= []).push(dem[0]);
        k += dem[1];
        continue;
      }
      if ((t.flags[k] ?? 0) & T_POSS) {
        const c = countryAt(lex, t, k, k);
        if (c) {
          (countries ??= []).push(c[0]);
          k++;
          continue;
        }
        break;
      }
      if (f & (W_MODIFIER | W_PARTY | W_QUANT)) {
        k++;
        continue;
      }
      break;
    }
    if (!head || headEnd < 0) return undefined;
    // "the Democratic nominee Hillary Clinton": a title, not a descriptor
    const nx = headEnd + 1;
    if (!possessive && nx < t.n && spaceBefore(t, nx) && (t.flags[nx] ?? 0) & T_CAP && !(flagsOf(lex, t, nx) & (W_FUNCTION | W_CALENDAR))) return undefined;
    let end = t.end[headEnd] ?? 0;
    const ofCountries: string[] = [];
    // Complement: "of Russia and Azerbaijan", "of the Russian president", "for the State Department".
    if (!possessive && nx < t.n && spaceBefore(t, nx) && isAnyWord(t, nx, lex.roleLinkWords)) {
      let q = nx + 1;
      if (q < t.n && spaceBefore(t, q) && isWord(t, q, lex.the)) q++;
      if (q < t.n && spaceBefore(t, q)) {
        const c = countryAt(lex, t, q, t.n - 1);
        if (c) {
          ofCountries.push(c[0]);
          let r = q + c[1];
          end = t.end[r - 1] ?? end;
          while (r + 1 < t.n && spaceBefore(t, r) && flagsOf(lex, t, r) & W_CLAUSE && isAnyWord(t, r, lex.coordinatorWords) && spaceBefore(t, r + 1)) {
            const c2 = countryAt(lex, t, r + 1, t.n - 1);
            if (!c2) break;
            ofCountries.push(c2[0]);
            r = r + 1 + c2[1];
            end = t.end[r - 1] ?? end;
          }
        } else {
          // nested descriptor or a capitalised organisation
          let r = q;
          let last = -1;
          let n = 0;
          while (r < t.n && n < 6 && (r === q || spaceBefore(t, r))) {
            const rf = flagsOf(lex, t, r);
            const dem = demonymAt(lex, t, r, t.n - 1);
            if (dem && (t.flags[r] ?? 0) & T_CAP) {
              if (head.holder !== 'person') ofCountries.push(dem[0]);
              r += dem[1];
              n++;
              continue;
            }
            if (rf & W_HONORIFIC) break;
            if (rf & (W_ROLE | W_ROLEWORD | W_MODIFIER) || ((t.flags[r] ?? 0) & T_CAP && !(rf & W_FUNCTION))) {
              last = r;
              r++;
              n++;
              if ((t.flags[last] ?? 0) & T_POSS) break;
              continue;
            }
            break;
          }
          if (last >= 0) end = t.end[last] ?? end;
        }
      }
    }
    const s = t.start[k0] ?? 0;
    return {
      type: 'descriptor',
      idx: -1,
      start: s,
      end,
      text: text.slice(s, end),
      definite,
      plural: head.plural,
      role: head,
      countries: countries ?? [],
      ofCountries,
      subject: isSubjectBefore(lex, t, k0),
      possessive,
    };
  }

  void W_PLACEPREP;
  return { names, descriptors, pronouns };
}
