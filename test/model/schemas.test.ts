import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ArticleSchema,
  ClaimSchema,
  DateRefSchema,
  DatasetSchema,
  EventSchema,
  MentionSchema,
  ParseIssueSchema,
  ParsedArticleSchema,
  SpanSchema,
  SpeakerSchema,
  StatementSchema,
  type Article,
  type Claim,
  type Dataset,
  type DateRef,
  type Event,
  type Mention,
  type ParsedArticle,
  type Speaker,
  type Statement,
} from '../../src/index.js';

const statement = {
  id: 'a1:st:0', articleId: 'a1', kind: 'direct', text: 'We will win.', spans: [{ start: 1, end: 13 }],
  speakerIds: ['a1:spk:jo'], source: { start: 15, end: 17, text: 'Jo' }, cue: { start: 18, end: 22, text: 'said' }, via: ['r'],
};

describe('schemas accept good data', () => {
  it.each<[string, { safeParse: (v: unknown) => { success: boolean } }, unknown]>([
    ['Span', SpanSchema, { start: 0, end: 0 }],
    ['Mention', MentionSchema, { start: 2, end: 5, text: 'abc' }],
    ['DateRef day', DateRefSchema, { value: '2021-05-10', precision: 'day', text: 'May 10', certainty: 'stated', span: { start: 0, end: 6 } }],
    ['DateRef month', DateRefSchema, { value: '2021-05', precision: 'month', text: 'in May', certainty: 'resolved', partOfDay: 'evening' }],
    ['DateRef unresolved', DateRefSchema, { precision: 'unknown', text: 'yesterday', certainty: 'unresolved' }],
    ['Article', ArticleSchema, { id: 'a1', text: '', language: 'en', publishedAt: '2021-05-10', title: 'T' }],
    ['Speaker', SpeakerSchema, { id: 's', name: 'Jo', kind: 'person', aliases: [], titles: ['Mayor'], mentions: [] }],
    ['Statement', StatementSchema, statement],
    ['Claim', ClaimSchema, { id: 'c', statementId: 's', speakerIds: [], text: 'x', span: { start: 0, end: 1 }, kind: 'opinion', checkworthiness: 0, negated: true, via: [] }],
    ['Claim with entities', ClaimSchema, { id: 'c', statementId: 's', speakerIds: [], text: 'x', span: { start: 0, end: 1 }, kind: 'factual', checkworthiness: 1, negated: false, via: [], entities: [{ start: 0, end: 1, text: 'x', type: 'number' }], features: [{ id: 'claims/number', weight: 1 }] }],
    ['Event', EventSchema, { id: 'e', type: 'call', cameo: '041', participants: [{ speakerId: 's', role: 'caller' }], mentions: [], via: [] }],
    ['ParseIssue', ParseIssueSchema, { code: 'unclosed-quote', message: 'm', span: { start: 0, end: 1 } }],
  ])('%s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});

describe('schemas reject bad data', () => {
  it.each<[string, { safeParse: (v: unknown) => { success: boolean } }, unknown]>([
    ['Span end before start', SpanSchema, { start: 5, end: 4 }],
    ['Span negative', SpanSchema, { start: -1, end: 4 }],
    ['Span fractional', SpanSchema, { start: 0.5, end: 4 }],
    ['Mention text of the wrong length', MentionSchema, { start: 0, end: 5, text: 'abc' }],
    ['DateRef value in words', DateRefSchema, { value: 'May 2021', precision: 'month', text: 'May', certainty: 'stated' }],
    ['DateRef unknown precision', DateRefSchema, { precision: 'week', text: 'x', certainty: 'stated' }],
    ['Article without id', ArticleSchema, { id: '', text: '', language: 'en' }],
    ['Article with a date-time', ArticleSchema, { id: 'a', text: '', language: 'en', publishedAt: '2021-05-10T10:00' }],
    ['Speaker of unknown kind', SpeakerSchema, { id: 's', name: 'Jo', kind: 'robot', aliases: [], titles: [], mentions: [] }],
    ['Statement of unknown kind', StatementSchema, { ...statement, kind: 'rumour' }],
    ['Statement without source field', StatementSchema, { ...statement, source: undefined }],
    ['Claim scored above 1', ClaimSchema, { id: 'c', statementId: 's', speakerIds: [], text: 'x', span: { start: 0, end: 1 }, kind: 'factual', checkworthiness: 1.5, negated: false, via: [] }],
    ['Event of unknown type', EventSchema, { id: 'e', type: 'party', participants: [], mentions: [], via: [] }],
    ['ParseIssue without code', ParseIssueSchema, { code: '', message: 'm' }],
  ])('%s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('ParsedArticleSchema checks offsets and references', () => {
  const text = '"We will win." Jo said.';
  const good = {
    article: { id: 'a1', text, language: 'en' },
    speakers: [{ id: 'a1:spk:jo', name: 'Jo', kind: 'person', aliases: [], titles: [], mentions: [{ start: 15, end: 17, text: 'Jo' }] }],
    statements: [statement],
    claims: [],
    events: [],
    issues: [],
  };

  it('accepts a consistent parse', () => {
    expect(ParsedArticleSchema.safeParse(good).success).toBe(true);
  });

  it.each<[string, (p: typeof good) => void, string]>([
    ['a mention whose text does not match', (p) => { p.statements[0]!.cue = { start: 18, end: 22, text: 'sa1d' }; }, 'statements.0.cue'],
    ['a span past the end', (p) => { p.statements[0]!.spans = [{ start: 1, end: 99 }]; }, 'statements.0.spans.0'],
    ['an unknown speaker id', (p) => { p.statements[0]!.speakerIds = ['nobody']; }, 'statements.0.speakerIds.0'],
    ['an issue span past the end', (p) => { (p.issues as unknown[]).push({ code: 'x', message: 'y', span: { start: 0, end: 999 } }); }, 'issues.0.span'],
  ])('rejects %s with its path', (_, breakIt, path) => {
    const bad = structuredClone(good);
    breakIt(bad);
    const result = ParsedArticleSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('DatasetSchema reports broken references with paths', () => {
  const ds = {
    articles: [{ id: 'a1', text: 't', language: 'en' }],
    speakers: [{ id: 's1', name: 'Jo', kind: 'person', aliases: [], titles: [], mentions: [] }],
    statements: [{ ...statement, speakerIds: ['s1', 's2'] }],
    claims: [{ id: 'c', statementId: 'missing', speakerIds: ['s3'], text: 'x', span: { start: 0, end: 1 }, kind: 'factual', checkworthiness: 0.5, negated: false, via: [] }],
    events: [{ id: 'e', type: 'call', participants: [{ speakerId: 's4' }], mentions: [], via: [] }],
  };
  it('lists every break', () => {
    const result = DatasetSchema.safeParse(ds);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['claims.0.speakerIds.0', 'claims.0.statementId', 'events.0.participants.0.speakerId', 'statements.0.speakerIds.1'].sort(),
    );
  });
});

describe('types', () => {
  it('infers the documented field types', () => {
    expectTypeOf<Statement['kind']>().toEqualTypeOf<'direct' | 'partial' | 'indirect'>();
    expectTypeOf<Statement['source']>().toEqualTypeOf<Mention | null>();
    expectTypeOf<Statement['date']>().toEqualTypeOf<DateRef | undefined>();
    expectTypeOf<Speaker['kind']>().toEqualTypeOf<'person' | 'organization' | 'group' | 'unknown'>();
    expectTypeOf<Claim['checkworthiness']>().toEqualTypeOf<number>();
    expectTypeOf<Claim['kind']>().toEqualTypeOf<'factual' | 'opinion' | 'prediction' | 'prescriptive' | 'question' | 'other'>();
    expectTypeOf<Event['participants']>().toEqualTypeOf<{ speakerId: string; role?: string | undefined }[]>();
    expectTypeOf<DateRef['precision']>().toEqualTypeOf<'day' | 'month' | 'year' | 'unknown'>();
    expectTypeOf<Article['publishedAt']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ParsedArticle['statements']>().toEqualTypeOf<Statement[]>();
    expectTypeOf<Dataset['claims']>().toEqualTypeOf<Claim[]>();
    expectTypeOf<keyof Dataset>().toEqualTypeOf<'articles' | 'speakers' | 'statements' | 'claims' | 'events'>();
    expectTypeOf<keyof ParsedArticle>().toEqualTypeOf<'article' | 'speakers' | 'statements' | 'claims' | 'events' | 'issues'>();
  });
});
