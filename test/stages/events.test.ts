// Stage 7 (extractEvents) on hand-built Segmentation, EntityIndex, DateRef and Statement inputs.
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/model/speaker.js';
import type { Statement } from '../../src/model/statement.js';
import type { EntityIndex, EntityMention } from '../../src/parse/types.js';
import { dateAt, runEvents, spanOf, who } from '../rules/events-helpers.js';

const speaker = (id: string, name: string, aliases: string[] = []): Speaker => ({
  id,
  name,
  kind: 'person',
  aliases,
  titles: [],
  mentions: [],
});

function mention(text: string, words: string, ids: string[], form: EntityMention['form'], nth = 0): EntityMention {
  const s = spanOf(text, words, nth);
  return { start: s.start, end: s.end, text: words, speakerIds: ids, form };
}

describe('one event, many mentions', () => {
  const text =
    'President Mara Vance held phone talks with President Tomas Reyes. The conversation lasted an hour.\n\n' +
    'Later, officials said the talks had been warm. Concluding the conversation, the two leaders agreed to continue contacts.';

  it('joins anaphoric nouns to the call they refer back to', () => {
    const r = runEvents(text);
    const call = r.events.find((e) => e.type === 'call')!;
    expect(call.mentions).toEqual([
      spanOf(text, 'phone talks'),
      spanOf(text, 'The conversation'),
      spanOf(text, 'the talks'),
      spanOf(text, 'the conversation'),
    ]);
    expect(call.via).toEqual(expect.arrayContaining(['events/call-phone-noun', 'events/coref-anaphor']));
    expect(who(r)(call)).toEqual(['Mara Vance', 'Tomas Reyes']);
  });

  it('gives "the two leaders" the participants of the event in context', () => {
    const r = runEvents(text);
    const agreement = r.events.find((e) => e.type === 'agreement')!;
    expect(agreement.cameo).toBe('036');
    expect(who(r)(agreement).sort()).toEqual(['Mara Vance', 'Tomas Reyes']);
  });

  it('joins a second full mention with the same participants', () => {
    const t2 = 'President Mara Vance held phone talks with President Tomas Reyes.\n\nPresident Tomas Reyes phoned President Mara Vance on Monday.';
    const r = runEvents(t2, { dates: [dateAt(t2, 'Monday', '2024-03-04')] });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.via).toContain('events/coref-participants');
    expect(who(r)(r.events[0]!)).toEqual(['Mara Vance/callee', 'Tomas Reyes/caller']);
  });

  it('keeps two calls apart when their stated dates disagree', () => {
    const t3 = 'Mara Vance phoned Tomas Reyes on Monday. Mara Vance phoned Tomas Reyes again on Friday.';
    const r = runEvents(t3, { dates: [dateAt(t3, 'Monday', '2024-03-04'), dateAt(t3, 'Friday', '2024-03-08')] });
    expect(r.events.map((e) => e.date?.value)).toEqual(['2024-03-04', '2024-03-08']);
  });

  it('does not join visits to different places', () => {
    const t4 = 'Minister Tomas Berg visited Riga. Minister Tomas Berg visited Tallinn.';
    expect(runEvents(t4).events.map((e) => e.place)).toEqual(['Riga', 'Tallinn']);
  });
});

