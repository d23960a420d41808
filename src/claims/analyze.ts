import type { ClaimFeature, ClaimKind } from '../model/claim.js';
import { sortIfNeeded } from '../internal/sort.js';
import { type ClaimsLexicon, G, HASH_SEED, hashCode, lookupId, matchPhrase, type PhraseIndex, W } from './lexicon.js';
import { KIND_RULES, SCORE_RULES } from './rules.js';
import { K_NUMBER, K_PUNCT, K_WORD, lowerAt, T_ACRONYM, T_CAP, T_HYPHEN, T_WIDE, type TokenBuffer, tokenBuffer, tokenize } from './tokenize.js';

/** A capitalised name or a quantity found in the sentence, offsets relative to the sentence. */
export interface FoundSpan {
  start: number;
  end: number;
  type: 'person' | 'place' | 'organization' | 'number' | 'date' | 'other';
}

/** Everything the classifier finds in one sentence. */
export interface Analysis {
  kind: ClaimKind;
  checkworthiness: number;
  negated: boolean;
  via: string[];
  features: ClaimFeature[];
  /** Names, numbers and dates, in text order (relative offsets). */
  spans: FoundSpan[];
}

type Rule = { readonly id: string; readonly weight: number };

/** A phrase match: first word index and length in words. */
interface Cue {
  at: number;
  len: number;
}

const YEAR_RE = /^(?:1[5-9]|20)\d\d$/u;
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', ' ', '\t', '\n', '\r']);
const CURRENCY = new Set(['$', '€', '£', '¥']);
const CLAUSE_BREAK = new Set([',', ';', ':', '--', '---', '—', '–', '-']);

/** Sum of positive feature weights from which a demand, wish or forecast counts as a factual claim. */
const EMBEDDED_FACT_EVIDENCE = 3;
/** The same for a rhetorical question ("Do you know that ...?"). */
const RHETORICAL_EVIDENCE = 2;

/** Whether the text ends with "?", closing quotes, brackets and spaces aside (a loop, not a regex: linear). */
function endsWithQuestionMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && text[i] === '?';
}

const NONE = Number.POSITIVE_INFINITY;
const NO_CUES: readonly Cue[] = [];

let scannedLex: ClaimsLexicon | undefined;
let scannedMask = 0;

/** The phrase indexes every analysis scans (the others are only matched at given positions); kept for the last lexicon. */
function scannedBits(lex: ClaimsLexicon): number {
  if (lex !== scannedLex) {
    scannedMask =
      lex.hedges.bit | lex.feelings.bit | lex.greetings.bit | lex.prescriptive.bit | lex.future.bit | lex.vagueFuture.bit |
      lex.evaluative.bit | lex.vague.bit | lex.comparatives.bit | lex.evidence.bit | lex.timeAnchors.bit;
    scannedLex = lex;
  }
  return scannedMask;
}
/** At most this many words after a greeting at the start: more, and the greeting is a vocative. */
const GREETING_REST = 6;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The tokens of the sentence being analysed (reused: the analysis is synchronous and keeps no token). */
const buf: TokenBuffer = tokenBuffer();
/** The lexicon `buf` was last tokenised with. */
let bufLex: ClaimsLexicon | undefined;

/**
 * The tokens of `text`, in the buffer the analysis reads: tokenised unless the buffer holds that text's tokens
 * already (the clause splitter and the analysis of the same sentence share one tokenisation). Valid until the next
 * call or analysis.
 */
export function sentenceTokens(text: string, lex: ClaimsLexicon): TokenBuffer {
  if (buf.text !== text || bufLex !== lex) {
    tokenize(text, lex, buf);
    bufLex = lex;
  }
  return buf;
}
let scratchFl = new Uint32Array(256);
let scratchPs = new Uint32Array(256);
let scratchGf = new Uint32Array(256);
/** Per phrase-index bit number, the current sentence's matches (set by `scanAll`) and where the next may start. */
const scratchCues: (Cue[] | undefined)[] = new Array<Cue[] | undefined>(32).fill(undefined);
const scratchNext = new Int32Array(32);
let scratchStarts = new Int32Array(256);
let scratchSx = new Uint8Array(256);

/** Token suffix bits ({@link Sentence.sx}): each says the token ends with a suffix or clitic a pass tests. */
/** At least five characters and ends with the past suffix ("-ed"). */
const SX_PAST = 1;
/** At least six characters and ends with the superlative suffix ("-est"). */
const SX_SUPER = 2;
/** Longer than the future clitic and ends with it ("we'll"); only in sentences where clitics are looked for. */
const SX_FUTURE = 4;
/** Longer than the negation clitic and ends with it ("don't"); idem. */
const SX_NEGATION = 8;
/** Longer than a conditional clitic and ends with it ("we'd"); idem. */
const SX_CONDITIONAL = 16;
const SX_CLITICS = SX_FUTURE | SX_NEGATION | SX_CONDITIONAL;

let suffixLex: ClaimsLexicon | undefined;
/**
 * For the last lexicon: the suffix bits worth testing on a token whose last two characters (lower case, straight
 * apostrophe, ASCII) are `(c1 << 7) | c2`, the last one first (the rows of the few last characters a suffix ends
 * with stay together in the cache); `suffixAny` bits are tested on every token (a suffix shorter than two
 * characters or not ASCII).
 */
const suffixTable = new Uint8Array(1 << 14);
let suffixAny = 0;
/** Per word id, the suffix bits of the word (a token with an id is that word in lower case: the same tests). */
let suffixById = new Uint8Array(0);

function prepareSuffixes(lex: ClaimsLexicon): void {
  if (lex === suffixLex) return;
  suffixTable.fill(0);
  suffixAny = 0;
  const g = lex.grammar;
  const mark = (suffix: string, bit: number): void => {
    const m = suffix.length;
    const c1 = m >= 1 ? suffix.charCodeAt(m - 1) : 128;
    const c2 = m >= 2 ? suffix.charCodeAt(m - 2) : 128;
    if (c1 >= 128 || c2 >= 128) suffixAny |= bit;
    else suffixTable[(c1 << 7) | c2]! |= bit;
  };
  mark(g.pastSuffix, SX_PAST);
  mark(g.superlativeSuffix, SX_SUPER);
  mark(lex.futureClitic, SX_FUTURE);
  mark(lex.negationClitic, SX_NEGATION);
  for (const c of g.conditionalClitics) mark(c, SX_CONDITIONAL);
  const ends = (w: string, suffix: string, longer: number): boolean => w.length > longer && w.endsWith(suffix);
  suffixById = Uint8Array.from(lex.words, (w) => {
    let x = 0;
    if (ends(w, g.pastSuffix, 4)) x |= SX_PAST;
    if (ends(w, g.superlativeSuffix, 5)) x |= SX_SUPER;
    if (ends(w, lex.futureClitic, lex.futureClitic.length)) x |= SX_FUTURE;
    if (ends(w, lex.negationClitic, lex.negationClitic.length)) x |= SX_NEGATION;
    if (g.conditionalClitics.some((c) => ends(w, c, c.length))) x |= SX_CONDITIONAL;
    return x;
  });
  suffixLex = lex;
}

