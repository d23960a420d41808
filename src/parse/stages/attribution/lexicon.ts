import { hashSet } from '../../../internal/hashTable.js';
import { hashWord, type HashSet32 } from './tokens.js';
import type { AttributionFunctionWords, CueFrame } from '../../../locales/types/attribution.js';
import type { Configuration } from '../../types.js';

/** One way of writing a cue: its words (lower case) and how it behaves. */
export interface CueForm {
  words: string[];
  /** hashWord of each word (a fast pre-filter; 0 for a word with non-ASCII letters). */
  hashes: Int32Array;
  frame: CueFrame;
  evidence: boolean;
  postposed: boolean;
  /** Only a cue when the content holds a quotation. */
  quoteOnly: boolean;
  /** Only a cue when a "to"-infinitive follows. */
  infinitiveOnly: boolean;
  /** The writer's inference: the statement has no source. */
  authorial?: boolean;
  /** Object and predicate ("called the plan a hoax"). */
  predicative?: boolean;
  /** An adverb of hearsay ("reportedly"): authorial, and no infinitive needed. */
  adverb?: boolean;
  /** Only a cue in the passive ("is expected to"). */
  passive?: boolean;
  /** Takes a bare direct object; a preposition right after it makes it no report ("identified as"). */
  directObject?: boolean;
  /** The first word is an -ing form ("saying"). */
  ing: boolean;
  /** The first word is a bare base form ("say"), which needs a subject or an auxiliary. */
  base: boolean;
}

