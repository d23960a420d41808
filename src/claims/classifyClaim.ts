import { InvalidInputError } from '../errors.js';
import { en } from '../locales/en/index.js';
import type { ClaimEntity, ClaimFeature, ClaimKind } from '../model/claim.js';
import { analyze } from './analyze.js';
import { compileLexicon } from './lexicon.js';

/**
 * What {@link classifyClaim} says of a sentence.
 * @category Claims
 */
export interface ClaimClassification {
  /** What the sentence does: states a fact, gives an opinion, predicts, demands, asks, or none of these. */
  kind: ClaimKind;
  /** 0..1: how much a fact-checker would want to check it (a logistic squash of the weighted features). */
  checkworthiness: number;
  /** Whether the proposition is denied ("There is no ...", "never", "not"). */
  negated: boolean;
  /** Ids of the rules that decided the kind, the negation, and every feature that moved the score. */
  via: string[];
  /** The features that moved the score, each with its weight (log-odds) and the words that fired it. */
  features: ClaimFeature[];
  /**
   * What the sentence mentions, with offsets into `text`: numbers, years, months, places (demonyms, countries,
   * names after "in", "from" ...), and other capitalised names (typed `person` after a title, `organization`
   * for acronyms and names ending in an organisation word, else `other`).
   */
  entities: ClaimEntity[];
}

/**
 * Types a sentence and scores how check-worthy it is, with deterministic, explainable rules (no model, no network).
 *
 * Numbers, percentages, money, years and dates, named people, places and organisations, past actions,
 * comparisons, superlatives and statistics words raise the score; hedges ("I think"), feelings, greetings,
 * demands, imperatives, questions, evaluative words and vague futures lower it. The score is a logistic squash
 * of the sum of the features' weights, listed in `features`.
 *
 * @param text - One sentence.
 * @returns Its kind, check-worthiness score, negation, and the rules and features behind them.
 * @throws {@link InvalidInputError} when `text` is not a string.
 * @example
 * ```ts
 * classifyClaim('Unemployment fell to 4.1% in 2019.').kind;
 * //=> 'factual'
 * classifyClaim('Unemployment fell to 4.1% in 2019.').checkworthiness > 0.5;
 * //=> true
 * classifyClaim('They should mind their own business.').kind;
 * //=> 'prescriptive'
 * classifyClaim('There is no such law in Ruritania.').negated;
 * //=> true
 * classifyClaim('Unemployment fell to 4.1% in 2019.').entities.map((e) => `${e.type}:${e.text}`);
 * //=> ['number:4.1%', 'date:2019']
 * ```
 * @category Claims
 */
export function classifyClaim(text: string): ClaimClassification {
  if (typeof text !== 'string') {
    throw new InvalidInputError(`classifyClaim: text must be a string, got ${text === null ? 'null' : typeof text}`, [
      { code: 'invalid_type', expected: 'string', path: [], message: 'Expected string', input: text } as never,
    ]);
  }
  const a = analyze(text, compileLexicon(en.claims));
  const entities: ClaimEntity[] = [];
  let end = -1;
  for (const f of a.spans) {
    if (f.start < end) continue; // spans are sorted; keep the first of overlapping ones
    entities.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), type: f.type });
    end = f.end;
  }
  return { kind: a.kind, checkworthiness: a.checkworthiness, negated: a.negated, via: a.via, features: a.features, entities };
}
