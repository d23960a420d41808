import type { DateRef } from '../../model/dateRef.js';
import type { Statement } from '../../model/statement.js';
import type { Configuration, EntityIndex, EventsResult, Segmentation, StageContext } from '../types.js';

/** Stage 7: events with participants, place and date; statements get date and place from context. */
export function extractEvents(
  ctx: StageContext,
  seg: Segmentation,
  statements: Statement[],
  index: EntityIndex,
  dates: DateRef[],
  _config: Configuration,
): EventsResult {
  void ctx;
  void seg;
  void index;
  void dates;
  return { events: [], newEntities: [], statements };
}
