import { describe, expect, it } from 'vitest';
import { run } from './attribution-helpers.js';

const contents = (text: string) => {
  const { quotes } = run(text);
  return quotes.map((q) => ({ text: text.slice(q.start, q.end), depth: q.depth }));
};

describe('findQuotes', () => {
  it.each([
    ['straight', 'He said "the plan works" today.', [{ text: 'the plan works', depth: 0 }]],
    ['curly', 'He said “the plan works” today.', [{ text: 'the plan works', depth: 0 }]],
    ['guillemets', 'He said «the plan works» today.', [{ text: 'the plan works', depth: 0 }]],
    ['double apostrophes', "He said ''the plan works'' today.", [{ text: 'the plan works', depth: 0 }]],
    ['single curly', 'A film called ‘Home Again’ opened.', [{ text: 'Home Again', depth: 0 }]],
    ['single straight', "The label 'not sure' stuck.", [{ text: 'not sure', depth: 0 }]],
    [
      'nested scare quote',
      '“We need details ‘on the ground.’ That is all,” she said.',
      [
        { text: 'We need details ‘on the ground.’ That is all,', depth: 0 },
        { text: 'on the ground.', depth: 1 },
      ],
    ],
  ])('pairs %s quotation marks', (_name, text, want) => {
    expect(contents(text)).toEqual(want);
  });

  it.each([
    ['contractions', 'We don’t know and they can’t say.'],
    ['plural possessive', 'The peacekeepers’ role grew. The soldiers’ families waited.'],
    ['straight apostrophes', "It's the workers' union and rock 'n' roll."],
    ['decades', 'Back in the ‘90s and the \'80s it was different.'],
  ])('treats apostrophes as apostrophes (%s)', (_name, text) => {
    expect(contents(text)).toEqual([]);
  });

  it('keeps an apostrophe inside a quotation from closing it', () => {
    expect(contents('“We are grateful for our peacekeepers’ role,” he said.')).toEqual([
      { text: 'We are grateful for our peacekeepers’ role,', depth: 0 },
    ]);
  });

  it('links a quotation that runs over paragraphs (opening mark repeated, closing only at the end)', () => {
    const text = '“First part of the speech.\n\n“Second part of it.\n\n“Last part,” he said.';
    const { quotes, issues } = run(text);
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.continues, q.continued, q.close === null])).toEqual([
      ['First part of the speech.', true, false, true],
      ['Second part of it.', true, true, true],
      ['Last part,', false, true, false],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports an unclosed quotation and keeps it up to the end of the paragraph', () => {
    const text = 'He said “this never ends.\n\nNext paragraph.';
    const { quotes, issues } = run(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['this never ends.']);
    expect(issues).toEqual([{ code: 'unclosed-quote', message: 'quotation mark never closed', span: { start: 8, end: 9 } }]);
  });

  it('reports a closing mark with no opening one', () => {
    const { quotes, issues } = run('It ended.” Then silence.');
    expect(quotes).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['unopened-quote']);
  });
});
