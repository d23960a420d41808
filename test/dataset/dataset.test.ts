import { describe, expect, it } from 'vitest';
import {
  DatasetSchema,
  InvalidInputError,
  buildDataset,
  loadDataset,
  mergeDatasets,
  parseArticle,
  safeLoadDataset,
  type Dataset,
} from '../../src/index.js';
import { dataset as fixture } from '../query/fixture.js';

const textA = '"The bridge will reopen in May," Dana Whitfield said on Monday. Officials denied the delay.';
const textB = 'The council met on Tuesday. "We have the money," the treasurer, Ola Berg, told reporters.';

describe('buildDataset', () => {
  it('merges parsed articles in order and validates', () => {
    const a = parseArticle(textA, { id: 'a', publishedAt: '2024-03-01' });
    const b = parseArticle(textB, { id: 'b' });
    const ds = buildDataset([a, b]);
    expect(ds.articles.map((x) => x.id)).toEqual(['a', 'b']);
    expect(ds.statements).toEqual([...a.statements, ...b.statements]);
    expect(ds.speakers).toEqual([...a.speakers, ...b.speakers]);
    expect(ds.claims).toEqual([...a.claims, ...b.claims]);
    expect(ds.events).toEqual([...a.events, ...b.events]);
    expect(Object.keys(ds)).toEqual(['articles', 'speakers', 'statements', 'claims', 'events']);
    expect(DatasetSchema.safeParse(ds).success).toBe(true);
  });

  it('gives an empty dataset for no articles', () => {
    expect(buildDataset([])).toEqual({ articles: [], speakers: [], statements: [], claims: [], events: [] });
  });

  it('keeps the same text parsed under two ids apart', () => {
    const ds = buildDataset([parseArticle(textA, { id: 'x' }), parseArticle(textA, { id: 'y' })]);
    expect(DatasetSchema.safeParse(ds).success).toBe(true);
  });

  it.each([
    ['a duplicate article id', () => buildDataset([parseArticle(textA), parseArticle(textA)]), /duplicate article id/u],
    ['a non-array', () => buildDataset('nope' as never), /expected an array/u],
    ['an item that is not a parse', () => buildDataset([{ article: {} }] as never), /item 0 is not a parsed article/u],
  ])('refuses %s', (_, call, message) => {
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(/^buildDataset: /u);
    expect(call).toThrow(message);
  });
});

describe('mergeDatasets', () => {
  const one = buildDataset([parseArticle(textA, { id: 'one' })]);
  const two = buildDataset([parseArticle(textB, { id: 'two' })]);

  it('concatenates in argument order', () => {
    const merged = mergeDatasets(one, two, fixture);
    expect(merged.articles.map((a) => a.id)).toEqual(['one', 'two', 'a1', 'a2', 'a3']);
    expect(merged.statements.length).toBe(one.statements.length + two.statements.length + fixture.statements.length);
    expect(DatasetSchema.safeParse(merged).success).toBe(true);
  });

  it('returns an empty dataset for no arguments and does not modify its inputs', () => {
    expect(mergeDatasets()).toEqual(buildDataset([]));
    const before = JSON.stringify(one);
    mergeDatasets(one, two);
    expect(JSON.stringify(one)).toBe(before);
  });

  it.each([
    ['the same dataset twice', () => mergeDatasets(one, one), /duplicate article id "one"/u],
    ['a non-dataset', () => mergeDatasets(one, { articles: [] } as never), /argument 1 is not a Dataset/u],
    ['null', () => mergeDatasets(null as never), /argument 0 is not a Dataset/u],
  ])('refuses %s', (_, call, message) => {
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(/^mergeDatasets: /u);
    expect(call).toThrow(message);
  });
});

describe('loadDataset and safeLoadDataset', () => {
  it('accept a valid dataset, as a value or a JSON string', () => {
    expect(loadDataset(structuredClone(fixture))).toEqual(fixture);
    expect(loadDataset(JSON.stringify(fixture))).toEqual(fixture);
    const result = safeLoadDataset(fixture);
    expect(result.success && result.data).toEqual(fixture);
  });

  const broken = (): Dataset => structuredClone(fixture);
  it.each<[string, () => unknown, string]>([
    ['a wrong shape', () => ({ articles: 'no' }), 'articles'],
    ['an unknown speaker', () => { const d = broken(); d.statements[1]!.speakerIds = ['ghost']; return d; }, 'statements.1.speakerIds.0'],
    ['an unknown statement', () => { const d = broken(); d.claims[2]!.statementId = 'ghost'; return d; }, 'claims.2.statementId'],
    ['an unknown article', () => { const d = broken(); d.statements[0]!.articleId = 'ghost'; return d; }, 'statements.0.articleId'],
    ['an unknown participant', () => { const d = broken(); d.events[0]!.participants[0]!.speakerId = 'ghost'; return d; }, 'events.0.participants.0.speakerId'],
    ['a duplicate id', () => { const d = broken(); d.claims[1]!.id = d.claims[0]!.id; return d; }, 'claims.1.id'],
    ['a duplicate article', () => { const d = broken(); d.articles.push(d.articles[0]!); return d; }, 'articles.3.id'],
    ['an invalid date value', () => { const d = broken(); d.events[0]!.date!.value = 'May'; return d; }, 'events.0.date.value'],
  ])('report %s with its path', (_, make, path) => {
    const data = make();
    expect(() => loadDataset(data)).toThrow(/^loadDataset: invalid dataset: /u);
    const result = safeLoadDataset(data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(InvalidInputError);
    expect(result.error.message).toMatch(/^safeLoadDataset: /u);
    expect(result.error.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('reports a string that is not JSON', () => {
    expect(() => loadDataset('{nope')).toThrow(/^loadDataset: the string is not valid JSON/u);
  });
});
