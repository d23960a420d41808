/**
 * Language data for the events stage (stage 7): triggers with their event types, CAMEO codes and rule ids,
 * and the small closed word classes the engine needs around them. Owned by that stage; see src/locales/en/events.ts.
 *
 * Patterns are regular-expression sources (no capturing groups, no flags); the engine compiles them once per
 * locale object with the `u` flag, case-insensitively unless `caseSensitive` is set, and adds unicode word
 * boundaries around triggers itself.
 */
export type EventKind =
  | 'visit'
  | 'call'
  | 'meeting'
  | 'signing'
  | 'arrival'
  | 'agreement'
  | 'conflict'
  | 'anniversary'
  | 'other';

/**
 * How a trigger stands in its sentence:
 * - `verb`: a finite past-tense verb ("phoned", "visited"): subject before, object after;
 * - `passive`: a passive verb group ("a document was signed"): no subject, an agent after "by";
 * - `noun`: an event noun ("phone talks", "a meeting", "Lavrov's arrival"): participants from a possessive,
 *   a light verb's subject ("he held phone talks"), and "with / between / led by" phrases; a definite noun with
 *   no participants of its own ("the conversation") refers back to an earlier event of one of `anaphorTypes`;
 * - `named`: a named event that counts wherever it stands ("the Second Karabakh War", "the 76th anniversary").
 */
export type EventTriggerForm = 'verb' | 'passive' | 'noun' | 'named';

/** A CAMEO code chosen by the words after the trigger ("agreed to continue contacts": 036). */
export interface CameoRefinement {
  /** Regex source matched in the few words after the trigger. */
  readonly after: string;
  readonly cameo: string;
}

/** One event trigger: a rule with a stable id. */
export interface EventTrigger {
  /** Stable rule id, e.g. `events/call-phoned`. */
  readonly id: string;
  readonly type: EventKind;
  /** CAMEO event code, where one fits. */
  readonly cameo?: string;
  readonly cameoRefinements?: readonly CameoRefinement[];
  /** Regex source of the trigger words (no capturing groups). */
  readonly pattern: string;
  /**
   * Every word (lower case, letters only; `#` for a number) a match can begin with. The engine only tries the
   * pattern where one of these words starts, which keeps the scan fast.
   */
  readonly firstWords: readonly string[];
  readonly caseSensitive?: boolean;
  readonly form: EventTriggerForm;
  /** Role of the subject (verbs), the possessor or the light verb's subject (nouns). */
  readonly subjectRole?: string;
  /** Role of the object or of the participant after `participantLeads`. */
  readonly objectRole?: string;
  /**
   * Regex sources tried, in order, right after the trigger to reach its object ("\\s+with\\s+", "\\s+").
   * Verbs only.
   */
  readonly objectLeads?: readonly string[];
  /** The object is a place unless it is a known person ("visited the Nakhchivan Autonomous Republic"). */
  readonly objectIsPlace?: boolean;
  /** Phrases after the trigger that introduce more participants ("with", "between", "led by"). */
  readonly participantLeads?: readonly string[];
  /** The fewest participants for the trigger to count ("met" needs two: "met expectations" has none). */
  readonly minParticipants?: number;
  /** Nouns: a determiner, possessive or modifier must stand just before ("a visit", "his visit", "state visit"). */
  readonly needsDeterminer?: boolean;
  /** Nouns: types a definite mention without participants can refer back to, most likely first. */
  readonly anaphorTypes?: readonly EventKind[];
  /** Regex source: the trigger does not count when these words follow ("the call for reforms"). */
  readonly notFollowedBy?: string;
  /** Regex source: the trigger counts only when these words follow ("agreed to", not "agreed that"). */
  readonly mustBeFollowedBy?: string;
  /** Verbs: the object must be found ("received a delegation led by X", not "received legal protection"). */
  readonly objectRequired?: boolean;
  /** Nouns: a light verb before it does not make its subject a participant ("had a conflict of interest"). */
  readonly noLightVerb?: boolean;
  /** Named triggers: capitalised name words must stand just before ("Second Karabakh" War). */
  readonly nameBefore?: boolean;
  /** Whether the event takes a date from its sentence or context (false for wars and anniversaries). */
  readonly dated?: boolean;
}

/** Language data for the events stage. */
export interface EventsLocale {
  /** Every trigger; earlier entries win when two match at the same place. */
  readonly triggers: readonly EventTrigger[];
  /** Words that make a following noun a specific thing ("a", "the", "his", "official", "state"). */
  readonly determiners: readonly string[];
  /** Articles and possessives: a past-tense trigger after one of these is an adjective ("the signed copy"). */
  readonly articles: readonly string[];
  /** Definite determiners: a noun after one of these, with no participants, refers back ("the", "this"). */
  readonly definiteDeterminers: readonly string[];
  /** Verbs whose subject takes part in the event noun after them ("held phone talks", "had a meeting"). */
  readonly lightVerbs: readonly string[];
  /** Words before a light verb that make the event only intended ("to hold talks", "will hold a meeting"). */
  readonly intentMarkers: readonly string[];
  /** Auxiliaries that make a past participle present perfect ("has phoned"). */
  readonly perfectAuxiliaries: readonly string[];
  /** Personal and possessive pronouns that refer to one person, with the forms they take. */
  readonly personPronouns: readonly string[];
  /** Plural pronouns and collective noun phrases that refer to the participants of the current event ("the leaders"). */
  readonly collectiveSubjects: readonly string[];
  /** Title and role words that stand before a name ("President", "Minister"). */
  readonly titleWords: readonly string[];
  /** Capitalised words that never start a name ("The", "Today", "In"). */
  readonly nonNameWords: readonly string[];
  /** Words that end a place name, making it a place rather than a person ("Republic", "Region"). */
  readonly placeHeads: readonly string[];
  /** Prepositions that introduce the place of an event ("in", "at"; "to" only for movements such as visits). */
  readonly placePrepositions: readonly { readonly word: string; readonly types?: readonly EventKind[] }[];
  /** Prepositions after a reporting verb that put a statement inside an event ("said during his meeting"). */
  readonly statementEventPrepositions: readonly string[];
  /** Prepositions after a reporting verb that give the statement's place ("said in Nakhchivan"). */
  readonly statementPlacePrepositions: readonly string[];
  /** The definite article, skipped after a place or name preposition ("in the Kremlin", "President of the Republic"). */
  readonly definiteArticle: string;
  /** The preposition allowed inside a name run ("President of Azerbaijan Ilham Aliyev"). */
  readonly nameLink: string;
  /** Conjunctions that join two participants ("X and Y", "X & Y"). */
  readonly conjunctions: readonly string[];
  /** A possessive ending before a name or noun ("Russia's president", "the leaders' meeting"), then spaces, at the end of the text tested. */
  readonly possessiveBeforeName: RegExp;
  /** A possessive ending at the end of a word ("Aliyev's"). */
  readonly possessiveEnding: RegExp;
}
