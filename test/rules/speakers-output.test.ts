import { describe, expect, it } from 'vitest';
import { run, type DraftSpec } from './speakers-helpers.js';

// The output side of the stage: entity ids (slugs of names), the order of the index mentions, sources that
// relative pronouns stand for. Written for the speed work, which keeps these byte-identical.
describe('speaker ids', () => {
  it.each<[string, string, string[]]>([
    ['a two-word name', 'Karl Holm spoke to reporters on Monday.', ['t:sp:karl-holm']],
    ['a three-word name', 'Mary Ann Berg spoke to reporters on Monday.', ['t:sp:mary-ann-berg']],
    ['two people with different names', 'Karl Holm met Jane Roe in Oslo.', ['t:sp:karl-holm', 't:sp:jane-roe']],
    ['a name with an apostrophe', "Sean O'Neill spoke to reporters on Monday.", ['t:sp:sean-o-neill']],
    ['a name with letters beyond ASCII', 'José Núñez spoke to reporters on Monday.', ['t:sp:jose-nunez']],
    ['an organisation written with “the”', 'The Northern Pipeline Company said on Monday it would stop.', ['t:sp:the-northern-pipeline-company']],
  ])('%s', (_label, text, ids) => {
    const { index } = run(text);
    expect(index.entities.map((e) => e.id)).toEqual(ids);
  });

  it('a source named by its words gets the slug of those words', () => {
    const text = 'Anna Berg spoke. "We agree," local officials said.';
    const { index, statements } = run(text, [{ content: 'We agree,', source: 'local officials' }]);
    expect(index.entities.map((e) => e.id)).toEqual(['t:sp:anna-berg', 't:sp:local-officials']);
    expect(statements[0]?.speakerIds).toEqual(['t:sp:local-officials']);
  });

  it('a text with no names has no entities', () => {
    expect(run('it rained all day and nobody came.').index.entities).toEqual([]);
  });
});

describe('index mentions', () => {
  it.each<[string, string, DraftSpec[], [number, number, string][]]>([
    [
      'mentions in text order, a source with no extracted mention placed by its start',
      'Karl Holm arrived. "It works," the officials said. Jane Roe left.',
      [{ content: 'It works,', source: 'the officials' }],
      [
        [0, 9, 'Karl Holm'],
        [31, 44, 'the officials'],
        [51, 59, 'Jane Roe'],
      ],
    ],
    [
      'names only, already in order',
      'Karl Holm met Jane Roe. Holm left.',
      [],
      [
        [0, 9, 'Karl Holm'],
        [14, 22, 'Jane Roe'],
        [24, 28, 'Holm'],
      ],
    ],
  ])('%s', (_label, text, specs, expected) => {
    const { index } = run(text, specs);
    const got = index.mentions.map((m) => [m.start, m.end, m.text]);
    expect(got).toEqual(expected);
    for (const m of index.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('mentions of one entity carry its id', () => {
    const { index } = run('Karl Holm met Jane Roe. Holm left.');
    const holm = index.entities.find((e) => e.name === 'Karl Holm');
    expect(holm).toBeDefined();
    const ofHolm = index.mentions.filter((m) => m.speakerIds.includes(holm?.id ?? ''));
    expect(ofHolm.map((m) => m.text)).toEqual(['Karl Holm', 'Holm']);
  });
});

describe('relative pronouns as sources', () => {
  it.each<[string, string, DraftSpec[], string[][]]>([
    ['“who” after a name', 'Reporters met Karl Holm, who said the bridge was safe.', [{ content: 'the bridge was safe', source: 'who' }], [['Karl Holm']]],
    ['“Who” in capitals after a name', 'Reporters met Karl Holm, Who said the bridge was safe.', [{ content: 'the bridge was safe', source: 'Who' }], [['Karl Holm']]],
    ['“he” is no relative pronoun', 'Reporters met Karl Holm. Then he said the bridge was safe.', [{ content: 'the bridge was safe', source: 'he' }], [['Karl Holm']]],
  ])('%s', (_label, text, specs, expected) => {
    expect(run(text, specs).speakers).toEqual(expected);
  });
});
