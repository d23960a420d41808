import type { Statement } from '../../model/statement.js';
import type { Configuration, EntityIndex, Segmentation, StageContext } from '../types.js';
import type { DraftStatement } from './3-attribution.js';

/** Stage 4: entities, their aliases and titles; sources (pronouns, descriptors) resolved to them. */
export function resolveSpeakers(
  ctx: StageContext,
  seg: Segmentation,
  drafts: DraftStatement[],
  _config: Configuration,
): { index: EntityIndex; statements: Statement[] } {
  void seg;
  const statements = drafts.map((d, i) => ({
    id: `${ctx.articleId}:st${i}`,
    articleId: ctx.articleId,
    kind: d.kind,
    text: d.spans.map((s) => ctx.text.slice(s.start, s.end)).join(' '),
    spans: d.spans,
    speakerIds: [],
    source: d.source,
    cue: d.cue,
    via: d.via,
  }));
  return { index: { entities: [], mentions: [] }, statements };
}
