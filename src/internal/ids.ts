/** FNV-1a over UTF-16 code units, two rounds with different seeds: a 16-hex-digit deterministic digest. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return ((h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0'));
}

/**
 * Lower-case, ASCII-folded, hyphenated form of a name, for readable ids ("Ilham Aliyev" -> "ilham-aliyev").
 * `lower`, when the caller has it, is `text.toLowerCase()`: a name of at most 48 ASCII letters and digits with
 * single spaces between words is then made from it, hyphens for the spaces (a one-word name is `lower` itself).
 */
export function slug(text: string, lower?: string): string {
  if (lower !== undefined) {
    const s = slugOfWords(text, lower);
    if (s !== null) return s;
  }
  // fast path for ASCII and General Punctuation (’, dashes, odd spaces), which NFKD folding leaves without letters
  // or digits: the characters go to a scratch array and become one flat string
  const out = SLUG_CODES;
  let n = 0;
  let dash = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      if (c >= 0x2000 && c <= 0x206f) {
        dash = true;
        continue;
      }
      return slugFolded(text);
    }
    if (c >= 65 && c <= 90) c |= 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      dash = true;
      continue;
    }
    if (dash && n > 0) out[n++] = 45;
    dash = false;
    out[n++] = c;
    if (n >= 48) break; // ids keep 48 characters; nothing after them changes these
  }
  if (n === 0) return 'x';
  out.length = n;
  return String.fromCharCode.apply(null, out).slice(0, 48);
}

const SLUG_CODES: number[] = [];

/**
 * {@link slug} of `name` made from `low` (its lower-case form) when the name is at most 48 ASCII letters and digits
 * with single spaces between words, else null.
 */
function slugOfWords(name: string, low: string): string | null {
  const n = name.length;
  if (n === 0 || n > 48 || low.length !== n) return null;
  // the words of `low` joined by hyphens, made as the name is checked
  let out = '';
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      // a single space between two word characters
      if (i === 0 || i === n - 1 || name.charCodeAt(i + 1) === 32) return null;
      out = from === 0 ? low.slice(0, i) : `${out}-${low.slice(from, i)}`;
      from = i + 1;
      continue;
    }
    const l = c | 32;
    if (!((l >= 97 && l <= 122) || (c >= 48 && c <= 57))) return null;
  }
  return from === 0 ? low : `${out}-${low.slice(from)}`;
}

/** {@link slug} for any text: NFKD, marks removed, lower case, runs of other characters as one hyphen. */
function slugFolded(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return s.slice(0, 48) || 'x';
}
