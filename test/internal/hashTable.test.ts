import { describe, expect, it } from 'vitest';
import { asciiFoldHash } from '../../src/internal/hash.js';
import { HashTable32, hashSet, probe, slotOf } from '../../src/internal/hashTable.js';

// Keys below 2^15 start probing at their own low bits: 1, 17, 33 and 49 all start at slot 1 of a 16-slot table.
const COLLIDING = [1, 17, 33];

describe('HashTable32', () => {
  const table = new HashTable32(8);
  const entries: [number, number][] = [
    [asciiFoldHash('said'), 1],
    [asciiFoldHash('told'), 6],
    [0, 3],
    [-1, 9],
    [0x7fffffff, 12],
    [-0x80000000, 64],
    ...COLLIDING.map((k, i): [number, number] => [k, 100 + i]),
  ];
  for (const [h, v] of entries) table.set(h, v);

  it.each<[string, number, number]>([
    ['a word hash', asciiFoldHash('said'), 1],
    ['another word hash', asciiFoldHash('told'), 6],
    ['key 0', 0, 3],
    ['a negative key', -1, 9],
    ['the same key given unsigned', 0xffffffff, 9],
    ['the largest key', 0x7fffffff, 12],
    ['the smallest key', -0x80000000, 64],
    ['the first of three keys with one start slot', 1, 100],
    ['the third of them (probed past the others)', 33, 102],
    // negative rows: nothing there
    ['an absent word', asciiFoldHash('asked'), 0],
    ['an absent key with the start slot of the colliding ones', 49, 0],
    ['an absent key next to a present one', 2, 0],
  ])('%s: get(%i) = %i', (_, h, v) => {
    expect(table.get(h)).toBe(v);
    expect(table.has(h)).toBe(v !== 0);
    expect(probe(table.slots, table.mask, h)).toBe(v);
  });

  it('probes from the same start slot for colliding keys, each in its own slot', () => {
    const t = new HashTable32(4);
    expect(t.mask).toBe(15);
    for (const k of COLLIDING) t.set(k, 1);
    expect(COLLIDING.map((k) => slotOf(t.slots, t.mask, k))).toEqual([1, 2, 3]);
    // an absent key: the first empty slot of its sequence
    expect(slotOf(t.slots, t.mask, 49)).toBe(4);
  });

  it.each<[string, (t: HashTable32) => void, number]>([
    ['set replaces', (t) => (t.set(7, 1), t.set(7, 4)), 4],
    ['or merges bits', (t) => (t.or(7, 1), t.or(7, 4)), 5],
    ['or on an absent key adds it', (t) => t.or(7, 2), 2],
    ['set with 0 adds nothing', (t) => t.set(7, 0), 0],
    ['or with 0 leaves the value', (t) => (t.set(7, 8), t.or(7, 0)), 8],
  ])('%s', (_, act, v) => {
    const t = new HashTable32(2);
    act(t);
    expect(t.get(7)).toBe(v);
    expect(t.get(8)).toBe(0);
  });

  it.each([
    [1, 2],
    [3, 4],
    [100, 2],
  ])('sizes %i keys with %i slots each to a power of two of at least 16 slots', (count, spread) => {
    const t = new HashTable32(count, spread);
    const size = t.mask + 1;
    expect(size & (size - 1)).toBe(0);
    expect(size).toBeGreaterThanOrEqual(Math.max(16, count * spread));
    expect(t.slots.length).toBe(2 * size);
  });

  it('grows past its size hint and still finds every key and no outsider', () => {
    const t = new HashTable32(1);
    for (let i = 0; i < 3000; i++) t.set(asciiFoldHash(`w${i}`), i + 1);
    expect(t.mask + 1).toBeGreaterThanOrEqual(6000);
    const wrong = Array.from({ length: 3000 }, (_, i) => i).filter((i) => t.get(asciiFoldHash(`w${i}`)) !== i + 1);
    expect(wrong).toEqual([]);
    const outsiders = Array.from({ length: 1000 }, (_, i) => t.has(asciiFoldHash(`w${3000 + i}`)));
    expect(outsiders.some(Boolean)).toBe(false);
  });
});

describe('hashSet', () => {
  const words = ['said', 'told', 'according', 'warned', 'asked'];
  const set = hashSet(words.map(asciiFoldHash));
  it.each([...words.map((w) => [w, true] as const), ['say', false] as const, ['the', false] as const, ['Said', true] as const])('%s -> %s', (w, yes) => {
    expect(set.has(asciiFoldHash(w))).toBe(yes);
  });
  it.each<[number[], boolean]>([
    [[0, 5], true],
    [[5], false],
    [[], false],
  ])('of %j holds 0: %s', (hashes, yes) => {
    expect(hashSet(hashes).has(0)).toBe(yes);
  });
  it('keeps duplicates once and allows four slots per member', () => {
    const s = hashSet([9, 9, 9, 9, 9]);
    expect(s.has(9)).toBe(true);
    expect(s.mask + 1).toBeGreaterThanOrEqual(20);
  });
  it('finds every member of a large set and no outsider', () => {
    const big = hashSet(Array.from({ length: 5000 }, (_, i) => asciiFoldHash(`w${i}`)));
    const members = Array.from({ length: 5000 }, (_, i) => big.has(asciiFoldHash(`w${i}`)));
    const outsiders = Array.from({ length: 1000 }, (_, i) => big.has(asciiFoldHash(`w${5000 + i}`)));
    expect(members.every(Boolean)).toBe(true);
    expect(outsiders.some(Boolean)).toBe(false);
  });
});
