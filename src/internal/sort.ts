/**
 * Sorting that skips the sort when a list is in order already. The lists the stages sort (mentions, dates,
 * drafts, pieces) nearly always come in text order, and `Array.prototype.sort` is stable: a list in order would
 * come out unchanged, so checking first gives the same result without the sort's cost (or the copy's).
 */

/** Whether no two neighbours of `items` are out of `cmp`'s order (`cmp(a, b) > 0`). */
export function inOrder<T>(items: readonly T[], cmp: (a: T, b: T) => number): boolean {
  for (let k = 1; k < items.length; k++) if (cmp(items[k - 1] as T, items[k] as T) > 0) return false;
  return true;
}

/** Sorts `items` in place by `cmp`, unless they are in order already (the same result: the sort is stable). */
export function sortIfNeeded<T>(items: T[], cmp: (a: T, b: T) => number): void {
  if (!inOrder(items, cmp)) items.sort(cmp);
}

/** `items` itself when in `cmp`'s order, else a sorted copy (`items` is left as it is either way). */
export function toSortedIfNeeded<T>(items: readonly T[], cmp: (a: T, b: T) => number): readonly T[] {
  return inOrder(items, cmp) ? items : [...items].sort(cmp);
}
