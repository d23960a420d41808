import type { EntityIndex, EntityMention } from '../../types.js';

/**
 * The resolved entity mentions that overlap `[start, end)`, in text order (binary search over the index's
 * mentions, which are sorted by start). Used by later stages to find who a span of text refers to.
 */
export function mentionsIn(index: EntityIndex, start: number, end: number): EntityMention[] {
  const ms = index.mentions;
  // first mention whose start >= start - longest plausible mention; scan back a little for overlaps from the left
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ms[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k > 0 && lo - k < 8) {
    const prev = ms[k - 1];
    if (!prev || prev.end <= start - 200) break;
    k--;
  }
  const out: EntityMention[] = [];
  for (; k < ms.length; k++) {
    const m = ms[k];
    if (!m || m.start >= end) break;
    if (m.end > start && m.start < end) out.push(m);
  }
  return out;
}

/** The speaker ids referred to inside `[start, end)`, in order of first mention, without repeats. */
export function speakersAt(index: EntityIndex, start: number, end: number): string[] {
  const out: string[] = [];
  for (const m of mentionsIn(index, start, end)) for (const id of m.speakerIds) if (!out.includes(id)) out.push(id);
  return out;
}
