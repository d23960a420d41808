/** Binary searches over items sorted by their `start` offset. */

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
