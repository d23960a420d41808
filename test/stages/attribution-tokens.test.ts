import { describe, expect, it } from 'vitest';
import { IndexMap, hashWord, tokenize } from '../../src/parse/stages/attribution/tokens.js';

describe('attribution tokenizer', () => {
  it.each([
    ['plain words', 'The mayor said no.', ['The', 'mayor', 'said', 'no']],
    ['joiners inside words', 'U.S. officials don’t re-run Smith & Wesson', ['U.S', 'officials', 'don’t', 're-run', 'Smith', 'Wesson']],
    ['non-ASCII letters and digits', 'Éric spoke in 2021 über alles', ['Éric', 'spoke', 'in', '2021', 'über', 'alles']],
    ['marks and dashes only', '“ — ” -- ...', []],
    ['empty text', '', []],
  ])('%s', (_name, text, words) => {
    const tk = tokenize(text);
    const got: string[] = [];
    for (let i = 0; i < tk.n; i++) got.push(text.slice(tk.start[i], tk.end[i]));
    expect(got).toEqual(words);
  });

  it.each([
    ['ASCII word, upper case', 'SAID', 'said', true],
    ['ASCII word, lower case', 'said', 'said', false],
    ['non-ASCII upper case', 'Éric', 'éric', true],
    ['Kelvin sign lower-cases to ASCII', '\u212Aing', 'king', true],
    ['dotted capital I', 'İstanbul', 'i̇stanbul', true],
  ])('low() and cap() of %s', (_name, text, low, cap) => {
    const tk = tokenize(`${text} ${text}`);
    expect(tk.n).toBe(2);
    expect(tk.low(0)).toBe(low);
    // the second ask (memo) and the same word elsewhere (shared table) give the same string
    expect(tk.low(0)).toBe(low);
    expect(tk.low(1)).toBe(low);
    expect(tk.cap(0)).toBe(cap);
  });

  it('answers out-of-range tokens with empty values', () => {
    const tk = tokenize('one two');
    expect([tk.low(-1), tk.low(2), tk.cap(-1), tk.cap(2)]).toEqual(['', '', false, false]);
    expect([tk.at(0), tk.at(1), tk.at(4), tk.at(99)]).toEqual([0, 1, 1, 2]);
  });

  it('hashes ASCII tokens as hashWord does, and non-ASCII tokens as 0', () => {
    const tk = tokenize('Said naïve TOLD');
    expect([tk.hash[0], tk.hash[1], tk.hash[2]]).toEqual([hashWord('said'), 0, hashWord('told')]);
  });
});

describe('IndexMap', () => {
  it('behaves as a Map<number, T> inside and outside the token range', () => {
    const m = new IndexMap<string>(4);
    m.set(0, 'a').set(3, 'b').set(3, 'c').set(-1, 'd').set(9, 'e');
    expect([m.get(0), m.get(1), m.get(3), m.get(-1), m.get(9), m.get(5)]).toEqual(['a', undefined, 'c', 'd', 'e', undefined]);
    expect([m.has(0), m.has(1), m.has(3), m.has(-1), m.has(4)]).toEqual([true, false, true, true, false]);
  });
  it('forgets a deleted index, inside and outside the token range, and can set it again', () => {
    const m = new IndexMap<string>(4);
    m.set(2, 'a').set(3, 'b').set(9, 'c');
    m.delete(2);
    m.delete(9);
    m.delete(1);
    expect([m.has(2), m.get(2), m.has(9), m.get(3), m.has(1)]).toEqual([false, undefined, false, 'b', false]);
    m.set(2, 'z');
    expect(m.get(2)).toBe('z');
  });
});

describe('tokenize: buffers reused from call to call', () => {
  const words = (tk: ReturnType<typeof tokenize>, text: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < tk.n; i++) out.push(text.slice(tk.start[i], tk.end[i]));
    return out;
  };

  it.each([
    ['a longer text, then a shorter one', 'The mayor said the plan would pass on Tuesday.', 'Lee told us.'],
    ['a short text, then a longer one (the pool grows)', 'Yes.', 'Officials in the county and the state said the vote would go ahead as planned next week.'],
  ])('%s: each call sees only its own tokens', (_name, first, second) => {
    const a = tokenize(first);
    expect(words(a, first)).toEqual(first.match(/[\p{L}\p{N}]+/gu));
    // every token asked once, so that the memo holds the first text's strings
    for (let i = 0; i < a.n; i++) a.low(i);
    a.release();
    const b = tokenize(second);
    const expected = second.match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(words(b, second)).toEqual(expected);
    // the memo of the first call is not read back for the second text
    expect(Array.from({ length: b.n }, (_, i) => b.low(i))).toEqual(expected.map((w) => w.toLowerCase()));
    // past the last token: nothing (not the first call's offsets left in the buffers)
    expect([b.start[b.n], b.end[b.n], b.hash[b.n]]).toEqual([undefined, undefined, undefined]);
    b.release();
  });

  it('gives tokens that are still held their own buffers (a call before release)', () => {
    const t1 = 'Roe said yes.';
    const t2 = 'Doe denied it all.';
    const a = tokenize(t1);
    const b = tokenize(t2);
    expect(words(a, t1)).toEqual(['Roe', 'said', 'yes']);
    expect(words(b, t2)).toEqual(['Doe', 'denied', 'it', 'all']);
    expect([a.low(1), b.low(1)]).toEqual(['said', 'denied']);
    b.release();
    a.release();
    // released twice: harmless
    a.release();
    const c = tokenize(t2);
    expect(words(c, t2)).toEqual(['Doe', 'denied', 'it', 'all']);
    c.release();
  });
});
