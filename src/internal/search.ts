/** Binary searches over sorted numbers and over items sorted by their `start` offset. */

/** Number of values `<= x` in an ascending array of numbers (plain or typed). */
export function countAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item with `start <= pos`, or -1. Items sorted by start. */
export function lastStartingAtOrBefore(items: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { readonly start: number }).start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the first item with `start >= pos` (items.length when none). Items sorted by start. */
export function firstStartingAtOrAfter(items: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { readonly start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The region of `regions` (sorted by start, disjoint) that contains [start, end), or null. */
export function regionContaining<R extends { readonly start: number; readonly end: number }>(
  regions: readonly R[],
  start: number,
  end: number,
): R | null {
  const k = lastStartingAtOrBefore(regions, start);
  if (k < 0) return null;
  const r = regions[k] as R;
  return r.end >= end ? r : null;
}
