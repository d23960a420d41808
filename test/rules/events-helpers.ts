// Helpers for the events tests: run stage 7 on hand-built inputs (no other stage involved).
import type { DateRef } from '../../src/model/dateRef.js';
import type { Statement } from '../../src/model/statement.js';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import { extractEvents } from '../../src/parse/stages/7-events.js';
import type { EntityIndex, EventsResult, Segmentation, StageContext } from '../../src/parse/types.js';

export interface RunOptions {
  publishedAt?: string;
  dates?: DateRef[];
  index?: EntityIndex;
  statements?: Statement[];
  seg?: Segmentation;
}

export function ctxOf(text: string, publishedAt?: string): StageContext {
  return { text, articleId: 't', publishedAt, issues: [], explain: false };
}

export function runEvents(text: string, o: RunOptions = {}): EventsResult & { ctx: StageContext } {
  const ctx = ctxOf(text, o.publishedAt);
  const r = extractEvents(
    ctx,
    o.seg ?? { paragraphs: [], sentences: [] },
    o.statements ?? [],
    o.index ?? { entities: [], mentions: [] },
    o.dates ?? [],
    defaultConfiguration(),
  );
  return { ...r, ctx };
}

/** A DateRef for the `nth` occurrence of `words` in `text`. */
export function dateAt(
  text: string,
  words: string,
  value: string | undefined,
  extra: Partial<DateRef> = {},
  nth = 0,
): DateRef {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`no "${words}" in text`);
  const precision = value === undefined ? 'unknown' : value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return {
    ...(value !== undefined ? { value } : {}),
    precision,
    text: words,
    span: { start: at, end: at + words.length },
    certainty: value === undefined ? 'unresolved' : 'resolved',
    ...extra,
  };
}

/** The span of the `nth` occurrence of `words`. */
export function spanOf(text: string, words: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`no "${words}" in text`);
  return { start: at, end: at + words.length, text: words };
}

/** Participants as "Name/role" strings, in order. */
export function who(r: EventsResult, index?: EntityIndex): (ev: EventsResult['events'][number]) => string[] {
  const all = [...(index?.entities ?? []), ...r.newEntities];
  return (ev) =>
    ev.participants.map((p) => {
      const name = all.find((s) => s.id === p.speakerId)?.name ?? p.speakerId;
      return p.role ? `${name}/${p.role}` : name;
    });
}
