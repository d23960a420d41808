/** Typed-array buffers that double when full (the token buffers of the stage tokenizers). */

/** A copy of `a` in a new array of `size` elements (`size` >= `a.length`). */
export function grownInt32(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** A copy of `a` in a new array of `size` elements (`size` >= `a.length`). */
export function grownUint8(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}
