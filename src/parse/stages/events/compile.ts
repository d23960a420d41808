/**
 * Compiles an {@link EventsLocale} into the regexes the events engine runs. Built once per locale object.
 */
import type { EventKind, EventTrigger, EventsLocale } from '../../../locales/types/events.js';
import { escapeRegExp } from '../../../internal/strings.js';

export interface CompiledTrigger {
  rule: EventTrigger;
  /** Sticky: the trigger at a word start, with a word boundary after it. */
  re: RegExp;
  notFollowedBy: RegExp | null;
  mustBeFollowedBy: RegExp | null;
  objectLeads: RegExp[];
  participantLead: RegExp | null;
  refinements: { re: RegExp; cameo: string }[];
}

export interface CompiledEvents {
  /** Triggers by the first word a match can begin with (`#` for a number), in locale order. */
  byFirstWord: Map<string, CompiledTrigger[]>;
  /** Bitmap over the first two ASCII code units (lower case; 0 for a one-letter word) of every first word. */
  pairs: Uint8Array;
  /** First words that do not start with two ASCII letters (checked the slow way). */
  otherStarts: boolean;
  /** The all-ASCII first words of {@link byFirstWord} by pair index, then length (a word is checked unit by unit). */
  byPairLength: ({ word: string; list: CompiledTrigger[] }[] | undefined)[][];
  /** The lengths (1..40) of those words, per pair: bit `len & 31` of entry `pairIndex * 2 + (len >>> 5)`. */
  pairLengths: Uint32Array;
  determiners: Set<string>;
  articles: Set<string>;
  definite: Set<string>;
  lightVerbs: Set<string>;
  perfect: Set<string>;
  intent: Set<string>;
  pronouns: Set<string>;
  /** Sticky: a collective subject at the position. */
  collective: RegExp | null;
  titles: Set<string>;
  nonName: Set<string>;
  placeHeads: Set<string>;
  /** Global: a place preposition (group 1) and an optional "the" (the caller checks that a name follows). */
  placeLead: RegExp;
  /** Event types a place preposition is limited to (absent: any type). */
  placeTypes: Map<string, readonly EventKind[]>;
  /** Sticky at a reporting verb's end: a preposition that places the statement inside an event. */
  statementEventLead: RegExp | null;
  /** The ASCII units {@link statementEventLead}'s preposition can begin with (null: any unit may). */
  statementEventFirsts: Uint8Array | null;
  /** Sticky at a reporting verb's end: a preposition that gives the statement's place. */
  statementPlaceLead: RegExp | null;
  /** The ASCII units {@link statementPlaceLead}'s preposition can begin with (null: any unit may). */
  statementPlaceFirsts: Uint8Array | null;
  /** Sticky: "of" and an optional article, then a capital ("Cup of the Americas"). */
  ofName: RegExp;
  /** Sticky / global: a capitalised name run, the name link ("of", "of the") allowed inside. */
  nameRun: RegExp;
  nameRunG: RegExp;
  /** Sticky, any case: a conjunction (after an optional comma) and an optional article before the next participant. */
  andJoin: RegExp;
  /** Only a join between two participants: a comma, or a conjunction after an optional comma (any case). */
  joinOnly: RegExp;
  possessiveBefore: RegExp;
  possessiveEnd: RegExp;
  /** The name link and the definite article, lower case (as tokens are compared). */
  linkWord: string;
  articleWord: string;
}

const cache = new WeakMap<EventsLocale, CompiledEvents>();

const phrase = (s: string): string => escapeRegExp(s).replace(/ +/gu, '\\s+');
const B_AFTER = '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';

export const pairIndex = (a: number, b: number): number => ((a & 0x7f) << 7) | (b & 0x7f);

/**
 * The ASCII units that can begin one of `words` in a case-insensitive match: both cases of each word's first letter;
 * null when a word does not begin with an ASCII letter (then no unit can be ruled out this way). A text unit above
 * 127 is never ruled out by the table (the caller runs the regex for it).
 */
function firstLetters(words: readonly string[]): Uint8Array | null {
  const out = new Uint8Array(128);
  for (const w of words) {
    const u = w.charCodeAt(0) | 0x20;
    if (!(u >= 97 && u <= 122)) return null;
    out[u] = 1;
    out[u & ~0x20] = 1;
  }
  return out;
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(phrase).join('|');
}

