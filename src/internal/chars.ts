/** Character classes of single UTF-16 code units, for the scanners of every stage. */

/** Whether a UTF-16 code unit is white space as `/\s/u` sees it (a test checks all 65536 units). */
export function isSpaceUnit(u: number): boolean {
  if (u < 128) return u === 32 || (u >= 9 && u <= 13);
  return (
    u === 0xa0 ||
    u === 0x1680 ||
    (u >= 0x2000 && u <= 0x200a) ||
    u === 0x2028 ||
    u === 0x2029 ||
    u === 0x202f ||
    u === 0x205f ||
    u === 0x3000 ||
    u === 0xfeff
  );
}

/** The code unit lower-cased when it is an ASCII capital (A-Z), else itself. */
export const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 0x20 : c);
