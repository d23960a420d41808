/** Language data for the attribution stages (1-3). Owned by that stage; see src/locales/en/attribution.ts. */

/**
 * What follows a reporting cue:
 * - `clause`: a reported clause, with or without "that" ("said (that) the plan failed"); may also follow
 *   its content ("The plan failed, she said").
 * - `object-clause`: a hearer, then the clause ("told reporters (that) ...", "assured him ...").
 * - `np`: a noun phrase or infinitive as content ("denied the report", "called for a ceasefire").
 * - `according`: a prepositional cue whose object is the source ("according to X, ...").
 */
export type CueFrame = 'clause' | 'object-clause' | 'np' | 'according';

/** A reporting verb, given by its base form; the other forms are generated unless given. */
export interface CueVerb {
  /** Base form ("say", "point"). */
  readonly base: string;
  /** Words that follow the verb to form the cue ("out" for "point out", "attention to" for "draw attention to"). */
  readonly rest?: string;
  /** Irregular or consonant-doubling past tense ("said", "admitted"). */
  readonly past?: string;
  /** Past participle when it differs from the past ("written"). */
  readonly participle?: string;
  /** Irregular third person singular ("says" is regular; "has" would not be). */
  readonly third?: string;
  readonly frame: CueFrame;
  /**
   * `any`: any plausible subject; `evidence`: only polls, studies, reports, data ("the poll shows");
   * `speaker`: a person, organisation or pronoun, never a lowercase thing noun outside the evidence list.
   */
  readonly subject?: 'any' | 'evidence';
  /** Only a cue when a "to"-infinitive follows ("wants to", "declined to"). */
  readonly infinitiveOnly?: boolean;
  /** Takes an object and its predicate ("called the plan a hoax"); without a quotation, only when both are there. */
  readonly predicative?: boolean;
  /** Only a cue when its content holds a quotation ("called the plan “a disaster”"). */
  readonly quoteOnly?: boolean;
  /** The writer's own inference ("seemed to", "appears to"): the subject is what it is about, not a source. */
  readonly authorial?: boolean;
  /** Only a cue in the passive ("is expected to"); with `authorial`, the statement has no source. */
  readonly passive?: boolean;
  /** The cue may come after its content ("The plan failed, he said"). Default: frame is clause/object-clause. */
  readonly postposed?: boolean;
  /**
   * Takes a bare direct object: one of `npCuePrepositions` right after it makes it no report ("identified as the
   * protester", "listed in the records").
   */
  readonly directObject?: boolean;
}

