/**
 * Hints the date engine keeps beside each DateRef it returns (tense of the sentence, offset from another event),
 * for the later stages. Internal: keyed by object identity, so the public DateRef stays plain data.
 */
import type { DateRef } from '../model/dateRef.js';
import { fromIso, precisionOfShift, shift, toIso, coarser } from './calendar.js';
import type { DatesLocale } from '../locales/types/dates.js';
import { tenseOf, type DateHit, type DateOffset, type Tense } from './scanDates.js';

/** What the engine knows about a date beyond its DateRef fields. */
export interface DateHints {
  /** The tense of the date's context: `future` ("will", "plans to", "until"), `past` ("was", "held", "signed") or `none`. */
  readonly tense: Tense;
  /** For "six months after the war": the shift from the event, to be resolved by {@link resolveOffset}. */
  offset?: DateOffset;
}

interface Pending {
  text: string;
  hit: DateHit;
  locale: DatesLocale;
  hints?: DateHints;
}

const pending = new WeakMap<DateRef, Pending>();

/** Turns engine hits into plain DateRefs (with their offsets into `text`) and remembers where each came from. */
export function toDateRefs(text: string, found: DateHit[], locale: DatesLocale): DateRef[] {
  return found.map((h) => {
    const ref: DateRef = { precision: h.precision, text: text.slice(h.start, h.end), span: { start: h.start, end: h.end }, certainty: h.certainty };
    if (h.value !== undefined) ref.value = h.value;
    if (h.partOfDay) ref.partOfDay = h.partOfDay;
    ref.via = [...h.via];
    pending.set(ref, { text, hit: h, locale });
    return ref;
  });
}

/**
 * The hints of a DateRef returned by `findDates` / `extractDates` (undefined for one made elsewhere). The tense
 * is read on first request where the engine did not need it for the value.
 */
export function dateHints(ref: DateRef): DateHints | undefined {
  const p = pending.get(ref);
  if (!p) return undefined;
  if (!p.hints) {
    const { hit, text, locale } = p;
    const tense = hit.tense ?? tenseOf(text, hit.start, hit.end, locale);
    p.hints = hit.offset ? { tense, offset: { ...hit.offset } } : { tense };
  }
  return p.hints;
}

/**
 * Resolves an offset ("six months after") against the date of the event it points from.
 * Returns the new value and precision (the coarser of the anchor's and the offset's), or undefined when the
 * anchor has no value.
 */
export function resolveOffset(anchor: Pick<DateRef, 'value' | 'precision'>, offset: DateOffset): { value: string; precision: DateRef['precision'] } | undefined {
  if (anchor.value === undefined) return undefined;
  const base = fromIso(anchor.value);
  if (!base) return undefined;
  const precision = coarser(precisionOfShift(offset.amount, offset.unit), anchor.precision);
  if (precision === 'unknown') return undefined;
  return { value: toIso(shift(base, offset.direction * offset.amount, offset.unit), precision), precision };
}
