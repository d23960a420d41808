import { describe, expect, it } from 'vitest';
import { isSpaceUnit, lowerAscii } from '../../src/internal/chars.js';

describe('isSpaceUnit', () => {
  it.each<[string, string, boolean]>([
    ['a space', ' ', true],
    ['a tab', '\t', true],
    ['a line feed', '\n', true],
    ['a carriage return', '\r', true],
    ['a no-break space', '\u00a0', true],
    ['an em space', '\u2003', true],
    ['a narrow no-break space', '\u202f', true],
    ['a line separator', '\u2028', true],
    ['an ideographic space', '\u3000', true],
    ['a byte order mark', '\ufeff', true],
    ['a letter', 'a', false],
    ['a digit', '7', false],
    ['a NUL', '\u0000', false],
    ['a zero-width space (not white space to /\\s/u)', '\u200b', false],
    ['a soft hyphen', '\u00ad', false],
    ['an em dash', '\u2014', false],
    ['a lone high surrogate', '\ud800', false],
  ])('%s: %s', (_name, ch, want) => {
    expect(isSpaceUnit(ch.charCodeAt(0))).toBe(want);
  });

  it('is /\\s/u on every UTF-16 unit', () => {
    const re = /\s/u;
    const differ: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (isSpaceUnit(u) !== re.test(String.fromCharCode(u))) differ.push(u);
    expect(differ).toEqual([]);
  });
});

describe('lowerAscii', () => {
  it.each<[string, string, string]>([
    ['A', 'A', 'a'],
    ['Z', 'Z', 'z'],
    ['a lower-case letter', 'q', 'q'],
    ['@ (just below A)', '@', '@'],
    ['[ (just above Z)', '[', '['],
    ['a digit', '5', '5'],
    ['a non-ASCII capital (left alone)', 'É', 'É'],
    ['a Greek capital (left alone)', 'Σ', 'Σ'],
  ])('%s', (_name, ch, want) => {
    expect(String.fromCharCode(lowerAscii(ch.charCodeAt(0)))).toBe(want);
  });
});