/** Language data for the attribution stages (1-3). */
export interface AttributionLocale {
  /** Abbreviations (lower case, without the final dot) after which a period does not end a sentence. */
  readonly abbreviations: readonly string[];
  /** Words that, capitalised after an ambiguous period (after "U.S."), do start a new sentence. */
  readonly sentenceStarters: readonly string[];
  /** Reporting verbs. */
  readonly cueVerbs: readonly CueVerb[];
  /** Generated forms that are not cues (nouns that look like verb forms: "states"). */
  readonly excludedForms: readonly string[];
  /** Fixed cue phrases that do not inflect ("according to"). */
  readonly cuePhrases: readonly {
    readonly text: string;
    readonly frame: CueFrame;
    /** An adverb of hearsay ("reportedly"): the writer's report with no source; the content is the clause around it. */
    readonly authorialAdverb?: boolean;
  }[];
  /** Auxiliaries that join a cue on its left ("has said", "will say"). */
  readonly auxiliaries: readonly string[];
  /** Adverbs and negations that may stand between a source and its cue, or right after the cue ("also said", "said repeatedly"). */
  readonly cueAdverbs: readonly string[];
  /** Pronouns that can be a source on their own. */
  readonly sourcePronouns: readonly string[];
  /**
   * Quantifiers that are a source on their own only right before the cue ("Another says …", "One said …"); before a
   * noun they are determiners ("another pollster said").
   */
  readonly loneQuantifierSources: readonly string[];
  /** Cue words that report nothing before "to" and a noun phrase ("adding to her delegate lead"). */
  readonly notCuesBeforeToObject: readonly string[];
  /** Prepositions that, right after a cue verb marked `directObject`, make it no report ("identified as", "listed in"). */
  readonly npCuePrepositions: readonly string[];
  /** Negations that stand between an auxiliary and its verb ("did not unveil"). */
  readonly negations: readonly string[];
  /**
   * Openings of an editor's correction note as a source ("An earlier version of this article incorrectly listed …"):
   * the newspaper correcting itself reports no one's statement.
   */
  readonly correctionSources: readonly string[];
  /**
   * Occasions for speaking ("conference", "speech", "rally"): after one of `occasionPrepositions`, an -ing cue right
   * after such a noun ("at a news conference announcing that …") speaks for the subject of the sentence.
   */
  readonly occasionNouns: readonly string[];
  /** Prepositions that open an occasion phrase ("at a rally", "during an interview"). */
  readonly occasionPrepositions: readonly string[];
  /** Subject pronouns that open a reported clause ("said he would …"); a "that" after one is inside the clause. */
  readonly clauseSubjects: readonly string[];
  /** Words of quantity before "of them" ("most of them say"); after "said about" they make it a quantity ("about half"). */
  readonly quantifiers: readonly string[];
  /** Nouns that agree with a plural verb though they do not end in -s ("9 percent say", "people say"). */
  readonly pluralNouns: readonly string[];
  /** Object pronouns of a group after a quantity and "of" ("most of them said", "many of whom say"). */
  readonly groupPronouns: readonly string[];
  /** Evidence nouns that take a plural verb without ending in -s ("the data show"). */
  readonly pluralEvidenceNouns: readonly string[];
  /** Relative words that stand for the reported content before its source ("which he said were split", "what she called …"). */
  readonly contentRelatives: readonly string[];
  /** Nouns followed by a "that" clause as their complement ("the fact that …"), where "that" is not a relative. */
  readonly complementNouns: readonly string[];
  /** Nouns of saying that act as a cue after a possessive and before "that" ("Lee's claim that …", "his warning that …"). */
  readonly statementNouns: readonly string[];
  /** Possessive determiners that name a speaker before a statement noun ("his claim that …"). */
  readonly possessiveDeterminers: readonly string[];
  /** Pronouns that name people (a speaker), unlike "it". */
  readonly personalPronouns: readonly string[];
  /** Lower-case words that never belong to a source noun phrase (they end the backward scan). */
  readonly sourceStopWords: readonly string[];
  /** Lower-case words allowed inside a source noun phrase between capitalised words ("of", "and"). */
  readonly sourceLinkWords: readonly string[];
  /** Determiners that open a source noun phrase ("the", "his"). */
  readonly determiners: readonly string[];
  /** Sentence-initial connectives that do not count as content ("But according to X, …"). */
  readonly sentenceLinks: readonly string[];
  /** Number words that can make a group source with another number ("one in three said", "all but two said"). */
  readonly numberWords: readonly string[];
  /** Cue words (first words of cue forms) that are also plural nouns: before another cue they are the subject ("refugee advocates said"). */
  readonly pluralNounCues: readonly string[];
  /** Cue words that are also singular nouns: right before another cue they are the subject's noun ("the report said", "the new estimate shows"). */
  readonly singularNounCues: readonly string[];
  /** Words that open a sentence before a comma and are not its subject ("First, …", "Instead, …"). */
  readonly sentenceOpeners: readonly string[];
  /** Words after which a cue word is a noun, never a verb ("the report", "a series of tweets"). */
  readonly nounMarkers: readonly string[];
  /** Verbs that take a cue in -ing as their object (beginning, going on, stopping, remembering: "began calling for", "keeps saying", "remember telling"): the subject before them speaks. */
  readonly aspectVerbs: readonly string[];
  /** Units of a duration after "for" right after a cue ("has said for weeks he …"): a duration, not what was said. */
  readonly durationUnits: readonly string[];
  /** Words that end an opening span of time before a comma ("Hours later, …", "Two days earlier, …"): not the subject. */
  readonly timeShiftWords: readonly string[];
  /** Conjunctions that join a second verb to the sentence's subject ("met them and said"). */
  readonly coordinators: readonly string[];
  /** Words ending in -ly that are not adverbs ("the family said"); any other -ly word before a cue is taken as an adverb of the cue ("boldly suggested"). */
  readonly lyWords: readonly string[];
  /** Prepositions before a reporting gerund whose speaker is the subject of the sentence ("fined for saying that …", "began by saying …"). */
  readonly gerundPrepositions: readonly string[];
  /**
   * Time prepositions before a reporting gerund ("…, before insisting he had …", "told the AP after hinting that …"):
   * the gerund speaks for the speaker of a statement earlier in the sentence, or, when the phrase opens the
   * sentence, for the subject after it ("After announcing his support, X …").
   */
  readonly timeGerundPrepositions: readonly string[];
  /** Labels that can stand before a colon without being a speaker ("Update:", "Photo:"), lower case. */
  readonly labels: readonly string[];
  /** Cue verbs (base forms) whose "to"-infinitive is an action, not reported content ("agreed to continue"). */
  readonly noInfinitive: readonly string[];
  /**
   * Cue verbs (base forms) that report nothing as an infinitive of purpose after a verb phrase ("came to show up",
   * "needs to show she can …"), though "He went out of his way to say that …" does.
   */
  readonly noPurposeInfinitive: readonly string[];
  /**
   * Base forms of cue verbs that are more often nouns ("38 percent support", "support for X", "strong support"): a
   * cue only after a personal pronoun, a relative word, a quantifier, a plural noun, an auxiliary or "to", and
   * before a noun phrase ("Republicans support deportation", "who support Sanders", "did support the idea").
   */
  readonly nounlikeBaseForms: readonly string[];
  /** Words in -ing that, after a comma, go on with the content instead of ending it: they list what it names ("…, including …"). */
  readonly listWords: readonly string[];
  /** Words that, after a comma, start a new clause that is no longer reported content ("while", "but", "which"). */
  readonly clauseBreakers: readonly string[];
  /** Forms of "be" that make a following past participle passive ("was told"). */
  readonly beForms: readonly string[];
  /** Prepositions that cannot open the clause reported by a clause verb ("thinking about"). */
  readonly clausePrepositions: readonly string[];
  /** Time words that are never a source ("Tuesday said" is "X on Tuesday said"). */
  readonly timeWords: readonly string[];
  /** Words that introduce a time adjunct between a source and its cue ("on", "last", "this"). */
  readonly timePrepositions: readonly string[];
  /** Words that open a relative clause and so start the content of an authorial cue ("which is expected to …"). */
  readonly relativeWords: readonly string[];
  /** Words that open an adjunct after a cue rather than its content ("in", "on", "during"). */
  readonly adjunctStarts: readonly string[];
  /** Head nouns of evidence sources ("poll", "survey", "study", "report"). */
  /** Nouns of opinion polls, the source in "In a poll released Monday, …" and "… in the latest survey". */
  readonly pollNouns: readonly string[];
  /** Prepositions that open a poll lead-in ("In a survey released Monday, …"). */
  readonly pollPrepositions: readonly string[];
  readonly evidenceNouns: readonly string[];
  /** Pronouns that may stand for evidence before an evidence cue ("It shows an officer …"). */
  readonly evidencePronouns: readonly string[];
  /** Words that may stand between the cue and its content without being content ("Tuesday", "today", "reporters"). */
  readonly contentLeadWords: readonly string[];
  /** Verbs of asking that report a question without naming who asked ("Asked whether …, X said"). */
  readonly questionCues: readonly string[];
  /** Short answers that stand for the reported content at the end of a clause ("said so", "said yes", "said as much"). */
  readonly shortAnswers: readonly string[];
  /** Words that open a reported question (if, whether, what …). */
  readonly questionWords: readonly string[];
  /** Words before a sentence-internal question cue ("when asked whether …"). */
  readonly questionCueLeads: readonly string[];
  /** A quotation of at most this many words that opens a sentence with no cue and no lead-in paragraph is taken for a scare quote, not a statement. */
  readonly scareQuoteMaxWords: number;
  /** Longest first line (in words) taken for a headline when it has no terminal punctuation. */
  readonly headlineMaxWords: number;
  /** Most words before a quotation in its sentence that still count as part of what was quoted when the quotation ends in "…,” X said" (rule attribution/lead-in-words). */
  readonly leadInMaxWords: number;
  /** Most words of an introductory gerund phrase before ", X said" ("Campaigning in Ohio, he said"); a longer one is the subject of reported content. */
  readonly introMaxWords: number;
  /** Prepositions between a name and its topic in a title line ("Obama on Climate Change: …"; rule attribution/title-topic-colon). */
  readonly topicPrepositions: readonly string[];
  /** Words for what was said that lead a quotation in before a colon ("released a statement: “…”", "my answer: “…”"; rule attribution/noun-colon-lead-in). */
  readonly leadInNouns: readonly string[];
  /** At most this many words between the end of a reported statement's content and a quotation later in its sentence that the content is extended to. */
  readonly contentToQuoteMaxWords: number;
  /**
   * Prepositions that join a source's head to a name or group only after a noun of `relationNouns` or an evidence
   * noun ("an aide to Mayor Ruiz", "advisers to the governor", "a letter to the board"), not elsewhere ("time to start").
   */
  readonly relationLinks: readonly string[];
  /**
   * Nouns for someone who works for, speaks for or sides with another ("aide", "adviser", "spokeswoman",
   * "supporters"); stage 4 reads them too: "Supporters of X said" is not X speaking.
   */
  readonly relationNouns: readonly string[];
  /** Phrases after a source's head noun that tie it to what it knows ("a source familiar with the talks", "officials close to the campaign"): the source runs on through their object. */
  readonly sourcePostmodifiers: readonly string[];
  /**
   * Prepositions of a phrase between a source and its cue ("Stumpf in a televised interview said", "officials at the
   * State Department said"): after a name or a pronoun the phrase is an adjunct and the name is the source; after a
   * common noun it is part of the source.
   */
  readonly sourcePhrasePrepositions: readonly string[];
  /** Words that open a subordinate clause at the start of a sentence ("While some argue that …, Obama has …"). */
  readonly subordinators: readonly string[];
  /**
   * Participles of cue verbs that are adjectives too ("worrying", "encouraging", "telling"): after a copula and
   * before a comma or the sentence end they describe ("… is worrying, Cuban said"), not report.
   */
  readonly adjectivalParticiples: readonly string[];
  /** Perfect participles before a cue ("having suggested"): the participle clause speaks for the sentence's subject. */
  readonly perfectParticiples: readonly string[];
  /** Words that make a conjunction with a following "that" ("given that", "so that", "now that"): that "that" opens no relative clause. */
  readonly thatConjunctions: readonly string[];
  /** Quantifiers that float after the group they count ("Cruz and Rubio have both argued", "They all said"). */
  readonly floatingQuantifiers: readonly string[];
  /** Verbs (one or two words, as written) that put out a document: before "a statement saying …" their subject is the source ("Trump issued a statement saying …"). */
  readonly publishingVerbs: readonly string[];
  /** Adverbial phrases of more than one word that may stand between a subject and its cue, like `cueAdverbs` ("critics have in particular noted"), or as an aside between commas before it ("…, for his part, said"). */
  readonly cueAdverbPhrases: readonly string[];
  /** Single function words that stage 3's rules test by their role (lower case). */
  readonly functionWords: AttributionFunctionWords;
  /** The shapes of word forms that stage 3's rules test (suffixes and patterns over one lower-case word). */
  readonly wordShapes: AttributionWordShapes;
  /**
   * The forms of a verb from its base and its irregular past and participle, when given: base, third person,
   * past, participle, the -ing form ("say" → "say", "says", "said", "said", "saying").
   */
  readonly inflect: (base: string, past?: string, participle?: string) => readonly string[];
}

