import { describe, expect, it } from 'vitest';
import {
  ClaimtrackError,
  InvalidInputError,
  ParsedArticleSchema,
  createParser,
  isClaimtrackError,
  parseArticle,
} from '../../src/index.js';

const sample = '"The bridge will reopen in May," Dana Whitfield said on Monday. She added that the cost had doubled.';

function thrown(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw new Error(`expected InvalidInputError, got ${String(e)}`);
  }
  throw new Error('expected a throw');
}

describe('parseArticle: wrong usage throws InvalidInputError', () => {
  it.each<[string, () => unknown, RegExp, string]>([
    ['a number', () => parseArticle(42 as never), /text must be a string, received number/u, 'text'],
    ['null', () => parseArticle(null as never), /received null/u, 'text'],
    ['undefined', () => parseArticle(undefined as never), /received undefined/u, 'text'],
    ['a String object', () => parseArticle(new String('x') as never), /received object/u, 'text'],
    ['an impossible day', () => parseArticle(sample, { publishedAt: '2021-02-30' }), /publishedAt/u, 'publishedAt'],
    ['a word for a date', () => parseArticle(sample, { publishedAt: 'soon' }), /publishedAt/u, 'publishedAt'],
    ['an invalid Date', () => parseArticle(sample, { publishedAt: new Date(Number.NaN) }), /publishedAt/u, 'publishedAt'],
    ['a number for a date', () => parseArticle(sample, { publishedAt: 20210510 as never }), /publishedAt/u, 'publishedAt'],
    ['an unknown option', () => parseArticle(sample, { published: '2021-05-10' } as never), /published/u, ''],
    ['an empty id', () => parseArticle(sample, { id: '' }), /id/u, 'id'],
    ['options that are not an object', () => parseArticle(sample, 'x' as never), /invalid options/u, ''],
  ])('for %s', (_, call, message, path) => {
    const error = thrown(call);
    expect(error.name).toBe('InvalidInputError');
    expect(error).toBeInstanceOf(ClaimtrackError);
    expect(error).toBeInstanceOf(Error);
    expect(isClaimtrackError(error)).toBe(true);
    expect(error.message).toMatch(/^parseArticle: /u);
    expect(error.message).toMatch(message);
    expect(error.issues.length).toBeGreaterThan(0);
    if (path) expect(error.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('accepts every valid date form', () => {
    for (const publishedAt of ['2024-02-29', '2021-05-10T08:30:00Z', '2021-05-10T08:30:00+03:00', new Date(Date.UTC(2021, 4, 10))]) {
      expect(parseArticle(sample, { publishedAt }).article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
    expect(parseArticle(sample, { publishedAt: '2021-05-10T08:30:00Z' }).article.publishedAt).toBe('2021-05-10');
  });

  it('keeps the metadata it is given', () => {
    const { article } = parseArticle(sample, { id: 'x1', title: 'T', url: 'https://example.org/a', publisher: 'P', publishedAt: '2020-01-02' });
    expect(article).toEqual({ id: 'x1', text: sample, title: 'T', publishedAt: '2020-01-02', url: 'https://example.org/a', publisher: 'P', language: 'en' });
  });
});

describe('createParser: bad configuration throws InvalidInputError', () => {
  it.each<[string, unknown]>([
    ['an unknown key', { verbs: ['said'] }],
    ['speechVerbs not an array', { speechVerbs: 'grumbled' }],
    ['an empty verb', { speechVerbs: [' '] }],
    ['a known speaker without name', { knownSpeakers: [{ aliases: ['X'] }] }],
    ['a known speaker of unknown kind', { knownSpeakers: [{ name: 'X', kind: 'alien' }] }],
    ['a known speaker with an unknown key', { knownSpeakers: [{ name: 'X', nick: 'Y' }] }],
  ])('for %s', (_, config) => {
    const error = thrown(() => createParser(config as never));
    expect(error.name).toBe('InvalidInputError');
    expect(error.message).toMatch(/^createParser: /u);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('gives a parser whose errors are prefixed with parseArticle', () => {
    const parser = createParser({ speechVerbs: ['grumbled'], knownSpeakers: [{ name: 'Ola Berg', aliases: ['Berg'] }] });
    expect(thrown(() => parser.parseArticle(1 as never)).message).toMatch(/^parseArticle: /u);
    expect(ParsedArticleSchema.safeParse(parser.parseArticle(sample)).success).toBe(true);
  });
});

describe('parseArticle: texts with nothing to find', () => {
  it.each(['', ' ', '\n\n\t  \r\n', '\u00a0\u2003'])('returns empty arrays for %j', (text) => {
    const parsed = parseArticle(text);
    expect(parsed.speakers).toEqual([]);
    expect(parsed.statements).toEqual([]);
    expect(parsed.claims).toEqual([]);
    expect(parsed.events).toEqual([]);
    expect(parsed.article.text).toBe(text);
    expect(ParsedArticleSchema.safeParse(parsed).success).toBe(true);
  });

  it('is not an error for text without quotes', () => {
    const parsed = parseArticle('Rain fell on the hills. The river rose.');
    expect(parsed.statements).toEqual([]);
    expect(ParsedArticleSchema.safeParse(parsed).success).toBe(true);
  });
});

describe('parseArticle: determinism', () => {
  it.each([
    ['no options', undefined],
    ['a publication date', { publishedAt: '2021-05-10' }],
    ['an id and explain', { id: 'fixed', explain: true }],
  ] as const)('gives byte-identical JSON for the same input (%s)', (_, options) => {
    const a = JSON.stringify(parseArticle(sample, options));
    const b = JSON.stringify(parseArticle(sample, options));
    expect(b).toBe(a);
  });

  it('derives the same article id from the same text, and a different one from a different text', () => {
    expect(parseArticle(sample).article.id).toBe(parseArticle(sample).article.id);
    expect(parseArticle(sample).article.id).not.toBe(parseArticle(`${sample} `).article.id);
    expect(parseArticle(sample).article.id).toMatch(/^art-[0-9a-f]{16}$/u);
  });

  it('does not depend on an earlier parse (no state kept between calls)', () => {
    const fresh = JSON.stringify(parseArticle(sample, { id: 'z' }));
    parseArticle('"Other words," Kim Lee said. "More," Lee added.', { id: 'z' });
    expect(JSON.stringify(parseArticle(sample, { id: 'z' }))).toBe(fresh);
  });

  it('returns plain JSON data', () => {
    const parsed = parseArticle(sample, { publishedAt: '2021-05-10' });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });
});
