/**
 * The one open-addressing table of the library for 32-bit word hashes (see hash.ts), used by the attribution,
 * speakers and dates stages. Keys and values interleaved in one Int32Array: `slots[2 * i]` a key, `slots[2 * i + 1]`
 * its value (one cache line per probe); a slot is empty while its value is 0, so any key (0 included) can be stored
 * and every value is non-zero. Linear probing from a slot made of the hash's low bits mixed with its high ones.
 * Lookups read typed arrays only: no allocation, and no boxing of the hashes outside the small-integer range (as a
 * `Set<number>` or `Map<number, …>` would). A hot loop may keep `slots` and `mask` in locals and call {@link probe}.
 */

/**
 * The slot of key `h` in `slots` (a table with `mask + 1` slots), or the empty slot where it would go: the probe
 * sequence of every table. `h` is taken as a signed 32-bit integer.
 */
export function slotOf(slots: Int32Array, mask: number, h: number): number {
  const k = h | 0;
  let i = (k ^ (k >>> 15)) & mask;
  while (slots[2 * i + 1] !== 0 && slots[2 * i] !== k) i = (i + 1) & mask;
  return i;
}

/** The value of key `h` in `slots` (0 when absent): {@link HashTable32.get} for loops that keep the arrays in locals. */
export function probe(slots: Int32Array, mask: number, h: number): number {
  return slots[2 * slotOf(slots, mask, h) + 1] as number;
}

/** A table from signed 32-bit hashes to non-zero 32-bit values (see the module comment). */
export class HashTable32 {
  /** Keys and values interleaved (read directly by hot loops: see {@link probe}). */
  slots: Int32Array;
  /** Number of slots - 1 (a power of two - 1). */
  mask: number;
  private used = 0;
  /**
   * An empty table for about `count` keys with `spread` (>= 2) slots per key, at least 16 slots in all: a lower load
   * means shorter probes for the words that are not there, most of them in a text. It grows (doubling) when more
   * than half full.
   */
  constructor(count: number, spread = 2) {
    let size = 16;
    while (size < count * Math.max(2, spread)) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }
  /** The value of key `h`, 0 when absent. */
  get(h: number): number {
    return probe(this.slots, this.mask, h);
  }
  has(h: number): boolean {
    return probe(this.slots, this.mask, h) !== 0;
  }
  /** Sets the value of `h` to `v` (`v` = 0 does nothing: an empty slot). */
  set(h: number, v: number): void {
    this.put(h, v, false);
  }
  /** ORs the bits `v` into the value of `h` (0 when absent). */
  or(h: number, v: number): void {
    this.put(h, v, true);
  }
  private put(h: number, v: number, merge: boolean): void {
    if (v === 0) return;
    const slots = this.slots;
    const i = slotOf(slots, this.mask, h);
    const old = slots[2 * i + 1] as number;
    slots[2 * i] = h;
    slots[2 * i + 1] = merge ? old | v : v;
    if (old === 0 && ++this.used * 2 > this.mask + 1) this.grow();
  }
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let i = 0; i < old.length; i += 2) {
      const v = old[i + 1] as number;
      if (v === 0) continue;
      const j = slotOf(this.slots, this.mask, old[i] as number);
      this.slots[2 * j] = old[i] as number;
      this.slots[2 * j + 1] = v;
    }
  }
}

/**
 * The set of `hashes` (any signed 32-bit integers, 0 included) as a table whose values are all 1: `has` tells a
 * member. Four slots per member: most lookups are of words that are not there, and stop at once.
 */
export function hashSet(hashes: Iterable<number>): HashTable32 {
  const list = [...hashes];
  const t = new HashTable32(list.length, 4);
  for (const h of list) t.set(h, 1);
  return t;
}
