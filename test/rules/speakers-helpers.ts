import { resolveSpeakers } from '../../src/parse/stages/4-speakers.js';
import type { DraftStatement } from '../../src/parse/stages/3-attribution.js';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import type { Configuration, KnownSpeaker, StageContext } from '../../src/parse/types.js';

/** A draft whose content is `content` and whose source is `source` (each the n-th occurrence in text). */
export interface DraftSpec {
  content: string;
  source?: string;
  /** Which occurrence of the source text, 0-based, counted from the content's start (default: nearest after or before). */
  inherit?: number;
  kind?: DraftStatement['kind'];
  /** The noun phrase a relative-word source stands for (its last occurrence before the source). */
  antecedent?: string;
}

function find(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return i;
}

function antecedentOf(text: string, np: string | undefined, source: DraftStatement['source']): DraftStatement['antecedent'] {
  if (np === undefined || !source) return null;
  const at = text.lastIndexOf(np, source.start);
  if (at < 0) throw new Error(`no antecedent ${np}`);
  return { start: at, end: at + np.length, text: np };
}

export function drafts(text: string, specs: DraftSpec[]): DraftStatement[] {
  let cursor = 0;
  return specs.map((d) => {
    const cs = find(text, d.content, cursor);
    cursor = cs + d.content.length;
    let source = null;
    if (d.source !== undefined) {
      // the source nearest the content: after it if present in the same sentence, else the last one before
      const after = text.indexOf(d.source, cs + d.content.length);
      const before = text.lastIndexOf(d.source, cs);
      const at = after >= 0 && (before < 0 || after - (cs + d.content.length) < 40) ? after : before;
      if (at < 0) throw new Error(`no source ${d.source}`);
      source = { start: at, end: at + d.source.length, text: d.source };
    }
    return {
      kind: d.kind ?? 'direct',
      spans: [{ start: cs, end: cs + d.content.length }],
      source,
      cue: null,
      via: ['test/draft'],
      inherit: d.inherit ?? null,
      antecedent: antecedentOf(text, d.antecedent, source),
    };
  });
}

export function run(text: string, specs: DraftSpec[] = [], knownSpeakers: KnownSpeaker[] = []) {
  const ctx: StageContext = { text, articleId: 't', publishedAt: undefined, issues: [], explain: false };
  const config: Configuration = { ...defaultConfiguration(), knownSpeakers };
  const result = resolveSpeakers(ctx, { paragraphs: [], sentences: [] }, drafts(text, specs), config);
  const nameOf = (id: string): string => result.index.entities.find((e) => e.id === id)?.name ?? `?${id}`;
  const speakers = result.statements.map((s) => s.speakerIds.map(nameOf));
  return { ...result, ctx, nameOf, speakers };
}
