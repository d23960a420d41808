import { describe, expect, it } from 'vitest';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import { segment } from '../../src/parse/stages/1-segment.js';
import { context } from './attribution-helpers.js';

const sentences = (text: string) => {
  const seg = segment(context(text), defaultConfiguration());
  return seg.sentences.map((s) => text.slice(s.start, s.end));
};

describe('segment', () => {
  it('splits paragraphs on line breaks and trims them without shifting offsets', () => {
    const text = '  First line.\n\n\tSecond one here.  \r\nThird';
    const seg = segment(context(text), defaultConfiguration());
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First line.', 'Second one here.', 'Third']);
    expect(seg.paragraphs[0]).toEqual({ start: 2, end: 13 });
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });

  it.each([
    ['The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['Mr. Brown met Dr. Green in the U.S. capital.', ['Mr. Brown met Dr. Green in the U.S. capital.']],
    ['Talks are set for Sept. 14 in Geneva.', ['Talks are set for Sept. 14 in Geneva.']],
    ['He lives in the U.S. The move was quick.', ['He lives in the U.S.', 'The move was quick.']],
    ['George W. Bush spoke first.', ['George W. Bush spoke first.']],
    ['"We won. It was close," she said. Then she left.', ['"We won.', 'It was close," she said.', 'Then she left.']],
    ['“Is it over?” he asked. Nobody answered.', ['“Is it over?” he asked.', 'Nobody answered.']],
    ['It rose 3.5 percent. Prices fell.', ['It rose 3.5 percent.', 'Prices fell.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    ['no capital after. the period', ['no capital after. the period']],
  ])('segments %j', (text, want) => {
    expect(sentences(text)).toEqual(want);
  });

  it.each([[''], ['   \n\n  '], ['....'], ['"""']])('never throws on %j', (text) => {
    expect(() => sentences(text)).not.toThrow();
  });
});
