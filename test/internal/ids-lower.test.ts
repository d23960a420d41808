import { describe, expect, it } from 'vitest';
import { slug } from '../../src/internal/ids.js';

// slug(name, name.toLowerCase()) must equal slug(name): the hint only takes a shorter way when it can
describe('slug with the lower-case form given', () => {
  it.each<[string, string]>([
    // names the short way makes from the lower-case form
    ['Ilham Aliyev', 'ilham-aliyev'],
    ['NATO', 'nato'],
    ['G7 Summit 2024', 'g7-summit-2024'],
    ['a', 'a'],
    ['a'.repeat(48), 'a'.repeat(48)],
    ['Anna B Berg', 'anna-b-berg'],
    // names it leaves to the full slug
    ['José Ñúñez', 'jose-nunez'],
    ['Mary O’Hara', 'mary-o-hara'],
    ['U.S. Department of State', 'u-s-department-of-state'],
    ['Anna  Berg', 'anna-berg'],
    [' Anna Berg', 'anna-berg'],
    ['Anna Berg ', 'anna-berg'],
    ['Anna\tBerg', 'anna-berg'],
    ['Jean-Luc Picard', 'jean-luc-picard'],
    ['a'.repeat(49), 'a'.repeat(48)],
    ['a'.repeat(47) + ' b', 'a'.repeat(47) + '-'],
    ['', 'x'],
    ['— ’', 'x'],
  ])('%j -> %j', (name, want) => {
    expect(slug(name, name.toLowerCase())).toBe(want);
    expect(slug(name)).toBe(want);
  });

  it('gives one ASCII word as its lower-case form', () => {
    const low = 'baku';
    expect(slug('Baku', low)).toBe(low);
  });

  it('falls back to the full slug when the lower-case form has another length', () => {
    // İ lower-cases to two code units
    const name = 'İzmir Port';
    expect(slug(name, name.toLowerCase())).toBe(slug(name));
  });
});
