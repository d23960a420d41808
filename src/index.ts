// Hand-written barrel: explicit named re-exports only.

// Errors
export { ClaimtrackError, InvalidInputError, isClaimtrackError } from './errors.js';

// Model
export { SpanSchema, MentionSchema, type Span, type Mention } from './model/span.js';
export {
  DateRefSchema,
  DatePrecisionSchema,
  DateCertaintySchema,
  PartOfDaySchema,
  type DateRef,
  type DatePrecision,
  type DateCertainty,
  type PartOfDay,
} from './model/dateRef.js';
export { ArticleSchema, type Article } from './model/article.js';
export { SpeakerSchema, SpeakerKindSchema, type Speaker, type SpeakerKind } from './model/speaker.js';
export { StatementSchema, StatementKindSchema, type Statement, type StatementKind } from './model/statement.js';
export {
  ClaimSchema,
  ClaimKindSchema,
  ClaimFeatureSchema,
  ClaimEntitySchema,
  type Claim,
  type ClaimKind,
  type ClaimFeature,
  type ClaimEntity,
} from './model/claim.js';
export {
  EventSchema,
  EventTypeSchema,
  ParticipantSchema,
  type Event,
  type EventType,
  type Participant,
} from './model/event.js';
export { ParseIssueSchema, type ParseIssue } from './model/parseIssue.js';
export { ParsedArticleSchema, type ParsedArticle } from './model/parsedArticle.js';
export { DatasetSchema, type Dataset } from './model/dataset.js';

// Parsing
export { parseArticle } from './parse/parseArticle.js';
export { createParser, type Parser } from './parse/createParser.js';
export { ParseOptionsSchema, type ParseOptions } from './parse/options.js';
export {
  ParserConfigSchema,
  KnownSpeakerSchema,
  type ParserConfig,
  type KnownSpeaker,
} from './parse/configuration.js';

// Dates
export { extractDates, type ExtractDatesOptions } from './dates/extractDates.js';

// Claims
export { classifyClaim, type ClaimClassification } from './claims/classifyClaim.js';

// Dataset
export { buildDataset } from './dataset/buildDataset.js';
export { mergeDatasets } from './dataset/mergeDatasets.js';
export { loadDataset, safeLoadDataset, type SafeLoadDatasetResult } from './dataset/loadDataset.js';

// Queries
export { findSpeaker } from './query/findSpeaker.js';
export { statementsBy, type StatementsByOptions } from './query/statementsBy.js';
export { statementsAbout } from './query/statementsAbout.js';
export { statementsBetween } from './query/statementsBetween.js';
export { eventsInvolving } from './query/eventsInvolving.js';
export { eventsBetween } from './query/eventsBetween.js';
export { timeline, type TimelineEntry, type TimelineOptions } from './query/timeline.js';
export { repeatedClaims, type RepeatedClaimsOptions, type ClaimGroup } from './query/repeatedClaims.js';
export {
  contradictingClaims,
  type ContradictingClaimsOptions,
  type ClaimContradiction,
} from './query/contradictingClaims.js';
export type { DateInput } from './query/_shared.js';

// Export
export {
  toClaimReview,
  VerdictSchema,
  type Verdict,
  type ClaimJsonLd,
  type ClaimReviewJsonLd,
  type JsonLdAuthor,
  type JsonLdAppearance,
} from './export/toClaimReview.js';