/** The compiled lexicon: cue forms by first word, and the word sets the attribution stage uses. */
export interface Lexicon {
  byFirst: Map<string, CueForm[]>;
  /** Single-word forms of verbs that take a hearer before their clause ("told", "warned"), whatever frame the cue got. */
  hearerForms: Set<string>;
  /** Pronouns that can stand for evidence ("it shows"). */
  evidencePronouns: Set<string>;
  /** Short answers that stand for reported content, as word lists ("said so", "said as much"). */
  shortAnswers: string[][];
  /** Hashes of the first words of cues (a fast pre-filter; see hashWord). */
  firstHashes: HashSet32;
  auxiliaries: Set<string>;
  adverbs: Set<string>;
  /** Hashes of the auxiliaries and the adverbs (a fast pre-filter). */
  auxAdverbHashes: HashSet32;
  pronouns: Set<string>;
  /** Quantifiers that are a source alone right before the cue ("Another says"). */
  loneQuantifiers: Set<string>;
  /** Cue words that report nothing before "to" and a noun phrase ("adding to her lead"). */
  notCuesBeforeToObject: Set<string>;
  /** Prepositions that make a `directObject` cue no report ("identified as"). */
  npCuePrepositions: Set<string>;
  /** Negations between an auxiliary and its verb ("did not unveil"). */
  negations: Set<string>;
  /** Irregular past forms ("went", "took", "stood"), from the claims locale's list (one list of verb forms for both stages). */
  irregularPast: Set<string>;
  /** Openings of an editor's correction note as a source, lower case ("an earlier version of"). */
  correctionSources: string[];
  /** Last words of the occasions for speaking ("conference", "hall"). */
  occasionNouns: Set<string>;
  /** Prepositions that open an occasion phrase ("at a rally"). */
  occasionPrepositions: Set<string>;
  stop: Set<string>;
  link: Set<string>;
  evidence: Set<string>;
  determiners: Set<string>;
  sentenceLinks: Set<string>;
  sentenceOpeners: Set<string>;
  timeShiftWords: Set<string>;
  durationUnits: Set<string>;
  aspectVerbs: Set<string>;
  nounMarkers: Set<string>;
  listWords: Set<string>;
  /** Cue words that are also nouns (the locale's plural and singular ones): right before another cue, or as the head of a source, they are nouns. */
  nounCues: Set<string>;
  numberWords: Set<string>;
  coordinators: Set<string>;
  lyWords: Set<string>;
  statementNouns: Set<string>;
  statementNounHashes: HashSet32;
  possessiveDeterminers: Set<string>;
  gerundPrepositions: Set<string>;
  timeGerundPrepositions: Set<string>;
  labels: Set<string>;
  timeWords: Set<string>;
  timePrepositions: Set<string>;
  relativeWords: Set<string>;
  pollNouns: Set<string>;
  /** Hashes of coordinators and sentence links (fast pre-filters in per-token loops). */
  coordinatorHashes: HashSet32;
  sentenceLinkHashes: HashSet32;
  pollPrepositions: Set<string>;
  /** Hashes of pollPrepositions (a fast pre-filter). */
  pollPrepositionHashes: HashSet32;
  personalPronouns: Set<string>;
  complementNouns: Set<string>;
  contentRelatives: Set<string>;
  quantifiers: Set<string>;
  pluralNouns: Set<string>;
  groupPronouns: Set<string>;
  pluralEvidenceNouns: Set<string>;
  clauseSubjects: Set<string>;
  beForms: Set<string>;
  clausePrepositions: Set<string>;
  clauseBreakers: Set<string>;
  noInfinitive: Set<string>;
  noPurposeInfinitive: Set<string>;
  nounlikeBaseForms: Set<string>;
  adjunct: Set<string>;
  lead: Set<string>;
  abbreviations: Set<string>;
  questionCues: Set<string>;
  questionWords: Set<string>;
  questionCueLeads: Set<string>;
  scareQuoteMaxWords: number;
  headlineMaxWords: number;
  leadInMaxWords: number;
  introMaxWords: number;
  leadInNouns: Set<string>;
  topicPrepositions: Set<string>;
  contentToQuoteMaxWords: number;
  /** The locale's function words by role. */
  fw: AttributionFunctionWords;
  nameLinks: Set<string>;
  publishingVerbs: Set<string>;
  floatingQuantifiers: Set<string>;
  thatConjunctions: Set<string>;
  perfectParticiples: Set<string>;
  sourcePhrasePrepositions: Set<string>;
  adjectivalParticiples: Set<string>;
  subordinators: Set<string>;
  relationLinks: Set<string>;
  relationNouns: Set<string>;
  /** Name particles ("de", "van", "al"), from the entities locale. */
  nameParticles: Set<string>;
  /** Words of role titles and their modifiers ("candidate", "presidential", "former"), from the entities locale. */
  roleWords: Set<string>;
  /** Source postmodifiers by their last word (lower case, words split). */
  postmodifiersByLast: Map<string, string[][]>;
  /** Multi-word cue adverbs by their last word (lower case, words split). */
  adverbPhrasesByLast: Map<string, string[][]>;
  nameConjunctions: Set<string>;
  /** hashWord of the infinitive marker and of the complementiser. */
  toHash: number;
  thatHash: number;
  /** The locale's word shapes, compiled to tests. */
  shapes: WordShapeTests;
}

/** A test of one lower-case word (with `exec` where a rule needs the match). */
export interface WordTest {
  test(w: string): boolean;
}

/** The word-shape tests stage 3 runs (see `AttributionWordShapes`). */
export interface WordShapeTests {
  /** The locale's adverb suffix ("ly"), for tests on a token's characters. */
  ADVERB_SUFFIX: string;
  /** Ends in the plural suffix ("s"). */
  ENDS_PLURAL: WordTest;
  ING: WordTest;
  /** Ends in a gerund lookalike ("something"). */
  GERUND_LOOKALIKE: WordTest;
  LY: WordTest;
  PAST_FORM: WordTest;
  FINITE_FORM: WordTest;
  FINITE_ENDING: WordTest;
  PLURAL_ENDING: WordTest;
  PLURAL_NOUN: WordTest;
  OPENING_PARTICIPLE: WordTest;
  PAST_PARTICIPLE: WordTest;
  VERB_FORM_ENDING: WordTest;
  INDEFINITE_ARTICLE: WordTest;
  POSSESSIVE: WordTest;
  /** The word without its possessive ending ("what's" -> "what"). */
  withoutPossessive: (w: string) => string;
  OBJECT_PRONOUN: WordTest;
  CONTRACTED_PRONOUN: WordTest & { exec(w: string): RegExpExecArray | null };
}

function byLastWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(/\s+/u);
    const last = words[words.length - 1] ?? '';
    out.set(last, [...(out.get(last) ?? []), words]);
  }
  return out;
}

