/** Language data for the entities stage (stage 4, speakers). Owned by that stage; see src/locales/en/entities.ts. */

/** A role or title word or phrase ("foreign minister", "spokeswoman", "leader"), with what it tells about its holder. */
export interface RoleEntry {
  /** Lower-case singular form, words separated by one space ("foreign minister"). */
  readonly phrase: string;
  /** Plural forms when not phrase + "s" ("spokesmen"). */
  readonly plural?: readonly string[];
  /**
   * What a holder of the role is, for matching descriptors ("the Russian diplomat") to people whose titles the
   * article gave ("Russian Foreign Minister"). The phrase itself is always a category too.
   */
  readonly categories?: readonly string[];
  /** `person` (the default): a role a person holds; `organization`: a body ("press service", "administration");
   * `generic`: an anonymous source ("source", "official", "critic"), never merged with a named person. */
  readonly holder?: 'person' | 'organization' | 'generic';
  /** Grammatical gender the role word implies ("spokeswoman"). */
  readonly gender?: 'male' | 'female';
}

/** An honorific written before a name ("Mr.", "Sen."). */
export interface HonorificEntry {
  /** Lower-case, without the final period ("mr", "sen"). */
  readonly form: string;
  readonly gender?: 'male' | 'female';
  /** True when it states a role ("Sen.", "Gov.", "Dr."), kept in `titles`; false for "Mr.", "Mrs.". */
  readonly role: boolean;
  /** Categories for descriptor matching ("sen" -> senator, lawmaker). */
  readonly categories?: readonly string[];
}

/** Personal pronoun forms. */
export interface PronounTable {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly plural: readonly string[];
  readonly firstSingular: readonly string[];
  readonly firstPlural: readonly string[];
  /** Forms that stand as a clause subject ("he", "she", "they", "i", "we"). */
  readonly subjects: readonly string[];
  /** Neuter forms that may stand for an organisation when it is the source ("it"). */
  readonly neuter: readonly string[];
}

