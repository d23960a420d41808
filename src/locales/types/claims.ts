/**
 * Language data for the claims stage (stage 6) and {@link classifyClaim}. Owned by the claims stage; see
 * src/locales/en/claims.ts. Every list holds lower-case words or phrases (words separated by one space,
 * apostrophes written `'`); the engine matches them on word boundaries.
 */
export interface ClaimsLocale {
  /** Words a sentence may open with that carry no content ("well", "and", "so", "uh"); skipped when looking at the start. */
  readonly openers: readonly string[];
  /** Phrases that introduce what follows without adding content ("let me say", "the fact is"); skipped at the start. */
  readonly discourseLeads: readonly string[];
  /** Hedges: the speaker presents what follows as belief, not fact ("i think", "i believe", "maybe"). */
  readonly hedges: readonly string[];
  /** First-person feelings, wishes and intentions ("i hope", "i'm proud", "i want"). */
  readonly feelings: readonly string[];
  /** Greetings, thanks and courtesies ("thank you", "good evening", "congratulations"). */
  readonly greetings: readonly string[];
  /** Modals and phrases of obligation or demand ("should", "must", "need to", "ought to"). */
  readonly prescriptive: readonly string[];
  /** Phrases that look prescriptive but are not ("must have", "had to"): they cancel a prescriptive cue they start with. */
  readonly notPrescriptive: readonly string[];
  /** Markers of the future ("will", "going to", "shall"); words ending in the clitic below count too. */
  readonly future: readonly string[];
  /** Clitic that marks the future on the word before ("'ll"). */
  readonly futureClitic: string;
  /** Conditional and hypothetical modals ("would", "could", "might"). */
  readonly conditional: readonly string[];
  /** Vague time words that make a future claim harder to check ("someday", "eventually"). */
  readonly vagueFuture: readonly string[];
  /** Verbs that, first in a sentence with no subject, make it an imperative ("go", "look", "imagine"). */
  readonly imperativeVerbs: readonly string[];
  /** Words that, first in a sentence, start a question ("who", "why", "does"). */
  readonly questionStarters: readonly string[];
  /** Openings of rhetorical questions that assert what follows ("do you know that", "isn't it true that"). */
  readonly rhetoricalQuestions: readonly string[];
  /** Subject pronouns (used to tell "do you ..." questions and subjectless imperatives). */
  readonly subjects: readonly string[];
  /** Subjects that point back to something said before ("that's", "it", "this"): the claim is not self-contained. */
  readonly deicticSubjects: readonly string[];
  /** Third-person subjects ("he", "they"): the claim is about someone else. */
  readonly thirdPersonSubjects: readonly string[];
  /** Reporting verbs that make a sentence report what someone said ("said", "says", "claimed"). */
  readonly speechVerbs: readonly string[];
  /** First-person pronouns ("i", "we", "my"). */
  readonly firstPerson: readonly string[];
  /** Evaluative and emotive words ("good", "terrible", "ugly", "wrong"). */
  readonly evaluative: readonly string[];
  /** Intensifiers and vague quantities that mark rhetoric rather than measure ("very", "really", "a lot"). */
  readonly vague: readonly string[];
  /** Negators ("not", "no", "never"); words ending in the clitic below count too. */
  readonly negators: readonly string[];
  /** Clitic that negates the word it is attached to ("n't"). */
  readonly negationClitic: string;
  /** Number words ("three", "hundred", "dozen"). */
  readonly numberWords: readonly string[];
  /** Number words that are mostly not numbers ("one" as a pronoun); counted only next to a noun of measure. */
  readonly weakNumberWords: readonly string[];
  /** Magnitudes ("million", "billion"). */
  readonly magnitudes: readonly string[];
  /** Percentage words ("percent", "per cent"). */
  readonly percentWords: readonly string[];
  /** Money words ("dollars", "euros", "cents"); currency symbols are recognised by the engine. */
  readonly moneyWords: readonly string[];
  /** Statistics and measurable-quantity words ("rate", "deficit", "unemployment", "average"). */
  readonly statWords: readonly string[];
  /** Verbs of measurable change and recorded action ("increased", "doubled", "voted", "signed"). */
  readonly changeVerbs: readonly string[];
  /** Comparatives and superlatives given as words ("more", "fewer", "than", "most"). */
  readonly comparatives: readonly string[];
  /** Words ending in -est that are not superlatives ("interest", "protest"). */
  readonly notSuperlatives: readonly string[];
  /** Irregular past-tense forms ("was", "took", "said"). */
  readonly irregularPast: readonly string[];
  /** Words ending in -ed that are not past tenses ("need", "hundred", "indeed"). */
  readonly notPast: readonly string[];
  /** Perfect auxiliaries ("has", "have", "had"), for "has risen". */
  readonly perfectAux: readonly string[];
  /** Time expressions that anchor a claim in the past or present ("last year", "ago", "since", "yesterday"). */
  readonly timeAnchors: readonly string[];
  /** Month names ("january"); abbreviations included. */
  readonly months: readonly string[];
  /** Words that introduce a source or evidence ("according to", "report", "study", "data"). */
  readonly evidence: readonly string[];
  /** Personal titles before names ("mr", "senator", "president"). */
  readonly titles: readonly string[];
  /** Capitalised words that are not names when met mid-sentence ("i", "i'm", "god"?). */
  readonly notNames: readonly string[];
  /** Demonyms and country adjectives that name a place even first in a sentence ("russian" -> "Russia"). */
  readonly demonyms: Readonly<Record<string, string>>;
  /** Organisation heads ("ministry", "party", "bank"): a capitalised name ending with one is an organisation. */
  readonly organizationWords: readonly string[];
  /** Prepositions after which a capitalised name is a place ("in", "at", "from", "to"). */
  readonly placePrepositions: readonly string[];
  /** Units of measure, after which a number is a quantity ("km", "tons", "years"). */
  readonly units: readonly string[];
  /** Words that open a reported clause and are not part of the claim ("that" in "said that prices rose"). */
  readonly reportedClauseLeads: readonly string[];
  /** Small closed-class words and affixes that the engine's rules refer to. */
  readonly grammar: ClaimsGrammar;
  /** Abbreviations that end with a full stop without ending a sentence ("mr.", "u.s.", "e.g."). */
  readonly abbreviations: readonly string[];
}

