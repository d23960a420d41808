import { describe, expect, it } from 'vitest';
import { grownInt32, grownUint8 } from '../../src/internal/typed.js';

describe('grown typed arrays', () => {
  it.each([
    [[], 4],
    [[1, -2, 3], 3],
    [[7, 8], 16],
  ])('Int32: %j grown to %i keeps its values and zero-fills the rest', (values, size) => {
    const b = grownInt32(Int32Array.from(values), size);
    expect(b.length).toBe(size);
    expect([...b]).toEqual([...values, ...new Array<number>(size - values.length).fill(0)]);
  });

  it('Uint8: a copy, not a view of the old buffer', () => {
    const a = Uint8Array.from([1, 2]);
    const b = grownUint8(a, 4);
    a[0] = 9;
    expect([...b]).toEqual([1, 2, 0, 0]);
  });
});
