/**
 * The types that pass between pipeline stages. Internal: not part of the public API, but stable enough
 * that each stage can be developed and tested on its own.
 */
import type { DateRef } from '../model/dateRef.js';
import type { ParseIssue } from '../model/parseIssue.js';
import type { Mention, Span } from '../model/span.js';
import type { Speaker } from '../model/speaker.js';
import type { Statement } from '../model/statement.js';
import type { LanguagePack } from '../locales/types.js';

/** A speaker the user tells the parser about in advance (see {@link ParserConfig}). */
export interface KnownSpeaker {
  name: string;
  kind?: Speaker['kind'];
  aliases?: string[];
  titles?: string[];
}

/** The resolved configuration every stage receives. */
export interface Configuration {
  locale: LanguagePack;
  /** Extra reporting verbs (base forms or inflected), on top of the locale's. */
  extraSpeechVerbs: readonly string[];
  knownSpeakers: readonly KnownSpeaker[];
}

/** Per-parse state shared by the stages. */
export interface StageContext {
  /** Exactly the user's string. */
  text: string;
  articleId: string;
  /** `YYYY-MM-DD`, when the article's date is known. Never the clock. */
  publishedAt: string | undefined;
  /** Non-fatal problems; stages push here. */
  issues: ParseIssue[];
  /** Keep the features behind claim scores. */
  explain: boolean;
}

/** A sentence, in text order, with the paragraph it belongs to. */
export interface SentenceSpan extends Span {
  paragraph: number;
}

/** Stage 1 output. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: SentenceSpan[];
}

/** A mention of a known entity, resolved to one or more speaker ids. */
export interface EntityMention extends Mention {
  speakerIds: string[];
  /** How the entity is referred to here. */
  form: 'name' | 'pronoun' | 'descriptor';
}

/**
 * Stage 4 output: every person, organisation and group the article refers to (whether or not they speak),
 * every resolved mention in text order, and the statements with their speakers filled in.
 * The pipeline keeps, in the final output, only the speakers that something refers to.
 */
export interface EntityIndex {
  entities: Speaker[];
  mentions: EntityMention[];
}

/** Stage 7 output. */
export interface EventsResult {
  events: import('../model/event.js').Event[];
  /** Entities created by the events stage (participants never met before); added to the index. */
  newEntities: Speaker[];
  /** Statements with `date` / `place` filled in from context. */
  statements: Statement[];
}

export type { DateRef };
