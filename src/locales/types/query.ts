/**
 * Language data for the query helpers (src/query): words that carry no content when two claims are compared,
 * and words that deny a proposition. Owned by the query helpers; see src/locales/en/query.ts.
 * Every list holds lower-case words with diacritics removed.
 */
export interface QueryLocale {
  /** Function words ignored when comparing claims and matching topics ("the", "of", "and"). */
  readonly stopwords: readonly string[];
  /** Words that deny what follows ("not", "never", "no"); `n't` is handled by the engine. */
  readonly negations: readonly string[];
  /** Number words ("two", "dozen", "million"), treated as numbers when claims are compared. */
  readonly numberWords: Readonly<Record<string, number>>;
}
