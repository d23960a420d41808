// Stage 5 (findDates): the parser's use of the date engine, with ctx.publishedAt and the configuration's locale.
import { describe, expect, it } from 'vitest';
import { dateHints, resolveOffset } from '../../src/dates/hints.js';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import { findDates } from '../../src/parse/stages/5-dates.js';
import type { StageContext } from '../../src/parse/types.js';
import { en } from '../../src/locales/en/index.js';

const ctx = (text: string, publishedAt?: string): StageContext => ({ text, articleId: 'a', publishedAt, issues: [], explain: false });

describe('findDates', () => {
  it('resolves against ctx.publishedAt', () => {
    const dates = findDates(ctx('He phoned yesterday and will visit on Friday.', '2021-05-10'), defaultConfiguration());
    expect(dates.map((d) => [d.text, d.value, d.span])).toEqual([
      ['yesterday', '2021-05-09', { start: 10, end: 19 }],
      ['Friday', '2021-05-14', { start: 38, end: 44 }],
    ]);
  });

  it('leaves relative dates unresolved without publishedAt', () => {
    const dates = findDates(ctx('He phoned yesterday.'), defaultConfiguration());
    expect(dates).toEqual([{ precision: 'day', text: 'yesterday', span: { start: 10, end: 19 }, certainty: 'unresolved', via: ['dates/relative-day'] }]);
  });

  it.each<[string, string, string | undefined, string[]]>([
    ['a relative date without publishedAt', 'He phoned yesterday.', undefined, ['unresolved-date:10-19']],
    ['an offset from an undated event', 'Six months after the war, trade grew.', '2021-05-10', ['unresolved-date:0-16']],
    ['nothing for a resolved date', 'He phoned yesterday.', '2021-05-10', []],
    ['nothing for a stated date', 'It was signed on 3 March 2019.', undefined, []],
  ])('reports %s as an issue', (_, text, publishedAt, expected) => {
    const c = ctx(text, publishedAt);
    const dates = findDates(c, defaultConfiguration());
    expect(c.issues.map((i) => `${i.code}:${i.span?.start}-${i.span?.end}`)).toEqual(expected);
    for (const i of c.issues) expect(dates.some((d) => d.span?.start === i.span?.start && d.span?.end === i.span?.end)).toBe(true);
  });

  it('uses the words of the configured locale', () => {
    const config = defaultConfiguration();
    const dates = { ...en.dates, relativeDays: [...en.dates.relativeDays, { word: 'yestreen', offset: -1, partOfDay: 'evening' as const }] };
    const found = findDates(ctx('They met yestreen.', '2021-05-10'), { ...config, locale: { ...config.locale, dates } });
    expect(found).toMatchObject([{ text: 'yestreen', value: '2021-05-09', partOfDay: 'evening' }]);
  });

  it('keeps tense and offset hints beside each date for the events stage', () => {
    const found = findDates(ctx('The ministers will meet on Friday. Six months after the war, trade resumed.', '2021-05-10'), defaultConfiguration());
    expect(found.map((d) => d.text)).toEqual(['Friday', 'Six months after']);
    expect(dateHints(found[0]!)).toMatchObject({ tense: 'future' });
    expect(dateHints(found[1]!)).toEqual({ tense: 'past', offset: { amount: 6, unit: 'month', direction: 1 } });
    expect(dateHints({ precision: 'day', text: 'x', certainty: 'stated' })).toBeUndefined();
  });

  it('keeps the hints out of the DateRef itself: a plain object, its own keys only, no hints on a copy', () => {
    const [ref] = findDates(ctx('They will meet on Friday.', '2021-05-10'), defaultConfiguration());
    expect(Object.getPrototypeOf(ref)).toBe(Object.prototype);
    expect(Reflect.ownKeys(ref!)).toEqual(['precision', 'text', 'span', 'certainty', 'value', 'via']);
    expect(JSON.stringify(ref)).toBe('{"precision":"day","text":"Friday","span":{"start":18,"end":24},"certainty":"resolved","value":"2021-05-14","via":["dates/weekday"]}');
    expect(dateHints(ref!)).toEqual({ tense: 'future' });
    expect(dateHints({ ...ref! })).toBeUndefined();
  });

  it('never throws on messy text', () => {
    const messy = '<p>On \u00a0Nov.\u00a0 10,</p> “yesterday” — 31/02/2020 \ud800 May\n\nMarch';
    expect(() => findDates(ctx(messy, '2021-05-10'), defaultConfiguration())).not.toThrow();
  });
});

describe('resolveOffset', () => {
  it.each<[string, { value?: string; precision: 'day' | 'month' | 'year' | 'unknown' }, { amount: number; unit: 'day' | 'month' | 'year' | 'week'; direction: -1 | 1 }, { value: string; precision: string } | undefined]>([
    ['six months after a day', { value: '2020-11-10', precision: 'day' }, { amount: 6, unit: 'month', direction: 1 }, { value: '2021-05', precision: 'month' }],
    ['two weeks before a day', { value: '2020-11-10', precision: 'day' }, { amount: 2, unit: 'week', direction: -1 }, { value: '2020-10-27', precision: 'day' }],
    ['a year after a month', { value: '2020-11', precision: 'month' }, { amount: 1, unit: 'year', direction: 1 }, { value: '2021', precision: 'year' }],
    ['three days after a month keeps the month', { value: '2020-11', precision: 'month' }, { amount: 3, unit: 'day', direction: 1 }, { value: '2020-11', precision: 'month' }],
    ['an anchor without a value', { precision: 'unknown' }, { amount: 6, unit: 'month', direction: 1 }, undefined],
  ])('%s', (_, anchor, offset, expected) => {
    expect(resolveOffset(anchor, offset)).toEqual(expected);
  });
});
