import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import type { Claim } from '../model/claim.js';
import type { Dataset } from '../model/dataset.js';

/**
 * A fact-checker's verdict on a claim, turned into a schema.org `Rating` by {@link toClaimReview}.
 * Unknown keys are rejected.
 *
 * @example
 * ```ts
 * VerdictSchema.parse({ rating: 'False', ratingValue: 1, reviewer: { name: 'Example Checks' } }).rating;
 * //=> 'False'
 * ```
 * @category Export
 */
export const VerdictSchema = z.strictObject({
  /** The verdict in words ("False", "Mostly true"): the rating's `alternateName`. */
  rating: z.string().trim().min(1),
  /** The verdict on a numeric scale, where the fact-checker uses one. */
  ratingValue: z.number().optional(),
  /** Best value of the scale (default 5 when `ratingValue` is given). */
  bestRating: z.number().optional(),
  /** Worst value of the scale (default 1 when `ratingValue` is given). */
  worstRating: z.number().optional(),
  /** Who reviewed the claim. */
  reviewer: z
    .strictObject({
      /** Name of the fact-checking organisation or person. */
      name: z.string().trim().min(1),
      /** Their home page. */
      url: z.string().optional(),
      /** `Organization` (default) or `Person`. */
      type: z.enum(['Organization', 'Person']).optional(),
    })
    .optional(),
  /** Where the review is published. */
  url: z.string().optional(),
  /** When the review was published (`YYYY-MM-DD`). */
  datePublished: z.string().optional(),
});

/**
 * A fact-checker's verdict on a claim.
 * @category Export
 */
export type Verdict = z.input<typeof VerdictSchema>;

/**
 * Who made a claim, in schema.org terms.
 * @category Export
 */
export interface JsonLdAuthor {
  /** `Person` or `Organization`. */
  '@type': 'Person' | 'Organization';
  /** The speaker's name. */
  name: string;
  /** The first title the article gives them, if any. */
  jobTitle?: string;
  /** Other names the article uses for them. */
  alternateName?: string[];
}

/**
 * Where a claim appeared: the article, as a schema.org `NewsArticle`.
 * @category Export
 */
export interface JsonLdAppearance {
  /** Always `NewsArticle`. */
  '@type': 'NewsArticle';
  /** The article's claimtrack id. */
  identifier: string;
  /** The headline. */
  headline?: string;
  /** The article's URL. */
  url?: string;
  /** The publication date. */
  datePublished?: string;
  /** The publisher. */
  publisher?: {
    /** Always `Organization`. */
    '@type': 'Organization';
    /** The publisher's name. */
    name: string;
  };
}

/**
 * A schema.org `Claim` as JSON-LD.
 * @category Export
 */
export interface ClaimJsonLd {
  /** `https://schema.org` (only on the top-level object). */
  '@context'?: 'https://schema.org';
  /** Always `Claim`. */
  '@type': 'Claim';
  /** The claim's claimtrack id. */
  identifier: string;
  /** The claim's words. */
  text: string;
  /** Who made it. */
  author?: JsonLdAuthor | JsonLdAuthor[];
  /** When it was made: the statement's date or the article's publication date. */
  datePublished?: string;
  /** The article it appears in. */
  appearance: JsonLdAppearance;
  /** Same as `appearance`: claimtrack sees one article at a time. */
  firstAppearance: JsonLdAppearance;
}

/**
 * A schema.org `ClaimReview` as JSON-LD: a verdict on a claim.
 * @category Export
 */
export interface ClaimReviewJsonLd {
  /** `https://schema.org`. */
  '@context': 'https://schema.org';
  /** Always `ClaimReview`. */
  '@type': 'ClaimReview';
  /** A short text of the claim reviewed. */
  claimReviewed: string;
  /** The claim. */
  itemReviewed: ClaimJsonLd;
  /** The verdict. */
  reviewRating: {
    /** Always `Rating`. */
    '@type': 'Rating';
    /** The verdict in words. */
    alternateName: string;
    /** The verdict on a scale. */
    ratingValue?: number;
    /** Best value of the scale. */
    bestRating?: number;
    /** Worst value of the scale. */
    worstRating?: number;
  };
  /** Who reviewed it. */
  author?: {
    /** `Organization` or `Person`. */
    '@type': 'Organization' | 'Person';
    /** The reviewer's name. */
    name: string;
    /** The reviewer's home page. */
    url?: string;
  };
  /** Where the review is published. */
  url?: string;
  /** When the review was published. */
  datePublished?: string;
}

/**
 * Exports a claim as schema.org JSON-LD for fact-checking tools: a `Claim` (its text, author, date and the
 * article it appears in) or, when a verdict is given, a `ClaimReview` of that claim with its `reviewRating`.
 * claimtrack never judges a claim itself: without a verdict there is no review.
 *
 * @param claim - A claim of `dataset`.
 * @param dataset - The dataset the claim belongs to (for its statement, speakers and article).
 * @returns A `Claim` (pass a {@link Verdict} as a third argument to get a `ClaimReview`); plain JSON, ready for `JSON.stringify`.
 * @throws {@link InvalidInputError} when the claim is not in the dataset or the verdict is invalid.
 * @example
 * ```ts
 * const claim = dataset.claims[0]!;
 * toClaimReview(claim, dataset)['@type'];
 * //=> 'Claim'
 * const review = toClaimReview(claim, dataset, { rating: 'False', reviewer: { name: 'Example Checks' } });
 * review['@type'];
 * //=> 'ClaimReview'
 * review.reviewRating.alternateName;
 * //=> 'False'
 * ```
 * @category Export
 */
