import { describe, expect, it } from 'vitest';
import { slug } from '../../src/internal/ids.js';

// the definition slug() keeps; its ASCII fast path must give the same
const folded = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 48) || 'x';

describe('slug', () => {
  it.each([
    ['Ilham Aliyev', 'ilham-aliyev'],
    ['  Mary O’Hara  ', 'mary-o-hara'],
    ['José Ñúñez', 'jose-nunez'],
    ['Lena Ek\u2009Berg', 'lena-ek-berg'],
    ['U.S. Department of State', 'u-s-department-of-state'],
    ['ﬁnance Ministry', 'finance-ministry'],
    ['Straße', 'straße'],
    ['', 'x'],
    ['— ’ “”', 'x'],
    ['a'.repeat(47) + ' b', 'a'.repeat(47) + '-'],
    ['A'.repeat(60) + ' é', 'a'.repeat(48)],
  ])('%j -> %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
    expect(slug(text)).toBe(folded(text));
  });

  it('cuts a very long name without building it whole', () => {
    expect(slug('Ab '.repeat(400_000))).toBe(folded('Ab '.repeat(1000)));
  });
});
