// Golden test of the events stage on the seed article, through the whole pipeline (parseArticle).
// Depends on other stages as marked: [dates] = stage 5 values, [speakers] = stage 4 index (names, aliases,
// pronouns, "the presidents of Russia and Azerbaijan"), [attribution] = statements from stages 1-3.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedArticleSchema, parseArticle } from '../../src/index.js';

const text = readFileSync(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url), 'utf8');
const parsed = parseArticle(text, { publishedAt: '2021-05-10', id: 'seed' });
const nameOf = (id: string): string => parsed.speakers.find((s) => s.id === id)?.name ?? `?${id}`;
const people = (type: string, nth = 0): string[] =>
  parsed.events
    .filter((e) => e.type === type)
    [nth]!.participants.map((p) => (p.role ? `${nameOf(p.speakerId)}/${p.role}` : nameOf(p.speakerId)));
const event = (type: string, nth = 0) => parsed.events.filter((e) => e.type === type)[nth]!;

describe('events of the seed article', () => {
  it('finds each event once, in order of first mention', () => {
    expect(parsed.events.map((e) => [e.type, e.cameo])).toEqual([
      ['conflict', '190'],
      ['visit', '042'],
      ['call', '041'],
      ['meeting', '043'],
      ['signing', '057'],
      ['arrival', '042'],
      ['anniversary', undefined],
      ['conflict', '190'],
      ['agreement', '036'],
    ]);
    expect(parsed.events.map((e) => e.id)).toEqual(parsed.events.map((_, i) => `seed:ev:${i}`));
  });

  it('the end of the Second Karabakh War is a conflict', () => {
    expect(event('conflict').mentions.map((m) => m.text)).toEqual(['Second Karabakh War']);
    expect(event('conflict', 1).mentions.map((m) => m.text)).toEqual(['Great Patriotic War', 'the war']);
  });

  it('Aliyev visited the Nakhchivan Autonomous Republic in the morning', () => {
    expect(people('visit')).toEqual(['Ilham Aliyev/visitor']);
    expect(event('visit').place).toBe('Nakhchivan Autonomous Republic');
    expect(event('visit').date).toMatchObject({ value: '2021-05-10', partOfDay: 'morning' }); // [dates]
  });

  it('Putin phoned Aliyev: four mentions are one call', () => {
    const call = event('call');
    expect(call.mentions.map((m) => m.text)).toEqual([
      'phone talks',
      'phoned',
      'The conversation',
      'the conversation', // "Concluding the conversation"
      'a telephone conversation', // "Aliyev recalled that he held a telephone conversation ... on May"
    ]);
    for (const m of call.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(people('call')).toEqual(['Ilham Aliyev/callee', 'Vladimir Putin/caller']);
  });

  it('the call is dated "yesterday", the first paragraph\'s article-day context is kept and flagged', () => {
    const call = event('call');
    expect(call.date).toMatchObject({ value: '2021-05-09', text: 'yesterday' }); // [dates]
    expect(call.alternativeDates).toMatchObject([{ value: '2021-05-10', certainty: 'resolved' }]);
    const issue = parsed.issues.find((i) => i.code === 'conflicting-dates')!;
    expect(issue.span).toEqual({ start: text.indexOf('phone talks'), end: text.indexOf('phone talks') + 11 });
    expect(parsed.issues.filter((i) => i.code === 'conflicting-dates')).toHaveLength(1);
  });

  it('"on May" in the recollection is kept as compatible with the call date', () => {
    const recalled = event('call').mentions.at(-1)!;
    expect(text.slice(recalled.end, recalled.end + 45)).toContain('on May');
    expect(event('call').alternativeDates).toHaveLength(1); // "May" (2021-05) agrees with 2021-05-09 [dates]
  });

  it('Aliyev met Lavrov in Baku in the evening: "received a delegation led by" is the same meeting', () => {
    const meeting = event('meeting');
    expect(meeting.mentions.map((m) => m.text)).toEqual(['a meeting', 'The talks', 'received', 'his meeting']);
    expect(people('meeting')).toEqual(['Ilham Aliyev/host', 'Sergei Lavrov/visitor']); // Sergey = Sergei [speakers]
    expect(meeting.place).toBe('Baku');
    expect(meeting.date).toMatchObject({ value: '2021-05-10', partOfDay: 'evening' }); // [dates]
  });

  it('a document was signed on 10 November 2020', () => {
    expect(event('signing').date).toMatchObject({ value: '2020-11-10', text: '10 November' }); // [dates]
    expect(event('signing').participants).toEqual([]);
  });

  it("Lavrov's arrival in Baku", () => {
    expect(people('arrival')).toEqual(['Sergei Lavrov/visitor']);
    expect(event('arrival').place).toBe('Baku');
  });

  it('the 76th anniversary of the Victory', () => {
    expect(event('anniversary').mentions.map((m) => m.text)).toEqual(['76th anniversary of the Victory']);
  });

  it('the presidents agreed to continue contacts, at the time of the call', () => {
    expect(people('agreement').sort()).toEqual(['Ilham Aliyev', 'Vladimir Putin']);
    expect(event('agreement').date).toMatchObject({ value: '2021-05-09' }); // [dates]
    expect(event('agreement').via).toContain('events/date-linked-event');
  });

  it('no event from "your last visit" in a quote, nor from "can agree"', () => {
    expect(parsed.events.filter((e) => e.type === 'visit')).toHaveLength(1);
    expect(parsed.events.filter((e) => e.type === 'agreement')).toHaveLength(1);
  });

  it('statements take place and date from context', () => {
    // [attribution] these statements come from stages 1-3
    const railways = parsed.statements.find((s) => s.text.startsWith('Armenian railways'))!;
    expect(railways.place).toBe('Nakhchivan');
    const halfYear = parsed.statements.find((s) => s.text.startsWith('It has been half a year'))!;
    expect(halfYear.place).toBe('Baku');
    expect(halfYear.date).toMatchObject({ value: '2021-05-10' }); // [dates]
    expect(halfYear.via).toContain('events/statement-event');
  });

  it('is deterministic and valid', () => {
    const again = parseArticle(text, { publishedAt: '2021-05-10', id: 'seed' });
    expect(JSON.stringify(again.events)).toBe(JSON.stringify(parsed.events));
    expect(JSON.stringify(again.statements)).toBe(JSON.stringify(parsed.statements));
    expect(() => ParsedArticleSchema.parse(parsed)).not.toThrow();
  });

  it('without publishedAt nothing is resolved from the article date', () => {
    const bare = parseArticle(text, { id: 'seed' });
    for (const e of bare.events) {
      expect(e.via).not.toContain('events/date-article-lead');
      expect(e.alternativeDates).toBeUndefined();
    }
  });

  it('every event participant is a speaker in the output', () => {
    const ids = new Set(parsed.speakers.map((s) => s.id));
    for (const e of parsed.events) for (const p of e.participants) expect(ids.has(p.speakerId)).toBe(true);
  });
});