/** The compiled form of a locale's event data (cached per locale object). */
export function compileEvents(locale: EventsLocale): CompiledEvents {
  const hit = cache.get(locale);
  if (hit) return hit;
  const byFirstWord = new Map<string, CompiledTrigger[]>();
  const the = phrase(locale.definiteArticle);
  const link = phrase(locale.nameLink);
  // (a name word: a capital, then up to 40 letters, marks, digits, apostrophes, dots or hyphens)
  const nameLinkRun = `(?:[ \\t]{1,4}(?:${link}[ \\t]+(?:${the}[ \\t]+)?)?\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.-]{0,40}){0,7}`;
  const pairs = new Uint8Array(128 * 128);
  let otherStarts = false;
  for (const rule of locale.triggers) {
    const leads = rule.participantLeads ?? [];
    const t: CompiledTrigger = {
      rule,
      re: new RegExp(`(?:${rule.pattern})${B_AFTER}`, rule.caseSensitive ? 'uy' : 'iuy'),
      notFollowedBy: rule.notFollowedBy ? new RegExp(rule.notFollowedBy, 'iuy') : null,
      mustBeFollowedBy: rule.mustBeFollowedBy ? new RegExp(rule.mustBeFollowedBy, 'iuy') : null,
      objectLeads: (rule.objectLeads ?? []).map((s) => new RegExp(s, 'iuy')),
      participantLead:
        leads.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(leads)})\\s+(?:${the}\\s+)?`, 'giu') : null,
      refinements: (rule.cameoRefinements ?? []).map((r) => ({ re: new RegExp(r.after, 'iu'), cameo: r.cameo })),
    };
    for (const raw of rule.firstWords) {
      const w = raw.toLowerCase();
      const list = byFirstWord.get(w) ?? [];
      list.push(t);
      byFirstWord.set(w, list);
      if (w === '#') continue;
      const a = w.charCodeAt(0);
      const b = w.length > 1 ? w.charCodeAt(1) : 0;
      if (a < 128 && b < 128) pairs[pairIndex(a, b)] = 1;
      else otherStarts = true;
    }
  }
  const byPairLength: ({ word: string; list: CompiledTrigger[] }[] | undefined)[][] = [];
  for (let p = 0; p < 128 * 128; p++) byPairLength.push([]);
  const pairLengths = new Uint32Array(128 * 128 * 2);
  for (const [word, list] of byFirstWord) {
    // eslint-disable-next-line no-control-regex
    if (word === '#' || word.length === 0 || word.length > 40 || !/^[\u0000-\u007f]*$/u.test(word)) continue;
    const pair = pairIndex(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0);
    const byLength = byPairLength[pair] as ({ word: string; list: CompiledTrigger[] }[] | undefined)[];
    while (byLength.length <= word.length) byLength.push(undefined);
    (byLength[word.length] ??= []).push({ word, list });
    pairLengths[pair * 2 + (word.length >>> 5)]! |= 1 << (word.length & 31);
  }
  const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const compiled: CompiledEvents = {
    byFirstWord,
    pairs,
    otherStarts,
    byPairLength,
    pairLengths,
    determiners: lower(locale.determiners),
    articles: lower(locale.articles),
    definite: lower(locale.definiteDeterminers),
    lightVerbs: lower(locale.lightVerbs),
    perfect: lower(locale.perfectAuxiliaries),
    intent: lower(locale.intentMarkers),
    pronouns: lower(locale.personPronouns),
    collective:
      locale.collectiveSubjects.length > 0
        ? new RegExp(`(?:${alternation(locale.collectiveSubjects)})(?![\\p{L}\\p{N}])`, 'iuy')
        : null,
    titles: new Set(locale.titleWords),
    nonName: new Set(locale.nonNameWords),
    placeHeads: new Set(locale.placeHeads),
    placeLead: new RegExp(
      `(?<![\\p{L}\\p{N}])(${alternation(locale.placePrepositions.map((p) => p.word))})\\s+(?:${the}\\s+)?`,
      'giu',
    ),
    placeTypes: new Map(
      locale.placePrepositions.filter((p) => p.types !== undefined).map((p) => [p.word.toLowerCase(), p.types ?? []]),
    ),
    statementEventLead:
      locale.statementEventPrepositions.length > 0
        ? new RegExp(`\\s+(?:${alternation(locale.statementEventPrepositions)})\\s+`, 'iuy')
        : null,
    statementEventFirsts: firstLetters(locale.statementEventPrepositions),
    statementPlaceLead:
      locale.statementPlacePrepositions.length > 0
        ? new RegExp(`\\s+(?:${alternation(locale.statementPlacePrepositions)})\\s+(?:${the}\\s+)?`, 'iuy')
        : null,
    statementPlaceFirsts: firstLetters(locale.statementPlacePrepositions),
    ofName: new RegExp(`\\s+${link}\\s+(?:${the}\\s+)?(?=\\p{Lu})`, 'uy'),
    nameRun: new RegExp(`\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.-]{0,40}${nameLinkRun}`, 'uy'),
    // (the boundary is checked after the capital, the letter or digit before it then the capital: the same matches
    // as a lookbehind before it, found faster, as the engine looks for a capital first)
    nameRunG: new RegExp(`\\p{Lu}(?<![\\p{L}\\p{N}]\\p{Lu})[\\p{L}\\p{M}\\p{N}'’.-]{0,40}${nameLinkRun}`, 'gu'),
    andJoin: new RegExp(`\\s*(?:,\\s*)?(?:${alternation(locale.conjunctions)})\\s+(?:${the}\\s+)?`, 'iuy'),
    joinOnly: new RegExp(`^\\s*(?:,\\s*)?(?:${alternation(locale.conjunctions)})\\s+$|^\\s*,\\s*$`, 'iu'),
    possessiveBefore: locale.possessiveBeforeName,
    possessiveEnd: locale.possessiveEnding,
    linkWord: locale.nameLink.toLowerCase(),
    articleWord: locale.definiteArticle.toLowerCase(),
  };
  cache.set(locale, compiled);
  return compiled;
}
