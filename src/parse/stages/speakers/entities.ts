/** Entity records for the speakers stage and alias merging of name mentions (maps keyed by folded name parts). */
import type { KnownSpeaker } from '../../types.js';
import type { SpeakerKind } from '../../../model/speaker.js';
import { fold, type NameMention } from './extract.js';
import type { Gender, Lexicon } from './lexicon.js';

/** How many candidates sharing a name part are compared at most (keeps merging linear on adversarial input). */
const SCAN = 64;
/** A word in capitals only (two letters or more). */
const CAPITALS = /^\p{Lu}{2,}$/u;

const POSSESSIVE_END = /['’]s$/u;
const SPACE_RUNS = /\s+/gu;

/** `text[start, end)` is followed by a colon and preceded on its line only by white space or quotation marks. */
function isLabel(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 58) return false;
  for (let i = start - 1; i >= 0 && i >= start - 8; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (!(c === 32 || c === 9 || c === 34 || c === 0x201c || c === 0x2018 || c === 39)) return false;
  }
  return start === 0 || start <= 8 && /^[\s"“‘']*$/u.test(text.slice(0, start));
}

/**
 * The empty lists every new entity starts with (see {@link EntityTable.create}): {@link addForm}, {@link withUnique}
 * and addFullPerson replace an empty list by a new one instead of pushing to it.
 */
const NO_STRINGS: string[] = [];
const NO_POSITIONS: number[] = [];

export interface Ent {
  idx: number;
  kind: SpeakerKind;
  /** Name forms and their word counts, in order seen. */
  forms: string[];
  /** The keys of `formLower` as a set, made only once there are many forms (undefined until then). */
  formKeys: Set<string> | undefined;
  /** The lower-case key of each form (parallel to `forms`). */
  formLower: string[];
  name: string;
  nameScore: number;
  titles: string[];
  gender: Gender | undefined;
  /** Country keys, without repeats, in order added (a small list: bounded by the locale's countries). */
  countries: string[];
  /** Role categories, without repeats, in order added (bounded by the locale's roles). */
  categories: string[];
  first: string | undefined;
  surname: string | undefined;
  /** Positions of full-name mentions, ascending. */
  fullPositions: number[];
  lastPos: number;
  /** The list of just this entity, made once and shared (the stage never changes a list of entities once made). */
  alone: Ent[] | undefined;
}

export class EntityTable {
  readonly ents: Ent[] = [];
  private readonly lex: Lexicon;
  private readonly byForm = new Map<string, Ent>();
  private readonly bySurname = new Map<string, Ent[]>();
  /** Surname + first letter of the first name: every first-name match rule needs the same first letter. */
  private readonly bySurnameInitial = new Map<string, Ent[]>();
  /** People known so far only by a surname ("President Holm"). */
  private readonly surnameOnly = new Map<string, Ent[]>();
  private readonly byFirst = new Map<string, Ent[]>();
  private readonly orgsByKey = new Map<string, Ent>();
  private readonly orgsByHead = new Map<string, { words: string[]; ent: Ent }[]>();
  private readonly orgsByAcronym = new Map<string, Ent>();
  private readonly byText = new Map<string, Ent>();

  constructor(lex: Lexicon) {
    this.lex = lex;
  }

  create(kind: SpeakerKind, name: string, score: number): Ent {
    // (empty lists shared: each is replaced by a new list when its first item comes, never pushed to while empty)
    const e: Ent = {
      idx: this.ents.length,
      kind,
      forms: NO_STRINGS,
      formKeys: undefined,
      formLower: NO_STRINGS,
      name,
      nameScore: score,
      titles: [],
      gender: undefined,
      countries: NO_STRINGS,
      categories: NO_STRINGS,
      first: undefined,
      surname: undefined,
      fullPositions: NO_POSITIONS,
      lastPos: -1,
      alone: undefined,
    };
    this.ents.push(e);
    return e;
  }

  /** Registers the user's known speakers; they join the output only when the text mentions them. */
  addKnown(known: readonly KnownSpeaker[]): void {
    for (const k of known) {
      const kind = k.kind ?? 'person';
      const e = this.create(kind, k.name, 1000);
      addForm(e, k.name);
      for (const a of k.aliases ?? []) addForm(e, a);
      for (const t of k.titles ?? []) e.titles = withUnique(e.titles, t);
      for (const f of [k.name, ...(k.aliases ?? [])]) this.byForm.set(normForm(f), e);
      const words = fold(k.name).split(/\s+/u).filter(Boolean);
      if (kind === 'person' && words.length >= 2) this.indexPerson(e, words);
      if (kind !== 'person') this.orgsByKey.set(normForm(k.name), e);
    }
  }

  private indexPerson(e: Ent, words: string[]): void {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return;
    e.first ??= first;
    e.surname ??= last;
    push(this.bySurname, last, e);
    push(this.byFirst, first, e);
    this.indexFirst(e, last, first);
  }

  /** Candidate keys: surname + first letter (for initials), surname + three letters (for spellings). */
  private indexFirst(e: Ent, last: string, first: string): void {
    push(this.bySurnameInitial, `${last}\u0000${first.charAt(0)}`, e);
    const bare = first.endsWith('.') ? first.slice(0, -1) : first;
    push(this.bySurnameInitial, bare.length === 1 ? `${last}\u0000${first.charAt(0)}\u0000i` : `${last}\u0000${bare.slice(0, 3)}\u0000p`, e);
  }

  private firstCandidates(last: string, first: string): Ent[] {
    const bare = first.endsWith('.') ? first.slice(0, -1) : first;
    if (bare.length === 1) return this.bySurnameInitial.get(`${last}\u0000${first.charAt(0)}`) ?? [];
    const a = this.bySurnameInitial.get(`${last}\u0000${bare.slice(0, 3)}\u0000p`) ?? [];
    const b = this.bySurnameInitial.get(`${last}\u0000${first.charAt(0)}\u0000i`) ?? [];
    return b.length ? [...a.slice(-SCAN), ...b.slice(-SCAN)] : a;
  }

  /** A person named with two or more words. */
  addFullPerson(m: NameMention): Ent {
    const key = joinWords(m.words);
    let e = this.byForm.get(key);
    // (found by its form: setting the same entry again would change nothing)
    const known = e !== undefined;
    const first = m.words[0] ?? '';
    const last = m.words[m.words.length - 1] ?? '';
    if (!e) {
      const bare = this.surnameOnly.get(last) ?? [];
      for (let k = Math.max(0, bare.length - SCAN); k < bare.length; k++) {
        const cand = bare[k];
        if (cand && cand.kind === 'person' && cand.first === undefined) {
          e = cand;
          break;
        }
      }
    }
    if (!e) {
      // bounded scan (the most recent candidates) so that a surname shared by thousands stays linear
      const list = this.firstCandidates(last, first);
      for (let k = list.length - 1; k >= 0 && k >= list.length - SCAN; k--) {
        const cand = list[k];
        if (cand && cand.kind === 'person' && cand.first !== undefined && firstNamesMatch(cand.first, first)) {
          e = cand;
          break;
        }
      }
    }
    if (!e) {
      e = this.create('person', m.text, m.words.length);
      this.indexPerson(e, m.words);
    } else if (e.first === undefined) {
      e.first = first;
      push(this.byFirst, first, e);
      this.indexFirst(e, last, first);
    }
    if (!known) this.byForm.set(key, e);
    if (e.fullPositions.length === 0) e.fullPositions = [m.start];
    else e.fullPositions.push(m.start);
    this.attach(e, m);
    return e;
  }

  /** A person named with one word: matched by surname, then first name, else a new entity when titled. */
  addSinglePerson(m: NameMention): Ent | undefined {
    const w = m.words[0] ?? '';
    let e = this.byForm.get(w) ?? pickPrincipal(this.bySurname.get(w), m) ?? pickPrincipal(this.byFirst.get(w), m);
    if (!e) {
      if (m.bare) return undefined;
      e = this.create('person', m.text, 1);
      e.surname = w;
      push(this.bySurname, w, e);
      push(this.surnameOnly, w, e);
      this.byForm.set(w, e);
    }
    this.attach(e, m);
    return e;
  }

  /** Looks a single capitalised word up as a known surname, first name or form, without creating anything. */
  findPerson(word: string, pos: number): Ent | undefined {
    const w = fold(word);
    return this.byForm.get(w) ?? pickByPosition(this.bySurname.get(w), pos) ?? pickByPosition(this.byFirst.get(w), pos);
  }

  /**
   * A transcript label in capitals taken for an acronym ("HOLT:" at the start of a line) that is the surname or first
   * name of a person already known joins that person instead of becoming an organisation.
   */
  personInCapitals(m: NameMention, text: string): Ent | undefined {
    // (the cheap label test first: almost no name is followed by a colon)
    if (m.words.length !== 1 || !isLabel(text, m.start, m.end) || !CAPITALS.test(m.text)) return undefined;
    const e = this.findPerson(m.text, m.start);
    if (!e || e.kind !== 'person') return undefined;
    addForm(e, m.text);
    return e;
  }

  /** Organisation name forms, longest first, so "the Post" joins "The New York Post" and "NYPD" its long form; the entity of each goes to `out[m.nameIdx]`. */
  addOrganizations(ms: NameMention[], out: (Ent | undefined)[]): void {
    if (ms.length === 0) return;
    const keys = new Map<string, NameMention[]>();
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k] as NameMention;
      push(keys, joinWords(m.words), m);
    }
    const ordered = [...keys.entries()].sort((a, b) => (b[1][0]?.words.length ?? 0) - (a[1][0]?.words.length ?? 0) || (a[1][0]?.start ?? 0) - (b[1][0]?.start ?? 0));
    for (let o = 0; o < ordered.length; o++) {
      const [key, list] = ordered[o] as [string, NameMention[]];
      const words = list[0]?.words ?? [];
      let e = this.orgsByKey.get(key) ?? this.byForm.get(key);
      if (!e && words.length === 1) e = this.orgsByAcronym.get(key);
      if (!e) {
        const head = words[words.length - 1] ?? '';
        const cands = (this.orgsByHead.get(head) ?? []).slice(-SCAN).filter((c) => endsWith(c.words, words));
        if (cands.length === 1 && cands[0]) e = cands[0].ent;
      }
      if (!e) {
        const first = list[0];
        e = this.create('organization', first ? orgName(first) : key, 0);
        const head = words[words.length - 1] ?? '';
        push(this.orgsByHead, head, { words, ent: e });
        if (words.length >= 2) {
          let acr = '';
          for (let q = 0; q < words.length; q++) {
            const w = words[q] as string;
            if (!this.lex.acronymSkip.has(w)) acr += w.charAt(0);
          }
          if (acr.length >= 2) this.orgsByAcronym.set(acr, e);
        }
      }
      this.orgsByKey.set(key, e);
      for (let q = 0; q < list.length; q++) {
        const m = list[q] as NameMention;
        out[m.nameIdx] = e;
        this.attach(e, m);
      }
    }
  }

  /** An entity named by free text (an unnamed source, a body described in words); identical texts share one. */
  byDescription(kind: SpeakerKind, text: string): Ent {
    // (only a text starting with an article's first letter can start with an article)
    const c0 = text.charCodeAt(0) | 32;
    const key = `${kind}:${normForm(this.lex.articleInitials.has(c0) ? text.replace(this.lex.leadingArticle, '') : text)}`;
    let e = this.byText.get(key);
    if (!e) {
      e = this.create(kind, definiteLower(text), 0);
      this.byText.set(key, e);
    }
    return e;
  }

  attach(e: Ent, m: NameMention): void {
    const form = m.kind === 'organization' ? orgName(m) : m.text;
    const score = m.kind === 'organization' ? form.length : m.words.length;
    addForm(e, form);
    if (m.kind === 'organization' && m.withThe) addForm(e, m.text);
    // (an entity's first form wins when its score is 0)
    if (score > e.nameScore || e.nameScore === 0) {
      e.name = form;
      e.nameScore = score;
    }
    if (m.titledForm) addForm(e, m.titledForm);
    if (m.honorificForm) addForm(e, m.honorificForm);
    // (indexed loops: the shared empty list is frozen, and for-of over it is not inlined)
    for (let k = 0; k < m.titles.length; k++) e.titles = withUnique(e.titles, m.titles[k] as string);
    for (let k = 0; k < m.countries.length; k++) e.countries = withUnique(e.countries, m.countries[k] as string);
    for (let k = 0; k < m.categories.length; k++) e.categories = withUnique(e.categories, m.categories[k] as string);
    e.gender ??= m.gender;
  }
}