describe('dates', () => {
  it('gives each date in a sentence to the nearest trigger, with its part of day', () => {
    const text =
      'In the morning, after President Mara Vance visited the Kaluga Region, she held phone talks with President Tomas Reyes, and in the evening she held a meeting with Minister Tomas Berg in Minsk.';
    const r = runEvents(text, {
      publishedAt: '2024-03-05',
      dates: [
        dateAt(text, 'the morning', '2024-03-05', { partOfDay: 'morning' }),
        dateAt(text, 'the evening', '2024-03-05', { partOfDay: 'evening' }),
      ],
    });
    expect(r.events.map((e) => [e.type, e.date?.value, e.date?.partOfDay, e.date?.text])).toEqual([
      ['visit', '2024-03-05', 'morning', 'the morning'],
      ['call', '2024-03-05', undefined, ''],
      ['meeting', '2024-03-05', 'evening', 'the evening'],
    ]);
    expect(r.events[1]!.via).toContain('events/date-article-lead');
    expect(r.events[2]!.place).toBe('Minsk');
    expect(who(r)(r.events[2]!)).toEqual(['Mara Vance', 'Tomas Berg']);
  });

  it('flags mentions that disagree on the date and keeps the best-supported one', () => {
    const text =
      'President Mara Vance held phone talks with President Tomas Reyes.\n\nPresident Tomas Reyes phoned President Mara Vance yesterday.';
    const r = runEvents(text, { publishedAt: '2024-03-05', dates: [dateAt(text, 'yesterday', '2024-03-04')] });
    expect(r.events).toHaveLength(1);
    const ev = r.events[0]!;
    expect(ev.date).toMatchObject({ value: '2024-03-04', text: 'yesterday' });
    expect(ev.alternativeDates).toMatchObject([{ value: '2024-03-05', text: '' }]);
    expect(r.ctx.issues).toEqual([
      expect.objectContaining({ code: 'conflicting-dates', span: { start: 26, end: 37 } }),
    ]);
    expect(text.slice(26, 37)).toBe('phone talks');
  });

  it('accepts a month that contains the chosen day', () => {
    const text = 'Mara Vance phoned Tomas Reyes yesterday. Mara Vance recalled that she held a telephone conversation with Tomas Reyes in March.';
    const r = runEvents(text, {
      publishedAt: '2024-03-05',
      dates: [dateAt(text, 'yesterday', '2024-03-04'), dateAt(text, 'March', '2024-03', {}, 0)],
    });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.date?.value).toBe('2024-03-04');
    expect(r.events[0]!.alternativeDates).toBeUndefined();
    expect(r.ctx.issues).toEqual([]);
  });

  it('takes the date of the paragraph lead sentence', () => {
    const text = 'On Monday, Minister Tomas Berg arrived in Riga. Minister Tomas Berg met President Mara Vance in the afternoon.';
    const r = runEvents(text, { dates: [dateAt(text, 'Monday', '2024-03-04'), dateAt(text, 'the afternoon', undefined, { partOfDay: 'afternoon' })] });
    const meeting = r.events.find((e) => e.type === 'meeting')!;
    expect(meeting.date).toMatchObject({ value: '2024-03-04', partOfDay: 'afternoon', text: 'the afternoon' });
    expect(meeting.via).toContain('events/date-paragraph-lead');
  });

  it('uses the article date for present-perfect news, never the clock', () => {
    const text = 'Quotes first.\n\nPresident Mara Vance has phoned President Tomas Reyes.';
    expect(runEvents(text, { publishedAt: '2024-03-05' }).events[0]!.date).toMatchObject({ value: '2024-03-05', certainty: 'resolved' });
    expect(runEvents(text).events[0]!.date).toBeUndefined();
  });

  it('does not date a war or an anniversary from its sentence', () => {
    const text = 'Six months after the end of the Winter War, the 80th anniversary of the Liberation was marked.';
    const r = runEvents(text, { publishedAt: '2024-03-05', dates: [dateAt(text, 'Six months after', undefined)] });
    expect(r.events.map((e) => [e.type, e.date])).toEqual([
      ['conflict', undefined],
      ['anniversary', undefined],
    ]);
  });

  it('does not take a date from a quoted headline', () => {
    const text = 'The paper ran the headline "Leaders to meet on Friday" as Minister Tomas Berg arrived in Riga.';
    const r = runEvents(text, { dates: [dateAt(text, 'Friday', '2024-03-08')] });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ type: 'arrival', place: 'Riga' });
    expect(r.events[0]!.date).toBeUndefined();
  });

  it('keeps a quoted past event that has its own date', () => {
    const text = '"On 3 March, a document was signed," she said.';
    const r = runEvents(text, { dates: [dateAt(text, '3 March', '2023-03-03')] });
    expect(r.events).toMatchObject([{ type: 'signing', date: { value: '2023-03-03' } }]);
  });
});

