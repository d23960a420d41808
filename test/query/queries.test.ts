import { describe, expect, it } from 'vitest';
import {
  DatasetSchema,
  InvalidInputError,
  contradictingClaims,
  eventsBetween,
  eventsInvolving,
  findSpeaker,
  repeatedClaims,
  statementsAbout,
  statementsBetween,
  statementsBy,
  timeline,
} from '../../src/index.js';
import { dataset } from './fixture.js';

const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

describe('the fixture', () => {
  it('is a valid Dataset', () => {
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });
});

describe('findSpeaker', () => {
  it.each([
    ['Marta Núñez', ['a1:spk:marta-nunez', 'a2:spk:marta-nunez']],
    ['marta nunez', ['a1:spk:marta-nunez', 'a2:spk:marta-nunez']],
    ['  MARTA   NÚÑEZ ', ['a1:spk:marta-nunez', 'a2:spk:marta-nunez']],
    ['nunez', ['a1:spk:marta-nunez', 'a2:spk:marta-nunez']],
    ['The Mayor', ['a1:spk:marta-nunez']],
    ['a2:spk:tom-okafor', ['a2:spk:tom-okafor']],
    ['Okafor', ['a2:spk:tom-okafor', 'a3:spk:tom-okafor']],
    ['Authority', []],
    ['Marta', []],
    ['ta Nunez', []],
    ['Nobody', []],
  ])('finds %j', (name, expected) => {
    expect(ids(findSpeaker(dataset, name))).toEqual(expected);
  });
});

describe('statementsBy', () => {
  it.each([
    ['Marta Nunez', {}, ['a1:st:0', 'a1:st:2', 'a2:st:1']],
    ['Núñez', { about: 'fishing quotas' }, ['a1:st:2', 'a2:st:1']],
    ['Núñez', { about: ['harbour', 'containers'] }, ['a1:st:0']],
    ['Marta Nunez', { from: '2023-04' }, ['a2:st:1']],
    ['Marta Nunez', { to: '2023-03-10' }, ['a1:st:2']],
    ['Marta Nunez', { from: new Date(Date.UTC(2023, 2, 1)), to: '2023-03-31' }, ['a1:st:0', 'a1:st:2']],
    ['Port Authority', { to: '2023-02' }, ['a1:st:1']],
    ['Port Authority', { from: '2023-02-10' }, ['a1:st:2']],
    ['Tom Okafor', { from: '2000' }, ['a2:st:0']],
    ['Tom Okafor', {}, ['a2:st:0', 'a3:st:0']],
    ['Nobody', {}, []],
  ] as const)('%s %j', (who, options, expected) => {
    expect(ids(statementsBy(dataset, who, options))).toEqual(expected);
  });
});

describe('statementsAbout', () => {
  it.each([
    ['harbour', ['a1:st:0', 'a2:st:0']],
    ['the Harbours', ['a1:st:0', 'a2:st:0']],
    ['harbour containers', ['a1:st:0', 'a2:st:0']],
    [['fishing', 'quota'], ['a1:st:2', 'a2:st:1']],
    ['railway', ['a3:st:0']],
    ['bridge repair', ['a2:st:2']],
    ['harbour ferries', []],
    ['submarines', []],
  ] as const)('%j', (topic, expected) => {
    expect(ids(statementsAbout(dataset, topic))).toEqual(expected);
  });
});

describe('statementsBetween', () => {
  it.each([
    ['2023-03-01', '2023-03-31', ['a1:st:0', 'a1:st:2']],
    ['2023-03-15', '2023-03-15', ['a1:st:0']],
    ['2023-02', '2023-02', ['a1:st:1']],
    ['2023-02-01', '2023-02-27', []],
    ['2022', '2023', ['a1:st:0', 'a1:st:1', 'a1:st:2', 'a2:st:0', 'a2:st:1', 'a2:st:2']],
    [undefined, '2022-12-31', ['a2:st:2']],
    ['2023-04-01T10:00:00Z', undefined, ['a2:st:0', 'a2:st:1']],
    ['1990', '1999', []],
  ] as const)('%s .. %s', (from, to, expected) => {
    expect(ids(statementsBetween(dataset, from, to))).toEqual(expected);
  });
});

describe('eventsInvolving and eventsBetween', () => {
  it.each([
    ['Marta Núñez', ['a1:ev:0', 'a1:ev:1', 'a2:ev:0']],
    ['Port Authority', ['a1:ev:1']],
    ['Okafor', ['a2:ev:0', 'a2:ev:1']],
    ['a3:spk:tom-okafor', []],
    ['Nobody', []],
  ])('eventsInvolving %s', (who, expected) => {
    expect(ids(eventsInvolving(dataset, who))).toEqual(expected);
  });

  it.each([
    ['2023-03-14', '2023-03-14', ['a1:ev:0']],
    ['2023-04-01', '2023-04-30', ['a2:ev:0']],
    ['2023-04-01', '2023-04-29', []],
    ['2023', '2023', ['a1:ev:0', 'a2:ev:0', 'a2:ev:1']],
    [undefined, undefined, ['a1:ev:0', 'a2:ev:0', 'a2:ev:1']],
  ] as const)('eventsBetween %s .. %s', (from, to, expected) => {
    expect(ids(eventsBetween(dataset, from, to))).toEqual(expected);
  });
});

