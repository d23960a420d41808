// A small hand-built dataset for the query tests: two invented articles, independent of what the parser finds.
import type { Claim, Dataset, Event, Speaker, Statement } from '../../src/index.js';

const speaker = (id: string, name: string, aliases: string[] = [], kind: Speaker['kind'] = 'person', titles: string[] = []): Speaker => ({
  id, name, kind, aliases, titles, mentions: [],
});

const statement = (id: string, articleId: string, text: string, speakerIds: string[], date?: string): Statement => ({
  id, articleId, kind: 'direct', text, spans: [{ start: 0, end: text.length }], speakerIds, source: null, cue: null,
  ...(date ? { date: { value: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', text: date, certainty: 'stated' } } : {}),
  via: ['test'],
}) as Statement;

const claim = (id: string, statementId: string, text: string, speakerIds: string[], negated = false): Claim => ({
  id, statementId, speakerIds, text, span: { start: 0, end: text.length }, kind: 'factual', checkworthiness: 0.7, negated, via: ['test'],
});

const event = (id: string, type: Event['type'], participants: string[], date?: string): Event => ({
  id, type, participants: participants.map((speakerId) => ({ speakerId })), mentions: [], via: ['test'],
  ...(date ? { date: { value: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', text: date, certainty: 'stated' } } : {}),
}) as Event;

export const dataset: Dataset = {
  articles: [
    { id: 'a1', text: 'First article.', language: 'en', publishedAt: '2023-03-15', title: 'Harbour plans' },
    { id: 'a2', text: 'Second article.', language: 'en', publishedAt: '2023-04-02' },
    { id: 'a3', text: 'Undated article.', language: 'en' },
  ],
  speakers: [
    speaker('a1:spk:marta-nunez', 'Marta Núñez', ['Núñez', 'the mayor'], 'person', ['Mayor']),
    speaker('a1:spk:port-authority', 'Port Authority', [], 'organization'),
    speaker('a2:spk:marta-nunez', 'Marta Nunez', ['Nunez']),
    speaker('a2:spk:tom-okafor', 'Tom Okafor', ['Okafor']),
    speaker('a3:spk:tom-okafor', 'Tom Okafor'),
  ],
  statements: [
    statement('a1:st:0', 'a1', 'The harbour handled 40 thousand containers last year.', ['a1:spk:marta-nunez']),
    statement('a1:st:1', 'a1', 'The new ferries will arrive in June.', ['a1:spk:port-authority'], '2023-02'),
    statement('a1:st:2', 'a1', 'Fishing quotas are fair.', ['a1:spk:marta-nunez', 'a1:spk:port-authority'], '2023-03-01'),
    statement('a2:st:0', 'a2', 'The harbour handled 25 thousand containers last year.', ['a2:spk:tom-okafor']),
    statement('a2:st:1', 'a2', 'Fishing quotas are not fair.', ['a2:spk:marta-nunez']),
    statement('a2:st:2', 'a2', 'Bridges need repairs.', [], '2022'),
    statement('a3:st:0', 'a3', 'Railways matter.', ['a3:spk:tom-okafor']),
  ],
  claims: [
    claim('a1:cl:0', 'a1:st:0', 'The harbour handled 40 thousand containers last year.', ['a1:spk:marta-nunez']),
    claim('a1:cl:1', 'a1:st:1', 'The new ferries will arrive in June.', ['a1:spk:port-authority']),
    claim('a1:cl:2', 'a1:st:2', 'Fishing quotas are fair.', ['a1:spk:marta-nunez']),
    claim('a2:cl:0', 'a2:st:0', 'The harbour handled 25 thousand containers last year.', ['a2:spk:tom-okafor']),
    claim('a2:cl:1', 'a2:st:1', 'Fishing quotas are not fair.', ['a2:spk:marta-nunez'], true),
    claim('a2:cl:2', 'a2:st:2', 'Bridges need repairs.', []),
  ],
  events: [
    event('a1:ev:0', 'visit', ['a1:spk:marta-nunez'], '2023-03-14'),
    event('a1:ev:1', 'meeting', ['a1:spk:marta-nunez', 'a1:spk:port-authority']),
    event('a2:ev:0', 'call', ['a2:spk:tom-okafor', 'a2:spk:marta-nunez'], '2023-04'),
    event('a2:ev:1', 'signing', ['a2:spk:tom-okafor'], '2023'),
  ],
};
