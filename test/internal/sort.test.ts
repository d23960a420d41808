import { describe, expect, it } from 'vitest';
import { inOrder, sortIfNeeded, toSortedIfNeeded } from '../../src/internal/sort.js';

interface Item {
  start: number;
  end: number;
  tag: string;
}
const byStart = (a: Item, b: Item): number => a.start - b.start;
const it3 = (start: number, end: number, tag: string): Item => ({ start, end, tag });

describe('inOrder', () => {
  it.each<[string, Item[], boolean]>([
    ['an empty list', [], true],
    ['one item', [it3(5, 6, 'a')], true],
    ['ascending starts', [it3(1, 2, 'a'), it3(3, 4, 'b'), it3(9, 9, 'c')], true],
    ['equal starts (ties are in order)', [it3(3, 9, 'a'), it3(3, 4, 'b')], true],
    ['one pair out of order', [it3(1, 2, 'a'), it3(7, 8, 'b'), it3(4, 5, 'c')], false],
    ['descending starts', [it3(3, 4, 'a'), it3(1, 2, 'b')], false],
  ])('%s: %s', (_name, items, want) => {
    expect(inOrder(items, byStart)).toBe(want);
  });
});

describe('sortIfNeeded', () => {
  it.each<[string, Item[], string]>([
    ['leaves an ordered list as it is', [it3(1, 2, 'a'), it3(3, 4, 'b')], 'ab'],
    ['sorts an unordered list', [it3(5, 6, 'a'), it3(1, 2, 'b'), it3(3, 4, 'c')], 'bca'],
    ['keeps ties in their order (stable)', [it3(5, 6, 'a'), it3(1, 2, 'b'), it3(5, 5, 'c'), it3(1, 1, 'd')], 'bdac'],
  ])('%s', (_name, items, want) => {
    const before = items;
    sortIfNeeded(items, byStart);
    expect(items).toBe(before);
    expect(items.map((x) => x.tag).join('')).toBe(want);
  });

  it('does not call sort on an ordered list', () => {
    const items = [it3(1, 2, 'a'), it3(2, 3, 'b')];
    items.sort = () => {
      throw new Error('sorted');
    };
    expect(() => sortIfNeeded(items, byStart)).not.toThrow();
  });
});

describe('toSortedIfNeeded', () => {
  it.each<[string, Item[], boolean, string]>([
    ['an ordered list: the list itself', [it3(1, 2, 'a'), it3(1, 1, 'b'), it3(3, 4, 'c')], true, 'abc'],
    ['an unordered list: a sorted copy', [it3(3, 4, 'a'), it3(1, 2, 'b'), it3(3, 3, 'c')], false, 'bac'],
    ['an empty list: itself', [], true, ''],
  ])('%s', (_name, items, same, want) => {
    const copyOfInput = items.map((x) => x.tag).join('');
    const out = toSortedIfNeeded(items, byStart);
    expect(out === items).toBe(same);
    expect(out.map((x) => x.tag).join('')).toBe(want);
    expect(items.map((x) => x.tag).join('')).toBe(copyOfInput);
  });
});