describe('participants from the entity index', () => {
  const text = 'Mara Vance spoke to reporters. Later she held phone talks with Reyes. Vance then met Reyes in Quito.';
  const index: EntityIndex = {
    entities: [speaker('t:sp:mara-vance', 'Mara Vance', ['Vance']), speaker('t:sp:tomas-reyes', 'Tomas Reyes', ['Reyes'])],
    mentions: [
      mention(text, 'Mara Vance', ['t:sp:mara-vance'], 'name'),
      mention(text, 'she', ['t:sp:mara-vance'], 'pronoun'),
      mention(text, 'Reyes', ['t:sp:tomas-reyes'], 'name', 0),
      mention(text, 'Vance', ['t:sp:mara-vance'], 'name', 1),
      mention(text, 'Reyes', ['t:sp:tomas-reyes'], 'name', 1),
    ],
  };

  it('resolves names and pronouns to index ids and creates no entity', () => {
    const r = runEvents(text, { index });
    expect(r.newEntities).toEqual([]);
    expect(r.events.map((e) => [e.type, e.participants.map((p) => p.speakerId)])).toEqual([
      ['call', ['t:sp:mara-vance', 't:sp:tomas-reyes']],
      ['meeting', ['t:sp:mara-vance', 't:sp:tomas-reyes']],
    ]);
    expect(r.events[1]!.place).toBe('Quito');
  });

  it('reuses an index entity by alias when the index has no mention there', () => {
    const t2 = 'Reyes phoned Vance.';
    const r = runEvents(t2, { index: { entities: index.entities, mentions: [] } });
    expect(r.newEntities).toEqual([]);
    expect(r.events[0]!.participants).toEqual([
      { speakerId: 't:sp:tomas-reyes', role: 'caller' },
      { speakerId: 't:sp:mara-vance', role: 'callee' },
    ]);
  });

  it('ignores index mentions whose ids have no entity', () => {
    const t4 = 'Reyes phoned Vance.';
    const r = runEvents(t4, {
      index: { entities: index.entities, mentions: [mention(t4, 'Reyes', ['t:sp:ghost'], 'name')] },
    });
    expect(r.events[0]!.participants.map((p) => p.speakerId)).toEqual(['t:sp:tomas-reyes', 't:sp:mara-vance']);
  });

  it('creates a missing participant with the shared id scheme', () => {
    const t3 = 'Mara Vance phoned Chancellor Olaf Brenner.';
    const r = runEvents(t3, { index: { entities: index.entities, mentions: [mention(t3, 'Mara Vance', ['t:sp:mara-vance'], 'name')] } });
    expect(r.newEntities).toEqual([
      {
        id: 't:sp:olaf-brenner',
        name: 'Olaf Brenner',
        kind: 'person',
        aliases: [],
        titles: ['Chancellor'],
        mentions: [spanOf(t3, 'Olaf Brenner')],
      },
    ]);
  });
});

describe('statements take date and place from context', () => {
  const stmt = (text: string, quote: string, cue: string, extra: Partial<Statement> = {}): Statement => {
    const q = spanOf(text, quote);
    const c = spanOf(text, cue);
    return {
      id: 't:st0',
      articleId: 't',
      kind: 'direct',
      text: quote,
      spans: [{ start: q.start, end: q.end }],
      speakerIds: [],
      source: null,
      cue: c,
      via: ['test'],
      ...extra,
    };
  };

  it('"said in X" gives the place', () => {
    const text = '"We will build the road," Mara Vance said in Tartu.';
    const input = stmt(text, 'We will build the road,', 'said');
    const r = runEvents(text, { statements: [input] });
    expect(r.statements[0]).toMatchObject({ place: 'Tartu', via: ['test', 'events/statement-place'] });
    expect(input.place).toBeUndefined();
  });

  it('"said during her meeting with X" takes the meeting\'s date and place', () => {
    const text =
      'Today President Mara Vance received a delegation led by Tomas Berg in Minsk. "Relations are good," Vance said during her meeting with Berg.';
    const r = runEvents(text, {
      statements: [stmt(text, 'Relations are good,', 'said')],
      dates: [dateAt(text, 'Today', '2024-03-05')],
    });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.mentions.map((m) => m.text)).toEqual(['received', 'her meeting']);
    expect(r.statements[0]).toMatchObject({ date: { value: '2024-03-05', text: 'Today' }, place: 'Minsk' });
    expect(r.statements[0]!.via).toContain('events/statement-event');
  });

  it('"said on Monday" gives the date; a date inside the quote does not', () => {
    const text = '"The vote is on Friday," Mara Vance said on Monday.';
    const r = runEvents(text, {
      statements: [stmt(text, 'The vote is on Friday,', 'said')],
      dates: [dateAt(text, 'Friday', '2024-03-08'), dateAt(text, 'Monday', '2024-03-04')],
    });
    expect(r.statements[0]!.date).toMatchObject({ value: '2024-03-04' });
  });

  it.each([
    ['an interview is not a place', '"Fine," Mara Vance said in an interview.'],
    ['a month is not a place', '"Fine," Mara Vance said in May.'],
    ['a person is not a place', '"Fine," Mara Vance said to Tomas Reyes.'],
  ])('%s', (_name, text) => {
    const dates = text.includes('May') ? [dateAt(text, 'May', '2024-05')] : [];
    const out = runEvents(text, { statements: [stmt(text, 'Fine,', 'said')], dates }).statements[0]!;
    expect(out.place).toBeUndefined();
  });

  it('leaves statements without context unchanged (same objects)', () => {
    const text = '"Fine," Mara Vance said.';
    const input = stmt(text, 'Fine,', 'said');
    expect(runEvents(text, { statements: [input] }).statements[0]).toBe(input);
  });
});
