/**
 * Hints the date engine keeps beside each DateRef it returns (tense of the sentence, offset from another event),
 * for the later stages. Internal: kept on each ref in a private field, so the public DateRef stays plain data.
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

/** The text and locale a batch of DateRefs came from (one object per call, shared by its refs). */
interface Source {
  text: string;
  locale: DatesLocale;
}

interface Pending extends DateHit {
  source?: Source;
  hints?: DateHints;
}

/** Returns the object it is given: lets {@link HitStamp} add a private field to a plain DateRef. */
class Passthrough {
  constructor(ref: object) {
    return ref;
  }
}

/**
 * Keeps the engine's hit on each DateRef it returns in a private field stamped onto the plain object (its
 * prototype stays `Object.prototype`): not in JSON, not copied by a spread, not seen by deep equality, as a
 * WeakMap entry would be, but as cheap to set as a property.
 */
class HitStamp extends Passthrough {
  #hit: Pending;
  private constructor(ref: DateRef, hit: Pending) {
    super(ref);
    this.#hit = hit;
  }
  static stamp(ref: DateRef, hit: Pending): void {
    new HitStamp(ref, hit);
  }
  static hitOf(ref: object): Pending | undefined {
    return #hit in ref ? (ref as HitStamp).#hit : undefined;
  }
}

/** Turns engine hits into plain DateRefs (with their offsets into `text`) and remembers where each came from. */
export function toDateRefs(text: string, found: DateHit[], locale: DatesLocale): DateRef[] {
  const source: Source = { text, locale };
  const out: DateRef[] = [];
  for (let i = 0; i < found.length; i++) {
    const h = found[i] as Pending; // its `source` and `hints` are still undefined
    const ref: DateRef = { precision: h.precision, text: text.slice(h.start, h.end), span: { start: h.start, end: h.end }, certainty: h.certainty };
    if (h.value !== undefined) ref.value = h.value;
    if (h.partOfDay) ref.partOfDay = h.partOfDay;
    // The hit is the engine's own, used once: its `via` array goes to the ref as it is.
    ref.via = h.via;
    h.source = source;
    HitStamp.stamp(ref, h);
    out.push(ref);
  }
  return out;
}

/**
 * The hints of a DateRef returned by `findDates` / `extractDates` (undefined for one made elsewhere). The tense
 * is read on first request where the engine did not need it for the value.
 */
export function dateHints(ref: DateRef): DateHints | undefined {
  const hit = typeof ref === 'object' && ref !== null ? HitStamp.hitOf(ref) : undefined;
  if (!hit?.source) return undefined;
  if (!hit.hints) {
    const { text, locale } = hit.source;
    const tense = hit.tense ?? tenseOf(text, hit.start, hit.end, locale);
    hit.hints = hit.offset ? { tense, offset: { ...hit.offset } } : { tense };
  }
  return hit.hints;
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
