import { describe, expect, it } from 'vitest';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import { lexiconFor } from '../../src/parse/stages/attribution/lexicon.js';
import { attribution } from '../../src/locales/en/attribution.js';

// Locale lists that only matter for words the cue lexicon holds: an entry outside it would be dead data.
describe('attribution locale data against the compiled cue lexicon', () => {
  const lex = lexiconFor(defaultConfiguration());
  it.each(attribution.pluralNounCues.map((w) => [w]))('plural noun cue "%s" is the first word of a cue form', (w) => {
    expect(lex.byFirst.has(w)).toBe(true);
  });
  it.each(attribution.singularNounCues.map((w) => [w]))('singular noun cue "%s" is the first word of a cue form', (w) => {
    expect(lex.byFirst.has(w)).toBe(true);
  });
  it.each([['said'], ['says'], ['told']])('"%s" (a verb only) is not listed as a noun cue', (w) => {
    expect(lex.nounCues.has(w)).toBe(false);
  });
});
