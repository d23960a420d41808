import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { ClaimSchema } from './claim.js';
import { EventSchema } from './event.js';
import { checkReferences } from './integrity.js';
import { ParseIssueSchema } from './parseIssue.js';
import { SpeakerSchema } from './speaker.js';
import { StatementSchema } from './statement.js';

interface Located {
  start: number;
  end: number;
  text?: string;
}

/**
 * The result of {@link parseArticle}: the article and everything found in it.
 *
 * Beyond the shape, the schema checks that every referred-to id exists and that every span and mention
 * lies inside `article.text` (a mention's `text` must equal the slice it points to).
 *
 * @example
 * ```ts
 * const parsed = parseArticle('"We will win," she said.');
 * ParsedArticleSchema.parse(parsed); // passes
 * ```
 * @category Model
 */
export const ParsedArticleSchema = z
  .object({
    /** The article that was parsed. */
    article: ArticleSchema,
    /** Everyone who speaks or takes part in an event. */
    speakers: z.array(SpeakerSchema),
    /** Direct quotes, partial quotes and reported speech. */
    statements: z.array(StatementSchema),
    /** Checkable propositions inside the statements. */
    claims: z.array(ClaimSchema),
    /** What happened. */
    events: z.array(EventSchema),
    /** Non-fatal problems met while parsing. */
    issues: z.array(ParseIssueSchema),
  })
  .superRefine((data, ctx) => {
    checkReferences(data, ctx);
    const text = data.article.text;
    const check = (m: Located | null | undefined, path: (string | number)[]): void => {
      if (!m) return;
      if (m.end > text.length) {
        ctx.addIssue({ code: 'custom', path, message: `span ${m.start}-${m.end} runs past the text (${text.length})`, input: m });
      } else if (m.text !== undefined && text.slice(m.start, m.end) !== m.text) {
        ctx.addIssue({ code: 'custom', path, message: `mention text does not match the text at ${m.start}-${m.end}`, input: m });
      }
    };
    data.speakers.forEach((s, i) => s.mentions.forEach((m, j) => check(m, ['speakers', i, 'mentions', j])));
    data.statements.forEach((s, i) => {
      s.spans.forEach((m, j) => check(m, ['statements', i, 'spans', j]));
      check(s.source, ['statements', i, 'source']);
      check(s.cue, ['statements', i, 'cue']);
      check(s.date?.span, ['statements', i, 'date', 'span']);
    });
    data.claims.forEach((c, i) => {
      check(c.span, ['claims', i, 'span']);
      c.entities?.forEach((m, j) => check(m, ['claims', i, 'entities', j]));
    });
    data.events.forEach((e, i) => {
      e.mentions.forEach((m, j) => check(m, ['events', i, 'mentions', j]));
      check(e.date?.span, ['events', i, 'date', 'span']);
    });
    data.issues.forEach((s, i) => check(s.span, ['issues', i, 'span']));
  });

/**
 * Everything found in one article.
 * @category Model
 */
export type ParsedArticle = z.output<typeof ParsedArticleSchema>;
