import { describe, expect, it } from 'vitest';
import { slug } from '../../src/internal/ids.js';
import { run } from '../rules/speakers-helpers.js';

describe('stage 4 entity ids', () => {
  // ids are slug(name): curly apostrophes, odd spaces and quotation marks are separators, accents are dropped
  it.each([
    ['Mary O’Hara', 'Mary O’Hara spoke first.', 'mary-o-hara'],
    ['Anna Berg', 'Anna Berg spoke first.', 'anna-berg'],
    ['José Ñúñez', 'José Ñúñez spoke first.', 'jose-nunez'],
    ['Lena Ek\u2009Berg', 'Lena Ek Berg spoke first.', 'lena-ek-berg'],
    ['Olof “Olle” Dahl', 'Olof “Olle” Dahl spoke first.', 'olof-olle-dahl'],
  ])('%s', (name, text, expected) => {
    const r = run(text, [], [{ name }]);
    const e = r.index.entities.find((x) => x.name === name);
    expect(e?.id).toBe(`t:sp:${expected}`);
    expect(e?.id).toBe(`t:sp:${slug(name)}`);
  });

  it('numbers different entities with the same slug in order of first mention', () => {
    const r = run('Anna Berg spoke first. Anna-Berg answered.', [], [{ name: 'Anna Berg' }, { name: 'Anna-Berg', kind: 'organization' }]);
    expect(r.index.entities.map((e) => [e.name, e.id])).toEqual([
      ['Anna Berg', 't:sp:anna-berg'],
      ['Anna-Berg', 't:sp:anna-berg-2'],
    ]);
  });
});

describe('stage 4 shared empty lists', () => {
  // the stage keeps module-level empty lists (no drafts, no speakers): a call must never leave anything in them
  const withDrafts = '"We will win," Anna Berg said. "It is over," a source said. He left.';
  const specs = [
    { content: 'We will win,', source: 'Anna Berg' },
    { content: 'It is over,', source: 'a source' },
  ];

  it.each([
    ['no drafts between two runs', ''],
    ['a draft nobody is found for', '"Fine," said the.'],
  ])('gives the same result before and after %s', (_label, other) => {
    const first = JSON.stringify(run(withDrafts, specs));
    run(other || 'Nothing to see.', other ? [{ content: 'Fine,', source: 'the' }] : []);
    run('', []);
    expect(JSON.stringify(run(withDrafts, specs))).toBe(first);
  });

  it('finds nobody in an empty text', () => {
    const r = run('', []);
    expect(r.index.entities).toEqual([]);
    expect(r.index.mentions).toEqual([]);
    expect(r.statements).toEqual([]);
  });
});
