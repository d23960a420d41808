import { describe, expect, it } from 'vitest';
import { countAtOrBelow, lastStartingAtOrBefore } from '../../src/internal/search.js';

describe('countAtOrBelow', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 3],
    [[1, 3, 3, 7], 6, 3],
    [[1, 3, 3, 7], 7, 4],
    [[1, 3, 3, 7], 100, 4],
  ])('in %j, values <= %d: %d', (values, x, want) => {
    expect(countAtOrBelow(values, x)).toBe(want);
    expect(countAtOrBelow(Int32Array.from(values), x)).toBe(want);
  });
});

describe('lastStartingAtOrBefore', () => {
  const items = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  it.each([
    [1, -1],
    [2, 0],
    [5, 2],
    [8, 2],
    [9, 3],
  ])('position %d: index %d', (pos, want) => {
    expect(lastStartingAtOrBefore(items, pos)).toBe(want);
  });
});
