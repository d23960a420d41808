import type { Article } from '../model/article.js';
import type { ParsedArticle } from '../model/parsedArticle.js';
import type { Speaker } from '../model/speaker.js';
import { segment } from './stages/1-segment.js';
import { findQuotes } from './stages/2-quotes.js';
import { attribute } from './stages/3-attribution.js';
import { resolveSpeakers } from './stages/4-speakers.js';
import { findDates } from './stages/5-dates.js';
import { extractClaims } from './stages/6-claims.js';
import { extractEvents } from './stages/7-events.js';
import type { Configuration, StageContext } from './types.js';

/**
 * The one place where stage order is written. Each stage is a plain function; every intermediate value is
 * visible here.
 */
export function runPipeline(article: Article, config: Configuration, explain: boolean): ParsedArticle {
  const ctx: StageContext = {
    text: article.text,
    articleId: article.id,
    publishedAt: article.publishedAt,
    issues: [],
    explain,
  };
  const segmentation = segment(ctx, config);
  const quotes = findQuotes(ctx, segmentation, config);
  const drafts = attribute(ctx, segmentation, quotes, config);
  const { index, statements: attributed } = resolveSpeakers(ctx, segmentation, drafts, config);
  const dates = findDates(ctx, config);
  const claims = extractClaims(ctx, segmentation, attributed, index, dates, config);
  const { events, newEntities, statements } = extractEvents(ctx, segmentation, attributed, index, dates, config);

  // Keep only the entities something refers to, in the order the index gives them.
  const referred = new Set<string>();
  for (const st of statements) for (const id of st.speakerIds) referred.add(id);
  for (const cl of claims) for (const id of cl.speakerIds) referred.add(id);
  for (const ev of events) for (const p of ev.participants) referred.add(p.speakerId);
  const speakers: Speaker[] = [...index.entities, ...newEntities].filter((s) => referred.has(s.id));

  const issues = ctx.issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.span?.start ?? -1) - (b.issue.span?.start ?? -1) || a.i - b.i)
    .map(({ issue }) => issue);
  return { article, speakers, statements, claims, events, issues };
}
