import { describe, expect, it } from 'vitest';
import { InvalidInputError, toClaimReview, type ClaimJsonLd } from '../../src/index.js';
import { dataset } from '../query/fixture.js';

const claim = dataset.claims[0]!; // a1:cl:0 by Marta Núñez, article a1 published 2023-03-15
const dated = dataset.claims[1]!; // a1:cl:1 by the Port Authority, statement dated 2023-02

describe('toClaimReview', () => {
  it('exports a schema.org Claim when there is no verdict', () => {
    const out: ClaimJsonLd = toClaimReview(claim, dataset);
    expect(out).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      identifier: 'a1:cl:0',
      text: claim.text,
      author: { '@type': 'Person', name: 'Marta Núñez', jobTitle: 'Mayor', alternateName: ['Núñez', 'the mayor'] },
      datePublished: '2023-03-15',
      appearance: { '@type': 'NewsArticle', identifier: 'a1', headline: 'Harbour plans', datePublished: '2023-03-15' },
      firstAppearance: { '@type': 'NewsArticle', identifier: 'a1', headline: 'Harbour plans', datePublished: '2023-03-15' },
    });
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it("dates the claim by its statement's date and types an organisation", () => {
    const out = toClaimReview(dated, dataset);
    expect(out.datePublished).toBe('2023-02');
    expect(out.author).toEqual({ '@type': 'Organization', name: 'Port Authority' });
  });

  it('leaves the author out when the speaker is unknown', () => {
    expect(toClaimReview(dataset.claims[5]!, dataset).author).toBeUndefined();
  });

  it('exports a ClaimReview with the verdict when one is given', () => {
    const out = toClaimReview(claim, dataset, {
      rating: 'Mostly false',
      ratingValue: 2,
      reviewer: { name: 'Harbour Checks', url: 'https://example.org' },
      url: 'https://example.org/reviews/1',
      datePublished: '2023-03-20',
    });
    expect(out['@type']).toBe('ClaimReview');
    expect(out.claimReviewed).toBe(claim.text);
    expect(out.itemReviewed['@type']).toBe('Claim');
    expect(out.itemReviewed['@context']).toBeUndefined();
    expect(out.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 });
    expect(out.author).toEqual({ '@type': 'Organization', name: 'Harbour Checks', url: 'https://example.org' });
    expect(out.url).toBe('https://example.org/reviews/1');
    expect(out.datePublished).toBe('2023-03-20');
  });

  it.each([
    ['a claim not in the dataset', () => toClaimReview({ ...claim, id: 'ghost' }, dataset), /not in the dataset/u],
    ['a verdict without rating', () => toClaimReview(claim, dataset, {} as never), /invalid verdict/u],
    ['a verdict with unknown keys', () => toClaimReview(claim, dataset, { rating: 'False', score: 1 } as never), /invalid verdict/u],
    ['a non-dataset', () => toClaimReview(claim, {} as never), /dataset must be a Dataset/u],
    ['a non-claim', () => toClaimReview(null as never, dataset), /claim must be a Claim/u],
  ])('refuses %s', (_, call, message) => {
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(/^toClaimReview: /u);
    expect(call).toThrow(message);
  });
});
