import type { PartOfDay } from '../../model/dateRef.js';

/** A calendar unit that date arithmetic understands. */
export type DateUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';

/** A season, by the month (1-12) it starts in. */
export interface SeasonWord {
  readonly word: string;
  readonly startMonth: number;
}

/**
 * Language data for the dates stage (stage 5) and for {@link extractDates}: every word the date engine knows.
 * The engine builds its patterns from these lists once per locale object. Words are matched case-insensitively
 * unless said otherwise.
 */
export interface DatesLocale {
  /** Month names by month (index 0 = January): full names first, then abbreviations (written without a full stop). */
  readonly months: readonly { readonly names: readonly string[]; readonly abbreviations: readonly string[] }[];
  /** Month names that are also common words or names ("May", "March"): alone they need a preposition or a day/year. */
  readonly ambiguousMonths: readonly string[];
  /** Weekday names by `Date#getDay()` index (0 = Sunday). */
  readonly weekdays: readonly { readonly names: readonly string[] }[];
  /** Words that name a day relative to the reference date ("yesterday" = -1), optionally with a part of the day ("tonight"). */
  readonly relativeDays: readonly { readonly word: string; readonly offset: number; readonly partOfDay?: PartOfDay }[];
  /** Words for parts of the day. */
  readonly partsOfDay: readonly { readonly word: string; readonly partOfDay: PartOfDay }[];
  /** Clock-time markers after an hour ("a.m." = before noon, "p.m." = after), longest spellings first. */
  readonly meridiems: readonly { readonly word: string; readonly pm: boolean }[];
  /** Which part of the day an hour (0-23) falls in: the first range whose `from` is at most the hour. */
  readonly hourParts: readonly { readonly from: number; readonly partOfDay: PartOfDay }[];
  /** Words allowed between a clock time and a day ("9 a.m. EST Tuesday", "10 a.m. on Friday"), beside time-zone abbreviations. */
  readonly clockJoiners: readonly string[];
  /** Words allowed between a day and a clock time after it ("Friday at 9 a.m."). */
  readonly clockLeads: readonly string[];
  /**
   * Holidays on a fixed date (`month` 1-12 and `day`) or on the n-th weekday of a month (`weekday` 0 = Sunday,
   * `nth` 1-5), by their names (capitalised in the text).
   */
  readonly holidays: readonly { readonly names: readonly string[]; readonly month: number; readonly day?: number; readonly weekday?: number; readonly nth?: number }[];
  /** Calendar unit nouns, singular and plural ("day", "weeks"); `plural` marks a plural form ("three weeks"). */
  readonly units: readonly { readonly word: string; readonly unit: DateUnit; readonly plural?: boolean }[];
  /** Season nouns. */
  readonly seasons: readonly SeasonWord[];
  /** Number words and phrases that count units ("two", "a", "half a" = 0.5). */
  readonly numbers: readonly { readonly word: string; readonly value: number }[];
  /** Hedges allowed before a count ("about two weeks ago"). */
  readonly approximators: readonly string[];
  /** Determiners that shift a unit, weekday or month from the reference date ("last" = -1, "this" = 0, "next" = +1). */
  readonly shifters: readonly { readonly word: string; readonly offset: -1 | 0 | 1 }[];
  /** Words after a count that point from the reference date ("ago" = -1, "from now" = +1). */
  readonly pointers: readonly { readonly word: string; readonly direction: -1 | 1 }[];
  /** Words after a count that point from another event ("six months after the war"). */
  readonly anchorPointers: readonly { readonly word: string; readonly direction: -1 | 1 }[];
  /** Phrases before a count that make it point back from the reference date ("it has been half a year since"). */
  readonly sinceLeads: readonly string[];
  /** Modifiers kept inside a date's span ("early", "late", "mid", "the end of"). */
  readonly edgeModifiers: readonly string[];
  /** Ordinals of quarters (index 0 = first quarter). */
  readonly quarterOrdinals: readonly (readonly string[])[];
  /** Words before "quarter" that mean the most recently reported quarter. */
  readonly latestQuarterWords: readonly string[];
  /** Adjectives meaning "one year before the reference date" ("year-ago", "year-earlier"). */
  readonly yearAgoWords: readonly string[];
  /** Words before a bare year that make it a date ("fiscal 1990"). */
  readonly yearLeads: readonly string[];
  /** Nouns after a four-digit number that make it a quantity, not a year ("2000 people"). */
  readonly quantityNouns: readonly string[];
  /** Words before a four-digit number that make it a quantity or a label, not a year ("more than 2000", "flight 1549"). */
  readonly quantityLeads: readonly string[];
  /** Prepositions that make an ambiguous month name a month ("in May", "on May"). */
  readonly monthPrepositions: readonly string[];
  /** Words and phrases that put a sentence in the future ("will", "plans to"). */
  readonly futureCues: readonly string[];
  /** Endings of contracted words that put a sentence in the future ("he'll"). */
  readonly futureSuffixes: readonly string[];
  /** Irregular past-tense verbs and auxiliaries that put a clause in the past ("was", "held", "met"); words in -ed count too. */
  readonly pastCues: readonly string[];
  /** The regular past-tense ending ("ed"): a word with it counts as a past form unless it is an exception. */
  readonly pastSuffix: string;
  /** Past forms that do not date the clause they stand in (reporting verbs: "said", "added"). */
  readonly pastCueExceptions: readonly string[];
  /** Words right before a date that point ahead ("until", "through", "payable"). */
  readonly futurePrepositions: readonly string[];
  /** Function words the local grammar around a date needs, by role. */
  readonly grammar: {
    /** Definite articles ("the morning", "the third quarter"). */
    readonly articles: readonly string[];
    /** Determiners allowed before a quarter ("its third quarter"). */
    readonly quarterDeterminers: readonly string[];
    /** Prepositions that make a bare part of the day a date ("in the morning"). */
    readonly within: readonly string[];
    /** Words before "the" that make a bare season a date ("in the spring", "by the summer"). */
    readonly seasonLeads: readonly string[];
    /** The word "of" that follows a part of the day or a season naming something else ("the morning of ..."). */
    readonly of: readonly string[];
    /** The singular nouns for a day and a year as they appear inside phrases ("the day before", "last year"). */
    readonly day: string;
    readonly year: string;
    /** "the day before yesterday" (-1) / "the day after tomorrow" (+1). */
    readonly dayShifts: readonly { readonly word: string; readonly offset: -1 | 1 }[];
    /** Hedge after a count before its pointer ("two weeks or so ago"), as words. */
    readonly orSo: readonly string[];
    /** The word that makes a count point back from now when led by a since-lead ("half a year since"). */
    readonly since: string;
    /** "earlier in the year", "later in the month": the adverbs and the preposition. */
    readonly inPeriodAdverbs: readonly string[];
    readonly inPeriodPreposition: string;
    /** Adverbs after "year" that make it "a year before the reference" ("year-ago", "year-earlier"). */
    readonly yearAgo: readonly string[];
    /** Nouns a "year-ago" adjective takes into its span ("the year-ago quarter"). */
    readonly periodNouns: readonly string[];
    /** Words for a fiscal or calendar year ("fiscal 1990", "the fiscal first quarter"). */
    readonly fiscal: readonly string[];
    /** Possessive forms of "year" ("this year's third quarter"). */
    readonly yearPossessive: readonly string[];
    /** Words after "quarter-" or "the quarter" that make it no period ("quarter-point", "the quarter of"). */
    readonly notQuarter: readonly string[];
  };
  /** Ordinal suffixes after a day number ("10th"). */
  readonly ordinalSuffixes: readonly string[];
  /** Words that join a day and a month ("the 10th of November"). */
  readonly dayMonthJoiners: readonly string[];
}
