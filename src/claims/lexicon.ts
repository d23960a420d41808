import type { ClaimsLocale } from '../locales/types/claims.js';
import { FNV_PRIME, FNV_SEED } from '../internal/hash.js';
import type { ClaimsGrammar } from '../locales/types/claims.js';

/**
 * Word classes, one bit each. A token is looked up once in the vocabulary; every class test after that is a bit
 * test, and phrases are matched on word ids, so the classifier does one hash lookup per token.
 */
export const W = {
  opener: 1 << 0,
  conditional: 1 << 1,
  imperativeVerb: 1 << 2,
  questionStarter: 1 << 3,
  subject: 1 << 4,
  firstPerson: 1 << 5,
  negator: 1 << 6,
  numberWord: 1 << 7,
  weakNumberWord: 1 << 8,
  magnitude: 1 << 9,
  moneyWord: 1 << 10,
  statWord: 1 << 11,
  changeVerb: 1 << 12,
  notSuperlative: 1 << 13,
  irregularPast: 1 << 14,
  notPast: 1 << 15,
  perfectAux: 1 << 16,
  month: 1 << 17,
  title: 1 << 18,
  notName: 1 << 19,
  organizationWord: 1 << 20,
  placePreposition: 1 << 21,
  unit: 1 << 22,
  demonym: 1 << 23,
  deictic: 1 << 24,
  thirdPerson: 1 << 25,
  speechVerb: 1 << 26,
  firstSingular: 1 << 27,
  secondPerson: 1 << 28,
} as const;

/**
 * Grammar word classes tested on every token, one bit each in {@link ClaimsLexicon.gflags} (the same words as
 * the sets of {@link CompiledGrammar}, which stay for the rare tests on strings).
 */
export const G = {
  conditionStarter: 1 << 0,
  superlativeMarker: 1 << 1,
  titleCaseFunctionWord: 1 << 2,
  nameJoiner: 1 << 3,
} as const;

/** The locale's closed-class words as sets (see {@link ClaimsGrammar}). */
export interface CompiledGrammar {
  nounModal: string;
  nounModalBefore: ReadonlySet<string>;
  nameJoiners: ReadonlySet<string>;
  titleCaseFunctionWords: ReadonlySet<string>;
  ordinalSuffixes: ReadonlySet<string>;
  decadeSuffix: string;
  negationExceptions: ReadonlySet<string>;
  perfectGap: ReadonlySet<string>;
  perfectClitics: readonly string[];
  conditionalClitics: readonly string[];
  possessionParticiples: ReadonlySet<string>;
  notMoney: ReadonlySet<string>;
  percentHeads: ReadonlySet<string>;
  numberJoiners: ReadonlySet<string>;
  ambiguousMonths: ReadonlySet<string>;
  placeCoordinators: ReadonlySet<string>;
  clauseCoordinators: ReadonlySet<string>;
  superlativeMarkers: ReadonlySet<string>;
  definiteArticles: ReadonlySet<string>;
  questionAuxiliaries: ReadonlySet<string>;
  negativeImperatives: ReadonlySet<string>;
  requests: ReadonlySet<string>;
  letVerb: string;
  letNotImperative: ReadonlySet<string>;
  conditionStarters: ReadonlySet<string>;
  pastSuffix: string;
  superlativeSuffix: string;
  adjectivePrefixes: readonly string[];
}

/**
 * Phrases indexed by the id of their first word; each phrase is its words' ids, longest first. `bit` marks, in
 * {@link ClaimsLexicon.starts}, the words that start one of these phrases, so most tokens are skipped at once.
 */
export interface PhraseIndex {
  readonly bit: number;
  readonly buckets: readonly (PhraseBucket | undefined)[];
}

/** The phrases that start with one word, longest first, with their lengths and second words in typed arrays. */
export interface PhraseBucket {
  readonly phrases: readonly Int32Array[];
  readonly lengths: Int32Array;
  /** The id of each phrase's second word (-2 for a one-word phrase). */
  readonly seconds: Int32Array;
}

