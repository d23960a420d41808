import { describe, expect, it } from 'vitest';
import { firstStartingAtOrAfter, lastStartingAtOrBefore, regionContaining } from '../../src/internal/search.js';

describe('firstStartingAtOrAfter', () => {
  const items = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ])('position %d: index %d', (pos, want) => {
    expect(firstStartingAtOrAfter(items, pos)).toBe(want);
  });

  it('finds nothing in an empty list', () => {
    expect(firstStartingAtOrAfter([], 3)).toBe(0);
  });

  it.each([0, 1, 2, 4, 5, 8, 9, 10])('is one past lastStartingAtOrBefore(pos - 1) at %d', (pos) => {
    expect(firstStartingAtOrAfter(items, pos)).toBe(lastStartingAtOrBefore(items, pos - 1) + 1);
  });
});

describe('regionContaining', () => {
  const regions = [
    { start: 3, end: 8 },
    { start: 12, end: 20 },
  ];
  it.each<[string, number, number, number | null]>([
    ['inside the first region', 4, 6, 0],
    ['the whole first region', 3, 8, 0],
    ['an empty range at a region end', 8, 8, 0],
    ['inside the second region', 15, 20, 1],
    ['before every region', 0, 2, null],
    ['in the gap between regions', 9, 11, null],
    ['starting inside, ending past the region', 6, 9, null],
    ['starting before a region, ending inside it', 11, 14, null],
    ['after every region', 21, 22, null],
  ])('%s: [%d, %d)', (_name, start, end, want) => {
    const r = regionContaining(regions, start, end);
    expect(r).toBe(want === null ? null : regions[want]);
  });

  it('finds nothing in no regions', () => {
    expect(regionContaining([], 1, 2)).toBeNull();
  });
});