/** `[e]`, shared: see {@link Ent.alone}. */
export function only(e: Ent): Ent[] {
  return (e.alone ??= [e]);
}

export function addForm(e: Ent, form: string): void {
  // the same form again (the usual case) is found without lower-casing it; long lists take the key path
  const few = e.forms.length <= 8;
  if (few && e.forms.includes(form)) return;
  const k = form.toLowerCase();
  if (few) {
    if (e.formLower.includes(k)) return;
  } else {
    const keys = (e.formKeys ??= new Set(e.formLower));
    if (keys.has(k)) return;
    keys.add(k);
  }
  if (e.forms.length === 0) {
    e.forms = [form];
    e.formLower = [k];
  } else {
    e.forms.push(form);
    e.formLower.push(k);
  }
}

/**
 * `list` with `v` added at the end unless there already; an empty list is replaced by a literal (its first push
 * would reserve room for seventeen).
 */
export function withUnique(list: string[], v: string): string[] {
  if (list.length === 0) return [v];
  if (!list.includes(v)) list.push(v);
  return list;
}

/** `words.join(' ')` without the generic join (names have a few words). */
function joinWords(words: string[]): string {
  let out = words[0] ?? '';
  for (let k = 1; k < words.length; k++) out = `${out} ${words[k] as string}`;
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  // callers add each value once per key
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length > long.length) return false;
  for (let i = 1; i <= short.length; i++) if (long[long.length - i] !== short[short.length - i]) return false;
  return true;
}

