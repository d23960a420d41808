// Stage 6 on hand-built statements: sentence claims from quotes, the reported clause of indirect speech, spans,
// ids, speakers, entities, explanations, messy and pathological input.
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/index.js';
import type { Claim, DateRef, Speaker, Statement } from '../../src/index.js';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import { extractClaims } from '../../src/parse/stages/6-claims.js';
import type { EntityIndex, EntityMention, Segmentation, StageContext } from '../../src/parse/types.js';

const TEXT =
  'The minister spoke in Sofia on Monday. "Maria Ivanova cut exports to Greece by 5% in 2020. We should invest more. ' +
  'Will it last?" she said. She added that the port handled 12 million tonnes in Varna.';

const at = (needle: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length };
};

const ctxOf = (text = TEXT, explain = false): StageContext => ({ text, articleId: 'a1', publishedAt: undefined, issues: [], explain });

const SEG: Segmentation = {
  paragraphs: [{ start: 0, end: TEXT.length }],
  sentences: [
    'The minister spoke in Sofia on Monday.',
    '"Maria Ivanova cut exports to Greece by 5% in 2020.',
    'We should invest more.',
    'Will it last?" she said.',
    'She added that the port handled 12 million tonnes in Varna.',
  ].map((s) => ({ ...at(s), paragraph: 0 })),
};

const quote = at('Maria Ivanova cut exports to Greece by 5% in 2020. We should invest more. Will it last?');
const clause = at('that the port handled 12 million tonnes in Varna');

const statement = (id: string, kind: Statement['kind'], span: { start: number; end: number }, speakerIds: string[]): Statement => ({
  id,
  articleId: 'a1',
  kind,
  text: TEXT.slice(span.start, span.end),
  spans: [span],
  speakerIds,
  source: null,
  cue: null,
  via: ['test'],
});

const STATEMENTS: Statement[] = [
  statement('a1:st0', 'direct', quote, ['a1:sp:minister']),
  statement('a1:st1', 'indirect', clause, ['a1:sp:minister']),
];

const person = (id: string, name: string): Speaker => ({ id, name, kind: 'person', aliases: [], titles: [], mentions: [] });
const mention = (text: string, speakerIds: string[], form: EntityMention['form'] = 'name'): EntityMention => ({
  ...at(text),
  text,
  speakerIds,
  form,
});

const INDEX: EntityIndex = {
  entities: [person('a1:sp:minister', 'The minister'), person('a1:sp:maria-ivanova', 'Maria Ivanova')],
  mentions: [mention('Maria Ivanova', ['a1:sp:maria-ivanova']), mention('she', ['a1:sp:minister'], 'pronoun')],
};

const DATES: DateRef[] = [{ value: '2020', precision: 'year', text: '2020', span: at('2020'), certainty: 'stated' }];

const run = (
  statements: Statement[] = STATEMENTS,
  seg: Segmentation = SEG,
  ctx: StageContext = ctxOf(),
  index: EntityIndex = INDEX,
  dates: DateRef[] = DATES,
): Claim[] => extractClaims(ctx, seg, statements, index, dates, defaultConfiguration());

describe('claims from statements', () => {
  const claims = run();

  it.each([
    [0, 'Maria Ivanova cut exports to Greece by 5% in 2020.', 'factual', 'a1:st0'],
    [1, 'We should invest more.', 'prescriptive', 'a1:st0'],
    [2, 'Will it last?', 'question', 'a1:st0'],
    [3, 'the port handled 12 million tonnes in Varna', 'factual', 'a1:st1'],
  ])('claim %i is %j (%s) of %s', (i, text, kind, statementId) => {
    const c = claims[i]!;
    expect(c.id).toBe(`a1:cl${i}`);
    expect(c.text).toBe(text);
    expect(TEXT.slice(c.span.start, c.span.end)).toBe(text);
    expect(c.kind).toBe(kind);
    expect(c.statementId).toBe(statementId);
    expect(c.speakerIds).toEqual(['a1:sp:minister']);
    expect(ClaimSchema.safeParse(c).success).toBe(true);
  });

  it('makes no claim of the narration', () => {
    expect(claims).toHaveLength(4);
    expect(claims.some((c) => c.text.includes('minister spoke'))).toBe(false);
  });

  it('keeps every claim inside its statement span', () => {
    for (const c of claims) {
      const st = STATEMENTS.find((s) => s.id === c.statementId)!;
      expect(st.spans.some((s) => s.start <= c.span.start && c.span.end <= s.end)).toBe(true);
    }
  });

  it('marks how each claim was cut', () => {
    expect(claims[0]!.via[0]).toBe('claims/quote-sentence');
    expect(claims[3]!.via[0]).toBe('claims/reported-clause');
    expect(claims[0]!.via).toContain('claims/kind-factual');
  });

  it('rates the factual quote check-worthy and the demand not', () => {
    expect(claims[0]!.checkworthiness).toBeGreaterThanOrEqual(0.5);
    expect(claims[1]!.checkworthiness).toBeLessThan(0.5);
  });

  it('lists the entities of a claim, with offsets', () => {
    expect(claims[0]!.entities!.map((e) => [e.type, e.text])).toEqual([
      ['person', 'Maria Ivanova'],
      ['place', 'Greece'],
      ['number', '5%'],
      ['date', '2020'],
    ]);
    expect(claims[3]!.entities!.map((e) => [e.type, e.text])).toEqual([
      ['number', '12 million'],
      ['place', 'Varna'],
    ]);
    for (const c of claims) for (const e of c.entities ?? []) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  });

  it('leaves features out unless asked, and includes them with explain', () => {
    expect(claims.every((c) => c.features === undefined)).toBe(true);
    const explained = run(STATEMENTS, SEG, ctxOf(TEXT, true));
    expect(explained[0]!.features!.length).toBeGreaterThan(2);
    expect(explained[0]!.features).toContainEqual({ id: 'claims/number', weight: 1.6, text: '5%' });
    expect(explained.map((c) => c.checkworthiness)).toEqual(claims.map((c) => c.checkworthiness));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });
});

