// The stage's own sentence rule, used when there is no segmentation.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/claims/sentences.js';
import { en } from '../../src/locales/en/index.js';

const ABBR = new Set(en.claims.abbreviations);
const split = (text: string): string[] => splitSentences(text, 0, text.length, ABBR).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'Prices rose. Wages fell.', ['Prices rose.', 'Wages fell.']],
    ['a question and an exclamation', 'Who pays? We do! Then what?', ['Who pays?', 'We do!', 'Then what?']],
    ['a title', 'Mr. Smith voted no. He left.', ['Mr. Smith voted no.', 'He left.']],
    ['a country abbreviation', 'The U.S. Senate met. It voted.', ['The U.S. Senate met.', 'It voted.']],
    ['an initial', 'J. Jones won in 2019. She quit.', ['J. Jones won in 2019.', 'She quit.']],
    ['a decimal number', 'Growth was 2.5 percent. It slowed.', ['Growth was 2.5 percent.', 'It slowed.']],
    ['a lower-case word after a full stop', 'It cost 5 bn. dollars in all.', ['It cost 5 bn. dollars in all.']],
    ['a closing quotation mark', 'He said "no." Then he left.', ['He said "no."', 'Then he left.']],
    ['an ellipsis', 'We waited… Nothing came.', ['We waited…', 'Nothing came.']],
    ['a sentence starting with a number', 'It ended. 2020 was hard.', ['It ended.', '2020 was hard.']],
    ['no terminal mark', 'no full stop here', ['no full stop here']],
  ])('%s', (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets inside the range it is given', () => {
    const text = 'xx "One. Two." yy';
    const spans = splitSentences(text, 4, 13, ABBR);
    expect(spans).toEqual([
      { start: 4, end: 8 },
      { start: 9, end: 13 },
    ]);
  });

  it('is linear on a long run of full stops and on text without spaces', () => {
    const t0 = performance.now();
    split('.'.repeat(1_000_000));
    split('a.'.repeat(500_000));
    split('Mr. '.repeat(250_000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