function shapeTests(loc: Configuration['locale']['attribution']): WordShapeTests {
  const sh = loc.wordShapes;
  const gs = sh.gerundSuffix;
  // (each cheap test runs first: the patterns ran on most words)
  const gerundMin = gs.length + 2;
  const ly = sh.adverbSuffix;
  const [cMin, cMax] = sh.contractedLength;
  const marks = sh.contractionMarks;
  const contracted = (w: string): boolean => w.length >= cMin && w.length <= cMax && marks.some((m) => w.indexOf(m) > 0);
  const objects = new Set(loc.functionWords.objectPronouns);
  const lookalikes = sh.gerundLookalikes;
  const indefinite = new Set(sh.indefiniteArticles);
  const ps = sh.pluralSuffix;
  return {
    ADVERB_SUFFIX: ly,
    ENDS_PLURAL: { test: (w) => w.endsWith(ps) },
    ING: { test: (w) => w.length >= gerundMin && w.endsWith(gs) && sh.gerund.test(w) },
    GERUND_LOOKALIKE: { test: (w) => lookalikes.some((x) => w.endsWith(x)) },
    LY: { test: (w) => w.length >= ly.length && w.endsWith(ly) },
    PAST_FORM: sh.pastForm,
    FINITE_FORM: sh.finiteForm,
    FINITE_ENDING: sh.finiteEnding,
    PLURAL_ENDING: sh.pluralEnding,
    PLURAL_NOUN: sh.pluralNoun,
    OPENING_PARTICIPLE: sh.openingParticiple,
    PAST_PARTICIPLE: sh.pastParticiple,
    VERB_FORM_ENDING: sh.verbFormEnding,
    INDEFINITE_ARTICLE: { test: (w) => indefinite.has(w) },
    POSSESSIVE: sh.possessiveEnding,
    withoutPossessive: (w) => w.replace(sh.possessiveEnding, ''),
    OBJECT_PRONOUN: { test: (w) => objects.has(w) },
    CONTRACTED_PRONOUN: {
      test: (w) => contracted(w) && sh.contractedPronoun.test(w),
      exec: (w) => (contracted(w) ? sh.contractedPronoun.exec(w) : null),
    },
  };
}

const cache = new WeakMap<object, Map<string, Lexicon>>();

