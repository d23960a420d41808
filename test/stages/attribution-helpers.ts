import { defaultConfiguration } from '../../src/parse/configuration.js';
import { segment } from '../../src/parse/stages/1-segment.js';
import { findQuotes } from '../../src/parse/stages/2-quotes.js';
import { attribute, type DraftStatement } from '../../src/parse/stages/3-attribution.js';
import type { Configuration, StageContext } from '../../src/parse/types.js';
import type { ParseIssue } from '../../src/model/parseIssue.js';

export function context(text: string): StageContext {
  return { text, articleId: 't', publishedAt: undefined, issues: [], explain: false };
}

/** Stages 1-3 on `text`. */
export function run(text: string, config: Configuration = defaultConfiguration()) {
  const ctx = context(text);
  const seg = segment(ctx, config);
  const quotes = findQuotes(ctx, seg, config);
  const drafts = attribute(ctx, seg, quotes, config);
  return { seg, quotes, drafts, issues: ctx.issues as ParseIssue[] };
}

/** A readable summary of a draft: kind, cue text, source text, span texts. */
export function summary(text: string, d: DraftStatement) {
  return {
    kind: d.kind,
    cue: d.cue?.text ?? null,
    source: d.source?.text ?? null,
    spans: d.spans.map((s) => text.slice(s.start, s.end)),
  };
}
