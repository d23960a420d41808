/**
 * The one word hash of the library: 32-bit FNV-1a over UTF-16 code units, kept as a signed 32-bit integer (as
 * `Math.imul` gives it). The scanners of several stages compute it inline over the text while they read a word,
 * and compare it with hashes of their locale words made once by {@link asciiFoldHash}. Tables keyed by word hashes:
 * HashTable32 in hashTable.ts.
 */

/** FNV-1a offset basis, as a signed 32-bit integer. */
export const FNV_SEED = 0x811c9dc5 | 0;
/** FNV-1a prime. */
export const FNV_PRIME = 0x01000193;

/** The hash of an all-ASCII word lower-cased as it is hashed (no string is made). */
export function asciiFoldHash(w: string): number {
  let h = FNV_SEED;
  for (let k = 0; k < w.length; k++) {
    const u = w.charCodeAt(k);
    h = Math.imul(h ^ (u >= 65 && u <= 90 ? u | 0x20 : u), FNV_PRIME);
  }
  return h;
}
