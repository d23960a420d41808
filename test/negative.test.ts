// Messy input: whatever the stages find, the output must be schema-valid, index the exact text passed in,
// and never throw.
import { describe, expect, it } from 'vitest';
import { ParsedArticleSchema, parseArticle, type ParsedArticle } from '../src/index.js';

function spansOf(parsed: ParsedArticle): { start: number; end: number; text?: string }[] {
  return [
    ...parsed.speakers.flatMap((s) => s.mentions),
    ...parsed.statements.flatMap((s) => [...s.spans, ...(s.source ? [s.source] : []), ...(s.cue ? [s.cue] : [])]),
    ...parsed.claims.flatMap((c) => [c.span, ...(c.entities ?? [])]),
    ...parsed.events.flatMap((e) => e.mentions),
    ...parsed.issues.flatMap((i) => (i.span ? [i.span] : [])),
  ];
}

const messy: [string, string][] = [
  ['an unclosed quote', 'The minister said: "We will never give up the harbour. Then the meeting ended.'],
  ['a stray closing quote', 'Prices rose." the clerk said, and left.'],
  ['only quotation marks', '"""""“”“«»‘’\'\'""'],
  ['nested unbalanced quotes', '“He called it a ‘fair deal, she said. “Nothing more,” he replied.'],
  ['HTML remnants', '<p>&quot;We won,&quot; the coach said.</p><br/><script>alert("x")</script> &amp; more &nbsp; text'],
  ['emoji', '"We did it 🎉🎉," Ana Lopes said. 👍🏽 The crowd cheered 🇵🇹.'],
  ['combining marks', '"Zoë and Zoe\u0308 agreed," said Re\u0301ne Dubois. "Ça va," he added.'],
  ['right-to-left text', '"السلام عليكم," the envoy said. «שלום» he added, \u202eevil\u202c text.'],
  ['NUL and control characters', '"Hello\u0000world," she said.\u0001\u0007\u001b[31m red'],
  ['lone surrogates', '"Broken \ud800 text \udc00," he said. \ud83d'],
  ['a single quote mark', '"'],
  ['a single letter', 'x'],
  ['Windows line ends', '"First," she said.\r\n\r\n"Second," he said.\r\n'],
  ['no spaces', '"quote,"saidJohn."another"'.repeat(50)],
  ['a transcript', 'WALLACE: Is it true?\nSMITH: No. It is not.\n'],
  ['dashes', '— We are ready, — the captain said. – Fine – she replied.'],
];

describe('messy input never breaks parseArticle', () => {
  it.each(messy)('%s', (_, text) => {
    for (const options of [undefined, { publishedAt: '2022-07-01' }]) {
      const parsed = parseArticle(text, options);
      expect(parsed.article.text).toBe(text);
      const result = ParsedArticleSchema.safeParse(parsed);
      expect(result.error?.issues ?? []).toEqual([]);
      for (const span of spansOf(parsed)) {
        expect(span.end).toBeLessThanOrEqual(text.length);
        if (span.text !== undefined) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      expect(JSON.stringify(parseArticle(text, options))).toBe(JSON.stringify(parsed));
    }
  });

  it('handles a megabyte of mixed text', () => {
    const unit = '"The plant employs 1,200 people," Mayor Jo Park said on Tuesday. <b>He</b> added that 🚢 ships “arrive daily.\n\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const parsed = parseArticle(text, { publishedAt: '2022-07-01' });
    expect(parsed.article.text.length).toBe(text.length);
    expect(ParsedArticleSchema.safeParse(parsed).success).toBe(true);
  });
});