let pairLex: ClaimsLexicon | undefined;
/** Per word id, the bits of the phrase indexes with a one-word phrase of that word. */
let oneWordBits = new Uint32Array(0);
/**
 * The bits of the phrase indexes with a phrase that starts with the words (first, second): an open-addressing
 * table, two ids per slot (`pairKeys`, first + 1 then second; 0 when empty) and the bits in `pairBits`.
 */
let pairKeys = new Int32Array(0);
let pairBits = new Uint32Array(0);

/** Builds {@link oneWordBits} and the pair table for `lex` (once per lexicon). */
function preparePairs(lex: ClaimsLexicon): void {
  if (lex === pairLex) return;
  const one = new Uint32Array(lex.words.length);
  const pairs = new Map<number, Map<number, number>>();
  let count = 0;
  for (const index of lex.byBit) {
    if (index === undefined) continue;
    index.buckets.forEach((bucket, first) => {
      if (bucket === undefined) return;
      for (const phrase of bucket.phrases) {
        if (phrase.length === 1) {
          one[first]! |= index.bit;
          continue;
        }
        let row = pairs.get(first);
        if (row === undefined) pairs.set(first, (row = new Map<number, number>()));
        const old = row.get(phrase[1]!);
        if (old === undefined) count++;
        row.set(phrase[1]!, (old ?? 0) | index.bit);
      }
    });
  }
  let size = 16;
  while (size < count * 2) size *= 2;
  const keys = new Int32Array(size * 2);
  const bits = new Uint32Array(size);
  for (const [first, row] of pairs) {
    for (const [second, b] of row) {
      let slot = pairSlot(first, second, size - 1);
      while (keys[2 * slot] !== 0) slot = (slot + 1) & (size - 1);
      keys[2 * slot] = first + 1;
      keys[2 * slot + 1] = second;
      bits[slot] = b;
    }
  }
  oneWordBits = one;
  pairKeys = keys;
  pairBits = bits;
  pairLex = lex;
}

const pairSlot = (first: number, second: number, mask: number): number => (Math.imul(first, 0x9e3779b1) ^ second) & mask;

/**
 * The bits of the phrase indexes with a phrase starting with word ids `first`, `second` (-1: no second word);
 * `b` is `oneWordBits[first]`.
 */
function phraseBitsAt(b: number, first: number, second: number): number {
  if (second < 0) return b;
  const keys = pairKeys;
  const mask = (keys.length >> 1) - 1;
  for (let slot = pairSlot(first, second, mask); ; slot = (slot + 1) & mask) {
    const k = keys[2 * slot]!;
    if (k === 0) return b;
    if (k === first + 1 && keys[2 * slot + 1] === second) return b | pairBits[slot]!;
  }
}

let infoLex: ClaimsLexicon | undefined;
/**
 * What the reset pass reads per word id, four numbers side by side (one cache line holds a word's): its class
 * flags, phrase-start bits, grammar flags, then its one-word phrase bits with its suffix bits above bit 24 (the
 * lexicon has 15 phrase indexes, one bit each: they stay below bit 24).
 */
let wordInfo = new Uint32Array(0);

function prepareWordInfo(lex: ClaimsLexicon): void {
  prepareSuffixes(lex);
  preparePairs(lex);
  if (lex === infoLex) return;
  const size = lex.words.length;
  const info = new Uint32Array(4 * size);
  for (let id = 0; id < size; id++) {
    info[4 * id] = lex.flags[id]!;
    info[4 * id + 1] = lex.starts[id]!;
    info[4 * id + 2] = lex.gflags[id]!;
    info[4 * id + 3] = (oneWordBits[id]! | (suffixById[id]! << 24)) >>> 0;
  }
  wordInfo = info;
  infoLex = lex;
}

/** The exact suffix bits of token `i` among the candidate bits `cand` (the tests the passes made on their own before). */
function suffixBitsOf(s: Sentence, i: number, cand: number): number {
  const g = s.lex.grammar;
  let x = 0;
  if ((cand & SX_PAST) !== 0 && s.lowLength(i) >= 5 && s.endsWith(i, g.pastSuffix)) x |= SX_PAST;
  if ((cand & SX_SUPER) !== 0 && s.lowLength(i) >= 6 && s.endsWith(i, g.superlativeSuffix)) x |= SX_SUPER;
  const future = s.lex.futureClitic;
  if ((cand & SX_FUTURE) !== 0 && s.lowLength(i) > future.length && s.endsWith(i, future)) x |= SX_FUTURE;
  const negation = s.lex.negationClitic;
  if ((cand & SX_NEGATION) !== 0 && s.lowLength(i) > negation.length && s.endsWith(i, negation)) x |= SX_NEGATION;
  if ((cand & SX_CONDITIONAL) !== 0 && s.hasClitic(i, g.conditionalClitics)) x |= SX_CONDITIONAL;
  return x;
}

/**
 * One sentence being analysed: tokens, their vocabulary ids and word-class bits, and the features found so far.
 * The analysis is split into small functions over this state (a single huge function is slow for V8 to optimise).
 */
class Sentence {
  text = '';
  lex!: ClaimsLexicon;
  explain = false;
  n = 0;
  /** Token offsets, kinds ({@link K_WORD} ...), bits ({@link T_CAP} ...) and vocabulary ids (-1 for none). */
  st: Int32Array = buf.start;
  en: Int32Array = buf.end;
  ki: Uint8Array = buf.kind;
  bt: Uint8Array = buf.bits;
  ids: Int32Array = buf.id;
  fl: Uint32Array = scratchFl;
  /**
   * Per token, the bits of the phrase indexes with a phrase that may start here: one of one word, or one whose first
   * two words are this token and the next (a superset of the matches: every phrase test checks it first).
   */
  ps: Uint32Array = scratchPs;
  /** Union of `fl` over the sentence: a pass that looks only for absent classes can be skipped. */
  flAll = 0;
  /** Union of `ps` over the sentence: a phrase index whose bit is absent has nothing to find. */
  psAll = 0;
  /** Per token, its grammar-class bits ({@link G}). */
  gf: Uint32Array = scratchGf;
  /** Token indexes where some phrase starts (`ps` not 0), in order; `nStarts` of them. */
  starts: Int32Array = scratchStarts;
  nStarts = 0;
  /** Whether clitics must be looked for: the sentence has an apostrophe, or some clitic has none. */
  clitics = false;
  /**
   * Per token, its suffix bits (SX_PAST ...), found once for every pass; the clitic bits only when
   * {@link clitics}. `sxAll`, `gfAll` and `btAll` are the unions over the sentence of `sx`, `gf` and the token bits,
   * and `numbers` counts number tokens: a pass with nothing to find in a sentence skips its loop.
   */
  sx: Uint8Array = scratchSx;
  sxAll = 0;
  gfAll = 0;
  btAll = 0;
  numbers = 0;
  /** The features, when explaining (reused: the caller gets a copy). */
  features: ClaimFeature[] = [];
  /** Sum of the feature weights so far. */
  sum = 0;
  /** Sum of the positive weights, length aside: how much checkable content the sentence carries. */
  evidence = 0;
  /** Ids of the features with a weight, in order, without repeats (reused: the caller gets a copy). */
  ruleIds: string[] = [];
  /** Names, numbers and dates found (a new list per sentence: it is handed out). */
  spans: FoundSpan[] = [];
  wordCount = 0;
  firstWord = -1;
  /** Index of the first content token (after openers, vocatives and discourse leads). */
  start = 0;
  /** Whether {@link scanAll} ran for this sentence. */
  private scanned = false;

