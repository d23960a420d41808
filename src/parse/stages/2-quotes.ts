import type { Span } from '../../model/span.js';
import type { Configuration, Segmentation, StageContext } from '../types.js';

/** A paired (or unclosed) quotation: content span without marks. */
export interface QuoteSpan extends Span {
  open: Span;
  close: Span | null;
}

/** Stage 2: pair quotation marks once for the whole document. */
export function findQuotes(ctx: StageContext, seg: Segmentation, _config: Configuration): QuoteSpan[] {
  void ctx;
  void seg;
  return [];
}