export function toClaimReview(claim: Claim, dataset: Dataset): ClaimJsonLd;
/**
 * Exports a claim with a verdict as a schema.org `ClaimReview`.
 *
 * @param claim - A claim of `dataset`.
 * @param dataset - The dataset the claim belongs to.
 * @param verdict - A fact-checker's verdict.
 * @returns The `ClaimReview`.
 * @throws {@link InvalidInputError} when the claim is not in the dataset or the verdict is invalid.
 * @example
 * ```ts
 * toClaimReview(claim, dataset, { rating: 'False' }).reviewRating.alternateName;
 * //=> 'False'
 * ```
 */
export function toClaimReview(claim: Claim, dataset: Dataset, verdict: Verdict): ClaimReviewJsonLd;
/**
 * Exports a claim as a schema.org `Claim`, or a `ClaimReview` when `verdict` is given.
 *
 * @param claim - A claim of `dataset`.
 * @param dataset - The dataset the claim belongs to.
 * @param verdict - A fact-checker's verdict, or `undefined`.
 * @returns A `Claim` or a `ClaimReview`.
 * @throws {@link InvalidInputError} when the claim is not in the dataset or the verdict is invalid.
 * @example
 * ```ts
 * toClaimReview(claim, dataset, maybeVerdict)['@type'];
 * //=> 'Claim' or 'ClaimReview'
 * ```
 */
export function toClaimReview(claim: Claim, dataset: Dataset, verdict?: Verdict): ClaimJsonLd | ClaimReviewJsonLd;
export function toClaimReview(claim: Claim, dataset: Dataset, verdict?: Verdict): ClaimJsonLd | ClaimReviewJsonLd {
  const fn = 'toClaimReview';
  if (typeof claim !== 'object' || claim === null || typeof claim.id !== 'string') {
    throw new InvalidInputError(`${fn}: claim must be a Claim`, [
      { code: 'custom', path: ['claim'], message: 'expected a Claim', input: claim },
    ]);
  }
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.claims) || !Array.isArray(dataset.statements)) {
    throw new InvalidInputError(`${fn}: dataset must be a Dataset`, [
      { code: 'custom', path: ['dataset'], message: 'expected a Dataset', input: dataset },
    ]);
  }
  if (!dataset.claims.some((c) => c.id === claim.id)) {
    throw new InvalidInputError(`${fn}: claim "${claim.id}" is not in the dataset`, [
      { code: 'custom', path: ['claim', 'id'], message: 'unknown claim id', input: claim.id },
    ]);
  }
  let parsedVerdict: z.output<typeof VerdictSchema> | undefined;
  if (verdict !== undefined) {
    const result = VerdictSchema.safeParse(verdict);
    if (!result.success) {
      const detail = result.error.issues.map((i) => `${i.path.join('.') || 'verdict'}: ${i.message}`).join('; ');
      throw new InvalidInputError(`${fn}: invalid verdict: ${detail}`, result.error.issues, { cause: result.error });
    }
    parsedVerdict = result.data;
  }

  const statement = dataset.statements.find((s) => s.id === claim.statementId);
  const article = dataset.articles.find((a) => a.id === statement?.articleId);
  const authors: JsonLdAuthor[] = claim.speakerIds.flatMap((id) => {
    const s = dataset.speakers.find((sp) => sp.id === id);
    if (!s) return [];
    const author: JsonLdAuthor = { '@type': s.kind === 'person' ? 'Person' : 'Organization', name: s.name };
    if (s.titles[0] !== undefined) author.jobTitle = s.titles[0];
    if (s.aliases.length) author.alternateName = [...s.aliases];
    return [author];
  });
  const appearance: JsonLdAppearance = { '@type': 'NewsArticle', identifier: article?.id ?? statement?.articleId ?? '' };
  if (article?.title !== undefined) appearance.headline = article.title;
  if (article?.url !== undefined) appearance.url = article.url;
  if (article?.publishedAt !== undefined) appearance.datePublished = article.publishedAt;
  if (article?.publisher !== undefined) appearance.publisher = { '@type': 'Organization', name: article.publisher };

  const item: ClaimJsonLd = { '@type': 'Claim', identifier: claim.id, text: claim.text, appearance, firstAppearance: { ...appearance } };
  if (authors.length === 1) item.author = authors[0]!;
  else if (authors.length > 1) item.author = authors;
  const date = statement?.date?.value ?? article?.publishedAt;
  if (date !== undefined) item.datePublished = date;

  if (!parsedVerdict) return { '@context': 'https://schema.org', ...item };
  const rating: ClaimReviewJsonLd['reviewRating'] = { '@type': 'Rating', alternateName: parsedVerdict.rating };
  if (parsedVerdict.ratingValue !== undefined) {
    rating.ratingValue = parsedVerdict.ratingValue;
    rating.bestRating = parsedVerdict.bestRating ?? 5;
    rating.worstRating = parsedVerdict.worstRating ?? 1;
  } else {
    if (parsedVerdict.bestRating !== undefined) rating.bestRating = parsedVerdict.bestRating;
    if (parsedVerdict.worstRating !== undefined) rating.worstRating = parsedVerdict.worstRating;
  }
  const review: ClaimReviewJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    itemReviewed: item,
    reviewRating: rating,
  };
  if (parsedVerdict.reviewer) {
    review.author = { '@type': parsedVerdict.reviewer.type ?? 'Organization', name: parsedVerdict.reviewer.name };
    if (parsedVerdict.reviewer.url !== undefined) review.author.url = parsedVerdict.reviewer.url;
  }
  if (parsedVerdict.url !== undefined) review.url = parsedVerdict.url;
  if (parsedVerdict.datePublished !== undefined) review.datePublished = parsedVerdict.datePublished;
  return review;
}