  /** Starts the analysis of a new sentence (the one instance is reused: analyses are synchronous). */
  reset(text: string, lex: ClaimsLexicon, explain: boolean): void {
    this.text = text;
    this.lex = lex;
    this.explain = explain;
    const n = sentenceTokens(text, lex).n;
    this.n = n;
    // Scratch buffers shared by every call: allocating typed arrays per sentence costs more than the analysis
    // of a short sentence.
    if (scratchFl.length < n) {
      const size = Math.max(n, scratchFl.length * 2);
      scratchFl = new Uint32Array(size);
      scratchPs = new Uint32Array(size);
      scratchGf = new Uint32Array(size);
      scratchStarts = new Int32Array(size);
      scratchSx = new Uint8Array(size);
    }
    this.st = buf.start;
    this.en = buf.end;
    this.ki = buf.kind;
    this.bt = buf.bits;
    this.ids = buf.id;
    this.gf = scratchGf;
    this.starts = scratchStarts;
    this.sx = scratchSx;
    this.clitics = !lex.cliticsNeedApostrophe || buf.apostrophe;
    this.fl = scratchFl;
    this.ps = scratchPs;
    this.features = [];
    this.sum = 0;
    this.evidence = 0;
    this.ruleIds = [];
    this.spans = [];
    this.start = 0;
    this.scanned = false;
    const ids = this.ids;
    const ki = this.ki;
    const fl = this.fl;
    const ps = this.ps;
    const gf = this.gf;
    const startList = this.starts;
    let flAll = 0;
    let psAll = 0;
    let nStarts = 0;
    let wordCount = 0;
    let firstWord = -1;
    prepareWordInfo(lex);
    const info = wordInfo;
    const sx = this.sx;
    const st = this.st;
    const en = this.en;
    const bt = this.bt;
    const anyBits = suffixAny;
    const cliticMask = this.clitics ? 0xff : 0xff & ~SX_CLITICS;
    let sxAll = 0;
    let gfAll = 0;
    let btAll = 0;
    let numbers = 0;
    for (let i = 0; i < n; i++) {
      // Suffix bits: a known word's from its id; else the exact tests run only on a token whose last two characters
      // end some suffix.
      const b = bt[i]!;
      btAll |= b;
      const id = ids[i]!;
      let cand = anyBits;
      if (id >= 0) {
        cand = 0;
      } else if ((b & T_WIDE) !== 0) {
        const w = buf.lower[i]!;
        const m = w.length;
        if (m >= 2) {
          const c1 = w.charCodeAt(m - 1);
          const c2 = w.charCodeAt(m - 2);
          cand = c1 < 128 && c2 < 128 ? suffixTable[(c1 << 7) | c2]! | anyBits : 0xff;
        }
      } else {
        const e = en[i]!;
        if (e - st[i]! >= 2) {
          let c1 = text.charCodeAt(e - 1);
          let c2 = text.charCodeAt(e - 2);
          if (c1 >= 65 && c1 <= 90) c1 += 32;
          else if (c1 === 0x2019) c1 = 39;
          if (c2 >= 65 && c2 <= 90) c2 += 32;
          else if (c2 === 0x2019) c2 = 39;
          cand = c1 < 128 && c2 < 128 ? suffixTable[(c1 << 7) | c2]! | anyBits : 0xff;
        }
      }
      cand &= cliticMask;
      const x = id >= 0 ? (info[4 * id + 3]! >>> 24) & cliticMask : cand === 0 ? 0 : suffixBitsOf(this, i, cand);
      sx[i] = x;
      sxAll |= x;
      if (ki[i] === K_NUMBER) numbers++;
      if (id < 0) {
        fl[i] = 0;
        ps[i] = 0;
        gf[i] = 0;
        if (ki[i] === K_PUNCT) continue;
      } else {
        const o = 4 * id;
        const f = info[o]!;
        fl[i] = f;
        flAll |= f;
        let p = info[o + 1]!;
        if (p !== 0) p = phraseBitsAt(info[o + 3]! & 0xffffff, id, i + 1 < n ? ids[i + 1]! : -1);
        ps[i] = p;
        psAll |= p;
        if (p !== 0) startList[nStarts++] = i;
        const gb = info[o + 2]!;
        gf[i] = gb;
        gfAll |= gb;
      }
      wordCount++;
      if (firstWord < 0) firstWord = i;
    }
    this.flAll = flAll;
    this.sxAll = sxAll;
    this.gfAll = gfAll;
    this.btAll = btAll;
    this.numbers = numbers;
    this.psAll = psAll;
    this.nStarts = nStarts;
    this.wordCount = wordCount;
    this.firstWord = firstWord;
  }

  /** Whether token `i` (in range) is in a grammar class. */
  isG(i: number, flag: number): boolean {
    return (this.gf[i]! & flag) !== 0;
  }

  is(i: number, flag: number): boolean {
    return i >= 0 && i < this.n && (this.fl[i]! & flag) !== 0;
  }

  /** Whether token `i` exists and is a word. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.n && this.ki[i] === K_WORD;
  }

  /** Whether token `i` exists and is a number. */
  isNumber(i: number): boolean {
    return i >= 0 && i < this.n && this.ki[i] === K_NUMBER;
  }

  /** Whether token `i` exists and is punctuation. */
  isPunct(i: number): boolean {
    return i >= 0 && i < this.n && this.ki[i] === K_PUNCT;
  }

  /** Whether token `i` exists and is the punctuation `p`. */
  punctIs(i: number, p: string): boolean {
    return i >= 0 && i < this.n && this.ki[i] === K_PUNCT && buf.lower[i] === p;
  }

  /** Whether token `i` exists and is a punctuation token in `set`. */
  punctIn(i: number, set: ReadonlySet<string>): boolean {
    return i >= 0 && i < this.n && this.ki[i] === K_PUNCT && set.has(buf.lower[i]!);
  }

  /** Whether token `i` exists and is capitalised. */
  cap(i: number): boolean {
    return i >= 0 && i < this.n && (this.bt[i]! & T_CAP) !== 0;
  }

  /**
   * Whether the lower-case form of token `i` (if any) is in `set`, every word of which has a vocabulary id (then
   * a word or number without an id is in none of them, and no string is made for it).
   */
  inSet(i: number, set: ReadonlySet<string>): boolean {
    if (i < 0 || i >= this.n) return false;
    const id = this.ids[i]!;
    if (id >= 0) return set.has(this.lex.words[id]!);
    return this.ki[i] === K_PUNCT && set.has(buf.lower[i]!);
  }