/** Closed-class words and affixes used by the claims engine's rules (all lower case). */
export interface ClaimsGrammar {
  /** First-person singular pronouns ("i", "me", "my"): the speaker talks about himself. */
  readonly firstPersonSingular: readonly string[];
  /** Second-person pronouns ("you", "your"). */
  readonly secondPerson: readonly string[];
  /** The future modal that is also a noun ("will"). */
  readonly nounModal: string;
  /** Words before it that make it the noun ("the will", "their will"). */
  readonly nounModalBefore: readonly string[];
  /** Lower-case words allowed inside a capitalised name ("Bank of England"). */
  readonly nameJoiners: readonly string[];
  /** Function words whose capitalisation marks a headline in title case ("And", "On"). */
  readonly titleCaseFunctionWords: readonly string[];
  /** Suffixes written after a number ("76th", "3rd"). */
  readonly ordinalSuffixes: readonly string[];
  /** Suffix after a year that makes it a decade ("1990s"). */
  readonly decadeSuffix: string;
  /** Words right after a negator that cancel the denial ("not only", "no doubt"). */
  readonly negationExceptions: readonly string[];
  /** Words allowed between a perfect auxiliary and its participle ("has not risen", "have already signed"). */
  readonly perfectGap: readonly string[];
  /** Clitics of a perfect auxiliary ("'ve", "'s"). */
  readonly perfectClitics: readonly string[];
  /** Clitics of a conditional ("'d"). */
  readonly conditionalClitics: readonly string[];
  /** Participles that, after a perfect auxiliary, mean possession ("we've got"). */
  readonly possessionParticiples: readonly string[];
  /** Money words that are not a currency after a number ("budget"). */
  readonly notMoney: readonly string[];
  /** Percentage words that belong to the number before them ("percent", "per"). */
  readonly percentHeads: readonly string[];
  /** Words that join number words into one number ("and", "a" in "four and a half"). */
  readonly numberJoiners: readonly string[];
  /** Month names that are also common words; a date only next to a number ("may", "march"). */
  readonly ambiguousMonths: readonly string[];
  /** Coordinators between two places ("and", "or"). */
  readonly placeCoordinators: readonly string[];
  /** Coordinators that may open a hedged second clause ("and", "but"). */
  readonly clauseCoordinators: readonly string[];
  /** Superlative markers before an adjective ("most", "least"), after the article below. */
  readonly superlativeMarkers: readonly string[];
  /** The definite article ("the"). */
  readonly definiteArticles: readonly string[];
  /** Auxiliaries that, before a subject, make a question rather than an imperative ("do", "don't"). */
  readonly questionAuxiliaries: readonly string[];
  /** Words that make an imperative negative and need a verb after them ("don't", "never"). */
  readonly negativeImperatives: readonly string[];
  /** Words that make any sentence a request ("please"). */
  readonly requests: readonly string[];
  /** The verb of "let them ..." and the objects after which it is not an imperative ("let me say", "let's"). */
  readonly letVerb: string;
  readonly letNotImperative: readonly string[];
  /** Words that open a condition ("if", "unless", "whether"). */
  readonly conditionStarters: readonly string[];
  /** Suffix of regular past tenses and participles ("ed"). */
  readonly pastSuffix: string;
  /** Suffix of superlatives ("est"). */
  readonly superlativeSuffix: string;
  /** Prefixes of adjectives in -ed that are not past tenses ("un" in "unprecedented"). */
  readonly adjectivePrefixes: readonly string[];
}
