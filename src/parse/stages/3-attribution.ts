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
  /**
   * Index (in the returned array) of an earlier draft whose speaker(s) this one shares when it names none itself:
   * a floating quote after an attributed one, the second paragraph of a quote. Stage 4 resolves it.
   */
  inherit: number | null;
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