/** A {@link ClaimsLocale} compiled into a vocabulary, word-class bits and phrase indexes. */
export interface ClaimsLexicon {
  /** Word -> id. */
  vocab: ReadonlyMap<string, number>;
  /**
   * The same vocabulary as an open-addressing table keyed by {@link hashCode}, two numbers per slot (the word's
   * hash, then id + 1; 0 when empty), so the tokenizer looks words up from the characters, without making a string.
   */
  slots: Int32Array;
  /** Every word's characters, one after the other: word `id` is `wordChars[wordOffsets[id], wordOffsets[id + 1])`. */
  wordChars: Uint16Array;
  wordOffsets: Int32Array;
  /** Length of the longest word. */
  maxWordLength: number;
  /** Words by id. */
  words: readonly string[];
  /** Word-class bits per id. */
  flags: Uint32Array;
  /** Grammar-class bits ({@link G}) per id. */
  gflags: Uint32Array;
  /** Whether every clitic (future, negation, perfect, conditional) holds an apostrophe: then a sentence without one has none. */
  cliticsNeedApostrophe: boolean;
  /** Per id, the bits of the phrase indexes that have a phrase starting with this word. */
  starts: Uint32Array;
  discourseLeads: PhraseIndex;
  hedges: PhraseIndex;
  rhetoricalQuestions: PhraseIndex;
  feelings: PhraseIndex;
  greetings: PhraseIndex;
  prescriptive: PhraseIndex;
  notPrescriptive: PhraseIndex;
  future: PhraseIndex;
  vagueFuture: PhraseIndex;
  evaluative: PhraseIndex;
  vague: PhraseIndex;
  percentWords: PhraseIndex;
  comparatives: PhraseIndex;
  timeAnchors: PhraseIndex;
  evidence: PhraseIndex;
  /** The phrase indexes by bit number (`bit === 1 << k`). */
  byBit: readonly PhraseIndex[];
  futureClitic: string;
  negationClitic: string;
  demonyms: ReadonlyMap<string, string>;
  /** Country and region names (the demonyms' targets), lower case. */
  countries: ReadonlySet<string>;
  /** Abbreviations with their full stop, lower case ("mr."). */
  abbreviations: ReadonlySet<string>;
  /** Words that open a reported clause ("that"). */
  reportedClauseLeads: ReadonlySet<string>;
  grammar: CompiledGrammar;
}

/** Start value of the word hash. */
export const HASH_SEED = FNV_SEED;
/** One step of the word hash (FNV-1a over UTF-16 code units). */
export const hashCode = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);

/**
 * The id of the word `lower` describes without building it: `text[start, end)` lower-cased (ASCII letters only)
 * with curly apostrophes made straight, whose hash is `h`; -1 when it is not in the vocabulary.
 */
export function lookupId(lex: ClaimsLexicon, h: number, text: string, start: number, end: number): number {
  const len = end - start;
  if (len > lex.maxWordLength) return -1;
  const slots = lex.slots;
  const mask = (slots.length >> 1) - 1;
  const offsets = lex.wordOffsets;
  const chars = lex.wordChars;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const e = slots[2 * slot + 1]!;
    if (e === 0) return -1;
    // The stored hash settles most probes; a match is confirmed on the characters (hashes may collide).
    if (slots[2 * slot] !== h) continue;
    const from = offsets[e - 1]!;
    if (offsets[e]! - from !== len) continue;
    let k = 0;
    for (; k < len; k++) {
      let c = text.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      if (c !== chars[from + k]) break;
    }
    if (k === len) return e - 1;
  }
}

const norm = (w: string): string => w.toLowerCase().replace(/’/gu, "'");

const cache = new WeakMap<ClaimsLocale, ClaimsLexicon>();

