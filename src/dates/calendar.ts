/**
 * Calendar arithmetic for the date engine, on local-time `Date` objects built from parts (never the clock).
 * date-fns does the arithmetic; values come out as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */
import { addDays, addMonths, addWeeks, addYears, getDay, getDaysInMonth, getISOWeekYear } from 'date-fns';
import type { DatePrecision } from '../model/dateRef.js';
import type { DateUnit } from '../locales/types/dates.js';

/** How a day, month or weekday without a year is placed relative to the reference date. */
export type Placement = 'past' | 'future' | 'last' | 'next' | 'this' | 'nearest';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ISO_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** A local-time date from `YYYY-MM-DD` (or `YYYY-MM` / `YYYY`, taking the first day). */
export function fromIso(value: string): Date | undefined {
  const m = ISO_VALUE.exec(value);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  d.setFullYear(Number(m[1]));
  return d;
}

/** The ISO value of `date` at `precision`. */
export function toIso(date: Date, precision: DatePrecision): string {
  const year = date.getFullYear();
  const y = year >= 1000 && year <= 9999 ? String(year) : pad(year, 4);
  if (precision === 'year') return y;
  const m = date.getMonth() + 1;
  const mm = m < 10 ? `-0${m}` : `-${m}`;
  if (precision === 'month') return y + mm;
  const d = date.getDate();
  return d < 10 ? `${y}${mm}-0${d}` : `${y}${mm}-${d}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Tells whether `day` exists in `month` (0-11) of `year`: the month of `new Date(year, month, 1)`, counted without
 * a Date (years 0-99 are 1900-1999, a month past 11 runs into the next years, as the Date constructor has them).
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!(day >= 1)) return false;
  if (!Number.isInteger(year) || !Number.isInteger(month)) return day <= getDaysInMonth(new Date(year, month, 1));
  let y = year >= 0 && year <= 99 ? year + 1900 : year;
  y += Math.floor(month / 12);
  const m = month - Math.floor(month / 12) * 12;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return day <= (m === 1 && leap ? 29 : MONTH_DAYS[m]!);
}

/** The year of a month (0-11, optionally with a day) that has no year, placed relative to `ref`. */
export function placeMonthDay(ref: Date, month: number, day: number | undefined, placement: Placement): number {
  const y0 = ref.getFullYear();
  const cur = ref.getMonth() * 32 + (day === undefined ? 0 : ref.getDate());
  const key = month * 32 + (day ?? 0);
  switch (placement) {
    case 'this':
      return y0;
    case 'past':
      return key <= cur ? y0 : y0 - 1;
    case 'last':
      return key < cur ? y0 : y0 - 1;
    case 'future':
      return key >= cur ? y0 : y0 + 1;
    case 'next':
      return key > cur ? y0 : y0 + 1;
    case 'nearest': {
      // The occurrence closest to the reference date (ties go to the past).
      const back = key <= cur ? y0 : y0 - 1;
      const ahead = key >= cur ? y0 : y0 + 1;
      const dist = (y: number): number => Math.abs((y - y0) * 12 * 32 + key - cur);
      return dist(ahead) < dist(back) ? ahead : back;
    }
  }
}

/** The date of a weekday (0 = Sunday) placed relative to `ref`: the nearest one before it, or after it. */
export function placeWeekday(ref: Date, weekday: number, placement: Placement): Date {
  const today = getDay(ref);
  if (placement === 'nearest') {
    const back = (today - weekday + 7) % 7;
    return addDays(ref, back <= 3 ? -back : 7 - back);
  }
  if (placement === 'past' || placement === 'last') {
    let back = (today - weekday + 7) % 7;
    if (back === 0 && placement === 'last') back = 7;
    return addDays(ref, -back);
  }
  if (placement === 'this') {
    // Within the reference date's week (Monday to Sunday).
    const mondayBased = (weekday + 6) % 7;
    const todayMondayBased = (today + 6) % 7;
    return addDays(ref, mondayBased - todayMondayBased);
  }
  let ahead = (weekday - today + 7) % 7;
  if (ahead === 0 && placement === 'next') ahead = 7;
  return addDays(ref, ahead);
}

/** The finest precision a shift by `unit` keeps. */
export function precisionOfUnit(unit: DateUnit): DatePrecision {
  switch (unit) {
    case 'day':
    case 'week':
    case 'weekend':
      return 'day';
    case 'month':
    case 'quarter':
      return 'month';
    case 'year':
    case 'decade':
      return 'year';
  }
}

/** Moves `date` by `amount` units (negative = back in time); fractions become months or days. */
export function shift(date: Date, amount: number, unit: DateUnit): Date {
  switch (unit) {
    case 'day':
      return addDays(date, Math.round(amount));
    case 'week':
    case 'weekend':
      return Number.isInteger(amount) ? addWeeks(date, amount) : addDays(date, Math.round(amount * 7));
    case 'month':
      return Number.isInteger(amount) ? addMonths(date, amount) : addDays(date, Math.round(amount * 30));
    case 'quarter':
      return addMonths(date, Math.round(amount * 3));
    case 'year':
      return Number.isInteger(amount) ? addYears(date, amount) : addMonths(date, Math.round(amount * 12));
    case 'decade':
      return addYears(date, Math.round(amount * 10));
  }
}

/** The calendar year that the week `weeks` away from `ref` belongs to (ISO weeks). */
export function yearOfWeek(ref: Date, weeks: number): number {
  return getISOWeekYear(addWeeks(ref, weeks));
}

/** The year of the quarter `quarters` away from the one `ref` is in. */
export function yearOfQuarter(ref: Date, quarters: number): number {
  return addMonths(ref, quarters * 3).getFullYear();
}

/** The precision of a shift result: a fractional year ("half a year") is known to the month. */
export function precisionOfShift(amount: number, unit: DateUnit): DatePrecision {
  if (!Number.isInteger(amount) && (unit === 'year' || unit === 'decade')) return 'month';
  if (!Number.isInteger(amount) && unit === 'month') return 'day';
  return precisionOfUnit(unit);
}

const ORDER: Record<DatePrecision, number> = { unknown: 0, year: 1, month: 2, day: 3 };

/** The coarser of two precisions. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return ORDER[a] <= ORDER[b] ? a : b;
}