/** Function words named by the role a rule gives them (each one lower-case word). */
export interface AttributionFunctionWords {
  /** The infinitive marker ("declined to comment"). */
  readonly infinitive: string;
  /** The complementiser that opens a reported clause, also a relative word ("said that …", "a letter that says"). */
  readonly complementizer: string;
  /** The preposition between a head noun and its complement ("a series of tweets", "master of ceremonies"). */
  readonly genitive: string;
  /** The preposition before a span of time ("has said for weeks"). */
  readonly duration: string;
  /** The conjunction that joins two names or two cues ("X and Y said"). */
  readonly conjunction: string;
  /** The preposition that names the agent of a passive ("asked by Starnes"). */
  readonly agent: string;
  /** The preposition that names where something came from ("praise from X"). */
  readonly origin: string;
  /** The preposition before a year ("who in 2012 added"). */
  readonly yearPreposition: string;
  /** The word between a quantifier and its group ("all but two of them"). */
  readonly exception: string;
  /** The possessive relative pronoun ("X, whose office said"). */
  readonly possessiveRelative: string;
  /** The expletive subject pronoun ("It is hard to say whether …"), which speaks for no one. */
  readonly expletive: string;
  /** The definite article inside a name ("Bureau of the Census"). */
  readonly definiteArticle: string;
  /** A form of "have" that is no reporting verb's subject word ("has"). */
  readonly haveForm: string;
  /** Words that join the words of a name or title ("Secretary of State", "Committee for Peace"). */
  readonly nameLinks: readonly string[];
  /** Conjunctions inside a name ("Johnson & Johnson", "Ways and Means"). */
  readonly nameConjunctions: readonly string[];
  /** Object pronouns ("told me", "her husband"). */
  readonly objectPronouns: readonly string[];
}

