/**
 * `w` itself when short, else a copy of it that shares no storage with the text it was sliced from. A table kept
 * from call to call must store these: in V8 a slice of 13 or more characters is a view that keeps the whole
 * parent string (the caller's article) alive.
 */
export function ownCopy(w: string): string {
  return w.length < 13 ? w : (' ' + w).slice(1);
}

/** `s` with every character that has a meaning in a regular expression escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
