import type { Mention, Span } from '../../model/span.js';
import type { StatementKind } from '../../model/statement.js';
import type { Configuration, Segmentation, StageContext } from '../types.js';
import type { QuoteSpan } from './2-quotes.js';

/** A statement before its speaker is resolved to an entity. */
export interface DraftStatement {
  kind: StatementKind;
  spans: Span[];
  source: Mention | null;
  cue: Mention | null;
  via: string[];
}

/** Stage 3: find statements and, around each cue, the source mention. */
export function attribute(
  ctx: StageContext,
  seg: Segmentation,
  quotes: QuoteSpan[],
  _config: Configuration,
): DraftStatement[] {
  void ctx;
  void seg;
  void quotes;
  return [];
}