/** Compiles (once per locale object) the claims data into lookup structures. */
export function compileLexicon(locale: ClaimsLocale): ClaimsLexicon {
  const hit = cache.get(locale);
  if (hit) return hit;
  const vocab = new Map<string, number>();
  const bits: number[] = [];
  const idOf = (word: string): number => {
    let id = vocab.get(word);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(word, id);
      bits.push(0);
    }
    return id;
  };
  const mark = (list: readonly string[], flag: number): void => {
    for (const w of list) {
      const id = idOf(norm(w));
      bits[id] = (bits[id] ?? 0) | flag;
    }
  };
  const startBits: number[] = [];
  let nextBit = 0;
  const phrases = (list: readonly string[]): PhraseIndex => {
    const bit = 1 << nextBit++;
    const index: Int32Array[][] = [];
    for (const p of list) {
      const words = norm(p).split(' ').filter((w) => w.length > 0);
      if (words.length === 0) continue;
      const ids = Int32Array.from(words.map(idOf));
      const first = ids[0]!;
      (index[first] ??= []).push(ids);
      startBits[first] = (startBits[first] ?? 0) | bit;
    }
    const buckets: (PhraseBucket | undefined)[] = [];
    index.forEach((bucket, first) => {
      bucket.sort((a, b) => b.length - a.length);
      buckets[first] = {
        phrases: bucket,
        lengths: Int32Array.from(bucket, (p) => p.length),
        seconds: Int32Array.from(bucket, (p) => (p.length > 1 ? p[1]! : -2)),
      };
    });
    return { bit, buckets };
  };
  mark(locale.openers, W.opener);
  mark(locale.conditional, W.conditional);
  mark(locale.imperativeVerbs, W.imperativeVerb);
  mark(locale.questionStarters, W.questionStarter);
  mark(locale.subjects, W.subject);
  mark(locale.firstPerson, W.firstPerson);
  mark(locale.negators, W.negator);
  mark(locale.numberWords, W.numberWord);
  mark(locale.weakNumberWords, W.weakNumberWord);
  mark(locale.magnitudes, W.magnitude);
  mark(locale.moneyWords, W.moneyWord);
  mark(locale.statWords, W.statWord);
  mark(locale.changeVerbs, W.changeVerb);
  mark(locale.notSuperlatives, W.notSuperlative);
  mark(locale.irregularPast, W.irregularPast);
  mark(locale.notPast, W.notPast);
  mark(locale.perfectAux, W.perfectAux);
  mark(locale.months, W.month);
  mark(locale.titles, W.title);
  mark(locale.notNames, W.notName);
  mark(locale.organizationWords, W.organizationWord);
  mark(locale.placePrepositions, W.placePreposition);
  mark(locale.units, W.unit);
  mark(locale.deicticSubjects, W.deictic);
  mark(locale.thirdPersonSubjects, W.thirdPerson);
  mark(locale.speechVerbs, W.speechVerb);
  mark(locale.grammar.firstPersonSingular, W.firstSingular);
  mark(locale.grammar.secondPerson, W.secondPerson);
  const demonyms = new Map<string, string>();
  for (const [k, v] of Object.entries(locale.demonyms)) {
    const key = norm(k.replace(/_/gu, ' '));
    demonyms.set(key, v);
    mark([key], W.demonym);
  }
  const lex: ClaimsLexicon = {
    vocab,
    gflags: new Uint32Array(0),
    cliticsNeedApostrophe: [locale.futureClitic, locale.negationClitic, ...locale.grammar.perfectClitics, ...locale.grammar.conditionalClitics]
      .map(norm)
      .every((c) => c.includes("'")),
    slots: new Int32Array(0),
    wordChars: new Uint16Array(0),
    wordOffsets: new Int32Array(0),
    maxWordLength: 0,
    words: [],
    flags: new Uint32Array(0),
    starts: new Uint32Array(0),
    discourseLeads: phrases(locale.discourseLeads),
    hedges: phrases(locale.hedges),
    rhetoricalQuestions: phrases(locale.rhetoricalQuestions),
    feelings: phrases(locale.feelings),
    greetings: phrases(locale.greetings),
    prescriptive: phrases(locale.prescriptive),
    notPrescriptive: phrases(locale.notPrescriptive),
    future: phrases(locale.future),
    vagueFuture: phrases(locale.vagueFuture),
    evaluative: phrases(locale.evaluative),
    vague: phrases(locale.vague),
    percentWords: phrases(locale.percentWords),
    comparatives: phrases(locale.comparatives),
    timeAnchors: phrases(locale.timeAnchors),
    evidence: phrases(locale.evidence),
    byBit: [],
    futureClitic: locale.futureClitic,
    negationClitic: locale.negationClitic,
    demonyms,
    countries: new Set(Object.values(locale.demonyms).map(norm)),
    abbreviations: new Set(locale.abbreviations.map(norm)),
    reportedClauseLeads: new Set(locale.reportedClauseLeads.map(norm)),
    grammar: compileGrammar(locale.grammar),
  };
  const gbits: number[] = [];
  const gmark = (list: readonly string[], flag: number): void => {
    for (const w of list) {
      const id = idOf(norm(w));
      gbits[id] = (gbits[id] ?? 0) | flag;
    }
  };
  gmark(locale.grammar.conditionStarters, G.conditionStarter);
  gmark(locale.grammar.superlativeMarkers, G.superlativeMarker);
  gmark(locale.grammar.titleCaseFunctionWords, G.titleCaseFunctionWord);
  gmark(locale.grammar.nameJoiners, G.nameJoiner);
  // Words of the closed classes tested by id get an id of their own (no class bit), so that a word without an id
  // is known to be none of them.
  const gr = locale.grammar;
  for (const list of [gr.clauseCoordinators, gr.requests, gr.questionAuxiliaries, gr.negativeImperatives, gr.letNotImperative, [gr.letVerb]]) {
    for (const w of list) idOf(norm(w));
  }
  lex.gflags = Uint32Array.from({ length: vocab.size }, (_, i) => gbits[i] ?? 0);
  lex.flags = Uint32Array.from(bits);
  lex.starts = Uint32Array.from({ length: vocab.size }, (_, i) => startBits[i] ?? 0);
  const words = [...vocab.keys()];
  // At most half full: most lookups of unknown words end at their first slot.
  let tableSize = 64;
  while (tableSize < words.length * 2) tableSize *= 2;
  const slots = new Int32Array(tableSize * 2);
  const wordOffsets = new Int32Array(words.length + 1);
  let total = 0;
  for (let id = 0; id < words.length; id++) {
    wordOffsets[id] = total;
    total += words[id]!.length;
  }
  wordOffsets[words.length] = total;
  const wordChars = new Uint16Array(total);
  let maxWordLength = 0;
  for (let id = 0; id < words.length; id++) {
    const w = words[id]!;
    maxWordLength = Math.max(maxWordLength, w.length);
    let h = HASH_SEED;
    for (let k = 0; k < w.length; k++) {
      wordChars[wordOffsets[id]! + k] = w.charCodeAt(k);
      h = hashCode(h, w.charCodeAt(k));
    }
    let slot = h & (tableSize - 1);
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & (tableSize - 1);
    slots[2 * slot] = h;
    slots[2 * slot + 1] = id + 1;
  }
  lex.slots = slots;
  lex.wordChars = wordChars;
  lex.wordOffsets = wordOffsets;
  lex.maxWordLength = maxWordLength;
  lex.words = words;
  // Dense arrays (one slot per word id): sparse arrays fall back to slow dictionary lookups.
  const size = vocab.size;
  const dense = (index: PhraseIndex): PhraseIndex => ({
    bit: index.bit,
    buckets: Array.from({ length: size }, (_, i) => index.buckets[i]),
  });
  lex.discourseLeads = dense(lex.discourseLeads);
  lex.hedges = dense(lex.hedges);
  lex.rhetoricalQuestions = dense(lex.rhetoricalQuestions);
  lex.feelings = dense(lex.feelings);
  lex.greetings = dense(lex.greetings);
  lex.prescriptive = dense(lex.prescriptive);
  lex.notPrescriptive = dense(lex.notPrescriptive);
  lex.future = dense(lex.future);
  lex.vagueFuture = dense(lex.vagueFuture);
  lex.evaluative = dense(lex.evaluative);
  lex.vague = dense(lex.vague);
  lex.percentWords = dense(lex.percentWords);
  lex.comparatives = dense(lex.comparatives);
  lex.timeAnchors = dense(lex.timeAnchors);
  lex.evidence = dense(lex.evidence);
  const byBit: PhraseIndex[] = [];
  for (const index of [
    lex.discourseLeads, lex.hedges, lex.rhetoricalQuestions, lex.feelings, lex.greetings, lex.prescriptive, lex.notPrescriptive,
    lex.future, lex.vagueFuture, lex.evaluative, lex.vague, lex.percentWords, lex.comparatives, lex.timeAnchors, lex.evidence,
  ])
    byBit[31 - Math.clz32(index.bit)] = index;
  lex.byBit = byBit;
  cache.set(locale, lex);
  return lex;
}