export interface EntitiesLocale {
  /**
   * Countries and their demonyms, `'Country|Other name'` and `'Demonym|Plural'` ("Russia|Russian Federation",
   * "Russian|Russians"). Used to read nationality from titles ("President of Azerbaijan", "Russian Foreign
   * Minister") and descriptors ("the Azerbaijani leader").
   */
  readonly countries: readonly (readonly [names: string, demonyms: string])[];
  /** Roles, titles and descriptor heads. */
  readonly roles: readonly RoleEntry[];
  /** Words that qualify a role ("former", "deputy", "senior", "presidential"). */
  readonly roleModifiers: readonly string[];
  /** Party and faction adjectives and nouns used in titles ("Republican", "Democratic"). */
  readonly partyWords: readonly string[];
  /** Honorifics. */
  readonly honorifics: readonly HonorificEntry[];
  /** Words that make a capitalised sequence an organisation ("Department", "Post", "Party"). */
  readonly organizationWords: readonly string[];
  /** Single-word institutions named without other words ("Kremlin", "Pentagon", "Congress"). */
  readonly institutions: readonly string[];
  /** Words that make a capitalised sequence a place, event or thing, not a person ("War", "Park", "Street"). */
  readonly nonPersonWords: readonly string[];
  /** Words that, first in a capitalised sequence, make it a place ("North", "New", "Eastern"). */
  readonly placeModifiers: readonly string[];
  /** Capitalised words that are not names when they start a sentence ("The", "However", "Today"). */
  readonly functionWords: readonly string[];
  /** Lower-case words allowed inside a name ("de", "van", "bin"). */
  readonly nameParticles: readonly string[];
  /** Lower-case words allowed inside an organisation or title sequence when capitals follow ("of", "for", "the"). */
  readonly nameConnectors: readonly string[];
  /** Suffixes after a name ("Jr", "Sr", "III"). */
  readonly nameSuffixes: readonly string[];
  /** Words after which a name is an object, not a clause subject: prepositions, determiners, common transitive verbs. */
  readonly objectMarkers: readonly string[];
  /** Prepositions that introduce places ("in", "to", "from"). */
  readonly placePrepositions: readonly string[];
  /** Words after which a new clause (and so a subject) begins ("and", "that", "after", "today"). */
  readonly clauseWords: readonly string[];
  /**
   * Clause words that are prepositions too ("after", "before", "since"): a name after one is no subject when a
   * preposition or punctuation follows it ("appearing after Clinton at the forum, Trump …").
   */
  readonly prepositionalClauseWords: readonly string[];
  /** Month and weekday names (never people). */
  readonly calendarWords: readonly string[];
  /** Calendar words that are also personal names, allowed inside a name ("Theresa May"). */
  readonly nameLikeCalendarWords: readonly string[];
  /**
   * Common given names by the gender they usually mark ("Bill" male, "Hillary" female), read from a person's first
   * word when no honorific or role tells the gender: pronouns and "Mrs. Clinton" then find the right person among
   * several who share a surname. Names common to both genders are left out.
   */
  readonly givenNames: { readonly male: readonly string[]; readonly female: readonly string[] };
  /**
   * Places below the country level that a role can be "of" ("Governor of Texas Greg Abbott", "Attorney General
   * of New York"): read as part of the title, not as a country and not as the start of the name.
   */
  readonly regions: readonly string[];
  /** The regular plural of a role ("minister" → "ministers"), for roles that give no plural of their own. */
  readonly pluralize: (noun: string) => string;
  /** Non-person words that are given names too, allowed as the first word of a longer name ("Bill Clinton", "Park Geun-hye"). */
  readonly nameLikeNonPersonWords: readonly string[];
  /**
   * A capitalised word with a lower-case part after its last hyphen is an adjective, not a name, when that part ends
   * with one of these ("Texas-based", "Ivy League-trained", "Oscar-winning") …
   */
  readonly hyphenAdjectiveEndings: readonly string[];
  /** … or when its first part is one of these prefixes ("Co-anchor", "Anti-abortion"); "Ki-moon" stays a name. */
  readonly hyphenPrefixes: readonly string[];
  readonly pronouns: PronounTable;
  /** Determiners that open a descriptor: definite ("the", "both") and indefinite ("a", "another"). */
  readonly definiteDeterminers: readonly string[];
  readonly indefiniteDeterminers: readonly string[];
  /** Number words and quantifiers allowed between the determiner and a plural head ("two", "both"). */
  readonly quantifiers: readonly string[];
  /** Words that title case leaves in lower case ("of", "to", "the"): a line of capitals and only these is a headline. */
  readonly titleCaseSmallWords: readonly string[];
  /** Coordinators that join two names into a joint mention ("and", "&"). */
  readonly coordinators: readonly string[];
  /** Relative pronouns that, as a source, stand for the phrase right before them ("Tom Berg, who said …"). */
  readonly relativePronouns: readonly string[];
  /** Possessive pronouns: a source that opens with one describes someone through another ("his campaign manager"). */
  readonly possessivePronouns: readonly string[];
  /** Articles left out of the key of a described entity ("the White House" and "White House" are one). */
  readonly articles: readonly string[];
  /** Words an organisation's acronym skips ("Department of Homeland Security" is "DHS"). */
  readonly acronymSkipWords: readonly string[];
  /** Prepositions that tie a role to what it is a role of: a descriptor with one names its holder ("the president of Russia"). */
  readonly roleLinks: readonly string[];
  /** Small words inside role phrases that are no role words of their own ("secretary of state", "the first lady"). */
  readonly roleSmallWords: readonly string[];
  /** Prepositions that tie a source to a name after them, describing the speaker through that name ("people close to X", "supporters of X", "an aide to X"). */
  readonly describingPrepositions: readonly string[];
  /** Nouns for a recording of someone ("footage of Trump saying …", "a clip of McCain"): the one recorded speaks, despite the preposition. */
  readonly recordingNouns: readonly string[];
  /** The definite article ("the Kremlin", "the president of the United States"). */
  readonly definiteArticle: string;
  /** Pronouns that, written in capitals, are an acronym instead ("US" is not "us"). */
  readonly acronymPronouns: readonly string[];
}
