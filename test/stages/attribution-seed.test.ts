import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './attribution-helpers.js';

const text = readFileSync(fileURLToPath(new URL('../../seeds/000_582b2b9eb54bbc5e.txt', import.meta.url)), 'utf8');
const { drafts, issues } = run(text);

// kind, cue, source, and each span as [first words, last words]
const golden: [string, string, string, [string, string][]][] = [
  ['direct', 'said', 'Ilham Aliyev', [['Armenian railways are owned by', 'Turkey through Ordubad,']]],
  ['direct', 'stressed', 'he', [['There is no territorial unit', 'take this into account,']]],
  ['indirect', 'denounced', 'The Azerbaijani leader', [['the statement from Canada and France', 'the statement from Canada and France']]],
  ['direct', 'concluded', 'Ilham Aliyev', [['They should mind their own business.', 'will not happen in Azerbaijan,']]],
  ['partial', 'According to', 'the Kremlin', [['Putin and Aliyev "warmly congratulated', 'the Great Patriotic War."']]],
  ['indirect', 'noted', 'the leaders', [['that the memory of the heroism', 'unparalleled heroism during the war']]],
  ['partial', 'also drew attention to', 'The press service of the Russian president', [['the fact that Vladimir Putin', 'Russian-Azerbaijani cooperation."']]],
  ['partial', 'reaffirmed', 'Vladimir Putin and Ilham Aliyev', [['their mutual disposition "to build up', 'Russian-Azerbaijani cooperation."']]],
  ['indirect', 'has pointed out', 'Ilham Aliyev', [['that his country is enjoying', 'in relations with Russia']]],
  ['direct', 'said', 'Aliyev', [['It has been half a year', 'dynamics in our relations,']]],
  ['indirect', 'recalled', 'Aliyev', [['that he held a telephone conversation', 'Vladimir Putin on May']]],
  ['direct', 'said', 'he', [['We have congratulated each other', 'the victory over fascism,']]],
  ['indirect', 'noted', 'The Russian diplomat', [['that the border issues in Nagorno-Karabakh', 'in spite of their complexity']]],
  ['direct', 'stressed', 'Lavrov', [['We are grateful for the high appreciation', 'mutually acceptable solutions,']]],
];

describe('attribution on the seed article', () => {
  it('finds every statement with its kind, cue, source and content, in text order', () => {
    const got = drafts.map((d) => [d.kind, d.cue?.text ?? null, d.source?.text ?? null]);
    expect(got).toEqual(golden.map((g) => g.slice(0, 3)));
    drafts.forEach((d, i) => {
      const want = golden[i]?.[3] ?? [];
      expect(d.spans).toHaveLength(want.length);
      d.spans.forEach((s, j) => {
        const t = text.slice(s.start, s.end);
        expect(t.startsWith(want[j]?.[0] ?? '\u0000')).toBe(true);
        expect(t.endsWith(want[j]?.[1] ?? '\u0000')).toBe(true);
      });
    });
    for (let i = 1; i < drafts.length; i++) {
      expect(drafts[i]?.spans[0]?.start ?? 0).toBeGreaterThan(drafts[i - 1]?.spans[0]?.start ?? 0);
    }
  });

  it('gives mentions that match the text exactly', () => {
    for (const d of drafts) {
      for (const m of [d.source, d.cue]) {
        if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('keeps the scare quote inside the quotation and makes nothing of the headline', () => {
    const ground = text.indexOf('on the ground.');
    const lavrov = drafts[drafts.length - 1];
    expect(lavrov?.spans.some((s) => s.start <= ground && s.end > ground)).toBe(true);
    expect(drafts.filter((d) => d.spans.some((s) => s.start === ground))).toEqual([]);
    const firstBody = text.indexOf('Six months after the end');
    expect(drafts.every((d) => (d.spans[0]?.start ?? 0) > firstBody)).toBe(true);
    expect(issues).toEqual([]);
  });
});