function compileGrammar(g: ClaimsGrammar): CompiledGrammar {
  const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(norm));
  return {
    nounModal: norm(g.nounModal),
    nounModalBefore: set(g.nounModalBefore),
    nameJoiners: set(g.nameJoiners),
    titleCaseFunctionWords: set(g.titleCaseFunctionWords),
    ordinalSuffixes: set(g.ordinalSuffixes),
    decadeSuffix: norm(g.decadeSuffix),
    negationExceptions: set(g.negationExceptions),
    perfectGap: set(g.perfectGap),
    perfectClitics: g.perfectClitics.map(norm),
    conditionalClitics: g.conditionalClitics.map(norm),
    possessionParticiples: set(g.possessionParticiples),
    notMoney: set(g.notMoney),
    percentHeads: set(g.percentHeads),
    numberJoiners: set(g.numberJoiners),
    ambiguousMonths: set(g.ambiguousMonths),
    placeCoordinators: set(g.placeCoordinators),
    clauseCoordinators: set(g.clauseCoordinators),
    superlativeMarkers: set(g.superlativeMarkers),
    definiteArticles: set(g.definiteArticles),
    questionAuxiliaries: set(g.questionAuxiliaries),
    negativeImperatives: set(g.negativeImperatives),
    requests: set(g.requests),
    letVerb: norm(g.letVerb),
    letNotImperative: set(g.letNotImperative),
    conditionStarters: set(g.conditionStarters),
    pastSuffix: norm(g.pastSuffix),
    superlativeSuffix: norm(g.superlativeSuffix),
    adjectivePrefixes: g.adjectivePrefixes.map(norm),
  };
}

/** Length (in words) of the longest phrase of `index` that starts at word `i` of `ids[0, n)`, or 0. */
export function matchPhrase(index: PhraseIndex, ids: Int32Array, i: number, n: number = ids.length): number {
  if (i < 0 || i >= n) return 0;
  const first = ids[i]!;
  if (first < 0) return 0;
  const bucket = index.buckets[first];
  if (bucket === undefined) return 0;
  const lengths = bucket.lengths;
  const seconds = bucket.seconds;
  const second = i + 1 < n ? ids[i + 1]! : -1;
  outer: for (let p = 0; p < lengths.length; p++) {
    const len = lengths[p]!;
    if (i + len > n) continue;
    if (len === 1) return 1;
    if (seconds[p] !== second) continue;
    const phrase = bucket.phrases[p]!;
    for (let k = 2; k < len; k++) if (ids[i + k] !== phrase[k]) continue outer;
    return len;
  }
  return 0;
}
