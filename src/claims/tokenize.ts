/** A token of a sentence, with offsets relative to the string that was tokenised. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  type: 'word' | 'number' | 'punct';
  /** First letter is upper case. */
  cap: boolean;
  /** Every letter is upper case and there are at least two ("NATO"). */
  acronym: boolean;
}

// A number (digits with inner separators, an optional %), a word (letters with inner apostrophes, hyphens and
// full stops), or one punctuation mark / dash run / currency sign. Each alternative inside a repetition consumes
// exactly one character and they are disjoint, so there is no catastrophic backtracking.
const TOKEN_RE =
  /(\p{N}(?:\p{N}|[.,:/](?=\p{N}))*%?)|([\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’\-.](?=[\p{L}\p{M}\p{N}]))*)|(-{2,3}|[?!,;:$€£¥%—–-])/gu;
const UPPER_RE = /^\p{Lu}/u;
const LOWER_LETTER_RE = /\p{Ll}/u;
const APOS_RE = /’/gu;

/** Splits a sentence into words, numbers and punctuation, in linear time. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      tokens.push({ start, end: start + raw.length, lower: raw, type: 'number', cap: false, acronym: false });
    } else if (m[2] !== undefined) {
      const cap = UPPER_RE.test(raw);
      const acronym = cap && raw.length >= 2 && !LOWER_LETTER_RE.test(raw);
      tokens.push({
        start,
        end: start + raw.length,
        lower: raw.toLowerCase().replace(APOS_RE, "'"),
        type: 'word',
        cap,
        acronym,
      });
    } else {
      tokens.push({ start, end: start + raw.length, lower: raw, type: 'punct', cap: false, acronym: false });
    }
  }
  return tokens;
}