/** The entity among several with this name part whose full mention comes last before pos (else the first). */
function pickByPosition(list: Ent[] | undefined, pos: number): Ent | undefined {
  if (!list || list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  let best: Ent | undefined;
  let bestPos = -1;
  for (let k = Math.max(0, list.length - SCAN); k < list.length; k++) {
    const e = list[k] as Ent;
    // last full mention at or before pos (binary search; positions ascend)
    const fp = e.fullPositions;
    let lo = 0;
    let hi = fp.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((fp[mid] ?? 0) <= pos) lo = mid + 1;
      else hi = mid;
    }
    const p = lo > 0 ? (fp[lo - 1] ?? -1) : -1;
    if (p > bestPos) {
      bestPos = p;
      best = e;
    }
  }
  return best ?? list[0];
}

/**
 * Of several people sharing a surname, the one a surname alone refers to: compatible gender (from "Mr."/"Mrs." or
 * a common given name), a matching role (from "President X"), then one named in full at least twice over one named
 * once (a headline's "Debating Clinton" is no person), then the first introduced: the article's subject comes
 * first, and a relative named later keeps getting a full name ("Bill Clinton" in an article on Hillary Clinton).
 */
function pickPrincipal(list: Ent[] | undefined, m: NameMention): Ent | undefined {
  if (!list || list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  let best: Ent | undefined;
  let bestScore = -Infinity;
  for (let k = Math.max(0, list.length - SCAN); k < list.length; k++) {
    const e = list[k] as Ent;
    let score = Math.min(e.fullPositions.length, 2);
    if (m.gender && e.gender) score += m.gender === e.gender ? 1000 : -1000;
    if (m.categories.some((c) => e.categories.includes(c))) score += 500;
    if (score > bestScore) {
      bestScore = score;
      best = e;
    }
  }
  return best;
}

/** Same first name, an initial of it, or a close spelling (Sergei / Sergey). */
export function firstNamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const x = a.endsWith('.') ? a.slice(0, -1) : a;
  const y = b.endsWith('.') ? b.slice(0, -1) : b;
  if (x.length === 1 || y.length === 1) return true;
  if (x.length >= 4 && y.length >= 4 && x.charCodeAt(1) === y.charCodeAt(1) && x.charCodeAt(2) === y.charCodeAt(2)) return editDistance(x, y, 2) <= 2;
  return false;
}

