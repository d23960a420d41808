import type { ClaimsLocale } from '../locales/types/claims.js';

/** Phrases indexed by their first word: each entry is the phrase's words. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** A {@link ClaimsLocale} compiled into sets and phrase indexes for linear-time matching. */
export interface ClaimsLexicon {
  openers: ReadonlySet<string>;
  discourseLeads: PhraseIndex;
  hedges: PhraseIndex;
  feelings: PhraseIndex;
  greetings: PhraseIndex;
  prescriptive: PhraseIndex;
  notPrescriptive: PhraseIndex;
  future: PhraseIndex;
  futureClitic: string;
  conditional: ReadonlySet<string>;
  vagueFuture: PhraseIndex;
  imperativeVerbs: ReadonlySet<string>;
  questionStarters: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  evaluative: PhraseIndex;
  vague: PhraseIndex;
  negators: ReadonlySet<string>;
  negationClitic: string;
  numberWords: ReadonlySet<string>;
  weakNumberWords: ReadonlySet<string>;
  magnitudes: ReadonlySet<string>;
  percentWords: PhraseIndex;
  moneyWords: ReadonlySet<string>;
  statWords: ReadonlySet<string>;
  changeVerbs: ReadonlySet<string>;
  comparatives: PhraseIndex;
  notSuperlatives: ReadonlySet<string>;
  irregularPast: ReadonlySet<string>;
  notPast: ReadonlySet<string>;
  perfectAux: ReadonlySet<string>;
  timeAnchors: PhraseIndex;
  months: ReadonlySet<string>;
  evidence: PhraseIndex;
  titles: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  demonyms: ReadonlyMap<string, string>;
  organizationWords: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  units: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
}

function phrases(list: readonly string[]): PhraseIndex {
  const map = new Map<string, string[][]>();
  for (const p of list) {
    const words = p.toLowerCase().replace(/’/gu, "'").split(' ').filter((w) => w.length > 0);
    const first = words[0];
    if (first === undefined) continue;
    let bucket = map.get(first);
    if (!bucket) map.set(first, (bucket = []));
    bucket.push(words);
  }
  // Longest first, so the first match found is the longest.
  for (const bucket of map.values()) bucket.sort((a, b) => b.length - a.length);
  return map;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase().replace(/’/gu, "'")));

const cache = new WeakMap<ClaimsLocale, ClaimsLexicon>();

/** Compiles (once per locale object) the claims data into lookup structures. */
export function compileLexicon(locale: ClaimsLocale): ClaimsLexicon {
  const hit = cache.get(locale);
  if (hit) return hit;
  const lex: ClaimsLexicon = {
    openers: set(locale.openers),
    discourseLeads: phrases(locale.discourseLeads),
    hedges: phrases(locale.hedges),
    feelings: phrases(locale.feelings),
    greetings: phrases(locale.greetings),
    prescriptive: phrases(locale.prescriptive),
    notPrescriptive: phrases(locale.notPrescriptive),
    future: phrases(locale.future),
    futureClitic: locale.futureClitic,
    conditional: set(locale.conditional),
    vagueFuture: phrases(locale.vagueFuture),
    imperativeVerbs: set(locale.imperativeVerbs),
    questionStarters: set(locale.questionStarters),
    subjects: set(locale.subjects),
    firstPerson: set(locale.firstPerson),
    evaluative: phrases(locale.evaluative),
    vague: phrases(locale.vague),
    negators: set(locale.negators),
    negationClitic: locale.negationClitic,
    numberWords: set(locale.numberWords),
    weakNumberWords: set(locale.weakNumberWords),
    magnitudes: set(locale.magnitudes),
    percentWords: phrases(locale.percentWords),
    moneyWords: set(locale.moneyWords),
    statWords: set(locale.statWords),
    changeVerbs: set(locale.changeVerbs),
    comparatives: phrases(locale.comparatives),
    notSuperlatives: set(locale.notSuperlatives),
    irregularPast: set(locale.irregularPast),
    notPast: set(locale.notPast),
    perfectAux: set(locale.perfectAux),
    timeAnchors: phrases(locale.timeAnchors),
    months: set(locale.months),
    evidence: phrases(locale.evidence),
    titles: set(locale.titles),
    notNames: set(locale.notNames),
    demonyms: new Map(Object.entries(locale.demonyms).map(([k, v]) => [k.replace(/_/gu, ' '), v])),
    organizationWords: set(locale.organizationWords),
    placePrepositions: set(locale.placePrepositions),
    units: set(locale.units),
    abbreviations: set(locale.abbreviations),
  };
  cache.set(locale, lex);
  return lex;
}

/** Length (in words) of the longest phrase of `index` that starts at word `i` of `words`, or 0. */
export function matchPhrase(index: PhraseIndex, words: readonly string[], i: number): number {
  const first = words[i];
  if (first === undefined) return 0;
  const bucket = index.get(first);
  if (!bucket) return 0;
  outer: for (const phrase of bucket) {
    if (i + phrase.length > words.length) continue;
    for (let k = 1; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return phrase.length;
  }
  return 0;
}