  /** Whether token `i` (if any) is the word `w`, which has a vocabulary id. */
  wordIs(i: number, w: string): boolean {
    if (i < 0 || i >= this.n) return false;
    const id = this.ids[i]!;
    return id >= 0 && this.lex.words[id] === w;
  }

  /** The lower-case form of token `i`, or undefined out of range. */
  wd(i: number): string | undefined {
    return i >= 0 && i < this.n ? lowerAt(buf, i) : undefined;
  }

  /** Length of the lower-case form of token `i` (in range), without making it when the word is ASCII. */
  lowLength(i: number): number {
    return (this.bt[i]! & T_WIDE) !== 0 ? buf.lower[i]!.length : this.en[i]! - this.st[i]!;
  }

  /** Whether the lower-case form of token `i` (in range) ends with `suffix` (lower case, straight apostrophes). */
  endsWith(i: number, suffix: string): boolean {
    if ((this.bt[i]! & T_WIDE) !== 0) return buf.lower[i]!.endsWith(suffix);
    const m = suffix.length;
    const e = this.en[i]!;
    if (e - this.st[i]! < m) return false;
    const text = this.text;
    for (let k = 0; k < m; k++) {
      let c = text.charCodeAt(e - m + k);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      if (c !== suffix.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether the lower-case form of token `i` (in range) starts with `prefix`. */
  startsWith(i: number, prefix: string): boolean {
    if ((this.bt[i]! & T_WIDE) !== 0) return buf.lower[i]!.startsWith(prefix);
    const m = prefix.length;
    const b = this.st[i]!;
    if (this.en[i]! - b < m) return false;
    const text = this.text;
    for (let k = 0; k < m; k++) {
      let c = text.charCodeAt(b + k);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      if (c !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether token `i` (in range) is longer than one of `clitics` and ends with it. */
  hasClitic(i: number, clitics: readonly string[]): boolean {
    const len = this.lowLength(i);
    for (let k = 0; k < clitics.length; k++) {
      const c = clitics[k]!;
      if (len > c.length && this.endsWith(i, c)) return true;
    }
    return false;
  }

  match(index: PhraseIndex, i: number): number {
    if (i < 0 || i >= this.n || (this.ps[i]! & index.bit) === 0) return 0;
    return matchPhrase(index, this.ids, i, this.n);
  }

  /**
   * The non-overlapping matches of `index`, left to right (longest at each start). The first call finds those of
   * every index in {@link scannedBits} in one pass over the phrase-start positions.
   */
  scan(index: PhraseIndex): readonly Cue[] {
    const bit = index.bit;
    if ((this.psAll & bit) === 0) return NO_CUES;
    if (!this.scanned) this.scanAll();
    if ((scannedBits(this.lex) & bit) === 0) return this.scanOne(index);
    return scratchCues[31 - Math.clz32(bit)] ?? NO_CUES;
  }

  private scanAll(): void {
    this.scanned = true;
    const want = this.psAll & scannedBits(this.lex);
    for (let bits = want; bits !== 0; bits &= bits - 1) {
      const b = 31 - Math.clz32(bits & -bits);
      scratchCues[b] = undefined;
      scratchNext[b] = 0;
    }
    const byBit = this.lex.byBit;
    for (let k = 0; k < this.nStarts; k++) {
      const i = this.starts[k]!;
      for (let bits = this.ps[i]! & want; bits !== 0; bits &= bits - 1) {
        const b = 31 - Math.clz32(bits & -bits);
        if (i < scratchNext[b]!) continue;
        const len = matchPhrase(byBit[b]!, this.ids, i, this.n);
        if (len > 0) {
          (scratchCues[b] ??= []).push({ at: i, len });
          scratchNext[b] = i + len;
        }
      }
    }
  }

  private scanOne(index: PhraseIndex): readonly Cue[] {
    const bit = index.bit;
    let out: Cue[] | undefined;
    const ps = this.ps;
    // Only where some phrase starts, left to right; a match hides the starts inside it.
    let next = 0;
    for (let k = 0; k < this.nStarts; k++) {
      const i = this.starts[k]!;
      if (i < next || (ps[i]! & bit) === 0) continue;
      const len = matchPhrase(index, this.ids, i, this.n);
      if (len > 0) {
        (out ??= []).push({ at: i, len });
        next = i + len;
      }
    }
    return out ?? NO_CUES;
  }

  /** Records a feature; `from`..`to` are token indexes of the words that fired it. */
  add(rule: Rule, weight: number = rule.weight, from = -1, to = from): void {
    const w = round2(weight);
    this.sum += w;
    if (w > 0 && rule.id !== SCORE_RULES.length.id) this.evidence += w;
    if (w !== 0 && !this.ruleIds.includes(rule.id)) this.ruleIds.push(rule.id);
    if (!this.explain) return;
    const n = this.n;
    this.features.push(
      from >= 0 && from < n && to >= 0 && to < n
        ? { id: rule.id, weight: w, text: this.text.slice(this.st[from]!, this.en[to]!) }
        : { id: rule.id, weight: w },
    );
  }

  addCue(rule: Rule, cue: Cue | undefined): void {
    if (cue) this.add(rule, rule.weight, cue.at, cue.at + cue.len - 1);
  }
}

/** The one sentence under analysis. */
const sentence = new Sentence();

/** Where the content starts: skip openers ("well", "and"), a short vocative before a comma, discourse leads. */
function findStart(s: Sentence): void {
  let start = 0;
  for (let guard = 0; guard < 8 && start < s.n; guard++) {
    const kind = s.ki[start]!;
    if (kind === K_PUNCT || s.is(start, W.opener)) {
      start++;
      continue;
    }
    const lead = s.match(s.lex.discourseLeads, start);
    if (lead > 0) {
      start += lead;
      const after = s.wd(start);
      if (after !== undefined && s.lex.reportedClauseLeads.has(after)) start++;
      continue;
    }
    if (kind === K_WORD && s.punctIs(start + 1, ',')) {
      start += 2;
      continue;
    }
    if (kind === K_WORD && s.isWord(start + 1) && s.punctIs(start + 2, ',') && (s.cap(start) || s.is(start, W.title))) {
      start += 3;
      continue;
    }
    break;
  }
  s.start = start;
}

/** What quantities the sentence holds. */
interface Quantities {
  numbers: number;
  percent: boolean;
  money: boolean;
  magnitude: boolean;
  year: boolean;
  numberWord: boolean;
  date: boolean;
}

function markMoney(s: Sentence, q: Quantities, at: number): void {
  if (!q.money) s.add(SCORE_RULES.money, SCORE_RULES.money.weight, at);
  q.money = true;
}

function markPercent(s: Sentence, q: Quantities, at: number): void {
  if (!q.percent) s.add(SCORE_RULES.percent, SCORE_RULES.percent.weight, at);
  q.percent = true;
}

/** A number token: a year, a day of a date, or a quantity (with currency, magnitude, percent or money word). */
function digitsAt(s: Sentence, q: Quantities, i: number): void {
  const tStart = s.st[i]!;
  const tEnd = s.en[i]!;
  const lower = s.wd(i)!;
  const hasNext = i + 1 < s.n;
  const digits = lower.endsWith('%') ? lower.slice(0, -1) : lower;
  const before = s.text.charCodeAt(tStart - 1);
  // A four-digit number is a year unless it counts something ("$1999", "2000 jobs", "1500 troops").
  const counts = s.punctIn(i - 1, CURRENCY) || s.is(i + 1, W.unit | W.magnitude);
  const isYear =
    (YEAR_RE.test(digits) && !counts) ||
    (digits.length === 2 && (before === 0x27 || before === 0x2019)); // '87
  const g = s.lex.grammar;
  const isDecade = hasNext && s.st[i + 1] === tEnd && digits.length >= 2 && s.wd(i + 1) === g.decadeSuffix;
  if (isYear || isDecade) {
    if (!q.year) s.add(SCORE_RULES.year, SCORE_RULES.year.weight, i);
    q.year = true;
    s.spans.push({ start: tStart, end: isDecade ? s.en[i + 1]! : tEnd, type: 'date' });
    return;
  }
  // A day next to a month name is part of a date.
  if ((s.cap(i - 1) && s.is(i - 1, W.month)) || (s.cap(i + 1) && s.is(i + 1, W.month))) {
    s.spans.push({ start: tStart, end: tEnd, type: 'date' });
    return;
  }
  // "76th", "3rd": the ordinal suffix belongs to the number.
  const ordinal = hasNext && s.st[i + 1] === tEnd && g.ordinalSuffixes.has(s.wd(i + 1)!);
  q.numbers++;
  if (q.numbers === 1) s.add(SCORE_RULES.number, SCORE_RULES.number.weight, i);
  else if (q.numbers <= 4) s.add(SCORE_RULES.numberMore, SCORE_RULES.numberMore.weight, i);
  let start = tStart;
  let end = ordinal ? s.en[i + 1]! : tEnd;
  if (s.punctIn(i - 1, CURRENCY) && s.en[i - 1] === tStart) {
    start = s.st[i - 1]!;
    markMoney(s, q, i - 1);
  }
  if (lower.endsWith('%')) markPercent(s, q, i);
  else if (s.punctIs(i + 1, '%')) {
    markPercent(s, q, i + 1);
    end = s.en[i + 1]!;
  }
  let j = i + 1;
  while (j < s.n && s.is(j, W.magnitude)) {
    end = s.en[j]!;
    j++;
  }
  const pw = s.match(s.lex.percentWords, j);
  if (pw > 0) {
    markPercent(s, q, j);
    end = s.en[j + pw - 1]!;
  } else if (s.is(j, W.moneyWord) && !g.notMoney.has(s.wd(j)!)) {
    markMoney(s, q, j);
    end = s.en[j]!;
  }
  s.spans.push({ start, end, type: 'number' });
}

/** Numbers, percentages, money, magnitudes, number words, years and dates. */
function quantities(s: Sentence): Quantities {
  const g = s.lex.grammar;
  const q: Quantities = { numbers: 0, percent: false, money: false, magnitude: false, year: false, numberWord: false, date: false };
  // Nothing to find without a number, a quantity word, a month or a hyphenated word.
  if (s.numbers === 0 && (s.flAll & (W.magnitude | W.numberWord | W.weakNumberWord | W.month)) === 0 && (s.btAll & T_HYPHEN) === 0) {
    return q;
  }
  const { n, ki } = s;
  for (let i = 0; i < n; i++) {
    const kind = ki[i]!;
    if (kind === K_NUMBER) {
      digitsAt(s, q, i);
      continue;
    }
    if (kind === K_PUNCT) {
      if (s.punctIn(i, CURRENCY) && s.isWord(i + 1) && s.st[i + 1] === s.en[i] && s.is(i + 1, W.magnitude)) markMoney(s, q, i);
      continue;
    }
    if (s.is(i, W.magnitude)) {
      if (!q.magnitude) s.add(SCORE_RULES.magnitude, SCORE_RULES.magnitude.weight, i);
      q.magnitude = true;
      if (s.is(i + 1, W.moneyWord) && !g.notMoney.has(s.wd(i + 1)!)) markMoney(s, q, i + 1);
      if (!(s.isNumber(i - 1) || s.is(i - 1, W.numberWord) || s.is(i - 1, W.magnitude))) {
        s.spans.push({ start: s.st[i]!, end: s.en[i]!, type: 'number' });
      }
      continue;
    }
    const numberish =
      s.is(i, W.numberWord) ||
      (s.is(i, W.weakNumberWord) && (s.is(i + 1, W.magnitude) || s.is(i + 1, W.unit) || s.match(s.lex.percentWords, i + 1) > 0)) ||
      ((s.bt[i]! & T_HYPHEN) !== 0 && hyphenatedNumberAt(s, i)); // "forty-eight", "one-third"
    if (numberish) {
      // A run of number words is one number ("four and a half", "two hundred").
      let j = i + 1;
      while (
        j < n &&
        (s.is(j, W.numberWord) || s.is(j, W.magnitude) || (s.is(j + 1, W.numberWord) && g.numberJoiners.has(s.wd(j)!)))
      )
        j++;
      if (!q.numberWord) s.add(SCORE_RULES.numberWord, SCORE_RULES.numberWord.weight, i);
      q.numberWord = true;
      let end = s.en[j - 1]!;
      const pw = s.match(s.lex.percentWords, j);
      if (pw > 0 && g.percentHeads.has(s.wd(j)!)) {
        markPercent(s, q, j);
        end = s.en[j + pw - 1]!;
      }
      s.spans.push({ start: s.st[i]!, end, type: 'number' });
      i = j - 1;
      continue;
    }
    if ((s.bt[i]! & T_CAP) !== 0 && s.is(i, W.month)) {
      // "May" and "March" alone are too often a modal or a verb: require a number next to them;
      // three-letter abbreviations too.
      const w = s.wd(i)!;
      const numberNear = s.isNumber(i + 1) || s.isNumber(i - 1);
      if ((g.ambiguousMonths.has(w) || w.length <= 3) && !numberNear) continue;
      if (!q.date) s.add(SCORE_RULES.date, SCORE_RULES.date.weight, i);
      q.date = true;
      s.spans.push({ start: s.st[i]!, end: s.en[i]!, type: 'date' });
    }
  }
  return q;
}

/**
 * {@link hyphenatedNumber} of token `i`: an ASCII word's parts are looked up by their hash, from the characters
 * (no string per part); a word with other letters goes through its lower-case string.
 */
function hyphenatedNumberAt(s: Sentence, i: number): boolean {
  if ((s.bt[i]! & T_WIDE) !== 0) return hyphenatedNumber(s.lex, s.wd(i)!);
  const lex = s.lex;
  const text = s.text;
  const end = s.en[i]!;
  let from = s.st[i]!;
  for (;;) {
    let k = from;
    let h = HASH_SEED;
    for (; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c === 45) break; // -
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      h = hashCode(h, c);
    }
    const id = lookupId(lex, h, text, from, k);
    if (id < 0 || (lex.flags[id]! & (W.numberWord | W.weakNumberWord)) === 0) return false;
    if (k >= end) return true;
    from = k + 1;
  }
}

function hyphenatedNumber(lex: ClaimsLexicon, w: string): boolean {
  // Every part between hyphens is a number word; stops at the first part that is not.
  let from = 0;
  for (;;) {
    const dash = w.indexOf('-', from);
    const id = lex.vocab.get(dash < 0 ? w.slice(from) : w.slice(from, dash));
    if (id === undefined || (lex.flags[id]! & (W.numberWord | W.weakNumberWord)) === 0) return false;
    if (dash < 0) return true;
    from = dash + 1;
  }
}

/** Names: runs of capitalised words ("Algerian National Resistance Movement"), not the sentence's first word alone. */
function names(s: Sentence): number {
  const { bt, n } = s;
  if ((s.btAll & T_CAP) === 0) return 0; // no capital: no name
  // A headline in title case ("Azerbaijan And Russia On Guard"): capitals say nothing about names. Told by
  // capitalised function words after the first word, or by nearly every word being capitalised.
  // (Only words have the capital bit.)
  let capWords = 0;
  let capFunctionWords = 0;
  for (let i = 0; i < n; i++) {
    if ((bt[i]! & T_CAP) === 0) continue;
    capWords++;
    if (i !== s.firstWord && s.isG(i, G.titleCaseFunctionWord)) capFunctionWords++;
  }
  if (capWords === 0) return 0;
  if (s.wordCount >= 4 && (capFunctionWords >= 2 || capWords / s.wordCount > 0.85)) return 0;
  let seen: string[] | undefined; // made at the first name (a few names: a list beats a set)
  let previous: FoundSpan | undefined;
  for (let i = 0; i < n; i++) {
    if ((bt[i]! & T_CAP) === 0 || s.is(i, W.notName) || s.is(i, W.month)) continue;
    let j = i + 1;
    let last = i;
    while (j < n) {
      if ((bt[j]! & T_CAP) !== 0 && !s.is(j, W.notName)) {
        last = j;
        j++;
      } else if (s.ki[j] === K_WORD && s.isG(j, G.nameJoiner) && s.cap(j + 1)) {
        j++;
      } else break;
    }
    // A lone capital first in the sentence is just the sentence start (unless a demonym or an acronym).
    if (
      i === s.firstWord &&
      last === i &&
      !s.is(i, W.demonym) &&
      !s.is(i, W.organizationWord) &&
      (bt[i]! & T_ACRONYM) === 0 &&
      !s.lex.countries.has(s.wd(i)!)
    ) {
      continue;
    }
    // A bare title ("Mr. President", "the Governor") is a form of address, not a name.
    let allTitles = true;
    for (let k = i; k <= last; k++) if (!s.is(k, W.title)) allTitles = false;
    if (allTitles) {
      i = last;
      continue;
    }
    const tStart = s.st[i]!;
    const lastEnd = s.en[last]!;
    const key = s.text.slice(tStart, lastEnd).toLowerCase();
    let type: FoundSpan['type'] = 'other';
    if (s.is(i, W.title) && last > i) type = 'person';
    else if (s.is(last, W.organizationWord) || ((bt[i]! & T_ACRONYM) !== 0 && last === i)) type = 'organization';
    else if (s.lex.countries.has(key) || (last === i && s.is(i, W.demonym))) type = 'place';
    else if (s.is(i - 1, W.placePreposition)) type = 'place';
    // "in Russia and Turkey": a name coordinated with a place is a place.
    else if (
      previous?.type === 'place' &&
      i >= 2 &&
      previous.end === s.en[i - 2] &&
      (s.punctIs(i - 1, ',') || s.lex.grammar.placeCoordinators.has(s.wd(i - 1)!))
    )
      type = 'place';
    const found: FoundSpan = { start: tStart, end: lastEnd, type };
    s.spans.push(found);
    previous = found;
    // A vocative ("Jim, ...", "..., Senator Smith.") addresses someone; it says nothing about them.
    const sentenceEnd = last + 1 >= n || s.punctIs(last + 1, '?') || s.punctIs(last + 1, '!');
    const vocative =
      (s.punctIs(last + 1, ',') && (i === s.firstWord || (s.isPunct(i - 1) && i <= s.start))) ||
      (s.punctIs(i - 1, ',') && sentenceEnd);
    if (vocative) {
      i = last;
      continue;
    }
    seen ??= [];
    // Only the first three distinct names score: after them the list stops growing (linear on a huge sentence).
    if (seen.length < 3 && !seen.includes(key)) {
      seen.push(key);
      if (seen.length === 1) s.add(SCORE_RULES.name, SCORE_RULES.name.weight, i, last);
      else if (seen.length <= 3) s.add(SCORE_RULES.nameMore, SCORE_RULES.nameMore.weight, i, last);
    }
    i = last;
  }
  return seen?.length ?? 0; // distinct names, counted up to 3
}

function isPerfectAux(s: Sentence, k: number): boolean {
  if (k < 0 || k >= s.n) return false;
  if (s.is(k, W.perfectAux)) return true;
  if (!s.clitics) return false;
  return s.hasClitic(k, s.lex.grammar.perfectClitics);
}

interface Verbs {
  past: boolean;
  perfect: boolean;
  change: boolean;
  /** Token index of the first past or perfect verb. */
  firstAt: number;
}

/** Whether any of `prefixes` starts token `i`. */
function hasPrefix(s: Sentence, i: number, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k++) if (s.startsWith(i, prefixes[k]!)) return true;
  return false;
}

/** Verbs: a past tense, a present perfect, a verb of measurable change or recorded action. */
function verbs(s: Sentence): Verbs {
  const g = s.lex.grammar;
  let firstAt = NONE;
  let past = false;
  let perfect = false;
  let change = false;
  // Nothing to find without a listed verb or a word with the past suffix.
  if ((s.flAll & (W.changeVerb | W.irregularPast)) === 0 && (s.sxAll & SX_PAST) === 0) return { past, perfect, change, firstAt };
  const sx = s.sx;
  for (let i = 0; i < s.n; i++) {
    if (s.ki[i] !== K_WORD) continue;
    if (!change && s.is(i, W.changeVerb)) {
      s.add(SCORE_RULES.changeVerb, SCORE_RULES.changeVerb.weight, i);
      change = true;
    }
    // "-ed" words are past tenses or participles, except listed ones and "un-...-ed" adjectives ("unprecedented").
    const isPast =
      s.is(i, W.irregularPast) ||
      ((s.bt[i]! & T_CAP) === 0 &&
        (sx[i]! & SX_PAST) !== 0 &&
        !s.is(i, W.notPast) &&
        !hasPrefix(s, i, g.adjectivePrefixes));
    if (!isPast) continue;
    if (i < firstAt) firstAt = i;
    // "we've got" is possession, not an action.
    if (g.possessionParticiples.has(s.wd(i)!) && isPerfectAux(s, i - 1)) continue;
    if (!perfect && (isPerfectAux(s, i - 1) || (isPerfectAux(s, i - 2) && i >= 1 && g.perfectGap.has(s.wd(i - 1)!)))) {
      s.add(SCORE_RULES.perfect, SCORE_RULES.perfect.weight, i);
      perfect = true;
    } else if (!past) {
      s.add(SCORE_RULES.past, SCORE_RULES.past.weight, i);
      past = true;
    }
  }
  return { past, perfect, change, firstAt };
}

/** Statistics words, comparisons, superlatives, evidence, time anchors. */
function measures(s: Sentence): void {
  const g = s.lex.grammar;
  let stats: string[] | undefined; // made at the first statistics word (a few words: a list beats a set)
  for (let i = 0; (s.flAll & W.statWord) !== 0 && i < s.n; i++) {
    if (!s.is(i, W.statWord)) continue;
    const w = s.wd(i)!;
    stats ??= [];
    // Only the first three distinct words score: after them the list stops growing (linear on a huge sentence).
    if (stats.length >= 3 || stats.includes(w)) continue;
    stats.push(w);
    if (stats.length === 1) s.add(SCORE_RULES.statWord, SCORE_RULES.statWord.weight, i);
    else if (stats.length <= 3) s.add(SCORE_RULES.statWordMore, SCORE_RULES.statWordMore.weight, i);
  }
  s.addCue(SCORE_RULES.comparative, s.scan(s.lex.comparatives)[0]);
  const sx = s.sx;
  // (Nothing to find without a word with the superlative suffix or a superlative marker.)
  for (let i = 0; ((s.sxAll & SX_SUPER) !== 0 || (s.gfAll & G.superlativeMarker) !== 0) && i < s.n; i++) {
    if (s.ki[i] !== K_WORD || (s.bt[i]! & T_CAP) !== 0) continue;
    const sup =
      ((sx[i]! & SX_SUPER) !== 0 && !s.is(i, W.notSuperlative)) ||
      (s.isG(i, G.superlativeMarker) && s.isWord(i + 1) && g.definiteArticles.has(s.wd(i - 1) ?? ''));
    if (sup) {
      s.add(SCORE_RULES.superlative, SCORE_RULES.superlative.weight, i);
      break;
    }
  }
  s.addCue(SCORE_RULES.evidence, s.scan(s.lex.evidence)[0]);
  s.addCue(SCORE_RULES.timeAnchor, s.scan(s.lex.timeAnchors)[0]);
}

/** The cues that lower the score and decide the kind. */
interface Stance {
  hedge: number;
  feeling: number;
  prescriptive: number;
  future: number;
  evaluative: number;
  question: boolean;
  imperative: boolean;
  greeting: boolean;
}


function stance(s: Sentence): Stance {
  const g = s.lex.grammar;
  const { lex, n } = s;
  const hedges = s.scan(lex.hedges);
  const feelings = s.scan(lex.feelings);
  const greetings = s.scan(lex.greetings);
  // "must have", "had to", "let me": not a demand.
  let prescriptive: Cue | undefined;
  for (const c of s.scan(lex.prescriptive)) {
    if (s.match(lex.notPrescriptive, c.at) === 0 && s.match(lex.notPrescriptive, c.at - 1) < 2) {
      prescriptive = c;
      break;
    }
  }
  // The future: "will" (not "the will"), "going to", or a word with the clitic ("we'll").
  let future: Cue | undefined;
  for (const c of s.scan(lex.future)) {
    const prev = s.wd(c.at - 1);
    if (s.wd(c.at) === g.nounModal && prev !== undefined && g.nounModalBefore.has(prev)) continue;
    future = c;
    break;
  }
  let conditional = -1;
  let fs = -1;
  let sp = -1;
  // (The clitic bits are set only when clitics are looked for.)
  const wanted = (s.sxAll & (SX_FUTURE | SX_CONDITIONAL)) !== 0 || (s.flAll & (W.conditional | W.firstSingular | W.secondPerson)) !== 0;
  const sx = s.sx;
  for (let i = 0; wanted && i < n; i++) {
    if (future === undefined || i < future.at) {
      if ((sx[i]! & SX_FUTURE) !== 0) future = { at: i, len: 1 };
    }
    if (conditional < 0 && (s.is(i, W.conditional) || (sx[i]! & SX_CONDITIONAL) !== 0)) conditional = i;
    if (fs < 0 && s.is(i, W.firstSingular)) fs = i;
    else if (sp < 0 && s.is(i, W.secondPerson)) sp = i;
  }
  const vagueFuture = s.scan(lex.vagueFuture);
  const evaluative = s.scan(lex.evaluative);
  const vague = s.scan(lex.vague);

  // A question ends with a question mark (closing quotes and brackets aside).
  const question = endsWithQuestionMark(s.text);

  // An imperative starts (after openers) with a bare verb and no subject ("Go and look ...", "Don't forget ...").
  let imperative = false;
  const start = s.start;
  if (s.isWord(start) && !question) {
    // (The words of these classes are in the vocabulary: tested by id, no string is made.)
    if (s.is(start, W.imperativeVerb) && !s.punctIs(start + 1, ',') && !(s.is(start + 1, W.subject) && s.inSet(start, g.questionAuxiliaries))) {
      imperative = !(s.wordIs(start, g.letVerb) && s.inSet(start + 1, g.letNotImperative));
      if (s.inSet(start, g.negativeImperatives)) imperative = s.is(start + 1, W.imperativeVerb);
    }
    if (s.inSet(start, g.requests)) imperative = true;
  }

  // A greeting near the start, or thanks anywhere in a short sentence.
  let greeting = false;
  // (A greeting used as a vocative before a longer sentence, "Ladies and gentlemen, that is not true", is not.)
  for (const g of greetings) if ((g.at <= start + 2 && s.wordCount - g.len <= GREETING_REST) || s.wordCount <= 8) greeting = true;

  s.addCue(SCORE_RULES.hedge, hedges[0]);
  s.addCue(SCORE_RULES.feeling, feelings[0]);
  if (greeting) s.addCue(SCORE_RULES.greeting, greetings[0]);
  s.addCue(SCORE_RULES.prescriptive, prescriptive);
  s.addCue(SCORE_RULES.future, future);
  s.addCue(SCORE_RULES.vagueFuture, vagueFuture[0]);
  if (conditional >= 0) s.add(SCORE_RULES.conditional, SCORE_RULES.conditional.weight, conditional);
  if (s.inSet(start, g.conditionStarters)) s.add(SCORE_RULES.ifStart, SCORE_RULES.ifStart.weight, start);
  if (fs >= 0) s.add(SCORE_RULES.firstSingular, SCORE_RULES.firstSingular.weight, fs);
  if (sp >= 0) s.add(SCORE_RULES.secondPerson, SCORE_RULES.secondPerson.weight, sp);
  if (imperative) s.add(SCORE_RULES.imperative, SCORE_RULES.imperative.weight, start);
  if (s.is(start, W.deictic)) s.add(SCORE_RULES.deicticStart, SCORE_RULES.deicticStart.weight, start);
  if (s.is(start, W.thirdPerson)) s.add(SCORE_RULES.thirdPerson, SCORE_RULES.thirdPerson.weight, start);
  for (let i = 0; (s.flAll & W.speechVerb) !== 0 && i < n; i++) {
    if (s.is(i, W.speechVerb)) {
      s.add(SCORE_RULES.says, SCORE_RULES.says.weight, i);
      break;
    }
  }
  if (question) s.add(SCORE_RULES.question);
  for (let k = 0; k < evaluative.length && k < 3; k++) s.addCue(SCORE_RULES.evaluative, evaluative[k]);
  for (let k = 0; k < vague.length && k < 3; k++) s.addCue(SCORE_RULES.vague, vague[k]);

  return {
    hedge: hedges[0]?.at ?? NONE,
    feeling: feelings[0]?.at ?? NONE,
    prescriptive: prescriptive?.at ?? NONE,
    future: future?.at ?? NONE,
    evaluative: evaluative.length,
    question,
    imperative,
    greeting,
  };
}

/** Sum of the positive feature weights (length aside): how much checkable content the sentence carries. */
function evidenceOf(s: Sentence): number {
  return s.evidence;
}

/** The kind, from the stance cues (the earliest decides) and the factual content. */
function kindOf(s: Sentence, st: Stance, q: Quantities, v: Verbs): [ClaimKind, string] {
  if (st.question) {
    // "Do you know that we spend $73 billion ...?" asserts what follows.
    const rhetorical = s.match(s.lex.rhetoricalQuestions, s.start) > 0;
    if (rhetorical && evidenceOf(s) >= RHETORICAL_EVIDENCE) return ['factual', KIND_RULES.rhetorical];
    return ['question', KIND_RULES.question];
  }
  if (st.greeting) return ['other', KIND_RULES.greeting];
  if (st.imperative) return ['prescriptive', KIND_RULES.imperative];
  const hard = q.numbers > 0 || q.percent || q.money || q.magnitude || q.year || q.numberWord || q.date;
  const first = Math.min(st.hedge, st.feeling, st.prescriptive, st.future);
  let kind: ClaimKind;
  let rule: string;
  if (first === NONE) {
    const evaluationOnly = st.evaluative >= 2 && !hard && !v.past && !v.perfect && !v.change && st.evaluative * 6 >= s.wordCount;
    return evaluationOnly ? ['opinion', KIND_RULES.evaluation] : ['factual', KIND_RULES.factual];
  }
  if (first === st.hedge && hard) return ['factual', KIND_RULES.hedgedFact];
  // A past action before the cue: the demand or forecast is reported or subordinate ("He said we should ...").
  if (v.firstAt < first && (first === st.prescriptive || first === st.future)) return ['factual', KIND_RULES.reported];
  if (first === st.hedge) [kind, rule] = ['opinion', KIND_RULES.opinion];
  else if (first === st.feeling) [kind, rule] = ['opinion', KIND_RULES.feeling];
  else if (first === st.prescriptive) [kind, rule] = ['prescriptive', KIND_RULES.prescriptive];
  else if (q.numbers > 0 || q.money || q.percent || q.magnitude) return ['factual', KIND_RULES.futureQuantity];
  else [kind, rule] = ['prediction', KIND_RULES.prediction];
  // A demand, wish or forecast that carries enough checkable content (figures, names, dated actions) is,
  // for a fact-checker, a factual claim wrapped in it.
  if (evidenceOf(s) >= EMBEDDED_FACT_EVIDENCE) return ['factual', KIND_RULES.embeddedFact];
  return [kind, rule];
}

/** Negation: a negator outside an if-clause, not "not only" / "no doubt". */
function negation(s: Sentence): boolean {
  const g = s.lex.grammar;
  // Nothing to find without a negator or a word with the negation clitic (set only when clitics are looked for).
  if ((s.flAll & W.negator) === 0 && (s.sxAll & SX_NEGATION) === 0) return false;
  let inIf = false;
  const sx = s.sx;
  for (let i = 0; i < s.n; i++) {
    // (Only punctuation breaks a clause: no word or number is spelt like one.)
    if (s.isG(i, G.conditionStarter)) inIf = true;
    else if (inIf && s.punctIn(i, CLAUSE_BREAK)) inIf = false;
    if (inIf) continue;
    const neg = s.is(i, W.negator) || (sx[i]! & SX_NEGATION) !== 0;
    if (!neg) continue;
    const next = s.wd(i + 1);
    if (!(next !== undefined && g.negationExceptions.has(next))) return true;
  }
  return false;
}

const bySpanPosition = (a: FoundSpan, b: FoundSpan): number => a.start - b.start || b.end - a.end;

/** The length feature's weight by sentence length, for the usual lengths (NaN until first made). */
const lengthWeights = new Float64Array(1024).fill(Number.NaN);

/** The length feature's weight: continuous (a log of the length), kept for lengths under 1024. */
function lengthWeightOf(length: number): number {
  const known = length < lengthWeights.length ? lengthWeights[length]! : Number.NaN;
  if (known === known) return known; // (not NaN)
  const w = Math.max(-1.5, Math.min(0.8, SCORE_RULES.length.weight * Math.log(Math.max(1, length) / 70)));
  if (length < lengthWeights.length) lengthWeights[length] = w;
  return w;
}

/** `[...prefix, first]` (the start of an analysis' `via`). */
function viaStart(prefix: readonly string[], first: string): string[] {
  if (prefix.length === 0) return [first];
  const out = prefix.slice();
  out.push(first);
  return out;
}

const NO_RULES: readonly string[] = [];

/**
 * Classifies one sentence with a compiled lexicon. Linear in the sentence length. `viaPrefix` (the caller's own
 * rule ids) starts the analysis' `via`, so that no second list is made to join them.
 */
export function analyze(text: string, lex: ClaimsLexicon, explain = true, viaPrefix: readonly string[] = NO_RULES): Analysis {
  const s = sentence;
  s.reset(text, lex, explain);
  if (s.wordCount === 0) {
    return { kind: 'other', checkworthiness: 0, negated: false, via: viaStart(viaPrefix, KIND_RULES.empty), features: [], spans: [] };
  }
  findStart(s);
  const q = quantities(s);
  names(s);
  const v = verbs(s);
  measures(s);
  const st = stance(s);
  // Length: continuous, so that sentences with the same cues still rank apart.
  const lengthWeight = lengthWeightOf(text.length);
  s.add(SCORE_RULES.length, lengthWeight);

  const sum = SCORE_RULES.bias.weight + s.sum;
  const checkworthiness = Math.round((1 / (1 + Math.exp(-sum))) * 1e6) / 1e6;
  const [kind, kindRule] = kindOf(s, st, q, v);
  const negated = negation(s);
  const features: ClaimFeature[] = explain ? [{ id: SCORE_RULES.bias.id, weight: SCORE_RULES.bias.weight }, ...s.features] : [];
  const via: string[] = viaStart(viaPrefix, kindRule);
  if (negated) via.push(KIND_RULES.negated);
  // (The score rules' ids are unique and none is a kind rule's.)
  const ruleIds = s.ruleIds;
  for (let k = 0; k < ruleIds.length; k++) {
    const id = ruleIds[k]!;
    if (id !== kindRule && id !== KIND_RULES.negated) via.push(id);
  }
  const spans = s.spans;
  sortIfNeeded(spans, bySpanPosition);
  return { kind, checkworthiness, negated, via, features, spans: s.spans };
}