describe('without a segmentation', () => {
  it('splits a quote with its own sentence rule', () => {
    const claims = run(STATEMENTS, { paragraphs: [], sentences: [] });
    expect(claims.map((c) => c.text)).toEqual([
      'Maria Ivanova cut exports to Greece by 5% in 2020.',
      'We should invest more.',
      'Will it last?',
      'the port handled 12 million tonnes in Varna',
    ]);
    expect(claims[0]!.via[0]).toBe('claims/split-sentence');
  });

  it('does not split after abbreviations or initials', () => {
    const text = '"Mr. Smith met Dr. J. Jones in the U.S. capital on Friday. Prices rose 4%."';
    const span = { start: 1, end: text.length - 1 };
    const st: Statement = { ...statement('a1:st0', 'direct', span, []), text: text.slice(1, -1) };
    const claims = run([st], { paragraphs: [], sentences: [] }, ctxOf(text), { entities: [], mentions: [] }, []);
    expect(claims.map((c) => c.text)).toEqual(['Mr. Smith met Dr. J. Jones in the U.S. capital on Friday.', 'Prices rose 4%.']);
  });
});

describe('pieces that make no claim', () => {
  it.each([
    ['no statements', [] as Statement[]],
    ['a span of quotation marks and spaces', [statement('a1:st0', 'direct', { start: 39, end: 40 }, [])]],
    ['an empty span', [statement('a1:st0', 'direct', { start: 10, end: 10 }, [])]],
    ['a span beyond the text', [statement('a1:st0', 'direct', { start: TEXT.length + 5, end: TEXT.length + 50 }, [])]],
  ])('%s', (_label, statements) => {
    expect(run(statements)).toEqual([]);
  });

  it('reports a span outside the text as an issue', () => {
    const ctx = ctxOf();
    run([statement('a1:st0', 'direct', { start: TEXT.length - 5, end: TEXT.length + 50 }, [])], SEG, ctx);
    expect(ctx.issues.map((i) => i.code)).toEqual(['claim-span-out-of-range']);
  });

  it('trims quotation marks and a trailing comma from a cut quote', () => {
    const text = '"Taxes rose 3% last year," he said.';
    const st = statement('a1:st0', 'direct', { start: 0, end: 26 }, ['a1:sp:x']);
    const claims = run([st], { paragraphs: [], sentences: [] }, ctxOf(text), { entities: [], mentions: [] }, []);
    expect(claims.map((c) => [c.text, c.span])).toEqual([['Taxes rose 3% last year', { start: 1, end: 24 }]]);
  });

  it('cuts "X, and I think Y" into a claim and an opinion', () => {
    const text = '"The dam was finished in 1998, and I think that it is safe."';
    const st = statement('a1:st0', 'direct', { start: 1, end: text.length - 1 }, ['a1:sp:x']);
    const claims = run([st], { paragraphs: [], sentences: [] }, ctxOf(text), { entities: [], mentions: [] }, []);
    expect(claims.map((c) => [c.text, c.kind, c.via[1]])).toEqual([
      ['The dam was finished in 1998', 'factual', 'claims/hedged-clause'],
      ['I think that it is safe.', 'opinion', 'claims/hedged-clause'],
    ]);
    for (const c of claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('gives a joint statement to all its speakers', () => {
    const text = 'They said that exports doubled in 2019.';
    const st = statement('a1:st0', 'indirect', { start: 10, end: 38 }, ['a1:sp:a', 'a1:sp:b']);
    const [c] = run([st], { paragraphs: [], sentences: [] }, ctxOf(text), { entities: [], mentions: [] }, []);
    expect(c!.speakerIds).toEqual(['a1:sp:a', 'a1:sp:b']);
    expect(c!.text).toBe('exports doubled in 2019');
  });
});

describe('pathological input', () => {
  const big = (label: string, text: string, withSentence: boolean): [string, string, boolean] => [label, text, withSentence];
  it.each([
    big('1 MB of quotation marks', '"'.repeat(1_000_000), false),
    big('one 1 MB sentence', 'the rate rose 5% in Paris and '.repeat(35_000), true),
    big('1 MB without spaces', 'a1b2'.repeat(250_000), false),
    big('1 MB of short sentences', 'Prices rose 5% in 2020. '.repeat(42_000), false),
  ])('%s stays linear', (_label, text, withSentence) => {
    const span = { start: 0, end: text.length };
    const st: Statement = { ...statement('a1:st0', 'direct', span, []), text };
    const seg: Segmentation = withSentence
      ? { paragraphs: [span], sentences: [{ ...span, paragraph: 0 }] }
      : { paragraphs: [], sentences: [] };
    const t0 = performance.now();
    const claims = run([st], seg, ctxOf(text), { entities: [], mentions: [] }, []);
    expect(performance.now() - t0).toBeLessThan(8000);
    for (const c of claims.slice(0, 50)) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });
});
