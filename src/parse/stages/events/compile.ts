/**
 * Compiles an {@link EventsLocale} into the regexes the events engine runs. Built once per locale object.
 */
import type { EventTrigger, EventsLocale } from '../../../locales/types/events.js';

export interface CompiledTrigger {
  rule: EventTrigger;
  notFollowedBy: RegExp | null;
  objectLeads: RegExp[];
  participantLead: RegExp | null;
  refinements: { re: RegExp; cameo: string }[];
}

export interface CompiledEvents {
  /** Case-insensitive triggers, one capture group per trigger. */
  ci: RegExp | null;
  ciTriggers: CompiledTrigger[];
  /** Case-sensitive triggers. */
  cs: RegExp | null;
  csTriggers: CompiledTrigger[];
  determiners: Set<string>;
  articles: Set<string>;
  definite: Set<string>;
  lightVerbs: Set<string>;
  perfect: Set<string>;
  pronouns: Set<string>;
  /** Sticky: a collective subject at the position. */
  collective: RegExp | null;
  titles: Set<string>;
  nonName: Set<string>;
  placeHeads: Set<string>;
  /** Global: a place preposition followed by optional "the" (the caller checks that a capitalised name follows). */
  placeLead: RegExp;
  /** Sticky at a reporting verb's end: a preposition that places the statement inside an event. */
  statementEventLead: RegExp | null;
  /** Sticky at a reporting verb's end: a preposition that gives the statement's place. */
  statementPlaceLead: RegExp | null;
}

const cache = new WeakMap<EventsLocale, CompiledEvents>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const phrase = (s: string): string => escape(s).replace(/ +/gu, '\\s+');
const B_BEFORE = '(?<![\\p{L}\\p{N}\\-])';
const B_AFTER = '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';

function combine(triggers: CompiledTrigger[], flags: string): RegExp | null {
  if (triggers.length === 0) return null;
  const body = triggers.map((t) => `(${t.rule.pattern})`).join('|');
  return new RegExp(`${B_BEFORE}(?:${body})${B_AFTER}`, flags);
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(phrase).join('|');
}

/** The compiled form of a locale's event data (cached per locale object). */
export function compileEvents(locale: EventsLocale): CompiledEvents {
  const hit = cache.get(locale);
  if (hit) return hit;
  const ciTriggers: CompiledTrigger[] = [];
  const csTriggers: CompiledTrigger[] = [];
  for (const rule of locale.triggers) {
    const leads = rule.participantLeads ?? [];
    const t: CompiledTrigger = {
      rule,
      notFollowedBy: rule.notFollowedBy ? new RegExp(rule.notFollowedBy, 'iuy') : null,
      objectLeads: (rule.objectLeads ?? []).map((s) => new RegExp(s, 'iuy')),
      participantLead:
        leads.length > 0
          ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(leads)})\\s+(?:the\\s+)?`, 'giu')
          : null,
      refinements: (rule.cameoRefinements ?? []).map((r) => ({ re: new RegExp(r.after, 'iu'), cameo: r.cameo })),
    };
    (rule.caseSensitive ? csTriggers : ciTriggers).push(t);
  }
  const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const compiled: CompiledEvents = {
    ci: combine(ciTriggers, 'giu'),
    ciTriggers,
    cs: combine(csTriggers, 'gu'),
    csTriggers,
    determiners: lower(locale.determiners),
    articles: lower(locale.articles),
    definite: lower(locale.definiteDeterminers),
    lightVerbs: lower(locale.lightVerbs),
    perfect: lower(locale.perfectAuxiliaries),
    pronouns: lower(locale.personPronouns),
    collective:
      locale.collectiveSubjects.length > 0
        ? new RegExp(`(?:${alternation(locale.collectiveSubjects)})(?![\\p{L}\\p{N}])`, 'iuy')
        : null,
    titles: new Set(locale.titleWords),
    nonName: new Set(locale.nonNameWords),
    placeHeads: new Set(locale.placeHeads),
    placeLead: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alternation(locale.placePrepositions)})\\s+(?:the\\s+)?`,
      'giu',
    ),
    statementEventLead:
      locale.statementEventPrepositions.length > 0
        ? new RegExp(`\\s+(?:${alternation(locale.statementEventPrepositions)})\\s+`, 'iuy')
        : null,
    statementPlaceLead:
      locale.statementPlacePrepositions.length > 0
        ? new RegExp(`\\s+(?:${alternation(locale.statementPlacePrepositions)})\\s+(?:the\\s+)?`, 'iuy')
        : null,
  };
  cache.set(locale, compiled);
  return compiled;
}