/** Compile (once per configuration) the locale's cue data into lookup tables. */
export function lexiconFor(config: Configuration): Lexicon {
  const loc = config.locale.attribution;
  const sh = loc.wordShapes;
  const key = config.extraSpeechVerbs.join('\u0000');
  let perLocale = cache.get(loc);
  if (!perLocale) cache.set(loc, (perLocale = new Map()));
  const hit = perLocale.get(key);
  if (hit) return hit;
  const byFirst = new Map<string, CueForm[]>();
  const seen = new Set<string>();
  const excluded = new Set(loc.excludedForms);
  const add = (words: string[], f: Omit<CueForm, 'words' | 'hashes'>): void => {
    if (words.length === 1 && excluded.has(words[0] as string)) return;
    const key = `${words.join(' ')}|${f.frame}`;
    if (seen.has(key) || words.length === 0) return;
    seen.add(key);
    const first = words[0] as string;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    // one object shape for every form (the optional flags as false), so the stage's reads of form fields stay monomorphic
    list.push({
      words,
      hashes: Int32Array.from(words, hashWord),
      frame: f.frame,
      evidence: f.evidence,
      postposed: f.postposed,
      quoteOnly: f.quoteOnly,
      infinitiveOnly: f.infinitiveOnly,
      authorial: f.authorial === true,
      predicative: f.predicative === true,
      adverb: f.adverb === true,
      passive: f.passive === true,
      directObject: f.directObject === true,
      ing: f.ing,
      base: f.base,
    });
    // longer forms first; among equals, the passive-only forms (checked first, they fall back to the others)
    list.sort((a, b) => b.words.length - a.words.length || Number(b.passive === true) - Number(a.passive === true));
  };
  const hearerForms = new Set<string>();
  for (const v of loc.cueVerbs) {
    if (v.frame === 'object-clause' && !v.rest) for (const form of loc.inflect(v.base, v.past, v.participle)) hearerForms.add(form);
    const rest = v.rest ? v.rest.toLowerCase().split(/\s+/u) : [];
    const forms = loc.inflect(v.base, v.past, v.participle);
    const postposed = v.postposed ?? (v.frame === 'clause' || v.frame === 'object-clause');
    for (const form of forms) {
      add([form, ...rest], {
        quoteOnly: v.quoteOnly === true,
        infinitiveOnly: v.infinitiveOnly === true,
        authorial: v.authorial === true,
        passive: v.passive === true,
        predicative: v.predicative === true,
        directObject: v.directObject === true,
        frame: v.frame,
        evidence: v.subject === 'evidence',
        postposed,
        ing: form.endsWith(sh.gerundSuffix) && form !== v.base,
        base: form === v.base,
      });
    }
  }
  for (const p of loc.cuePhrases) {
    const adverb = p.authorialAdverb === true;
    add(p.text.toLowerCase().split(/\s+/u), { quoteOnly: false, infinitiveOnly: false, frame: p.frame, evidence: false, postposed: false, ing: false, base: false, ...(adverb ? { authorial: true, adverb: true } : {}) });
  }
  for (const extra of config.extraSpeechVerbs) {
    const words = extra.toLowerCase().trim().split(/\s+/u);
    const [head = '', ...rest] = words;
    // (a form given already inflected, "quipped", "tweets", is taken as it is)
    const forms = sh.finiteEnding.test(head) ? [head] : loc.inflect(head);
    for (const form of forms) {
      add([form, ...rest], { quoteOnly: false, infinitiveOnly: false, frame: 'clause', evidence: false, postposed: true, ing: form.endsWith(sh.gerundSuffix), base: form === head && !sh.finiteEnding.test(head) });
    }
  }
  const firstHashes = hashSet([...byFirst.keys()].map(hashWord));
  const lex: Lexicon = {
    byFirst,
    firstHashes,
    hearerForms,
    evidencePronouns: new Set(loc.evidencePronouns),
    shortAnswers: loc.shortAnswers.map((a) => a.toLowerCase().split(/\s+/u)),
    auxiliaries: new Set(loc.auxiliaries),
    adverbs: new Set(loc.cueAdverbs),
    auxAdverbHashes: hashSet([...loc.auxiliaries, ...loc.cueAdverbs].map(hashWord)),
    pronouns: new Set(loc.sourcePronouns),
    loneQuantifiers: new Set(loc.loneQuantifierSources),
    notCuesBeforeToObject: new Set(loc.notCuesBeforeToObject),
    npCuePrepositions: new Set(loc.npCuePrepositions),
    negations: new Set(loc.negations),
    irregularPast: new Set(config.locale.claims.irregularPast),
    correctionSources: loc.correctionSources.map((p) => p.toLowerCase()),
    occasionNouns: new Set(loc.occasionNouns.map((w) => w.split(' ').pop() as string)),
    occasionPrepositions: new Set(loc.occasionPrepositions),
    stop: new Set(loc.sourceStopWords),
    link: new Set(loc.sourceLinkWords),
    evidence: new Set(loc.evidenceNouns),
    determiners: new Set(loc.determiners),
    sentenceLinks: new Set(loc.sentenceLinks),
    sentenceOpeners: new Set(loc.sentenceOpeners),
    timeShiftWords: new Set(loc.timeShiftWords),
    durationUnits: new Set(loc.durationUnits),
    aspectVerbs: new Set(loc.aspectVerbs),
    nounMarkers: new Set(loc.nounMarkers),
    listWords: new Set(loc.listWords),
    nounCues: new Set([...loc.pluralNounCues, ...loc.singularNounCues]),
    numberWords: new Set(loc.numberWords),
    coordinators: new Set(loc.coordinators),
    lyWords: new Set(loc.lyWords),
    statementNouns: new Set(loc.statementNouns),
    statementNounHashes: hashSet(loc.statementNouns.map(hashWord)),
    possessiveDeterminers: new Set(loc.possessiveDeterminers),
    gerundPrepositions: new Set(loc.gerundPrepositions),
    timeGerundPrepositions: new Set(loc.timeGerundPrepositions),
    labels: new Set(loc.labels),
    timeWords: new Set(loc.timeWords),
    timePrepositions: new Set(loc.timePrepositions),
    relativeWords: new Set(loc.relativeWords),
    pollNouns: new Set(loc.pollNouns),
    coordinatorHashes: hashSet(loc.coordinators.map(hashWord)),
    sentenceLinkHashes: hashSet(loc.sentenceLinks.map(hashWord)),
    pollPrepositions: new Set(loc.pollPrepositions),
    pollPrepositionHashes: hashSet(loc.pollPrepositions.map(hashWord)),
    personalPronouns: new Set(loc.personalPronouns),
    complementNouns: new Set(loc.complementNouns),
    contentRelatives: new Set(loc.contentRelatives),
    quantifiers: new Set(loc.quantifiers),
    pluralNouns: new Set(loc.pluralNouns),
    groupPronouns: new Set(loc.groupPronouns),
    pluralEvidenceNouns: new Set(loc.pluralEvidenceNouns),
    clauseSubjects: new Set(loc.clauseSubjects),
    beForms: new Set(loc.beForms),
    clausePrepositions: new Set(loc.clausePrepositions),
    clauseBreakers: new Set(loc.clauseBreakers),
    noInfinitive: new Set(loc.noInfinitive.flatMap((v) => loc.inflect(v))),
    noPurposeInfinitive: new Set(loc.noPurposeInfinitive),
    nounlikeBaseForms: new Set(loc.nounlikeBaseForms),
    adjunct: new Set(loc.adjunctStarts),
    lead: new Set(loc.contentLeadWords),
    abbreviations: new Set(loc.abbreviations),
    questionCues: new Set(loc.questionCues),
    questionWords: new Set(loc.questionWords),
    questionCueLeads: new Set(loc.questionCueLeads),
    scareQuoteMaxWords: loc.scareQuoteMaxWords,
    headlineMaxWords: loc.headlineMaxWords,
    leadInMaxWords: loc.leadInMaxWords,
    introMaxWords: loc.introMaxWords,
    leadInNouns: new Set(loc.leadInNouns),
    topicPrepositions: new Set(loc.topicPrepositions),
    contentToQuoteMaxWords: loc.contentToQuoteMaxWords,
    fw: loc.functionWords,
    nameLinks: new Set(loc.functionWords.nameLinks),
    adverbPhrasesByLast: byLastWord(loc.cueAdverbPhrases),
    publishingVerbs: new Set(loc.publishingVerbs.map((v) => v.toLowerCase())),
    floatingQuantifiers: new Set(loc.floatingQuantifiers.map((v) => v.toLowerCase())),
    thatConjunctions: new Set(loc.thatConjunctions.map((v) => v.toLowerCase())),
    perfectParticiples: new Set(loc.perfectParticiples.map((v) => v.toLowerCase())),
    sourcePhrasePrepositions: new Set(loc.sourcePhrasePrepositions.map((v) => v.toLowerCase())),
    adjectivalParticiples: new Set(loc.adjectivalParticiples.map((v) => v.toLowerCase())),
    subordinators: new Set(loc.subordinators.map((v) => v.toLowerCase())),
    postmodifiersByLast: byLastWord(loc.sourcePostmodifiers),
    relationLinks: new Set(loc.relationLinks.map((w) => w.toLowerCase())),
    relationNouns: new Set(loc.relationNouns.map((w) => w.toLowerCase())),
    nameParticles: new Set(config.locale.entities.nameParticles.map((w) => w.toLowerCase())),
    roleWords: new Set(
      [...config.locale.entities.roles.flatMap((r) => r.phrase.split(' ')), ...config.locale.entities.roleModifiers].map((w) =>
        w.toLowerCase(),
      ),
    ),
    nameConjunctions: new Set(loc.functionWords.nameConjunctions),
    toHash: hashWord(loc.functionWords.infinitive),
    thatHash: hashWord(loc.functionWords.complementizer),
    shapes: shapeTests(loc),
  };
  perLocale.set(key, lex);
  return lex;
}