describe('timeline', () => {
  const describeEntry = (e: ReturnType<typeof timeline>[number]): string =>
    `${e.date ?? '-'} ${e.kind === 'event' ? e.event.id : e.statement.id}`;

  it('sorts events and dated statements by date, ties in dataset order, undated events last', () => {
    expect(timeline(dataset).map(describeEntry)).toEqual([
      '2022 a2:st:2',
      '2023 a2:ev:1',
      '2023-02 a1:st:1',
      '2023-03-01 a1:st:2',
      '2023-03-14 a1:ev:0',
      '2023-03-15 a1:st:0',
      '2023-04 a2:ev:0',
      '2023-04-02 a2:st:0',
      '2023-04-02 a2:st:1',
      '- a1:ev:1',
    ]);
  });

  it('keeps only one speaker with { speaker }', () => {
    expect(timeline(dataset, { speaker: 'Tom Okafor' }).map(describeEntry)).toEqual([
      '2023 a2:ev:1',
      '2023-04 a2:ev:0',
      '2023-04-02 a2:st:0',
    ]);
  });

  it('is stable: the same call gives the same order', () => {
    expect(timeline(dataset).map(describeEntry)).toEqual(timeline(structuredClone(dataset)).map(describeEntry));
  });
});

describe('repeatedClaims', () => {
  it('groups the same claim across articles, numbers aside', () => {
    const groups = repeatedClaims(dataset);
    expect(groups.map((g) => [ids(g.claims), g.articleIds])).toEqual([
      [['a1:cl:0', 'a2:cl:0'], ['a1', 'a2']],
      [['a1:cl:2', 'a2:cl:1'], ['a1', 'a2']],
    ]);
    expect(groups[0]!.similarity).toBe(1);
  });

  it('finds nothing with a threshold no pair reaches', () => {
    const ds = { ...dataset, claims: dataset.claims.filter((c) => c.id !== 'a2:cl:0' && c.id !== 'a2:cl:1') };
    expect(repeatedClaims(ds)).toEqual([]);
  });

  it('groups within one article only with sameArticle', () => {
    const ds = structuredClone(dataset);
    ds.claims.push({ ...ds.claims[1]!, id: 'a1:cl:9', statementId: 'a1:st:2' });
    expect(repeatedClaims(ds).some((g) => g.claims.some((c) => c.id === 'a1:cl:9'))).toBe(false);
    expect(repeatedClaims(ds, { sameArticle: true }).some((g) => ids(g.claims).join() === 'a1:cl:1,a1:cl:9')).toBe(true);
  });
});

describe('contradictingClaims', () => {
  it('pairs opposite negations and conflicting numbers', () => {
    expect(contradictingClaims(dataset).map((c) => [c.a.id, c.b.id, c.reason])).toEqual([
      ['a1:cl:0', 'a2:cl:0', 'numbers'],
      ['a1:cl:2', 'a2:cl:1', 'negation'],
    ]);
  });

  it.each([
    ['the same claim twice', 'Prices rose in May.', 'Prices rose in May.'],
    ['unrelated claims', 'Prices rose in May.', 'The river flooded the valley.'],
    ['double negation', "Prices did not rise, it isn't true.", 'Prices rose.'],
  ])('finds nothing for %s', (_, textA, textB) => {
    const ds = structuredClone(dataset);
    ds.claims = [
      { ...ds.claims[0]!, id: 'x:1', statementId: 'a1:st:0', text: textA, negated: false },
      { ...ds.claims[0]!, id: 'x:2', statementId: 'a2:st:0', text: textB, negated: false },
    ];
    expect(contradictingClaims(ds)).toEqual([]);
  });
});

describe('wrong usage throws InvalidInputError prefixed with the function name', () => {
  const notADataset = { articles: [] } as never;
  it.each([
    ['findSpeaker', () => findSpeaker(notADataset, 'x')],
    ['findSpeaker', () => findSpeaker(dataset, '')],
    ['statementsBy', () => statementsBy(null as never, 'x')],
    ['statementsBy', () => statementsBy(dataset, 'x', { from: '2021-02-30' })],
    ['statementsBy', () => statementsBy(dataset, 'x', { from: '2023-05', to: '2023-04' })],
    ['statementsAbout', () => statementsAbout(dataset, '  ')],
    ['statementsAbout', () => statementsAbout('dataset' as never, 'x')],
    ['statementsBetween', () => statementsBetween(dataset, 'soon', undefined)],
    ['statementsBetween', () => statementsBetween(dataset, new Date(Number.NaN), undefined)],
    ['statementsBetween', () => statementsBetween(dataset, '2023-13', undefined)],
    ['eventsInvolving', () => eventsInvolving([] as never, 'x')],
    ['eventsBetween', () => eventsBetween(dataset, undefined, 'yesterday')],
    ['timeline', () => timeline(42 as never)],
    ['timeline', () => timeline(dataset, { speaker: '' })],
    ['repeatedClaims', () => repeatedClaims(dataset, { threshold: 0 })],
    ['repeatedClaims', () => repeatedClaims({} as never)],
    ['contradictingClaims', () => contradictingClaims(dataset, { threshold: 2 })],
  ])('%s', (fn, call) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message.startsWith(`${fn}: `)).toBe(true);
    expect((error as InvalidInputError).issues.length).toBeGreaterThan(0);
  });
});

describe('purity', () => {
  it('does not modify the dataset', () => {
    const before = JSON.stringify(dataset);
    statementsBy(dataset, 'Marta Nunez', { about: 'harbour', from: '2023' });
    timeline(dataset);
    repeatedClaims(dataset);
    contradictingClaims(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
