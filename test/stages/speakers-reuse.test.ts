import { describe, expect, it } from 'vitest';
import { run } from '../rules/speakers-helpers.js';

// The stage reuses its token arrays between calls and takes fast paths for ASCII; none of that may show in the output.
const texts = [
  'Senator Maria Lind spoke first. Then Governor Tomas Ek arrived, and he spoke too.',
  'The Nordic Trade Council met on Friday. Its chairman, Per Ahl, said little.',
  'Short text with nobody in it.',
  '',
];

describe('stage 4 output does not depend on earlier calls', () => {
  it.each(texts.map((t, i) => [i, t] as const))('text %i gives the same result fresh and after other texts', (_i, text) => {
    const fresh = JSON.stringify(run(text).index);
    for (const other of texts) run(`${other} ${other} ${other}`);
    expect(JSON.stringify(run(text).index)).toBe(fresh);
  });
});

describe('stage 4 entity ids', () => {
  it.each([
    ['Senator Maria Lind said so.', 't:sp:maria-lind'],
    ["Senator Ann O'Hara said so.", 't:sp:ann-o-hara'],
    ['Senator José Núñez said so.', 't:sp:jose-nunez'],
    ['Senator Åsa Ørn-Berg said so.', 't:sp:asa-ørn-berg'],
  ])('%s -> %s', (text, id) => {
    expect(run(text).index.entities.map((e) => e.id)).toEqual([id]);
  });

});

describe('stage 4 unnamed sources keep a lower-case article', () => {
  it.each([
    ['"We are ready," The Spokesman said.', 'The Spokesman', 'the Spokesman'],
    ['"We are ready," Another official said.', 'Another official', 'another official'],
    ['"We are ready," Both officials said.', 'Both officials', 'both officials'],
    ['"We are ready," Theo said.', 'Theo', 'Theo'],
  ])('%s', (text, source, name) => {
    const content = text.slice(1, text.indexOf('"', 1) - 1);
    const r = run(text, [{ content, source }]);
    expect(r.speakers).toEqual([[name]]);
  });
});