/** Levenshtein distance, stopping early above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

export function normForm(s: string): string {
  if (simpleForm(s)) return s.toLowerCase();
  return fold(s).replace(POSSESSIVE_END, '').replace(SPACE_RUNS, ' ').trim();
}

/**
 * True when {@link normForm} of s is its lower-case form: printable ASCII (fold lower-cases it), single spaces
 * between words and none at either end (nothing to squeeze or trim), no final "'s" (nothing to cut).
 */
function simpleForm(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && prev === 32)) return false;
    prev = c;
  }
  return !(n >= 2 && s.charCodeAt(n - 2) === 39 && (s.charCodeAt(n - 1) | 32) === 115);
}

function orgName(m: NameMention): string {
  return m.withThe ? `the ${m.text}` : m.text;
}

/** "The Russian diplomat" -> "the Russian diplomat". */
export function definiteLower(s: string): string {
  const c = s.charCodeAt(0);
  if (c !== 84 && c !== 65 && c !== 66) return s; // T, A, B: the only possible matches
  for (const w of DEFINITE_WORDS) {
    if (s.length > w.length && s.startsWith(w) && SPACE.test(s.charAt(w.length))) return w.toLowerCase() + s.slice(w.length);
  }
  return s;
}

const DEFINITE_WORDS = ['The', 'A', 'An', 'Both', 'Another'];
const SPACE = /^\s$/u;
