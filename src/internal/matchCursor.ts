/**
 * The matches of a global regex over `text`, found lazily and in order: `next(from)` returns the index of the
 * first match at or after `from` (Infinity when there is none). Calls with non-decreasing `from` scan the text
 * once in all, so a stage that asks paragraph by paragraph stays linear.
 */
export function matchCursor(re: RegExp, text: string): (from: number) => number {
  let next = -1;
  let searchFrom = 0;
  return (from: number): number => {
    if (next >= from) return next;
    if (next === Infinity) return next;
    re.lastIndex = Math.max(from, searchFrom);
    const m = re.exec(text);
    next = m ? m.index : Infinity;
    searchFrom = m ? m.index + 1 : text.length;
    return next;
  };
}