/** Word shapes the rules test; patterns run on one lower-case word. */
export interface AttributionWordShapes {
  /** The ending of a gerund or present participle ("saying"). */
  readonly gerundSuffix: string;
  /** A gerund or present participle ("calling", "insisting"). */
  readonly gerund: RegExp;
  /** Endings of words that end like a gerund but are none ("something", "nothing"; "bring", after "vowed to"). */
  readonly gerundLookalikes: readonly string[];
  /** The ending of an adverb of manner ("flatly"), in lower-case ASCII letters. */
  readonly adverbSuffix: string;
  /** The ending of a plural noun or of a verb's third person ("officials", "says"). */
  readonly pluralSuffix: string;
  /** A lower-case past form ("surveyed", "briefed"). */
  readonly pastForm: RegExp;
  /** A lower-case word that can be a finite verb after its subject ("illustrates", "failed"). */
  readonly finiteForm: RegExp;
  /** The end of a finite verb, matched anywhere in a word ("pounds", "pounded"). */
  readonly finiteEnding: RegExp;
  /** A participle that can open a sentence ("Speaking", "Asked"). */
  readonly openingParticiple: RegExp;
  /** A past participle after an evidence noun ("the report released …", "the video taken …"). */
  readonly pastParticiple: RegExp;
  /** The end of a verb form that ends a name's modifier ("… officials who spoke", "leaders meeting"). */
  readonly verbFormEnding: RegExp;
  /** The indefinite articles ("a mountain stream called …"). */
  readonly indefiniteArticles: readonly string[];
  /** The end of a plural noun ("officials"). */
  readonly pluralEnding: RegExp;
  /** A lower-case or capitalised word that looks like a plural noun ("voters", "Republicans"; not "amorphous", "press"). */
  readonly pluralNoun: RegExp;
  /** The end of a possessive ("Obama's", "Sanders’"). */
  readonly possessiveEnding: RegExp;
  /** A subject pronoun contracted with its auxiliary ("he's", "they’ve"). */
  readonly contractedPronoun: RegExp;
  /** The characters that a contracted pronoun has at least one of (a cheap test before `contractedPronoun`). */
  readonly contractionMarks: readonly string[];
  /** The shortest and longest contracted pronoun, in characters. */
  readonly contractedLength: readonly [number, number];
}
