import type { Configuration, Segmentation, StageContext } from '../types.js';

/** Stage 1: paragraphs and sentences (sentence boundaries respect quotation marks). */
export function segment(ctx: StageContext, _config: Configuration): Segmentation {
  void ctx;
  return { paragraphs: [], sentences: [] };
}
