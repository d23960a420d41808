import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// Golden test of stage 4 on the seed article through the full pipeline (stages 1-3 find the statements and
// their source mentions; stage 4 resolves the speakers). Depends on the attribution stages.
const text = readFileSync(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url), 'utf8');
const parsed = parseArticle(text, { publishedAt: '2021-05-11', id: 'seed' });
const byName = new Map(parsed.speakers.map((s) => [s.name, s]));
const nameOf = (id: string): string => parsed.speakers.find((s) => s.id === id)?.name ?? id;

describe('speakers on the seed article', () => {
  it.each([
    ['Ilham Aliyev', 'person', ['Aliyev', 'the Azerbaijani leader'], ['President', 'President of Azerbaijan']],
    ['Vladimir Putin', 'person', ['Putin'], ['Russian President']],
    ['Sergei Lavrov', 'person', ['Sergey Lavrov', 'Lavrov', 'the Russian diplomat'], ['Russian Foreign Minister']],
    ['the Kremlin', 'organization', [], []],
    ['the press service of the Russian president', 'organization', [], []],
  ] as const)('resolves %s with its aliases and titles', (name, kind, aliases, titles) => {
    const s = byName.get(name);
    expect(s, name).toBeDefined();
    expect(s?.kind).toBe(kind);
    for (const a of aliases) expect(s?.aliases).toContain(a);
    for (const t of titles) expect(s?.titles).toContain(t);
    expect(s?.titles.some((t) => t.includes(name))).toBe(false);
    for (const m of s?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives ids from the article id and the name', () => {
    expect(byName.get('Ilham Aliyev')?.id).toBe('seed:sp:ilham-aliyev');
    expect(byName.get('Sergei Lavrov')?.id).toBe('seed:sp:sergei-lavrov');
  });

  it.each([
    ['Ilham Aliyev', 'Armenian railways are owned', ['Ilham Aliyev']],
    ['he', 'There is no territorial unit', ['Ilham Aliyev']],
    ['The Azerbaijani leader', 'the statement from Canada', ['Ilham Aliyev']],
    ['Ilham Aliyev', 'They should mind their own business', ['Ilham Aliyev']],
    ['the Kremlin', 'warmly congratulated', ['the Kremlin']],
    ['the leaders', 'the memory of the heroism', ['Vladimir Putin', 'Ilham Aliyev']],
    ['The press service of the Russian president', 'Vladimir Putin and Ilham Aliyev reaffirmed', ['the press service of the Russian president']],
    ['Aliyev', 'It has been half a year', ['Ilham Aliyev']],
    ['he', 'We have congratulated each other', ['Ilham Aliyev']],
    ['The Russian diplomat', 'the border issues', ['Sergei Lavrov']],
    ['Lavrov', 'We are grateful', ['Sergei Lavrov']],
  ] as const)('attributes the statement with source %j (%s) to the right speakers', (source, content, speakers) => {
    const st = parsed.statements.find((s) => s.text.includes(content) && s.source?.text === source);
    expect(st, content).toBeDefined();
    expect(st?.speakerIds.map(nameOf)).toEqual(speakers);
    expect(st?.via.some((v) => v.startsWith('speakers/'))).toBe(true);
  });

  it('resolves the joint descriptors to both presidents (as mentions of each)', () => {
    for (const name of ['Vladimir Putin', 'Ilham Aliyev']) {
      const texts = byName.get(name)?.mentions.map((m) => m.text) ?? [];
      expect(texts).toContain('the presidents of Russia and Azerbaijan');
      expect(texts).toContain('the leaders');
    }
  });

  it('resolves "he" after a quote and subject pronouns in narration to Ilham Aliyev', () => {
    const aliyev = byName.get('Ilham Aliyev');
    const held = text.indexOf('he held phone talks');
    expect(aliyev?.mentions.some((m) => m.start === held && m.text === 'he')).toBe(true);
    const evening = text.indexOf('he held a meeting');
    expect(aliyev?.mentions.some((m) => m.start === evening && m.text === 'he')).toBe(true);
  });

  it('numbers statements in text order', () => {
    const starts = parsed.statements.map((s) => s.spans[0]?.start ?? 0);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(parsed.statements.map((s) => s.id)).toEqual(parsed.statements.map((_, i) => `seed:st${i}`));
  });
});
