import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { ClaimSchema } from './claim.js';
import { EventSchema } from './event.js';
import { checkReferences } from './integrity.js';
import { SpeakerSchema } from './speaker.js';
import { StatementSchema } from './statement.js';

/**
 * Many parsed articles in one place: the input of the query helpers.
 *
 * The schema checks referential integrity: every speaker, statement and article id that is referred to
 * exists, and no id is used twice. Each break is a zod issue whose `path` points at the reference.
 *
 * @example
 * ```ts
 * const result = DatasetSchema.safeParse(data);
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export const DatasetSchema = z
  .object({
    /** The articles. */
    articles: z.array(ArticleSchema),
    /** Speakers, each belonging to one article's parse (ids are article-scoped). */
    speakers: z.array(SpeakerSchema),
    /** Statements of all articles. */
    statements: z.array(StatementSchema),
    /** Claims of all articles. */
    claims: z.array(ClaimSchema),
    /** Events of all articles. */
    events: z.array(EventSchema),
  })
  .superRefine((data, ctx) => {
    const articleIds = new Set<string>();
    data.articles.forEach((a, i) => {
      if (articleIds.has(a.id)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'id'], message: `duplicate id "${a.id}"`, input: a.id });
      articleIds.add(a.id);
    });
    checkReferences({ ...data, articleIds }, ctx);
  });

/**
 * Many parsed articles merged: articles, speakers, statements, claims and events.
 * @category Model
 */
export type Dataset = z.output<typeof DatasetSchema>;
