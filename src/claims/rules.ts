/**
 * The check-worthiness features and their hand-set weights (log-odds added before the logistic squash).
 * Every weight is a round number chosen by reasoning about what a fact-checker can check: a quantity, a named
 * actor, a dated or completed action can be checked against records; a belief, a wish, a demand, a question or a
 * vague promise cannot. Ids are stable and appear in `via` and in the explained features.
 */
export const SCORE_RULES = {
  /** Starting point: a plain declarative sentence with nothing checkable leans "not worth checking". */
  bias: { id: 'claims/bias', weight: -1.2 },
  /** Digits that are not a year. The strongest single sign of a checkable claim. */
  number: { id: 'claims/number', weight: 1.6 },
  /** Each further number. */
  numberMore: { id: 'claims/number-more', weight: 0.3 },
  /** Number words ("three", "hundred", "half", "doubled"). */
  numberWord: { id: 'claims/number-word', weight: 1 },
  /** A percentage. */
  percent: { id: 'claims/percent', weight: 1 },
  /** An amount of money. */
  money: { id: 'claims/money', weight: 1 },
  /** Million, billion, trillion. */
  magnitude: { id: 'claims/magnitude', weight: 0.8 },
  /** A year or a decade. */
  year: { id: 'claims/year', weight: 1 },
  /** A month name (a date). */
  date: { id: 'claims/date', weight: 0.6 },
  /** A time anchor in the past or present ("last year", "since", "ago"). */
  timeAnchor: { id: 'claims/time-anchor', weight: 0.5 },
  /** A capitalised name that is not first in the sentence (person, place, organisation). */
  name: { id: 'claims/name', weight: 0.6 },
  /** Each further distinct name. */
  nameMore: { id: 'claims/name-more', weight: 0.3 },
  /** A verb in the past tense: a completed action can be checked. */
  past: { id: 'claims/past', weight: 0.6 },
  /** A present perfect ("has risen", "have signed"): a completed action, like the past. */
  perfect: { id: 'claims/perfect', weight: 0.6 },
  /** A verb of measurable change or recorded action ("increased", "voted", "signed", "owns"). */
  changeVerb: { id: 'claims/change-verb', weight: 0.8 },
  /** A statistics or measurable-quantity word ("rate", "deficit", "taxes", "jobs"). */
  statWord: { id: 'claims/stat-word', weight: 0.5 },
  /** Each further statistics word. */
  statWordMore: { id: 'claims/stat-word-more', weight: 0.25 },
  /** A comparison ("more than", "fewer", "higher"). */
  comparative: { id: 'claims/comparative', weight: 0.4 },
  /** A superlative ("the largest", "the most"). */
  superlative: { id: 'claims/superlative', weight: 0.5 },
  /** A source or evidence ("according to", "a report", "data"). */
  evidence: { id: 'claims/evidence', weight: 0.6 },
  /** Length: longer sentences carry more checkable content; very short ones rarely any. Continuous. */
  length: { id: 'claims/length', weight: 0.6 },
  /** A hedge: the speaker marks it as belief ("I think", "maybe"). */
  hedge: { id: 'claims/hedge', weight: -1.2 },
  /** A first-person feeling, wish or intention ("I hope", "we are proud"). */
  feeling: { id: 'claims/feeling', weight: -1.5 },
  /** A greeting or thanks. */
  greeting: { id: 'claims/greeting', weight: -3 },
  /** An obligation or demand ("should", "must", "need to"). */
  prescriptive: { id: 'claims/prescriptive', weight: -1.5 },
  /** A future ("will", "going to"). */
  future: { id: 'claims/future', weight: -1 },
  /** A vague time ("someday", "eventually"). */
  vagueFuture: { id: 'claims/vague-future', weight: -0.5 },
  /** A conditional or hypothetical ("would", "if", "might"). */
  conditional: { id: 'claims/conditional', weight: -0.8 },
  /** The sentence opens with a condition ("If we ..."): the main clause is hypothetical. */
  ifStart: { id: 'claims/if-start', weight: -0.8 },
  /** The speaker talks about himself ("I", "me", "my"). */
  firstSingular: { id: 'claims/first-singular', weight: -0.6 },
  /** "You". */
  secondPerson: { id: 'claims/second-person', weight: -0.4 },
  /** The subject is a pronoun pointing back ("That's ...", "It's ..."): the claim is not self-contained. */
  deicticStart: { id: 'claims/deictic-start', weight: -0.5 },
  /** The subject is another actor ("He voted ...", "They cut ..."): claims about others' deeds get checked. */
  thirdPerson: { id: 'claims/third-person', weight: 0.3 },
  /** Reported speech ("said", "says"): what someone said can be checked. */
  says: { id: 'claims/says', weight: 0.3 },
  /** An imperative ("Go and ..."). */
  imperative: { id: 'claims/imperative', weight: -2 },
  /** A question. */
  question: { id: 'claims/question', weight: -2 },
  /** An evaluative or emotive word ("terrible", "wrong", "great"), each. */
  evaluative: { id: 'claims/evaluative', weight: -0.5 },
  /** A vague quantity or intensifier ("a lot", "very", "everybody"), each. */
  vague: { id: 'claims/vague', weight: -0.3 },
} as const;

/** Rule ids that decide the kind of a claim. */
export const KIND_RULES = {
  empty: 'claims/kind-empty',
  greeting: 'claims/kind-greeting',
  question: 'claims/kind-question',
  imperative: 'claims/kind-imperative',
  prescriptive: 'claims/kind-prescriptive',
  prediction: 'claims/kind-prediction',
  futureQuantity: 'claims/kind-future-quantity',
  opinion: 'claims/kind-opinion',
  feeling: 'claims/kind-feeling',
  evaluation: 'claims/kind-evaluation',
  hedgedFact: 'claims/kind-hedged-fact',
  embeddedFact: 'claims/kind-embedded-fact',
  reported: 'claims/kind-reported-stance',
  rhetorical: 'claims/kind-rhetorical-question',
  factual: 'claims/kind-factual',
  negated: 'claims/negated',
} as const;
