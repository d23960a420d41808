import type { Mention, Span } from '../../model/span.js';
import type { StatementKind } from '../../model/statement.js';
import type { Configuration, Segmentation, SentenceSpan, StageContext } from '../types.js';
import type { QuoteSpan } from './2-quotes.js';
import { lexiconFor, type CueForm, type Lexicon } from './attribution/lexicon.js';
import { IndexMap, tokenize, type Tokens } from './attribution/tokens.js';
import { countAtOrBelow, lastStartingAtOrBefore } from '../../internal/search.js';

/** A statement before its speaker is resolved to an entity. */
export interface DraftStatement {
  kind: StatementKind;
  spans: Span[];
  source: Mention | null;
  cue: Mention | null;
  via: string[];
  /**
   * Index (in the returned array) of an earlier draft whose speaker(s) this one shares when it names none itself:
   * a floating quote after an attributed one, the second paragraph of a quote. Stage 4 resolves it.
   */
  inherit: number | null;
  /**
   * When the source is a relative word ("a campaign surrogate who said …", "Mr. Lee, a Republican who argued …"),
   * the noun phrase right before it, which that word stands for; stage 4 reads the speaker from it when no known
   * speaker ends there. Otherwise null.
   */
  antecedent: Mention | null;
}

/** Rule ids (stable; they appear in `via`). */
export const ATTRIBUTION_RULES = {
  quoteSourceCue: 'attribution/quote-then-source-cue',
  quoteCueSource: 'attribution/quote-then-cue-source',
  cueQuote: 'attribution/cue-then-quote',
  colonLeadIn: 'attribution/colon-lead-in',
  continuation: 'attribution/quote-continuation',
  multiParagraph: 'attribution/multi-paragraph-quote',
  floating: 'attribution/floating-quote',
  unattributed: 'attribution/unattributed-quote',
  reportedClause: 'attribution/reported-clause',
  reportedObject: 'attribution/reported-object-clause',
  reportedNp: 'attribution/reported-np',
  contentThenCue: 'attribution/content-then-cue',
  accordingTo: 'attribution/according-to',
  participle: 'attribution/participle-cue',
  partialQuote: 'attribution/partial-quote',
  appositive: 'attribution/subject-before-appositive',
  askedQuestion: 'attribution/asked-question',
  quoteSourceVerb: 'attribution/quote-then-source-verb',
  leadInParagraph: 'attribution/lead-in-paragraph',
  coordinated: 'attribution/coordinated-subject',
  parenthetical: 'attribution/parenthetical-cue',
  authorial: 'attribution/authorial-inference',
  pollIn: 'attribution/in-a-poll',
  subjectVerbQuote: 'attribution/subject-verb-quote',
  dashSource: 'attribution/quote-dash-source',
  transcript: 'attribution/quoted-transcript',
  leadInWords: 'attribution/lead-in-words',
  quoteThenClause: 'attribution/quote-then-clause',
  gerundAfterPreposition: 'attribution/gerund-after-preposition',
  possessiveNoun: 'attribution/possessive-statement-noun',
  contentToQuote: 'attribution/content-to-quote',
  nounColonLeadIn: 'attribution/noun-colon-lead-in',
  titleColon: 'attribution/title-topic-colon',
  signatureLine: 'attribution/quote-signature-line',
  purposeInfinitive: 'attribution/purpose-infinitive',
} as const;

/** A cue found in the text (token indices inclusive). */
interface Cue {
  /** First token of the cue including auxiliaries and adverbs on its left. */
  first: number;
  /** First token of the cue verb or phrase itself. */
  head: number;
  /** Last token. */
  last: number;
  form: CueForm;
  sentence: number;
  used: boolean;
}

/** A top-level quotation, possibly running over several paragraphs. */
interface Chain {
  pieces: QuoteSpan[];
  start: number; // opening mark
  end: number; // after the closing mark (or content end)
  used: boolean;
  /** Embedded in a sentence that has a cue before it: left to the reported-speech pass. */
  embedded: boolean;
}

interface Work {
  kind: StatementKind;
  spans: Span[];
  source: Mention | null;
  cue: Mention | null;
  via: string[];
  inheritFrom: Work | null;
  sentence: number;
  paragraph: number;
}

const SPACE_ONLY = /^\s*$/u;
/** Between a closing quotation mark and its source or cue: spaces and punctuation (and the stray mark of a quotation inside one closing with it, "…'old-school,''' said"). */
const QUOTE_GAP = /^['’]?[\s,;:—–-]*$/u;
const DASH_PAIR = /^\s+(?:--?|[—–―])\s+$|^[—―]$/u;
const DASH_GAP = /^[ \t\u00a0]*[―—–][ \t\u00a0]*$/u;
/** A line break after a closing mark, then a dash at the start of the next line (a signature: "” ¶ -President Obama"). */
const NEXT_LINE_DASH = /^[ \t\u00a0]*\n\s*(?:--?|[―—–])[ \t\u00a0]*$/u;
const PRE_QUOTE_GAP = /^[\s,:—–-]*$/u;
const TRAIL = /[\s.,;:!?—–-]/u;
const LEAD = /[\s,;:—–-]/u;
const TERMINAL_END = /[.!?:"”’»)]\s*$/u;
const COMMA_BEFORE = /,[”"’»]?\s*$/u;
/** A comma, a semicolon or a dash (spaced hyphen, double hyphen) between two words: a clause may start after it. */
const CLAUSE_BREAK_BEFORE = /[,;—–―]|\s-\s|--/u;
const DIGIT_START = /^\d/u;
/** A comma or a dash alone between two words: the edge of an aside. */
const ASIDE_MARK = /^\s*(?:,|[—–―]|--)\s*$/u;
/** A year ("in 2012"). */
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** Whitespace and a currency sign between two tokens ("her $4.5 billion"). */
const CURRENCY_GAP = /^\s+[$€£¥]$/u;
/** How far back (in words) content before its cue may reach, as clauseEnd's look-ahead does forward. */
const RUN_ON_WORDS = 150;
const LEADS_ON = /^\s*[,:]\s*$/u;
const COORD_LEAD = /,\s+(\p{L}+)(?:\s+\p{L}+){0,2}\s*$/u;
const ALL_CAPS = /^[\p{Lu}][\p{Lu}\p{N}.'’-]+$/u;

/** Stage 3: find statements and, around each cue, the source mention. */
export function attribute(
  ctx: StageContext,
  seg: Segmentation,
  quotes: QuoteSpan[],
  config: Configuration,
): DraftStatement[] {
  const text = ctx.text;
  if (!text || seg.sentences.length === 0) return [];
  const lex = lexiconFor(config);
  // (the locale's function words and word shapes: the rules below test them by role)
  const fw = lex.fw;
  const { ADVERB_SUFFIX, ENDS_PLURAL, ING, GERUND_LOOKALIKE, LY, PAST_FORM, FINITE_FORM, FINITE_ENDING, PLURAL_ENDING, OPENING_PARTICIPLE, PAST_PARTICIPLE, VERB_FORM_ENDING, INDEFINITE_ARTICLE, POSSESSIVE, OBJECT_PRONOUN, CONTRACTED_PRONOUN } = lex.shapes;
  const TO_HASH = lex.toHash;
  const THAT_HASH = lex.thatHash;
  const tk = tokenize(text);
  const sentences = seg.sentences;
  const sentOfTok = new Int32Array(tk.n).fill(-1);
  const sentTokStart = new Int32Array(sentences.length);
  const sentTokEnd = new Int32Array(sentences.length);
  ((): void => { // a function of its own: it is compiled on its own (the stage function is slow to compile)
    let t = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si] as SentenceSpan;
      while (t < tk.n && (tk.start[t] ?? 0) < s.start) t++;
      sentTokStart[si] = t;
      while (t < tk.n && (tk.start[t] ?? 0) < s.end) sentOfTok[t++] = si;
      sentTokEnd[si] = t;
    }
  })();
  /** The sentence holding offset pos (the last one starting at or before it; the first when none does). */
  const sentenceAt = (pos: number): number => Math.max(0, lastStartingAtOrBefore(sentences, pos));
  const sent = (si: number): SentenceSpan => sentences[si] as SentenceSpan;
  const mention = (a: number, b: number): Mention => {
    const start = tk.start[a] ?? 0;
    const end = tk.end[b] ?? 0;
    return { start, end, text: text.slice(start, end) };
  };
  const gap = (a: number, b: number): string => text.slice(tk.end[a] ?? 0, tk.start[b] ?? 0);
  /** Offset `e` moved back over trailing spaces and punctuation ({@link TRAIL}), not before offset `min`. */
  const trimEnd = (e: number, min: number): number => {
    while (e > min && TRAIL.test(text[e - 1] ?? '')) e--;
    return e;
  };
  /** Only white space between tokens a and b: SPACE_ONLY.test(gap(a, b)), without the slice. */
  const spaced = (a: number, b: number): boolean => {
    const e = tk.start[b] ?? 0;
    for (let i = tk.end[a] ?? 0; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      if (c < 128 || !SPACE_ONLY.test(text[i] ?? '')) return false;
    }
    return true;
  };
  /** Token i is longer than four characters and ends in the locale's adverb suffix, "ly" (any case; no string made). */
  const endsLy = (i: number): boolean => {
    const e = tk.end[i] ?? 0;
    if (e - (tk.start[i] ?? 0) <= 4) return false;
    for (let q = 0; q < ADVERB_SUFFIX.length; q++) if ((text.charCodeAt(e - ADVERB_SUFFIX.length + q) | 32) !== ADVERB_SUFFIX.charCodeAt(q)) return false;
    return true;
  };
  /**
   * The determiner (or possessive determiner) of the noun at token j, after at most two modifiers ("a scathing report",
   * "a recent news conference"): its token, or -1. With `capStops`, a capitalised modifier ends the search.
   */
  const determinerBefore = (j: number, min: number, capStops: boolean): number => {
    let d = j - 1;
    while (d > min && d >= j - 3 && !(capStops && tk.cap(d)) && !lex.determiners.has(tk.low(d)) && !lex.possessiveDeterminers.has(tk.low(d)) && spaced(d, d + 1)) d--;
    return (lex.determiners.has(tk.low(d)) || lex.possessiveDeterminers.has(tk.low(d))) && spaced(d, d + 1) ? d : -1;
  };
  /**
   * The subject of a verb that put out a document ending at token k: "Trump [issued] [a statement] (Wednesday)",
   * "His office put out a statement", "Mr. Manafort helped draft a report" (then a cue in -ing); null otherwise.
   */
  const publisherBefore = (k: number, min: number): Mention | null => {
    let j = k;
    while (j > min && (lex.timeWords.has(tk.low(j)) || lex.timePrepositions.has(tk.low(j))) && spaced(j, j + 1)) j--;
    if (j - 2 < min || tk.cap(j) || !lex.evidence.has(tk.low(j)) || !spaced(j, j + 1)) return null;
    // the determiner, after at most two modifiers ("a scathing report", "a joint statement")
    let d = determinerBefore(j, min, true);
    // ("sent tweets saying …": a document right after the verb, with no determiner)
    if (j - 1 >= min && spaced(j - 1, j) && (lex.publishingVerbs.has(tk.low(j - 1)) || (j - 2 >= min && spaced(j - 2, j - 1) && lex.publishingVerbs.has(`${tk.low(j - 2)} ${tk.low(j - 1)}`)))) d = j;
    else if (d < 0) return null;
    let v = d - 1;
    if (v - 1 >= min && spaced(v - 1, v) && spaced(v, d) && lex.publishingVerbs.has(`${tk.low(v - 1)} ${tk.low(v)}`)) v--;
    else if (!(v >= min && spaced(v, d) && lex.publishingVerbs.has(tk.low(v)))) return null;
    // the verb's auxiliaries and adverbs ("has published", "also issued")
    while (v - 1 >= min && spaced(v - 1, v) && (lex.auxiliaries.has(tk.low(v - 1)) || lex.adverbs.has(tk.low(v - 1)))) v--;
    if (v - 1 < min || !spaced(v - 1, v)) return null;
    return npBefore(v - 1, min, false);
  };
  /**
   * "Ruiz said at a recent news conference announcing that …", "spoke at a rally calling for …": an occasion for
   * speaking, after a preposition, right before an -ing cue at token k+1; its speaker is the subject of the sentence.
   */
  const occasionSpeaker = (k: number, min: number, si: number): Mention | null => {
    if (k - 2 < min || tk.cap(k) || !lex.occasionNouns.has(tk.low(k)) || !spaced(k, k + 1)) return null;
    // (its determiner after at most two modifiers, capitalised ones too: "at a CNN town hall")
    const d = determinerBefore(k, min, false);
    if (d < 0) return null;
    const p = d - 1;
    if (p <= min || !lex.occasionPrepositions.has(tk.low(p)) || !spaced(p, d)) return null;
    // the subject of the verb before the phrase ("comments Clinton made Tuesday during a speech attacking …"), when it
    // is a name or a pronoun; else the subject of the sentence
    let v = p - 1;
    while (v > min && (lex.timeWords.has(tk.low(v)) || lex.timePrepositions.has(tk.low(v))) && spaced(v, v + 1)) v--;
    if (v - 1 >= min && !tk.cap(v) && !lex.stop.has(tk.low(v)) && spaced(v - 1, v) && spaced(v, v + 1)) {
      const np = npBefore(v - 1, min, false);
      if (np && (tk.cap(tk.at(np.start)) || isPronounTok(tk.at(np.start)))) return np;
    }
    return subjectAtStart(si, p);
  };
  /** The number of words of a multi-word cue adverb ending at token e (not before token min), or 0. */
  const adverbPhraseEndingAt = (e: number, min: number): number => phraseEndingAt(e, min, lex.adverbPhrasesByLast);
  /**
   * "A source familiar with the talks", "officials close to the campaign": a noun phrase, one of the locale's
   * source postmodifiers and its object, ending at token k; null when the words before k are no such thing.
   */
  const postmodifiedBefore = (k: number, min: number): Mention | null => {
    if (lex.postmodifiersByLast.size === 0) return null;
    for (let p = k - 1; p >= min && k - p <= 6; p--) {
      // (no verb in the object; a noun that is also a cue word after a possessive is none: "Cruz's thinking")
      if (!spaced(p, p + 1) || lex.auxiliaries.has(tk.low(p + 1))) return null;
      if (cueAtHead.has(p + 1) && !(p + 1 === k && (POSSESSIVE.test(tk.low(p)) || lex.determiners.has(tk.low(p))))) return null;
      const len = phraseEndingAt(p, min, lex.postmodifiersByLast);
      if (len === 0) continue;
      const h = p - len;
      if (h < min || !spaced(h, h + 1)) return null;
      // ("Those close to him said": a group pronoun as the head)
      const head = lex.groupPronouns.has(tk.low(h)) ? mention(h, h) : npBefore(h, min, false);
      if (!head || head.end !== tk.end[h]) return null;
      const end = tk.end[k] ?? head.end;
      return { start: head.start, end, text: text.slice(head.start, end) };
    }
    return null;
  };
  /** The number of words of a phrase of `byLast` (lower-case phrases by their last word) ending at token e, or 0. */
  const phraseEndingAt = (e: number, min: number, byLast: Map<string, string[][]>): number => {
    if (byLast.size === 0 || tk.cap(e)) return 0;
    const ps = byLast.get(tk.low(e));
    if (!ps) return 0;
    for (const p of ps) {
      const a = e - p.length + 1;
      if (a < min) continue;
      let ok = true;
      for (let q = 0; q < p.length - 1 && ok; q++) ok = tk.low(a + q) === p[q] && spaced(a + q, a + q + 1);
      if (ok) return p.length;
    }
    return 0;
  };

  // headline paragraphs: short lines without terminal punctuation before the first real paragraph
  const headline = new Set<number>();
  for (let pi = 0; pi < seg.paragraphs.length; pi++) {
    const p = seg.paragraphs[pi] as Span;
    const body = text.slice(p.start, p.end);
    if (TERMINAL_END.test(body)) break;
    if (body.split(/\s+/u).length > lex.headlineMaxWords) break;
    headline.add(pi);
  }

  // ---- top-level quotation chains
  const chains: Chain[] = [];
  for (const q of quotes) {
    if (q.depth !== 0) continue;
    const last = chains[chains.length - 1];
    if (q.continued && last && last.pieces[last.pieces.length - 1]?.continues) {
      last.pieces.push(q);
      last.end = q.close ? q.close.end : q.end;
      continue;
    }
    chains.push({ pieces: [q], start: q.open.start, end: q.close ? q.close.end : q.end, used: false, embedded: false });
  }
  /** The chain containing pos (between its opening and closing marks), or -1. */
  const chainIdx = (pos: number): number => {
    const found = lastStartingAtOrBefore(chains, pos);
    return found >= 0 && pos < (chains[found] as Chain).end ? found : -1;
  };

  // A programme's title in quotation marks after a possessive name ("ABC's “This Week”", "NBC's ''Meet the Press''"):
  // part of the hearer or of the phrase before the content ("told ABC's “Good Morning America” that …"), not
  // anyone's words. showTitle[t] is 1 for each token inside such a title.
  const showTitle = new Uint8Array(tk.n);
  for (let ci = 0; ci < chains.length; ci++) {
    const ch = chains[ci] as Chain;
    const q0 = ch.pieces[0];
    if (ch.pieces.length !== 1 || !q0?.close) continue;
    const a = tk.at(ch.start);
    const b = tk.at(ch.end);
    if (a <= 0 || b - a < 1 || b - a > lex.scareQuoteMaxWords + 3 || !tk.cap(a - 1) || !POSSESSIVE.test(tk.low(a - 1))) continue;
    if (!SPACE_ONLY.test(text.slice(tk.end[a - 1] ?? 0, ch.start)) || /[.!?,]/u.test(text.slice(tk.end[b - 1] ?? 0, ch.end))) continue;
    let title = true;
    for (let j = a; j < b && title; j++) if (!tk.cap(j) && !lex.link.has(tk.low(j))) title = false;
    if (title) for (let j = a; j < b; j++) showTitle[j] = 1;
  }
  /** {@link spaced}, or only white space and the quotation marks of a programme's title between the tokens. */
  const spacedOrTitle = (a: number, b: number): boolean =>
    spaced(a, b) || ((showTitle[a] === 1 || showTitle[b] === 1) && /^[\s“”"‘’'«»]+$/u.test(gap(a, b)));
  // a sentence written in title case (a headline): capitalised words there can still be cues
  const titleCache = new Map<number, boolean>();
  const titleCase = (si: number): boolean => {
    let v = titleCache.get(si);
    if (v === undefined) {
      const a = sentTokStart[si] ?? 0;
      const b = Math.min(sentTokEnd[si] ?? 0, a + 30);
      let caps = 0;
      for (let j = a; j < b; j++) if (tk.cap(j)) caps++;
      v = b - a >= 3 && caps / (b - a) > 0.6;
      titleCache.set(si, v);
    }
    return v;
  };
  // ---- cues
  const cues: Cue[] = [];
  const cueAtHead = new IndexMap<Cue>(tk.n);
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
    let ci = 0;
    for (let t = 0; t < tk.n; t++) {
      const st = tk.start[t] ?? 0;
      while (ci < chains.length && (chains[ci] as Chain).end <= st) ci++;
      const ch = chains[ci];
      if (ch && ch.start <= st) {
        // inside a quotation: skip to its end
        const endTok = tk.at(ch.end);
        t = endTok - 1;
        continue;
      }
      const hv = tk.hash[t] ?? 0;
      if (!lex.firstHashes.has(hv)) {
        // the tokens up to the next quotation with the hash test only (cue words are rare)
        const lim = ch ? ch.start : Infinity;
        while (t + 1 < tk.n && (tk.start[t + 1] ?? 0) < lim && !lex.firstHashes.has(tk.hash[t + 1] ?? 0)) t++;
        continue;
      }
      const forms = lex.byFirst.get(tk.low(t));
      if (!forms) continue;
      const si = sentOfTok[t] ?? -1;
      if (si < 0) continue;
      // a capitalised cue word inside a sentence is a name or a noun ("the United States"); so is one after an
      // article or "of" ("the report", "a series of tweets")
      if (tk.cap(t) && t !== (sentTokStart[si] ?? 0) && !titleCase(si)) continue;
      // (but "another says": a lone quantifier takes a singular noun, so a cue word in -s after it is a verb)
      if (t > (sentTokStart[si] ?? 0) && lex.nounMarkers.has(tk.low(t - 1)) && spaced(t - 1, t) && !(lex.loneQuantifiers.has(tk.low(t - 1)) && ENDS_PLURAL.test(tk.low(t)))) continue;
      for (const f of forms) {
        let ok = true;
        for (let k = 1; k < f.words.length; k++) {
          const tt = t + k;
          // (different hashes of two ASCII words: not the word, without making the token's string)
          const th = tt < tk.n ? (tk.hash[tt] ?? 0) : 0;
          const fh = f.hashes[k] ?? 0;
          if (tt >= tk.n || (th !== 0 && fh !== 0 && th !== fh) || sentOfTok[tt] !== si || tk.low(tt) !== f.words[k] || !spaced(tt - 1, tt)) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        let first = t;
        while (first - 1 >= (sentTokStart[si] ?? 0) && spaced(first - 1, first)) {
          // "critics have in particular noted": an adverbial phrase
          const pl = adverbPhraseEndingAt(first - 1, sentTokStart[si] ?? 0);
          if (pl > 0) {
            first -= pl;
            continue;
          }
          // (an ASCII word that is no auxiliary or adverb and does not end in "ly": no string made)
          if (tk.hash[first - 1] !== 0 && !lex.auxAdverbHashes.has(tk.hash[first - 1] ?? 0) && !endsLy(first - 1)) break;
          const w = tk.low(first - 1);
          if (lex.auxiliaries.has(w) || lex.adverbs.has(w) || (LY.test(w) && w.length > 4 && !tk.cap(first - 1) && !lex.lyWords.has(w))) first--;
          else break;
        }
        if (f.passive) {
          // "is expected to": a form of "be" among the auxiliaries and a "to"-infinitive after
          let be = false;
          for (let j = first; j < t; j++) if (lex.beForms.has(tk.low(j))) be = true;
          const nx = t + f.words.length;
          if (!be || f.ing || nx >= tk.n || tk.low(nx) !== fw.infinitive || !spaced(nx - 1, nx)) continue;
        }
        // "38 percent support", "support for X", "strong support": a base form that is more often a noun is a cue only
        // after an auxiliary or a subject-like word ("Republicans", "they", "who", "most", "to") and before a noun
        // phrase
        if (f.words.length === 1 && lex.nounlikeBaseForms.has(tk.low(t))) {
          const s0 = sentTokStart[si] ?? 0;
          const pw = first > s0 ? tk.low(first - 1) : '';
          const nx = t + 1;
          const nw = nx < tk.n && sentOfTok[nx] === si ? tk.low(nx) : '';
          // (an auxiliary before it, folded into the cue, makes it a verb: "Trump did support the idea")
          const subjectLike = first < t || lex.personalPronouns.has(pw) || lex.relativeWords.has(pw) || lex.quantifiers.has(pw) || (tk.hash[first - 1] === TO_HASH && pw === fw.infinitive) || (lex.shapes.PLURAL_NOUN.test(pw) && !lex.stop.has(pw) && !lex.pluralNouns.has(pw));
          if (!subjectLike || !nw || !spaced(t, nx) || (lex.stop.has(nw) && !lex.determiners.has(nw) && !lex.possessiveDeterminers.has(nw))) continue;
        }
        const cue: Cue = { first, head: t, last: t + f.words.length - 1, form: f, sentence: si, used: false };
        // ("Refugee advocates also said …", "FEC reports show …", "the report concluded …": a cue word that is also
        // a noun, right before another cue, is the subject's noun, not a verb)
        const prev = cues[cues.length - 1];
        if (prev && prev.sentence === si && prev.last === first - 1 && prev.first === prev.head && prev.last === prev.head && spaced(prev.last, first) && lex.nounCues.has(tk.low(prev.head))) {
          cues.pop();
          cueAtHead.delete(prev.head);
        }
        cues.push(cue);
        cueAtHead.set(t, cue);
        t = cue.last;
        break;
      }
    }
  })();

  // ---- source noun phrases
  const isPronounTok = (i: number): boolean => lex.pronouns.has(tk.low(i)) || CONTRACTED_PRONOUN.test(tk.low(i));
  const pronounMention = (i: number): Mention => {
    const m = CONTRACTED_PRONOUN.exec(tk.low(i));
    const start = tk.start[i] ?? 0;
    const end = m ? start + (m[1] as string).length : (tk.end[i] ?? 0);
    return { start, end, text: text.slice(start, end) };
  };
  const initialism = (w: string): boolean => /^(?:\p{L}\.)*\p{L}$/u.test(w);
  /** An evidence noun in the sentence before token k's ("A video was released. It shows …"), within 60 tokens. */
  const evidenceBefore = (k: number): boolean => {
    const si = sentOfTok[k] ?? -1;
    if (si <= 0) return false;
    const a = sentTokStart[si - 1] ?? 0;
    const b = sentTokEnd[si - 1] ?? 0;
    for (let j = Math.max(a, b - 60); j < b; j++) if (lex.evidence.has(tk.low(j))) return true;
    return false;
  };
  /** A plural noun followed by a preposition, within ten words before token k, as a noun phrase ("observers in …"). */
  const pluralHeadBefore = (k: number, min: number): Mention | null => {
    for (let j = k - 1; j >= min && k - j <= 10; j--) {
      if (!spaced(j, j + 1) || cueAtHead.has(j)) return null;
      const w = tk.low(j);
      if (lex.stop.has(w) || lex.link.has(w) || lex.determiners.has(w) || tk.cap(j)) continue;
      if (PLURAL_ENDING.test(w) && (lex.stop.has(tk.low(j + 1)) || tk.low(j + 1) === fw.genitive)) return npBefore(j, min, false);
    }
    return null;
  };
  /** A number in digits or in words ("21", "three"). */
  const isNumberTok = (i: number): boolean => DIGIT_START.test(tk.low(i)) || lex.numberWords.has(tk.low(i));
  /** The noun phrase ending at token k (inclusive), not reaching before token `min`. */
  const npBefore = (k: number, min: number, evidenceOnly: boolean): Mention | null => {
    if (k < min || k < 0) return null;
    const head = tk.low(k);
    // "Cruz and Rubio have both argued", "They all said": a quantifier after its group (and its auxiliaries)
    if (!evidenceOnly && lex.floatingQuantifiers.has(head) && k - 1 >= min && spaced(k - 1, k)) {
      let j = k - 1;
      while (j - 1 >= min && lex.auxiliaries.has(tk.low(j)) && spaced(j - 1, j)) j--;
      if (!lex.auxiliaries.has(tk.low(j)) && (tk.cap(j) || isPronounTok(j) || PLURAL_ENDING.test(tk.low(j)))) {
        const np = npBefore(j, min, false);
        if (np) return np;
      }
    }
    // "most of them", "many of us", "some of those": a quantity of a group
    if (!evidenceOnly && lex.groupPronouns.has(head) && k - 2 >= min && tk.low(k - 1) === fw.genitive && spaced(k - 2, k - 1) && spaced(k - 1, k)) {
      const qw = tk.low(k - 2);
      if (lex.quantifiers.has(qw) || /^\d+$/u.test(qw)) return mention(k - 2, k);
    }
    if (isPronounTok(k)) return evidenceOnly && !(lex.evidencePronouns.has(tk.low(k)) && evidenceBefore(k)) ? null : pronounMention(k);
    // "one in three said", "all but two said", "at least 21,000 said": a number as a group
    if (!evidenceOnly && isNumberTok(k)) {
      let s0 = k;
      while (s0 - 2 >= min && /^,$/u.test(gap(s0 - 1, s0)) && DIGIT_START.test(tk.low(s0 - 1)) && DIGIT_START.test(tk.low(s0))) s0--;
      const w1 = s0 - 1 >= min ? tk.low(s0 - 1) : '';
      if (s0 - 2 >= min && spaced(s0 - 2, s0 - 1) && spaced(s0 - 1, s0) && ((w1 === fw.yearPreposition && isNumberTok(s0 - 2)) || (w1 === fw.exception && lex.quantifiers.has(tk.low(s0 - 2))))) return mention(s0 - 2, k);
      if (s0 < k) return mention(s0, k);
    }
    // "a letter from his doctor that says …": a relative "that" after a noun stands for it (resolved in stage 4)
    if (!evidenceOnly && tk.hash[k] === THAT_HASH && head === fw.complementizer && k - 1 >= min && spaced(k - 1, k)) {
      const p = tk.low(k - 1);
      if (!lex.stop.has(p) && !lex.byFirst.has(p) && !lex.complementNouns.has(p) && !lex.determiners.has(p) && !cueAtHead.has(k - 1) && !LY.test(p)) return mention(k, k);
    }
    if (lex.stop.has(head) || lex.auxiliaries.has(head) || lex.determiners.has(head) || lex.link.has(head)) return null;
    if (!tk.cap(k) && LY.test(head) && !lex.lyWords.has(head)) return null;
    // (a cue word is no head, unless it is a plural noun that the cue pass set aside: "refugee advocates said")
    if (lex.byFirst.has(head) && !tk.cap(k) && !lex.evidence.has(head) && (cueAtHead.has(k) || !lex.nounCues.has(head))) return null;
    if (evidenceOnly && !lex.evidence.has(head)) return null;
    if (lex.timeWords.has(head)) return null;
    let s = k;
    for (let j = k - 1; j >= min && k - j < 12; j--) {
      if (!spaced(j, j + 1)) {
        const g = gap(j, j + 1);
        const w0 = tk.low(j);
        // (an initial or an abbreviation, "Sen. Lee"; or a plural possessive before a noun, "Bernie Sanders’ campaign";
        // before a name it stays out, "Fox News’ Bret Baier", as a possessive in the token stops the phrase)
        if (!(/^\.\s*$/u.test(g) && (lex.abbreviations.has(w0) || initialism(w0)) && tk.cap(j)) && !(/^['’]\s+$/u.test(g) && tk.cap(j) && ENDS_PLURAL.test(w0) && !tk.cap(j + 1))) break;
      }
      const w = tk.low(j);
      // ("De Blasio", "Van Voorhis", "Ludwig van Beethoven": a name particle before a capitalised word)
      if (lex.nameParticles.has(w) && tk.cap(j + 1) && (tk.cap(j) || (j - 1 >= min && tk.cap(j - 1) && spaced(j - 1, j)))) {
        s = j;
        continue;
      }
      if (lex.determiners.has(w)) {
        s = j;
        if (j - 1 >= min && npLink(j - 1, min) && spaced(j - 1, j)) continue;
        break;
      }
      if (lex.nameConjunctions.has(w)) {
        if (j - 1 >= min && tk.cap(j - 1) && tk.cap(s)) continue;
        break;
      }
      if (npLink(j, min)) {
        if (j - 1 >= min && (tk.cap(j - 1) || !lex.stop.has(tk.low(j - 1)))) continue;
        break;
      }
      if (lex.stop.has(w) || isPronounTok(j) || lex.auxiliaries.has(w) || lex.link.has(w)) break;
      if (!tk.cap(j) && ((LY.test(w) && !lex.lyWords.has(w)) || lex.byFirst.has(w))) break;
      if (!tk.cap(j) && tk.cap(s) && tk.cap(k) && !lex.determiners.has(w)) {
        // lower-case word before a name: only adjectives/roles; stop at verbs we cannot tell apart
        s = j;
        continue;
      }
      s = j;
    }
    // trim link words on the left edge
    // (not a capitalised name particle that opens the name: "De Blasio")
    while (s < k && (lex.link.has(tk.low(s)) && !lex.determiners.has(tk.low(s))) && !(tk.cap(s) && lex.nameParticles.has(tk.low(s)))) s++;
    return mention(s, k);
  };

  /**
   * Token j joins the words of a noun phrase: "of" / "for", or "to" after a noun for someone who speaks for
   * another or a document ("an aide to Mayor Ruiz", "a letter to the board").
   */
  const npLink = (j: number, min: number): boolean => {
    const w = tk.low(j);
    if (lex.nameLinks.has(w)) return true;
    if (!lex.relationLinks.has(w) || j - 1 < min) return false;
    const p = tk.low(j - 1);
    return lex.relationNouns.has(p) || lex.evidence.has(p);
  };
  /**
   * The end of content [start, end) for a cue at token `first` inside a sentence-opening subordinate clause
   * ("Though Mr. Obama thought …, we got …"): the comma before the main clause's subject (a name, a subject
   * pronoun or a determiner) unless a quotation follows it; end itself when the cue is in the main clause or no
   * such comma comes.
   */
  const subordinateEnd = (si: number, first: number, start: number, end: number): number => {
    let a = sentTokStart[si] ?? 0;
    while (a < first && lex.sentenceLinks.has(tk.low(a))) a++;
    if (a >= first || !lex.subordinators.has(tk.low(a))) return end;
    for (let j = a + 1; j < first; j++) if (/[,;:—–(]/u.test(gap(j - 1, j))) return end;
    const last = tk.at(end);
    for (let j = tk.at(start) + 2; j < last; j++) {
      if (!/^\s*,\s*$/u.test(gap(j - 1, j)) || chainAt(j)) continue;
      const wj = tk.low(j);
      if ((tk.cap(j) && !lex.stop.has(wj)) || lex.clauseSubjects.has(wj) || lex.determiners.has(wj)) {
        // (not before a quotation: "So when Patriot signaled that …, Mr. Barrett said, “we were floored”" stays whole)
        if (hasQuote(tk.start[j] ?? end, end)) return end;
        const e = trimEnd(tk.end[j - 1] ?? end, start);
        return e;
      }
    }
    return end;
  };
  /** A gerund cue after a preposition ("by saying") from token t on, before any clause punctuation (15 words at most). */
  const gerundCueAhead = (t: number, si: number): boolean => {
    for (let j = t; j + 1 < tk.n && j - t < 15 && sentOfTok[j + 1] === si; j++) {
      if (j > t && /[,;:]/u.test(gap(j - 1, j))) return false;
      if (lex.gerundPrepositions.has(tk.low(j)) && cueAtHead.get(j + 1)?.form.ing === true && spaced(j, j + 1)) return true;
    }
    return false;
  };
  /**
   * The noun phrase np read right before a cue, with the prepositional phrase it may end: after a name or a pronoun
   * the phrase is an adjunct and the name speaks ("Stumpf in a televised interview said", "Trump at a rally said");
   * after a common noun it tells which ones ("voters in Iowa said", "officials at the State Department said"),
   * unless its object is a document ("officials in a statement said"). A poll as its object is left to the poll
   * rules ("78 percent of voters in a recent poll said").
   */
  const withPhraseBefore = (np: Mention | null, min: number, evidenceOnly: boolean, depth: number = 0): Mention | null => {
    if (!np || evidenceOnly) return np;
    const p = tk.at(np.start) - 1;
    if (p - 1 < min || !lex.sourcePhrasePrepositions.has(tk.low(p)) || !spaced(p, p + 1) || !spaced(p - 1, p)) return np;
    if (isPronounTok(p - 1)) return lex.personalPronouns.has(tk.low(p - 1)) ? pronounMention(p - 1) : np;
    // ("Protesters marching through the streets chanted", "Residents living near the plant said": a participle
    // between the head and the phrase)
    const hw = tk.low(p - 1);
    if (!tk.cap(p - 1) && p - 2 >= min && spaced(p - 2, p - 1) && ING.test(hw) && !lex.byFirst.has(hw)) {
      const r = phraseHead(np, p - 2, min, depth);
      if (r !== np) return r;
    }
    return phraseHead(np, p - 1, min, depth);
  };
  /** withPhraseBefore with the head's last word at token h. */
  const phraseHead = (np: Mention, h: number, min: number, depth: number): Mention => {
    const head = npBefore(h, min, false);
    if (!head || head.end !== tk.end[h]) return np;
    let hs = tk.at(head.start);
    // ("Last week Stumpf in an interview said": a time phrase before the name is not part of it)
    while (hs < h && (lex.timeWords.has(tk.low(hs)) || lex.timePrepositions.has(tk.low(hs)))) hs++;
    // (a capital at the sentence start on a plural is no name: "Voters in Iowa said")
    const sentenceStart = hs === (sentTokStart[sentOfTok[hs] ?? 0] ?? -1);
    const named = tk.cap(h) && !(sentenceStart && hs === h && PLURAL_ENDING.test(tk.low(h)));
    const last = tk.low(tk.at(np.end) - 1);
    if (lex.pollNouns.has(last)) return np;
    // (a second phrase, "the role of Assad in the transition in Syria", stays whole after a name)
    if (named || lex.evidence.has(last)) return depth > 0 ? np : mention(hs, h);
    // (a common noun that counts as a head: a plural, or a noun after a determiner, a quantifier or a number; not a
    // verb read as one, "spent on ads attacking …", "heard on a microphone telling …")
    const w0 = tk.low(hs);
    if (!(PLURAL_ENDING.test(tk.low(h)) || (hs < h && (lex.determiners.has(w0) || lex.possessiveDeterminers.has(w0) || lex.quantifiers.has(w0) || isNumberTok(hs))))) return np;
    const s0 = tk.start[hs] ?? head.start;
    const whole = { start: s0, end: np.end, text: text.slice(s0, np.end) };
    // ("Officials at the embassy in Kabul said": a phrase inside a phrase, three at most)
    return depth < 2 ? (withPhraseBefore(whole, min, false, depth + 1) ?? whole) : whole;
  };
  /**
   * The aside that ends at token k and stands between commas ("of course", "for his part", "however"): the token
   * before its opening comma, or -1.
   */
  const asideBefore = (k: number, min: number): number => {
    if (tk.cap(k)) return -1;
    const w = tk.low(k);
    const len = lex.sentenceLinks.has(w) || lex.sentenceOpeners.has(w) || lex.adverbs.has(w) ? 1 : adverbPhraseEndingAt(k, min);
    const p = k - len;
    if (len === 0 || p < min || !/^\s*,\s*$/u.test(gap(p, p + 1))) return -1;
    return p;
  };
  /** Source before a cue: right before it, or before an appositive ("X, the governor, said"). */
  const sourceBefore = (c: Cue, min: number, evidenceOnly: boolean = c.form.evidence): Mention | null => {
    let k = c.first - 1;
    if (k < min) return null;
    // "Trump issued a statement saying …": the subject of the verb that put the document out speaks
    if (c.form.ing) {
      const p = publisherBefore(k, min) ?? occasionSpeaker(k, min, c.sentence);
      if (p) return p;
    }
    // "the community immediately began calling for …", "Perez just starts talking about …": the subject of the
    // verb of beginning or going on (and its adverbs) speaks
    if (c.form.ing && lex.aspectVerbs.has(tk.low(k)) && spaced(k, c.first)) {
      let f = k;
      while (f - 1 >= min && spaced(f - 1, f) && (lex.auxiliaries.has(tk.low(f - 1)) || lex.adverbs.has(tk.low(f - 1)) || (endsLy(f - 1) && !lex.lyWords.has(tk.low(f - 1))))) f--;
      const np = f - 1 >= min && spaced(f - 1, f) ? npBefore(f - 1, min, evidenceOnly) : null;
      if (np) return np;
    }
    let g = gap(k, c.first);
    // "The S.E.C. said": the period of an initialism or an abbreviation is not punctuation
    if (/^\.[ \t\u00a0]+$/u.test(g) && tk.cap(k) && (initialism(tk.low(k)) || lex.abbreviations.has(tk.low(k)))) {
      const np = npBefore(k, min, evidenceOnly);
      if (!np || np.end !== tk.end[k]) return np;
      return { start: np.start, end: np.end + 1, text: text.slice(np.start, np.end + 1) };
    }
    // "42% say": a percentage as a group
    if (/^%[ \t\u00a0]+$/u.test(g) && DIGIT_START.test(tk.low(k))) {
      const np = npBefore(k, min, evidenceOnly);
      const s0 = np ? np.start : (tk.start[k] ?? 0);
      const e0 = (tk.end[k] ?? 0) + 1;
      return { start: s0, end: e0, text: text.slice(s0, e0) };
    }
    if (SPACE_ONLY.test(g)) {
      // "Another says …", "…, while one says …": a lone quantifier right before the cue at the start of a clause
      // (not "no one said", not "another pollster said", not a bare base form: "One view is …", "One Tweet Sums Up")
      if (!evidenceOnly && lex.loneQuantifiers.has(tk.low(k)) && !(c.form.base && c.first === c.head) && (k === min || /[,;:—–]/u.test(gap(k - 1, k)) || lex.coordinators.has(tk.low(k - 1)) || lex.subordinators.has(tk.low(k - 1)))) return mention(k, k);
      // "the senator on Tuesday said", "who in 2012 added": step back over a time adjunct
      let j = k;
      while (j > min && (lex.timeWords.has(tk.low(j)) || (YEAR.test(tk.low(j)) && lex.timePrepositions.has(tk.low(j - 1)))) && spaced(j - 1, j)) j--;
      // ("Wells Fargo just this month announced": a determiner of the time word, and adverbs, before it)
      if (j === k - 1 && j > min && lex.determiners.has(tk.low(j)) && spaced(j - 1, j)) {
        let q = j - 1;
        while (q > min && lex.adverbs.has(tk.low(q)) && spaced(q - 1, q)) q--;
        // (not a verb before the time phrase: "which entered the year predicting"; a participle after the source
        // is read below, "a report issued this week said")
        const wq = tk.low(q);
        if ((q < j - 1 || !lex.adverbs.has(wq)) && (tk.cap(q) || !(PAST_FORM.test(wq) || ING.test(wq) || lex.auxiliaries.has(wq)))) return npBefore(q, min, evidenceOnly);
        if (PAST_FORM.test(wq) && !tk.cap(q) && q === j - 1) j = q + 1;
      }
      // ("Gowdy earlier Thursday said": two time words with no preposition)
      if (j < k && j >= min && (lex.timePrepositions.has(tk.low(j)) || j === k - 1 || (j === k - 2 && !lex.timeWords.has(tk.low(j))))) {
        const afterDeterminer = lex.determiners.has(tk.low(j));
        if (lex.timePrepositions.has(tk.low(j)) || afterDeterminer) j--;
        // ("A report released on Monday said": a past participle after the source; the noun phrase before it speaks)
        if (j - 1 >= min && !tk.cap(j) && PAST_FORM.test(tk.low(j)) && spaced(j - 1, j) && spaced(j, j + 1)) {
          const np = npBefore(j - 1, min, evidenceOnly);
          if (np && (lex.determiners.has(tk.low(tk.at(np.start))) || tk.cap(tk.at(np.start)))) return np;
        }
        if (afterDeterminer) return null;
        if (j >= min && spaced(j, j + 1)) return npBefore(j, min, evidenceOnly);
        // "Sen. X (D-Md.) on Tuesday said": a parenthetical before the adjunct
        if (j < min || !/^\.?\)\s*$/u.test(gap(j, j + 1))) return null;
        k = j;
        g = gap(j, j + 1);
      } else return (evidenceOnly ? null : postmodifiedBefore(k, min)) ?? withPhraseBefore(npBefore(k, min, evidenceOnly), min, evidenceOnly);
    }
    if (/^\.?\)\s*$/u.test(g)) {
      // "Sen. X (D-Md.) said", "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a
      // staffer) says": step over a parenthetical of up to 160 characters
      const close = (tk.end[k] ?? 0) + g.indexOf(')');
      const floor = Math.max(tk.start[min] ?? 0, close - 160);
      let open = close - 1;
      while (open >= floor && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 41) open--;
      if (open < floor || text.charCodeAt(open) !== 40) return null;
      k = tk.at(open) - 1;
      if (k < min || !/^\s*\($/u.test(text.slice(tk.end[k] ?? 0, open + 1))) return null;
      return npBefore(k, min, evidenceOnly);
    }
    if (/^\s*,\s*$/u.test(g)) {
      // an aside between commas before the cue ("Dow's chief, Andrew Liveris, of course, said", "Mr. Lee's aide, for
      // his part, said"): the source stands before it
      const aside = asideBefore(k, min);
      if (aside >= 0) k = aside;
      // appositive: "Name, the role of X, said"
      const app = npBefore(k, min, evidenceOnly);
      if (!app) return null;
      const a = tk.at(app.start);
      // ("…, but in Iowa, he, too, feels …": a pronoun before an aside is the subject)
      if (aside >= 0 && a === k && isPronounTok(a)) return app;
      if (a - 1 >= min && /^\s*,\s*$/u.test(gap(a - 1, a))) {
        const name = npBefore(a - 1, min, evidenceOnly);
        if (name && tk.cap(tk.at(name.start))) return name;
      }
      // (after an aside, the noun phrase before it is the source when nothing but a sentence start precedes it)
      if (aside >= 0 && (a === min || (a - 1 >= min && lex.sentenceLinks.has(tk.low(a - 1)))) && (tk.cap(a) || lex.determiners.has(tk.low(a)))) return app;
      return null;
    }
    if (DASH_PAIR.test(g)) {
      // an aside between dashes: "The three judges -- Roe, Doe and Poe -- agreed …"
      for (let j = k; j > min && k - j < 25; j--) {
        const gj = gap(j - 1, j);
        if (DASH_PAIR.test(gj)) return j - 1 >= min ? npBefore(j - 1, min, evidenceOnly) : null;
        // (the period of "Mr." or "U.S." inside the aside is no sentence mark)
        if (/[.;:()“”"]/u.test(gj) && !(/^\.\s*$/u.test(gj) && tk.cap(j - 1) && (lex.abbreviations.has(tk.low(j - 1)) || initialism(tk.low(j - 1))))) return null;
      }
    }
    return null;
  };
  /** Source right after a cue ("said Lavrov", "said the minister"). */
  const sourceAfter = (c: Cue): Mention | null => {
    const a = c.last + 1;
    if (a >= tk.n || sentOfTok[a] !== c.sentence || !spaced(c.last, a)) return null;
    let e = a;
    const w = tk.low(a);
    // (or a quantifier or a number before a noun: "said one GOP source in the room", "said several aides")
    // ("said one of the aides": a quantity of a group)
    const ofGroup = !tk.cap(a) && (lex.quantifiers.has(w) || isNumberTok(a)) && a + 2 < tk.n && sentOfTok[a + 2] === c.sentence && tk.low(a + 1) === fw.genitive && spaced(a, a + 1) && spaced(a + 1, a + 2);
    const counted = ofGroup || (!tk.cap(a) && (lex.quantifiers.has(w) || isNumberTok(a)) && a + 1 < tk.n && sentOfTok[a + 1] === c.sentence && spaced(a, a + 1) && !lex.stop.has(tk.low(a + 1)) && !lex.adjunct.has(tk.low(a + 1)));
    if (!counted && isPronounTok(a)) return pronounMention(a);
    if (lex.determiners.has(w) || counted) {
      // the + up to 5 words
      for (let j = a + 1; j < tk.n && j - a <= 5 && sentOfTok[j] === c.sentence; j++) {
        if (!spaced(j - 1, j)) break;
        const wj = tk.low(j);
        // ("a Wednesday editorial", "the Sunday paper": a day's name right after the determiner modifies the noun)
        const dayBeforeNoun = j === a + 1 && !counted && lex.timeWords.has(wj) && tk.cap(j) && j + 1 < tk.n && sentOfTok[j + 1] === c.sentence && spaced(j, j + 1) && !tk.cap(j + 1) && !lex.stop.has(tk.low(j + 1)) && !lex.adjunct.has(tk.low(j + 1));
        if (!dayBeforeNoun && !(ofGroup && (j === a + 1 || (j === a + 2 && (lex.determiners.has(wj) || lex.possessiveDeterminers.has(wj))))) && (lex.stop.has(wj) || lex.adjunct.has(wj))) break;
        e = j;
      }
      // ("said one of …" with no group read after "of")
      if (ofGroup && e < a + 2) return isPronounTok(a) ? pronounMention(a) : null;
      return e > a ? mention(a, e) : null;
    }
    // "said pollster Frank Luntz", "said former Vermont governor Howard Dean"
    if (!tk.cap(a)) return roleAndName(a, c.sentence);
    return sourceAfterName(a, c.sentence);
  };
  /**
   * Roles in lower case and capitalised words from token a, ending with a name ("pollster Frank Luntz", "former
   * Vermont governor Howard Dean", "Texas delegate Bill Eastland"); null when no name ends them or the last word is
   * a possessive ("business mogul Donald Trump's …").
   */
  const roleAndName = (a: number, si: number): Mention | null => {
    let last = -1;
    let lower = 0;
    for (let k = a; k < tk.n && k - a < 10 && sentOfTok[k] === si; k++) {
      if (k > a && !spaced(k - 1, k) && !(/^\.\s*$/u.test(gap(k - 1, k)) && tk.cap(k - 1))) break;
      if (tk.cap(k)) {
        last = sourceAfterName(k, si).end;
        k = tk.at(last) - 1;
        continue;
      }
      const wk = tk.low(k);
      // ("master of ceremonies Asab Al-Tabchi": "of" between two words of a role)
      if (wk === fw.genitive && k > a && !tk.cap(k - 1) && k + 1 < tk.n && /^[a-z][a-z-]+$/u.test(tk.low(k + 1)) && spaced(k, k + 1)) continue;
      if (!/^[a-z][a-z-]+$/u.test(wk) || ++lower > 4 || lex.stop.has(wk) || lex.adjunct.has(wk) || lex.auxiliaries.has(wk) || lex.timeWords.has(wk) || lex.byFirst.has(wk) || lex.clausePrepositions.has(wk)) break;
    }
    if (last < 0) return null;
    return POSSESSIVE.test(tk.low(tk.at(last) - 1)) ? null : mention(a, tk.at(last) - 1);
  };
  /** A run of capitalised words from token a (with "of" / "and" between them and initials): "Sergei Lavrov". */
  const sourceAfterName = (a: number, si: number): Mention => {
    let e = a;
    for (let j = a + 1; j < tk.n && j - a <= 6 && sentOfTok[j] === si; j++) {
      if (!spaced(j - 1, j) && !(/^\.\s*$/u.test(gap(j - 1, j)) && tk.cap(j - 1))) break;
      if (tk.cap(j) || ((tk.low(j) === fw.genitive || tk.low(j) === fw.conjunction) && tk.cap(j + 1))) e = j;
      else break;
    }
    return mention(a, e);
  };

  /** After an inverted source ("said Lavrov"), the sentence ends or a comma follows. */
  const invertedEnds = (sa: Mention, si: number): boolean => {
    const b = tk.at(sa.end);
    const se = sentTokEnd[si] ?? 0;
    if (b >= se) return true;
    if (/[,.;:“"‘«—–]/u.test(text.slice(sa.end, tk.start[b] ?? sa.end))) return true;
    // ("said the governor in a statement.", "said a source in the room.": a short phrase after the source, to the
    // end of the sentence or a comma, with no verb or subject in it)
    if (!spaced(b - 1, b) || !lex.sourcePhrasePrepositions.has(tk.low(b))) return false;
    for (let j = b + 1; j - b <= 4; j++) {
      if (j >= se) return true;
      if (!spaced(j - 1, j)) return /^[,.;:]\s*$/u.test(gap(j - 1, j));
      const w = tk.low(j);
      if (lex.auxiliaries.has(w) || lex.clauseSubjects.has(w) || cueAtHead.has(j) || (lex.stop.has(w) && !lex.determiners.has(w)) || ING.test(w)) return false;
    }
    return false;
  };
  /**
   * Token a is a participle that opens a phrase ("Asked about it, …", "Speaking Tuesday, …", "Having heard …"), not
   * a name that happens to end like one at the start of a sentence ("Ted Cruz said", "Schilling appeared",
   * "Reed, a senator, …"): a capitalised word is a participle only when a lower-case word that is no finite verb
   * follows it, or a time word.
   */
  const participleOpens = (a: number, limit: number): boolean => {
    const w = tk.low(a);
    if (w.length < 5 || !OPENING_PARTICIPLE.test(w)) return false;
    if (!tk.cap(a) || lex.perfectParticiples.has(w)) return true;
    const n = a + 1;
    if (n >= limit) return false;
    // (a finite verb next, "Schilling appeared", "Schilling says", makes it a name; a plural noun does not,
    // "Rallying hundreds of workers, …")
    if (spaced(a, n) && !tk.cap(n)) return !(PAST_FORM.test(tk.low(n)) || lex.auxiliaries.has(tk.low(n)) || lex.byFirst.has(tk.low(n)));
    if (spaced(a, n) && lex.timeWords.has(tk.low(n))) return true;
    // (a capitalised word or a comma next: "Rallying Democrats in Ohio, Clinton …", "Disillusioned, Mr. Lee …" open
    // a phrase when a name or a pronoun follows its comma; "Ted Cruz, a senator, …", "Schilling, who …" do not)
    for (let j = n; j < limit - 1 && j - a < 12; j++) {
      if (!gap(j - 1, j).includes(',')) continue;
      const w1 = tk.low(j);
      return (tk.cap(j) && !lex.determiners.has(w1) && !POSSESSIVE.test(w1)) || lex.personalPronouns.has(w1);
    }
    return false;
  };
  /**
   * The subject of a clause opened by a subordinator between tokens `from` and `limit` ("… started when Mrs. Clinton,
   * in response to …, accused"): a personal pronoun or a capitalised name right after the last subordinator, then a
   * comma; or null.
   */
  const subordinateSubject = (from: number, limit: number, si: number): Mention | null => {
    // (a bounded look back: a run-on "sentence" of a megabyte must not make each cue scan to its start)
    for (let s = limit - 2; s >= from && limit - s <= 40; s--) {
      if (!lex.subordinators.has(tk.low(s)) || tk.cap(s)) continue;
      const a = s + 1;
      if (lex.personalPronouns.has(tk.low(a))) return COMMA_BEFORE.test(gap(a, a + 1)) ? pronounMention(a) : null;
      if (!tk.cap(a) || lex.stop.has(tk.low(a)) || lex.determiners.has(tk.low(a))) return null;
      let e = a;
      while (e + 1 < limit && e - a < 4 && tk.cap(e + 1) && (spaced(e, e + 1) || (/^\.\s+$/u.test(gap(e, e + 1)) && (lex.abbreviations.has(tk.low(e)) || initialism(tk.low(e)))))) e++;
      if (e + 1 >= limit || sentOfTok[e] !== si || !/^\s*,\s*$/u.test(gap(e, e + 1))) return null;
      return mention(a, e);
    }
    return null;
  };
  /**
   * Up to three lower-case role words from token r ("host", "former campaign manager"), then a capitalised word before
   * token `limit`: that word's token ("candidate Bernie Sanders", "host Sean Hannity"), or -1.
   */
  const nameAfterRoleWords = (r: number, limit: number): number => {
    let q = r;
    while (q < limit && q - r < 3 && !tk.cap(q) && lex.roleWords.has(tk.low(q)) && spaced(q - 1, q)) q++;
    return q > r && q < limit && tk.cap(q) && spaced(q - 1, q) ? q : -1;
  };
  /** The subject at the start of a sentence (after a dateline, connectives, an introductory phrase), ending before token `limit`. */
  const subjectAtStart = (si: number, limit: number): Mention | null => {
    let s0 = sentTokStart[si] ?? 0;
    // a sentence that opens with a quotation: the subject comes after it ("“…,” Roe sings, before asking …")
    // (one quotation at most: a run of them is no sentence, and skipping each would make run-on text quadratic)
    const ci0 = chainIdx(tk.start[s0] ?? 0);
    if (ci0 >= 0) s0 = tk.at((chains[ci0] as Chain).end);
    let a = s0;
    // (a dateline: capitalised words, and the numbers of a date, "WASHINGTON, Dec. 8 (UPI) —", "WASHINGTON --", before a
    // dash)
    for (let j = s0; j < limit - 1 && j - s0 < 8; j++) {
      if (!tk.cap(j) && !(j > s0 && DIGIT_START.test(tk.low(j)))) break;
      if (/[—–―]|\s-\s|--/u.test(gap(j, j + 1))) {
        a = j + 1;
        break;
      }
    }
    while (a < limit && lex.sentenceLinks.has(tk.low(a))) a++;
    // ("First, Trump identified …": an opening word before a comma)
    if (a + 1 < limit && lex.sentenceOpeners.has(tk.low(a)) && /^\s*,\s*$/u.test(gap(a, a + 1))) a++;
    // ("Hours later, Trump …", "Two days earlier, …": a span of time before a comma)
    else if (!isPronounTok(a)) {
      for (let j = a + 1; j < limit - 1 && j - a < 4 && spaced(j - 1, j); j++) {
        if (lex.timeShiftWords.has(tk.low(j)) && /^\s*,\s*$/u.test(gap(j, j + 1))) {
          a = j + 1;
          break;
        }
      }
    }
    // an introductory phrase ("On Monday, …", "Having heard the case, …", "Asked about it, …"), or two of them
    // ("On Thursday, after remaining neutral for months, Warren …")
    // (a second one opens with a lower-case word: "Ebeling" or "Schilling" after the first is the subject)
    for (let intro = 0; intro < 2 && a < limit && !isPronounTok(a) && (intro === 0 || !tk.cap(a)) && (lex.adjunct.has(tk.low(a)) || participleOpens(a, limit)); intro++) {
      let found = -1;
      for (let j = a; j < limit - 1 && j - a < 12; j++) {
        if (gap(j, j + 1).includes(',')) {
          found = j + 1;
          // ("At an event in Ames, Iowa, on Sunday, …": a state or a country after a place name is part of the
          // phrase; "For now, Pantucci, at the institute, said" is a name and an appositive)
          if (found + 1 < limit && tk.cap(found) && tk.cap(found - 1) && !lex.stop.has(tk.low(found)) && gap(found, found + 1).includes(',') && (lex.timePrepositions.has(tk.low(found + 1)) || lex.adjunct.has(tk.low(found + 1))) && !tk.cap(found + 1)) continue;
          break;
        }
      }
      if (found < 0 && intro > 0) return null;
      if (found < 0) {
        // ("On September 27 they published …": a date phrase without a comma, then a personal pronoun)
        let j = a + 1;
        while (j < limit && j - a < 5 && !isPronounTok(j) && (tk.cap(j) || DIGIT_START.test(tk.low(j)) || lex.timeWords.has(tk.low(j))) && spaced(j - 1, j)) j++;
        if (j >= limit || j === a + 1 || !spaced(j - 1, j) || !lex.timePrepositions.has(tk.low(a))) return null;
        if (isPronounTok(j)) return lex.personalPronouns.has(tk.low(j)) ? pronounMention(j) : null;
        if (!lex.determiners.has(tk.low(j))) return null;
        found = j;
      }
      a = found;
      // ("On Wednesday, however, the director …": a link word between commas after the phrase)
      if (a + 1 < limit && (lex.sentenceLinks.has(tk.low(a)) || lex.sentenceOpeners.has(tk.low(a))) && /^\s*,\s*$/u.test(gap(a, a + 1))) a++;
    }
    if (a >= limit) return null;
    if (isPronounTok(a)) return pronounMention(a);
    const det = lex.determiners.has(tk.low(a));
    if (!tk.cap(a) && !det) return null;
    if (lex.stop.has(tk.low(a)) && !det) return null;
    let e = a;
    for (let j = a + 1; j < limit && j - a < 10; j++) {
      if (!spaced(j - 1, j)) {
        const w0 = tk.low(j - 1);
        if (!(/^\.\s*$/u.test(gap(j - 1, j)) && (lex.abbreviations.has(w0) || initialism(w0)) && tk.cap(j - 1))) break;
      }
      const w = tk.low(j);
      if (tk.cap(j)) {
        e = j;
        continue;
      }
      if ((lex.nameLinks.has(w) || lex.nameConjunctions.has(w) || w === fw.definiteArticle) && j + 1 < limit && (tk.cap(j + 1) || lex.determiners.has(tk.low(j + 1)))) continue;
      // ("Former Democratic candidate Bernie Sanders, who …": role words between a capitalised word and a name)
      if (!det && tk.cap(j - 1) && lex.roleWords.has(w)) {
        const k = nameAfterRoleWords(j, limit);
        if (k >= 0) {
          j = k - 1;
          continue;
        }
      }
      // ("The Louisville crowd cheered when …": a past form after the noun is the verb, not part of the subject)
      // (after a determiner it is an adjective: "the tone of his prepared text")
      if (det && j > a + 1 && (PAST_FORM.test(w) || lex.irregularPast.has(w)) && !tk.cap(j) && !lex.determiners.has(tk.low(j - 1)) && !lex.possessiveDeterminers.has(tk.low(j - 1))) break;
      if (det && !lex.stop.has(w) && !lex.auxiliaries.has(w) && !lex.byFirst.has(w) && !LY.test(w) && !(j > a + 1 && lex.determiners.has(tk.low(j + 1)))) {
        e = j;
        continue;
      }
      break;
    }
    if (e === a && det) return null;
    return mention(a, e);
  };

  /**
   * A subject read at the sentence start that ends in a possessive ("Obama's") goes on over the noun it possesses
   * ("Obama's aides were complimentary, recognizing …"): up to three lower-case words, before token `limit`.
   */
  const possessedSubject = (m: Mention | null, limit: number): Mention | null => {
    if (!m || !POSSESSIVE.test(m.text)) return m;
    const p = tk.at(m.end) - 1;
    // (a name's possessive: not "What's more")
    if (!tk.cap(p) || CONTRACTED_PRONOUN.test(tk.low(p)) || lex.stop.has(lex.shapes.withoutPossessive(tk.low(p)))) return m;
    let e = p;
    for (let j = e + 1; j < limit && j - e <= 3 && spaced(j - 1, j); j++) {
      const w = tk.low(j);
      if (tk.cap(j) || lex.stop.has(w) || lex.auxiliaries.has(w) || lex.byFirst.has(w) || LY.test(w) || PAST_FORM.test(w)) break;
      e = j;
    }
    return e === p ? m : mention(tk.at(m.start), e);
  };
  /** The possessor ending at token p: a possessive determiner ("his") or a capitalised name in the possessive
   * ("Ana Ruiz's", up to four words, not before token `min`), or null. */
  const possessorAt = (p: number, min: number): Mention | null => {
    const pw = tk.low(p);
    if (lex.possessiveDeterminers.has(pw)) return mention(p, p);
    if (!tk.cap(p) || !POSSESSIVE.test(pw) || CONTRACTED_PRONOUN.test(pw)) return null;
    let s = p;
    while (s - 1 >= min && p - s < 4 && tk.cap(s - 1) && spaced(s - 1, s)) s--;
    return mention(s, p);
  };
  /** A bracket opening before token j closes within three tokens, right after a capitalised word or a number. */
  const shortBracket = (j: number): boolean => {
    if (!tk.cap(j - 1) && !/\d/u.test(tk.low(j - 1))) return false;
    for (let k = j; k < tk.n && k - j < 3; k++) {
      const g = gap(k, k + 1);
      if (g.includes(')')) return /^[.]?\)/u.test(g);
      if (/[(,;:]/u.test(g)) return false;
    }
    return false;
  };
  const works: Work[] = [];
  const cueMention = (c: Cue): Mention => mention(c.first, c.last);

  const thatWithin = (t: number, si: number, limit: number): number => {
    for (let j = t; j < tk.n && j - t < limit && sentOfTok[j] === si; j++) {
      if (j > t && !spacedOrTitle(j - 1, j) && !/^['’]\s+$/u.test(gap(j - 1, j))) return -1;
      const w = tk.low(j);
      if (w === fw.complementizer && showTitle[j] !== 1) return j;
      // "said he would ensure that …": a subject before "that" starts the reported clause itself
      if (lex.clauseSubjects.has(w) || CONTRACTED_PRONOUN.test(w) || (j > t && lex.auxiliaries.has(w))) return -1;
    }
    return -1;
  };
  /** The first token after a hearer starting at token t ("told reporters …", "asked the senator …"), or -1. */
  const afterHearer = (t: number, si: number, named = false): number => {
    // ("told host Sean Hannity …", "told Fox News host Sean Hannity …": role words before the name)
    const se = sentTokEnd[si] ?? tk.n;
    const named0 = nameAfterRoleWords(t, se);
    if (named0 >= 0) t = named0;
    if (lex.lead.has(tk.low(t)) || isPronounTok(t)) t++;
    else if (tk.cap(t)) {
      for (;;) {
        while (t + 1 < tk.n && sentOfTok[t + 1] === si && (tk.cap(t + 1) || tk.low(t + 1) === fw.genitive || showTitle[t + 1] === 1) && spacedOrTitle(t, t + 1)) t++;
        const nx = nameAfterRoleWords(t + 1, se);
        if (nx < 0) break;
        t = nx;
      }
      t++;
    } else if (lex.determiners.has(tk.low(t))) {
      // "the reporters"; with `named`, "the New Yorker" (a run of capitalised words)
      t++;
      if (named && tk.cap(t)) while (t + 1 < tk.n && sentOfTok[t + 1] === si && tk.cap(t + 1) && spaced(t, t + 1)) t++;
      t++;
    } else return -1;
    while (t < tk.n && sentOfTok[t] === si && lex.lead.has(tk.low(t)) && spaced(t - 1, t)) t++;
    return t;
  };
  /** The words from t to the "that" at th are the object of the cue (a determiner or a noun taking a clause opens them). */
  const objectBeforeThat = (c: Cue, t: number, th: number): boolean => {
    const w = tk.low(t);
    if (lex.hearerForms.has(tk.low(c.head)) || lex.timePrepositions.has(w)) return false;
    if (!lex.determiners.has(w)) return false;
    for (let j = t + 1; j < th; j++) if (lex.timeWords.has(tk.low(j))) return false;
    return true;
  };
  const adjunctOnly = (c: Cue): boolean => {
    const a = c.last + 1;
    const si = c.sentence;
    if (a >= tk.n || sentOfTok[a] !== si) return true;
    const g = gap(c.last, a);
    if (/[,;—–]/u.test(g)) return true;
    return lex.adjunct.has(tk.low(a)) && thatWithin(a, si, 16) < 0 && !clauseAfterTime(a, si);
  };
  /**
   * A time phrase at token a ("Thursday", "on Thursday", "last week") and then, with no punctuation, the start of a
   * clause: "X, an ally of the leaders, said Thursday his biggest worry is …" reports what follows.
   */
  const clauseAfterTime = (a: number, si: number): boolean => {
    const se = sentTokEnd[si] ?? 0;
    let j = a;
    if (lex.timePrepositions.has(tk.low(j)) && lex.timeWords.has(tk.low(j + 1)) && !lex.timeWords.has(tk.low(j))) j += 2;
    else if (lex.timeWords.has(tk.low(j))) j++;
    else return false;
    // ("Thursday night")
    if (j < se && lex.timeWords.has(tk.low(j))) j++;
    if (se - j < 3) return false;
    for (let k = a + 1; k <= j; k++) if (!spaced(k - 1, k)) return false;
    const w = tk.low(j);
    return lex.personalPronouns.has(w) || lex.determiners.has(w) || lex.possessiveDeterminers.has(w) || (tk.cap(j) && !lex.stop.has(w) && !DIGIT_START.test(tk.low(j + 1)));
  };
  // the chains overlapping a range: first index via binary search
  const firstChainFrom = (pos: number): number => {
    let lo = 0;
    let hi = chains.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((chains[mid] as Chain).end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const hasQuote = (start: number, end: number): boolean => {
    const ci = firstChainFrom(start);
    const ch = chains[ci];
    return !!ch && ch.start < end;
  };
  // (the quotations' statements come first in `works`, the reported ones after: the last statement of a sentence
  // may be far back, so the statements with a source are chained by sentence as they are added)
  const lastWorkOf = new Int32Array(sentences.length).fill(-1);
  const prevInSentence: number[] = [];
  let worksIndexed = 0;
  /** The statement with a source added last in sentence `si` whose content starts before offset `before`. */
  const lastWorkInSentence = (si: number, before: number = Infinity): Work | null => {
    for (; worksIndexed < works.length; worksIndexed++) {
      const w = works[worksIndexed] as Work;
      prevInSentence.push(-1);
      if (!w.source || w.sentence < 0 || w.sentence >= sentences.length) continue;
      prevInSentence[worksIndexed] = lastWorkOf[w.sentence] ?? -1;
      lastWorkOf[w.sentence] = worksIndexed;
    }
    // (at most 16 back: a run-on "sentence" with thousands of statements must stay linear)
    for (let i = lastWorkOf[si] ?? -1, n = 0; i >= 0 && n < 16; i = prevInSentence[i] ?? -1, n++) {
      const w = works[i] as Work;
      if ((w.spans[0]?.start ?? 0) < before) return w;
    }
    return null;
  };

  /** Index of the last non-space character before `end` (not before `min`). */
  const lastCharBefore = (end: number, min: number): number => {
    let i = end - 1;
    while (i > min && SPACE_ONLY.test(text[i] ?? '')) i--;
    return i;
  };
  /** Start of the words before quotation q in its sentence when they belong to what is quoted ("Mills \u201cgot …,\u201d Jordan said"), or -1. */
  const leadInStart = (q: QuoteSpan): number => {
    const si = sentenceAt(q.open.start);
    const s0 = sentTokStart[si] ?? 0;
    const tq = tk.at(q.open.start);
    if (tq <= s0 || tq - s0 > lex.leadInMaxWords || !SPACE_ONLY.test(text.slice(tk.end[tq - 1] ?? 0, q.open.start))) return -1;
    for (let j = s0; j < tq; j++) if (cueAtHead.has(j) || chainIdx(tk.start[j] ?? 0) >= 0) return -1;
    return tk.start[s0] ?? -1;
  };
  /** End of the clause that goes on after a closing mark at `pos` with a lower-case word and no punctuation ("… \u201cbudget reforms\u201d and new taxes would pay"), or -1. */
  const tailAfter = (pos: number): number => {
    const t = tk.at(pos);
    if (t >= tk.n || !SPACE_ONLY.test(text.slice(pos, tk.start[t] ?? 0)) || pos === (tk.start[t] ?? 0)) return -1;
    const si = sentOfTok[t] ?? -1;
    if (si < 0 || si !== sentenceAt(pos - 1)) return -1;
    // (in a headline in title case the words go on capitalised)
    if (tk.cap(t) && !titleCase(si)) return -1;
    const w = tk.low(t);
    if (!/^[\p{Ll}\p{N}]/u.test(w)) return -1;
    const te = sentTokEnd[si] ?? 0;
    // (a bounded look: a clause running on past RUN_ON_WORDS words is no tail of one quotation, and run-on text stays linear)
    if (te - t > RUN_ON_WORDS) return -1;
    let e = sent(si).end;
    // a later cue in the sentence starts a statement of its own: the tail ends before it (and its coordinator)
    for (let j = t; j < te; j++) {
      const cj = cueAtHead.get(j);
      if (!cj) continue;
      let k = cj.first - 1;
      while (k >= t && lex.coordinators.has(tk.low(k))) k--;
      if (k < t) return -1;
      e = tk.end[k] ?? e;
      // (a quotation the tail ends in keeps its closing mark)
      const qc = chainIdx(e - 1);
      if (qc >= 0) e = Math.max(e, (chains[qc] as Chain).end);
      break;
    }
    e = trimEnd(e, pos);
    return e;
  };
  /** Only a short adjunct or hearer lies between cue c and token `last` ("said on Tuesday, \u201c…", "told reporters in Ohio, \u201c…"). */
  const adjunctBefore = (c: Cue, last: number): boolean => {
    const a = c.last + 1;
    if (last < a || last - a >= 8 || !spaced(c.last, a)) return false;
    const w = tk.low(a);
    if (!lex.adjunct.has(w) && !(lex.hearerForms.has(tk.low(c.head)) && afterHearer(a, c.sentence) > a)) return false;
    for (let j = a + 1; j <= last; j++) if (cueAtHead.has(j) || !(spaced(j - 1, j) || /^\.\s*$|^['’]$/u.test(gap(j - 1, j)))) return false;
    return true;
  };
  /**
   * Nothing reported follows the cue: the sentence ends, or punctuation, an adjunct or an adverb in -ly comes next
   * ("said pleasantly into the phone"), or a hearer and then such ("told reporters in Massachusetts").
   */
  const nothingReported = (c: Cue): boolean => {
    if (adjunctOnly(c)) return true;
    let a = c.last + 1;
    if (lex.hearerForms.has(tk.low(c.head))) {
      const h = afterHearer(a, c.sentence);
      if (h <= a) return false;
      a = h;
      if (a >= tk.n || sentOfTok[a] !== c.sentence || /[,;.—–]/u.test(gap(a - 1, a))) return true;
      return lex.adjunct.has(tk.low(a)) && thatWithin(a, c.sentence, 8) < 0;
    }
    return LY.test(tk.low(a)) && !lex.lyWords.has(tk.low(a)) && spaced(c.last, a);
  };
  /** An auxiliary among tokens a to b - 1 (the words of a cue before its verb: "would not", not "instead"). */
  const auxiliaryIn = (a: number, b: number): boolean => {
    for (let j = a; j < b; j++) if (lex.auxiliaries.has(tk.low(j))) return true;
    return false;
  };
  /** The subject of "… I laughed and said": the clause before the coordinator, after the last comma (or the sentence start). */
  const coordinatedSubject = (c: Cue, si: number): Mention | null => {
    const k = c.first - 1;
    const s0 = sentTokStart[si] ?? 0;
    if (k <= s0 || !lex.coordinators.has(tk.low(k)) || !spaced(k, c.first)) return null;
    let b = k - 1;
    while (b > s0 && k - b < 12 && !CLAUSE_BREAK_BEFORE.test(gap(b - 1, b))) b--;
    if (b === s0) return subjectAtStart(si, k);
    if (isPronounTok(b)) return lex.personalPronouns.has(tk.low(b)) ? pronounMention(b) : null;
    // ("Asked about it, Mrs. Lee shook her head and said, …": a name after the comma, then its verb)
    if (!tk.cap(b) || lex.determiners.has(tk.low(b)) || lex.stop.has(tk.low(b))) return null;
    let e = b;
    while (e + 1 < k && e - b < 4 && tk.cap(e + 1) && (spaced(e, e + 1) || (/^\.\s+$/u.test(gap(e, e + 1)) && (lex.abbreviations.has(tk.low(e)) || initialism(tk.low(e)))))) e++;
    return e + 1 < k && !tk.cap(e + 1) && spaced(e, e + 1) && !lex.stop.has(tk.low(e + 1)) ? mention(b, e) : null;
  };
  // ---- pass 1: quotations with their attribution
  const cueStartingAt = (t: number, limit: number): Cue | null => {
    for (let j = t; j < tk.n && j - t <= limit; j++) {
      const c = cueAtHead.get(j);
      if (c) return c;
    }
    return null;
  };
  /** The speaker label at the start of a quoted paragraph ("PENCE:"): its last token, or -1. */
  const labelEnd = (q: QuoteSpan): number => {
    const a = tk.at(q.start);
    for (let j = a; j < tk.n && j - a < 3 && (tk.start[j] ?? 0) < q.end; j++) {
      if (!ALL_CAPS.test(text.slice(tk.start[j] ?? 0, tk.end[j] ?? 0))) return -1;
      const g = gap(j, j + 1);
      if (/^\s*:\s/u.test(g)) return lex.labels.has(tk.low(a)) ? -1 : j;
      if (!spaced(j, j + 1)) return -1;
    }
    return -1;
  };
  const transcript = (ch: Chain): boolean => {
    let labelled = 0;
    for (const q of ch.pieces) if (labelEnd(q) >= 0) labelled++;
    if (labelled < 2) return false;
    let cur: Work | null = null;
    for (const q of ch.pieces) {
      const le = labelEnd(q);
      if (le >= 0) {
        const a = tk.at(q.start);
        const cpos = (tk.end[le] ?? 0) + gap(le, le + 1).indexOf(':');
        const start = tk.start[le + 1] ?? q.end;
        if (start >= q.end) continue;
        cur = { kind: 'direct', spans: [{ start, end: q.end }], source: mention(a, le), cue: { start: cpos, end: cpos + 1, text: ':' }, via: [ATTRIBUTION_RULES.transcript], inheritFrom: null, sentence: sentenceAt(q.start), paragraph: q.paragraph };
        works.push(cur);
      } else if (cur && q.end > q.start) {
        cur.spans.push({ start: q.start, end: q.end });
        cur.paragraph = q.paragraph;
      }
    }
    return true;
  };
  /** Only a comma or colon between token t and the quotation after chain ci ("He added, “…”"). */
  const leadsIntoNext = (ci: number, t: number): boolean => {
    const nx = chains[ci + 1];
    return nx !== undefined && LEADS_ON.test(text.slice(tk.end[t] ?? 0, nx.start));
  };
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
  for (let ci = 0; ci < chains.length; ci++) {
    const ch = chains[ci] as Chain;
    const firstQ = ch.pieces[0] as QuoteSpan;
    const lastQ = ch.pieces[ch.pieces.length - 1] as QuoteSpan;
    const spans: Span[] = ch.pieces.map((q) => ({ start: q.start, end: q.end }));
    if (spans.every((s) => s.end <= s.start)) {
      ch.used = true;
      continue;
    }
    const via: string[] = ch.pieces.length > 1 ? [ATTRIBUTION_RULES.multiParagraph] : [];
    const para = lastQ.paragraph;
    const paraSpan = seg.paragraphs[para] as Span;
    let made: Work | null = null;
    // a quoted transcript: "WALLACE: … / "PENCE: … — one statement per speaker label
    if (ch.pieces.length > 1 && transcript(ch)) {
      ch.used = true;
      continue;
    }
    // (a) after the closing mark: "…," X said / "…," said X
    if (lastQ.close) {
      const after = lastQ.close.end;
      const t = tk.at(after);
      if (t < tk.n && (tk.start[t] ?? 0) < paraSpan.end && QUOTE_GAP.test(text.slice(after, tk.start[t] ?? 0)) && chainIdx(tk.start[t] ?? 0) < 0) {
        const direct = cueAtHead.get(t) ?? (cueAtHead.get(t + 1)?.first === t ? cueAtHead.get(t + 1) : undefined);
        if (direct && direct.first === t && !direct.used && !direct.form.ing) {
          const src = sourceAfter(direct);
          if (src) {
            direct.used = true;
            made = { kind: 'direct', spans, source: src, cue: cueMention(direct), via: [...via, ATTRIBUTION_RULES.quoteCueSource], inheritFrom: null, sentence: direct.sentence, paragraph: para };
          }
        }
        if (!made) {
          const c = cueStartingAt(t, 12);
          if (c && !c.used && c.first > t - 1) {
            const np = sourceBefore(c, t);
            let src: Mention | null = null;
            if (np && np.start === (tk.start[t] ?? -1)) src = np;
            else if (np && c.first - t <= 8 && !lex.relativeWords.has(tk.low(t)) && !lex.relativeWords.has(tk.low(t + 1))) {
              let clean = true;
              for (let j = t + 1; j < c.first; j++) if (!spaced(j - 1, j)) clean = false;
              if (clean) src = mention(t, c.first - 1);
            }
            const qsi = sentenceAt(firstQ.open.start);
            const startsSent = tk.at(firstQ.open.start) <= (sentTokStart[qsi] ?? 0) || ch.pieces.length > 1;
            // "“….” He added, “…”": after a quotation that ends its sentence, a cue that leads into the next
            // quotation is that one's
            const endsSentence = text[lastCharBefore(lastQ.end, lastQ.start)] === '.' || c.sentence !== sentenceAt(lastQ.start);
            const leadsOn = endsSentence && leadsIntoNext(ci, c.last);
            if (src && !leadsOn && (startsSent || adjunctOnly(c))) {
              c.used = true;
              made = { kind: 'direct', spans, source: src, cue: cueMention(c), via: [...via, ATTRIBUTION_RULES.quoteSourceCue], inheritFrom: null, sentence: c.sentence, paragraph: para };
            }
          }
        }
        if (!made) {
          // "“…,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said …": a name, then an appositive
          // between commas (an age, a place, a relative clause) and the cue after the last comma
          // ("“…,” another fraternity brother, Stuart Oltchick, recalled": a noun phrase with a determiner before the
          // first comma)
          let nm: Mention | null = null;
          if (tk.cap(t) && !lex.stop.has(tk.low(t))) nm = roleAndName(t, sentOfTok[t] ?? -1);
          else if (lex.determiners.has(tk.low(t)) && !lex.stop.has(tk.low(t + 1))) {
            let k = t + 1;
            while (k + 1 < tk.n && k - t < 5 && spaced(k, k + 1) && sentOfTok[k + 1] === sentOfTok[t] && !cueAtHead.has(k + 1)) k++;
            if (k + 1 < tk.n && gap(k, k + 1).includes(',')) nm = mention(t, k);
          }
          const e = nm ? tk.at(nm.end) : -1;
          if (nm && e < tk.n && gap(e - 1, e).includes(',')) {
            for (let j = e; j < tk.n && j - e < 20 && sentOfTok[j] === sentOfTok[t]; j++) {
              // (a short quotation inside the appositive, "wearing “Ted Cruz” pins", is passed over)
              const cq = chainIdx(tk.start[j] ?? 0);
              if (cq >= 0) {
                const qc = chains[cq] as Chain;
                if (tk.at(qc.end) - j > lex.scareQuoteMaxWords) break;
                j = tk.at(qc.end) - 1;
                continue;
              }
              const cj = cueAtHead.get(j);
              if (!cj) continue;
              // (a cue inside the appositive, "who has not endorsed a candidate", is passed over)
              if (!gap(cj.first - 1, cj.first).includes(',')) continue;
              if (cj.used || cj.form.ing || !nothingReported(cj)) break;
              cj.used = true;
              made = { kind: 'direct', spans, source: nm, cue: cueMention(cj), via: [...via, ATTRIBUTION_RULES.quoteSourceCue], inheritFrom: null, sentence: cj.sentence, paragraph: para };
              break;
            }
          }
        }
      }
    }
    // (a') "…," Name verbs. with a verb the lexicon does not know (a quotation then a name and one verb)
    if (!made && lastQ.close && lastQ.end > lastQ.start && ',!?'.includes(text[lastCharBefore(lastQ.end, lastQ.start)] ?? '.')) {
      const t = tk.at(lastQ.close.end);
      const si = t < tk.n ? (sentOfTok[t] ?? -1) : -1;
      if (si >= 0 && (tk.start[t] ?? 0) < paraSpan.end && /^\s+$/u.test(text.slice(lastQ.close.end, tk.start[t] ?? 0)) && (isPronounTok(t) || tk.cap(t))) {
        let e = t;
        if (!isPronounTok(t)) while (e + 1 < tk.n && e - t < 4 && sentOfTok[e + 1] === si && tk.cap(e + 1) && spaced(e, e + 1)) e++;
        const v = e + 1;
        const w = tk.low(v);
        if (v < tk.n && sentOfTok[v] === si && spaced(e, v) && !tk.cap(v) && FINITE_ENDING.test(w) && !lex.stop.has(w) && !lex.auxiliaries.has(w)) {
          const after = v + 1;
          // ("“…?” He answered, “…”": the verb leads into the next quotation)
          if (!leadsIntoNext(ci, v) && (after >= (sentTokEnd[si] ?? 0) || /[,.;:!?]/u.test(gap(v, after)) || lex.adjunct.has(tk.low(after)))) {
            made = { kind: 'direct', spans, source: isPronounTok(t) ? pronounMention(t) : mention(t, e), cue: mention(v, v), via: [...via, ATTRIBUTION_RULES.quoteSourceVerb], inheritFrom: null, sentence: si, paragraph: para };
          }
        }
      }
    }
    // (a'') a dash and a name after the closing mark: “…” ― Jane Roe
    if (!made && lastQ.close) {
      const t = tk.at(lastQ.close.end);
      const g = t < tk.n ? text.slice(lastQ.close.end, tk.start[t] ?? 0) : '';
      if (t < tk.n && DASH_GAP.test(g) && tk.cap(t) && chainIdx(tk.start[t] ?? 0) < 0) {
        let e = t;
        while (e + 1 < tk.n && e - t < 4 && tk.cap(e + 1) && (spaced(e, e + 1) || (/^\.\s$/u.test(gap(e, e + 1)) && initialism(tk.low(e))))) e++;
        const after = e + 1 < tk.n ? text.slice(tk.end[e] ?? 0, tk.start[e + 1] ?? 0) : '';
        if (e + 1 >= tk.n || /[\n,.(]/u.test(after)) {
          const dp = lastQ.close.end + g.search(/[―—–]/u);
          made = { kind: 'direct', spans, source: mention(t, e), cue: { start: dp, end: dp + 1, text: text.slice(dp, dp + 1) }, via: [...via, ATTRIBUTION_RULES.dashSource], inheritFrom: null, sentence: sentenceAt(tk.start[t] ?? 0), paragraph: para };
        }
      }
    }
    // (a''') a quotation that is its whole paragraph, signed on the next line with a dash and a name:
    // "“…” ¶ -President Obama, tweeting after the speech." / "“…” ¶ - Clinton."
    // (the quotation opens its paragraph: nothing but white space before it)
    const opensParagraph = (): boolean => SPACE_ONLY.test(text.slice(paraSpan.start, ch.start));
    if (!made && lastQ.close && opensParagraph()) {
      const t = tk.at(lastQ.close.end);
      const g = t < tk.n ? text.slice(lastQ.close.end, tk.start[t] ?? 0) : '';
      if (t < tk.n && NEXT_LINE_DASH.test(g) && tk.cap(t) && !lex.stop.has(tk.low(t)) && chainIdx(tk.start[t] ?? 0) < 0) {
        const nm = roleAndName(t, sentOfTok[t] ?? -1);
        const e = nm ? tk.at(nm.end) : -1;
        // the signature ends its line, or goes on after a comma ("-Michelle Marks, Philadelphia.")
        const after = nm ? text.slice(nm.end, e < tk.n ? (tk.start[e] ?? text.length) : text.length) : '';
        if (nm && (e >= tk.n || /\n/u.test(after) || /^[,.]/u.test(after))) {
          const dp = lastQ.close.end + g.search(/[-―—–]/u);
          made = { kind: 'direct', spans, source: nm, cue: { start: dp, end: dp + 1, text: text.slice(dp, dp + 1) }, via: [...via, ATTRIBUTION_RULES.dashSource], inheritFrom: null, sentence: sentenceAt(tk.start[t] ?? 0), paragraph: para };
        }
      }
    }
    // (a'''') a quotation that is its whole paragraph, signed by the next paragraph before the closing mark, as in a
    // list of quoted reactions: "“I worry that … ¶ Dean Baker, Center for Economic and Policy Research.”"
    if (!made && ch.pieces.length === 1 && !lastQ.close && opensParagraph()) {
      const np = seg.paragraphs[para + 1];
      const t = tk.at(lastQ.end);
      // (a short line: a name, perhaps a comma and an affiliation, then the closing mark that ends the paragraph)
      if (np && np.end - np.start <= 120 && np.start - lastQ.end <= 8 && t < tk.n && SPACE_ONLY.test(text.slice(np.start, tk.start[t] ?? 0)) && /^[\s.!?]*$/u.test(text.slice(lastQ.end, np.start)) && tk.cap(t) && !lex.stop.has(tk.low(t)) && chainIdx(tk.start[t] ?? 0) < 0) {
        const nm = roleAndName(t, sentOfTok[t] ?? -1) ?? sourceAfterName(t, sentOfTok[t] ?? -1);
        if (/^(?:,[^\n“”"]{0,80})?[.]?[”"]\s*$/u.test(text.slice(nm.end, np.end))) {
          made = { kind: 'direct', spans, source: nm, cue: null, via: [...via, ATTRIBUTION_RULES.signatureLine], inheritFrom: null, sentence: sentenceAt(tk.start[t] ?? 0), paragraph: para };
        }
      }
    }
    // (b) before the opening mark: X said: "…" / X said, "…" / WALLACE: "…"
    if (!made) {
      const si = sentenceAt(firstQ.open.start);
      const s0 = sentTokStart[si] ?? 0;
      const tq = tk.at(firstQ.open.start);
      const lastTok = tq - 1;
      if (lastTok >= s0 && (tk.start[lastTok] ?? 0) >= sent(si).start && chainIdx(tk.start[lastTok] ?? 0) < 0) {
        const g = text.slice(tk.end[lastTok] ?? 0, firstQ.open.start);
        if (PRE_QUOTE_GAP.test(g)) {
          // the last cue of the sentence before the quotation
          let c: Cue | null = null;
          for (let j = lastTok; j >= s0 && lastTok - j < 12; j--) {
            const cj = cueAtHead.get(j);
            if (cj) {
              c = cj;
              break;
            }
          }
          const colon = g.includes(':');
          // "Said Jane Roe, “…”": the source stands between the cue and the quotation
          // (not after a verb that takes a hearer: "but told his supporters, “…”" names who heard it)
          const hearer = c !== null && lex.hearerForms.has(tk.low(c.head));
          const between = c && !c.used && !c.form.ing && c.form.frame !== 'np' && !hearer && c.last < lastTok && g.includes(',') ? sourceAfter(c) : null;
          const inverted = c !== null && between !== null && between.end === tk.end[lastTok] && !lex.timeWords.has(tk.low(c.last + 1)) && sourceBefore(c, s0) === null;
          if (c && !c.used && (c.last === lastTok || inverted || (colon && c.form.frame !== 'np') || (/[,:]/u.test(g) && adjunctBefore(c, lastTok)))) {
            const commaGap = c.first - 1 >= s0 && /,\s*$/u.test(gap(c.first - 1, c.first));
            const src = inverted ? between : c.form.ing
              ? ((commaGap ? null : sourceBefore(c, s0)) ?? lastWorkInSentence(si)?.source ?? subjectAtStart(si, c.first))
              : (sourceBefore(c, s0) ?? (hearer ? null : sourceAfter(c)) ?? (commaGap ? subjectAtStart(si, c.first) : null) ?? coordinatedSubject(c, si) ??
                // ("Mayor Jane Roe said Friday that … but said “…”": the subject of the sentence)
                (c.first - 1 > s0 && lex.coordinators.has(tk.low(c.first - 1)) ? subjectAtStart(si, c.first - 1) : null));
            // (a reporting verb right before the quotation whose source the rules cannot read — "Another source
            // familiar with Cruz's thinking said, “…”": the quotation is still that cue's, with no source; not after
            // a determiner, a possessive or a coordinator, where the word is a noun ("the show “…”") or another rule
            // finds the source ("… and said, “…”"))
            const prevW = c.first - 1 >= s0 ? tk.low(c.first - 1) : '';
            const bare = !src && c.last === lastTok && !c.form.evidence && !c.form.predicative &&
              !lex.determiners.has(prevW) && !lex.possessiveDeterminers.has(prevW) && !lex.coordinators.has(prevW) && !POSSESSIVE.test(prevW);
            if (src || c.form.ing || bare) {
              c.used = true;
              made = { kind: 'direct', spans, source: src, cue: cueMention(c), via: [...via, ATTRIBUTION_RULES.cueQuote], inheritFrom: null, sentence: si, paragraph: firstQ.paragraph };
            }
          } else if (colon && !c) {
            const np = npBefore(lastTok, s0, false);
            if (np && np.start === (tk.start[s0] ?? -1) && tk.cap(s0)) {
              const cp = (tk.end[lastTok] ?? 0) + g.indexOf(':');
              made = { kind: 'direct', spans, source: np, cue: { start: cp, end: cp + 1, text: ':' }, via: [...via, ATTRIBUTION_RULES.colonLeadIn], inheritFrom: null, sentence: si, paragraph: firstQ.paragraph };
            } else {
              // "The campaign worded it more carefully: “…”": a named or personal subject, a verb phrase, a colon
              const subj = subjectAtStart(si, lastTok);
              const st = subj ? tk.at(subj.start) : -1;
              let v = subj ? tk.at(subj.end) : -1;
              // ("Sen. Jane Roe (D-Ore.) scolded him:": a short bracket after the name)
              if (v > 0 && v < lastTok && /^\s*\($/u.test(gap(v - 1, v)) && shortBracket(v)) {
                while (v < lastTok && !gap(v, v + 1).includes(')')) v++;
                v++;
              }
              // ("She then addressed them:": an adverb between the subject and the verb)
              while (v >= 0 && v < lastTok && (lex.adverbs.has(tk.low(v)) || lex.timeWords.has(tk.low(v))) && spaced(v, v + 1)) v++;
              let named = false;
              if (subj) for (let j = st; j < v && !named; j++) if (tk.cap(j) && !lex.determiners.has(tk.low(j))) named = true;
              if (subj && v <= lastTok && v - st <= 8 && (isPronounTok(st) ? lex.personalPronouns.has(tk.low(st)) : named) && !tk.cap(v) && !lex.stop.has(tk.low(v)) && !lex.beForms.has(tk.low(v)) && chainIdx(tk.start[v] ?? 0) < 0) {
                made = { kind: 'direct', spans, source: subj, cue: mention(v, lastTok), via: [...via, ATTRIBUTION_RULES.colonLeadIn], inheritFrom: null, sentence: si, paragraph: firstQ.paragraph };
              }
            }
          }
          if (!made && colon && lex.leadInNouns.has(tk.low(lastTok)) && !tk.cap(lastTok)) {
            // "The campaign released a statement: “…”", "my answer: “…”": a word for what was said before the colon;
            // the possessor speaks, or else the subject of the sentence
            let src: Mention | null = null;
            for (let j = lastTok - 1; j >= s0 && lastTok - j <= 4 && spaced(j, j + 1) && !src; j--) src = possessorAt(j, s0);
            src ??= subjectAtStart(si, lastTok);
            if (src && tk.at(src.start) < lastTok) {
              made = { kind: 'direct', spans, source: src, cue: mention(lastTok, lastTok), via: [...via, ATTRIBUTION_RULES.nounColonLeadIn], inheritFrom: null, sentence: si, paragraph: firstQ.paragraph };
            }
          }
        }
        if (!made) {
          // a cue earlier in the sentence: the quotation is part of reported speech (partial), handled below
          for (let j = lastTok; j >= s0 && lastTok - j < 60; j--) {
            const cj = cueAtHead.get(j);
            if (cj && !cj.used) {
              ch.embedded = true;
              break;
            }
          }
        }
      }
    }
    if (made && ch.pieces.length === 1 && (made.via.includes(ATTRIBUTION_RULES.quoteCueSource) || made.via.includes(ATTRIBUTION_RULES.quoteSourceCue))) {
      // Mills "got an immunity agreement," Jordan said: the words before the quotation in its sentence are part of what was said
      const lead = leadInStart(firstQ);
      if (lead >= 0) {
        (made.spans[0] as Span).start = lead;
        made.kind = 'partial';
        made.via.push(ATTRIBUTION_RULES.leadInWords);
      }
    }
    const colonTitle = made !== null && made.via.includes(ATTRIBUTION_RULES.colonLeadIn) && titleCase(sentenceAt(lastQ.start));
    if (made && ch.pieces.length === 1 && lastQ.close && (made.via.includes(ATTRIBUTION_RULES.cueQuote) || colonTitle)) {
      // he said "budget reforms" and new taxes would pay for it: the clause goes on after the closing mark
      let tail = '.!?,'.includes(text[lastCharBefore(lastQ.end, lastQ.start)] ?? '.') ? -1 : tailAfter(lastQ.close.end);
      // (a headline in title case after a colon: "Roe: ‘Of Course’ Lee Is Qualified To Serve" — the words after the
      // quotation are all part of what was said, whatever verbs they hold)
      if (tail > lastQ.close.end && colonTitle) {
        tail = Math.min(sent(sentenceAt(lastQ.start)).end, tk.end[tk.at(lastQ.close.end) + RUN_ON_WORDS - 1] ?? Infinity);
        tail = trimEnd(tail, lastQ.close.end);
      }
      if (tail > lastQ.close.end) {
        // (the content is now a clause with a quotation in it: it takes the opening mark as well as the closing one)
        (made.spans[0] as Span).start = lastQ.open.start;
        (made.spans[0] as Span).end = tail;
        made.kind = 'partial';
        made.via.push(ATTRIBUTION_RULES.quoteThenClause);
      }
    }
    if (made) {
      ch.used = true;
      works.push(made);
      // "…," X said. "…" — a following quotation in the same paragraph without its own attribution
      let tail = made;
      let prevEnd = ch.end;
      // (a quotation signed with a dash stands alone: the next one is someone else's)
      while (ci + 1 < chains.length && !made.via.includes(ATTRIBUTION_RULES.dashSource)) {
        const nx = chains[ci + 1] as Chain;
        const nq = nx.pieces[0] as QuoteSpan;
        if (nq.paragraph !== (tail === made ? para : nq.paragraph) || nq.paragraph !== para) break;
        const between = text.slice(prevEnd, nx.start);
        const bt = tk.at(prevEnd);
        const et = tk.at(nx.start);
        if (et - bt > 30) break;
        // "“…,” he said, but “…”": a coordinator (and up to two words) in the same sentence leads the next quotation in
        const coord = COORD_LEAD.exec(between);
        const lead = coord && lex.coordinators.has((coord[1] as string).toLowerCase()) && sentenceAt(nx.start) === made.sentence ? prevEnd + coord.index + coord[0].indexOf(coord[1] as string) : -1;
        if (lead < 0 && !/[.,:;]\s*$/u.test(between)) break;
        // "…," X told them, before asking, "…": a cue of its own between the two
        let ownCue = false;
        for (let j = bt; j < et && !ownCue; j++) {
          const cj = cueAtHead.get(j);
          if (!cj || cj.used || cj.last >= et) continue;
          // ("…," Trump said, adding later, "…": a time word or an adverb may follow the cue)
          let k = cj.last + 1;
          while (k < et && k - cj.last <= 3 && (lex.timeWords.has(tk.low(k)) || lex.adverbs.has(tk.low(k))) && spaced(k - 1, k)) k++;
          if (k === et) ownCue = true;
        }
        if (ownCue) break;
        // the next quotation must not carry its own "…," X said
        const nl = nx.pieces[nx.pieces.length - 1] as QuoteSpan;
        if (nl.close) {
          const t2 = tk.at(nl.close.end);
          const c2 = cueStartingAt(t2, 6);
          if (c2 && (tk.start[t2] ?? 0) < (seg.paragraphs[nl.paragraph] as Span).end && QUOTE_GAP.test(text.slice(nl.close.end, tk.start[t2] ?? 0)) && (sentOfTok[t2] === c2.sentence)) {
            const src2 = sourceBefore(c2, t2) ?? sourceAfter(c2);
            if (src2 && c2.sentence === sentenceAt(nl.close.start)) break;
          }
        }
        // and must not be embedded in a new sentence with a cue
        const nsi = sentenceAt(nx.start);
        if (nsi !== made.sentence && tk.at(sent(nsi).start) < tk.at(nx.start)) break;
        if (lead >= 0) {
          made.spans.push({ start: lead, end: nx.end });
          made.kind = 'partial';
        } else for (const q of nx.pieces) made.spans.push({ start: q.start, end: q.end });
        if (!made.via.includes(ATTRIBUTION_RULES.continuation)) made.via.push(ATTRIBUTION_RULES.continuation);
        nx.used = true;
        prevEnd = nx.end;
        ci++;
        tail = made;
      }
    }
  }
  })();

  // ---- pass 2: reported speech around the remaining cues
  const sentContentEnd = (si: number, from: number): number => {
    const s = sent(si);
    let e = s.end;
    // a quotation that starts in the content and ends after the sentence (a sentence break inside it)
    const ci = chainIdx(e - 1);
    if (ci >= 0) {
      const ch = chains[ci] as Chain;
      if (ch.start >= from && ch.end > e) e = ch.end;
    }
    e = trimEnd(e, from);
    // "(The mayor denied the report.)": the closing parenthesis of a sentence in brackets is not content
    if (e > from && text.charCodeAt(e - 1) === 41 /* ) */) {
      // (a bounded look-back keeps run-on sentences linear: no opening bracket seen there counts as one, so nothing is cut)
      let open = e - from > 600;
      for (let i = e - 2; i >= from && !open; i--) if (text.charCodeAt(i) === 40) open = true;
      if (!open) {
        e--;
        e = trimEnd(e, from);
      }
    }
    return e;
  };
  const skipLead = (pos: number, end: number): number => {
    while (pos < end && LEAD.test(text[pos] ?? '')) pos++;
    return pos;
  };
  /** A cue with its head at token h and its first token at `first` ("and said", "and also told"). */
  const clauseCueAt = (h: number, first: number): boolean => {
    const c2 = cueAtHead.get(h);
    if (!c2 || c2.first !== first) return false;
    return true;
  };
  const chainAt = (j: number): boolean => chainIdx(tk.start[j] ?? 0) >= 0;
  /** The sentence starting at `start` opens, within its first 40 characters, with an editor's correction note. */
  const correctionNote = (start: number): boolean => {
    const head = text.slice(start, start + 40).toLowerCase();
    return lex.correctionSources.some((p) => head.includes(p));
  };
  /** The complementiser after an aside that opens at token t (ended by a comma or a dash), within 16 words, or -1. */
  const thatAfterAside = (t: number, si: number): number => {
    const se = sentTokEnd[si] ?? 0;
    for (let j = t + 1; j < se && j - t < 16; j++) {
      if (cueAtHead.has(j) || chainAt(j)) return -1;
      if (tk.hash[j] === THAT_HASH && tk.low(j) === fw.complementizer && ASIDE_MARK.test(gap(j - 1, j))) return j;
    }
    return -1;
  };
  /** The last token of a short answer ("so", "yes", "as much") at token t that ends its clause, or -1. */
  const shortAnswerAt = (t: number): number => {
    for (const words of lex.shortAnswers) {
      const e = t + words.length - 1;
      if (e >= tk.n || sentOfTok[e] !== sentOfTok[t]) continue;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) if (tk.low(t + k) !== words[k] || (k > 0 && !spaced(t + k - 1, t + k))) ok = false;
      if (ok && (e + 1 >= (sentTokEnd[sentOfTok[t] ?? 0] ?? 0) || /[.;:!?—–]/u.test(gap(e, e + 1)) || (spaced(e, e + 1) && lex.adjunct.has(tk.low(e + 1))))) return e;
    }
    return -1;
  };
  /** After the coordinator at token j, a subject (up to 7 words, no punctuation) and a reporting verb with content of its own. */
  const newSpeakerAfter = (j: number, clauseAfter: boolean = false): boolean => {
    for (let k = j + 2; k < tk.n && k - j <= 8; k++) {
      if (!spaced(k - 1, k)) return false;
      const c2 = cueAtHead.get(k);
      if (!c2) continue;
      const f2 = c2.form;
      // (nor a cue word that is more often a noun: "…, he would support the Denver Broncos" goes on with the content)
      if (f2.ing || f2.quoteOnly || f2.infinitiveOnly || f2.authorial || f2.frame === 'according' || c2.first <= j + 1 || lex.nounlikeBaseForms.has(tk.low(c2.head))) return false;
      // (with clauseAfter: the cue goes on with its own content in the sentence, not "…, Lee noted, …" nor "…, Lee said.")
      if (clauseAfter && c2.last + 1 < (sentTokEnd[c2.sentence] ?? 0) && !spaced(c2.last, c2.last + 1)) return false;
      return sourceBefore(c2, j + 1) !== null;
    }
    return false;
  };
  /**
   * The end of a noun-phrase content before a coordinator and a new clause with a personal pronoun as its subject:
   * "apologized for the delay and he promised …" ends at "delay".
   */
  const npCoordinationEnd = (start: number, end: number): number => {
    const a = tk.at(start) + 1;
    const b = Math.min(tk.at(end), a + RUN_ON_WORDS);
    for (let j = a; j < b - 1; j++) {
      if (!lex.coordinators.has(tk.low(j)) || !spaced(j, j + 1) || chainAt(j)) continue;
      if (lex.personalPronouns.has(tk.low(j + 1)) && j + 2 < b && spaced(j + 1, j + 2) && !tk.cap(j + 2)) {
        const e = trimEnd(tk.end[j - 1] ?? end, start);
        return e > start ? e : end;
      }
    }
    return end;
  };
  /** Cut reported content at the next clause boundary (";", a dash, or a comma before "while", "but", "which" …), outside quotations. */
  const clauseEnd = (start: number, end: number): number => {
    const a = tk.at(start) + 1;
    // bounded look-ahead keeps the stage linear on run-on sentences full of cues
    const b = Math.min(tk.at(end), a + RUN_ON_WORDS);
    for (let j = a; j < b; j++) {
      // "… and said …": a coordinated reporting verb starts a statement of its own
      if (lex.coordinatorHashes.has(tk.hash[j] ?? 0) && lex.coordinators.has(tk.low(j)) && (clauseCueAt(j + 1, j + 1) || clauseCueAt(j + 2, j + 1)) && chainIdx(tk.start[j] ?? 0) < 0) {
        let e = tk.end[j - 1] ?? end;
        const m = /^[”"’'»]+/u.exec(gap(j - 1, j));
        if (m) e += m[0].length;
        return Math.min(e, end);
      }
      // "…, and most voters said …": a new subject with a reporting verb of its own after a comma and a coordinator
      if (lex.coordinatorHashes.has(tk.hash[j] ?? 0) && lex.coordinators.has(tk.low(j)) && gap(j - 1, j).includes(',') && newSpeakerAfter(j) && chainIdx(tk.start[j] ?? 0) < 0) {
        return Math.min(tk.end[j - 1] ?? end, end);
      }
      if (spaced(j - 1, j)) continue;
      const g = gap(j - 1, j);
      // "said that, during the period, Gates was …": an aside right after "that"; the clause goes on after it
      if (j === a && tk.hash[a - 1] === THAT_HASH && tk.low(a - 1) === fw.complementizer && /^\s*,\s*$/u.test(g)) {
        let k = j + 1;
        while (k < b && k - j < 20 && !/[,;:—–―()“”"]/u.test(gap(k - 1, k))) k++;
        if (k < b && /^\s*,\s*$/u.test(gap(k - 1, k))) {
          j = k;
          continue;
        }
      }
      if (chainIdx(tk.start[j] ?? 0) >= 0 && chainIdx(tk.start[j] ?? 0) === chainIdx(tk.end[j - 1] ?? 0)) continue;
      // a short bracket ("Sen. Jane Roe (D-Ore.)", "the treaty (TPP)") is part of the phrase before it, not an aside
      if (/^\s*\($/u.test(g) && shortBracket(j)) continue;
      // "…, Ham also noted …": a new subject with a reporting verb of its own after a comma (not an aside: "…, Ham noted, …")
      if (/^\s*,\s*$/u.test(g) && newSpeakerAfter(j - 1, true) && chainIdx(tk.start[j] ?? 0) < 0) return Math.min(tk.end[j - 1] ?? end, end);
      // "…, but that …": a second clause governed by the same cue
      if (g.includes(',') && !/[;—–―(]/u.test(g) && lex.coordinators.has(tk.low(j)) && j + 1 < b && tk.hash[j + 1] === THAT_HASH && tk.low(j + 1) === fw.complementizer) continue;
      // "said the decision, which struck down …, illustrates …", "says Millennials, numbering 75 million,
      // surpassed …": a relative or participle clause inside a short subject that has no verb yet; the content goes
      // on after the comma that closes it
      if (g.includes(',') && !/[;—–―(]/u.test(g) && (lex.relativeWords.has(tk.low(j)) || ((lex.clauseBreakers.has(tk.low(j)) || (ING.test(tk.low(j)) && !tk.cap(j))) && !cueAtHead.has(j))) && j - a <= 5) {
        let k = j + 1;
        while (k < b && k - j < 30 && !/[,;:—–―()]/u.test(gap(k - 1, k))) k++;
        const w = k < b ? tk.low(k) : '';
        if (k < b && /^\s*,\s*$/u.test(gap(k - 1, k)) && !tk.cap(k) && ((FINITE_FORM.test(w) && !lex.stop.has(w)) || lex.auxiliaries.has(w)) && !lex.determiners.has(w) && !isPronounTok(k) && !chainAt(k)) {
          j = k;
          continue;
        }
      }
      // "an unborn baby – up until its birth – has no constitutional rights": a pair of dashes around an aside inside
      // the content; the content goes on after the second one when a verb or a subject follows it
      if (DASH_PAIR.test(g) && !chainAt(j)) {
        let k = j + 1;
        while (k < b && k - j < 25 && !DASH_PAIR.test(gap(k - 1, k)) && !/[;.!?()“”"]/u.test(gap(k - 1, k))) k++;
        const w = k < b ? tk.low(k) : '';
        if (k < b && DASH_PAIR.test(gap(k - 1, k)) && !tk.cap(k) && !chainAt(k) && (lex.auxiliaries.has(w) || (FINITE_FORM.test(w) && !lex.stop.has(w)) || lex.determiners.has(w) || lex.quantifiers.has(w) || isPronounTok(k))) {
          j = k;
          continue;
        }
      }
      // "…, but not for cases of rape": a coordinator and a negation with no clause of their own go on with the content
      if (g.includes(',') && !/[;—–―(]/u.test(g) && lex.coordinators.has(tk.low(j)) && j + 1 < b && lex.negations.has(tk.low(j + 1)) && spaced(j, j + 1) && !lex.auxiliaries.has(tk.low(j + 2)) && !isPronounTok(j + 2)) continue;
      // (", including …" goes on with the content: it lists what the content names)
      if (/[;—–―]|\s-\s|\(/u.test(g) || (g.includes(',') && (lex.clauseBreakers.has(tk.low(j)) || (ING.test(tk.low(j)) && !tk.cap(j) && !chainAt(j) && !lex.listWords.has(tk.low(j)))))) {
        let e = tk.end[j - 1] ?? end;
        // keep a closing quotation mark that belongs to the content
        const m = /^[”"’'»]+/u.exec(g);
        if (m) e += m[0].length;
        return Math.min(e, end);
      }
    }
    // a clause that runs on past the look-ahead without a break ends there (a run-on "sentence" of a megabyte must
    // not give every statement in it the rest of the text)
    return b < tk.at(end) ? Math.min(tk.end[b - 1] ?? end, end) : end;
  };
  /** The end of an aside's content from start: the comma before a cue with no subject of its own ("…, told reporters"), else end. */
  const asideEnd = (start: number, end: number): number => {
    const b = Math.min(tk.at(end), tk.at(start) + RUN_ON_WORDS);
    for (let j = tk.at(start) + 1; j < b; j++) {
      const c2 = cueAtHead.get(j);
      if (c2 === undefined || c2.first !== j || c2.form.ing || tk.cap(j) || chainAt(j) || !/^\s*,\s*$/u.test(gap(j - 1, j))) continue;
      return tk.end[j - 1] ?? end;
    }
    return end;
  };
  /** An object pronoun among the content lead words that here starts the content: "her husband", "me to read". */
  const possessiveLead = (t: number): boolean => {
    if (!OBJECT_PRONOUN.test(tk.low(t))) return false;
    const n = t + 1;
    // ("her $4.5 billion net worth": a currency sign before the number)
    if (n >= tk.n || !(spaced(t, n) || CURRENCY_GAP.test(gap(t, n)))) return false;
    const w = tk.low(n);
    if (w === fw.infinitive) return true;
    return !tk.cap(n) && !lex.stop.has(w) && !lex.determiners.has(w) && !lex.lead.has(w) && !isPronounTok(n) && !lex.timeWords.has(w);
  };
  const isPassive = (c: Cue): boolean => {
    for (let j = c.first; j < c.head; j++) if (lex.beForms.has(tk.low(j))) return true;
    return false;
  };
  // chains are claimed through a skip list (union-find), so claiming overlapping ranges stays linear
  const skip = new Int32Array(chains.length + 1);
  for (let i = 0; i <= chains.length; i++) skip[i] = i;
  const nextFree = (i: number): number => {
    let r = i;
    while ((skip[r] ?? r) !== r) r = skip[r] ?? r;
    let j = i;
    while ((skip[j] ?? j) !== r) {
      const nx = skip[j] ?? j;
      skip[j] = r;
      j = nx;
    }
    return r;
  };
  const claimRange = (start: number, end: number): void => {
    for (let ci = nextFree(firstChainFrom(start)); ci < chains.length; ci = nextFree(ci + 1)) {
      const ch = chains[ci] as Chain;
      if (ch.start >= end) break;
      ch.used = true;
      skip[ci] = ci + 1;
    }
  };
  /** Index of the last chain starting before pos, or -1 (offsets are integers: before pos is at or before pos - 1). */
  const lastChainBefore = (pos: number): number => lastStartingAtOrBefore(chains, pos - 1);


  /**
   * The subject of an evidence cue when it is not right before it: "Exit polls taken in May found …",
   * "The report published Tuesday showed …", or any speaker when "that" follows ("the inspectors found that …").
   */
  let evidencePlural = false;
  const evidenceSubject = (c: Cue, s0: number): Mention | null => {
    evidencePlural = false;
    const nx = c.last + 1;
    const any = (): Mention | null => (nx < tk.n && sentOfTok[nx] === c.sentence && tk.low(nx) === fw.complementizer ? sourceBefore(c, s0, false) : null);
    const subj = subjectAtStart(c.sentence, c.first);
    const a = subj ? tk.at(subj.start) : s0;
    if (a >= c.first || c.first - a > 16) return any();
    let ev = -1;
    for (let j = a; j < c.first; j++) {
      if (j > a && !spaced(j - 1, j) && !/^\.\s*$/u.test(gap(j - 1, j))) return any();
      if (ev < 0 && j - a < 5 && lex.evidence.has(tk.low(j))) ev = j;
      if (cueAtHead.has(j) && !lex.evidence.has(tk.low(j))) return any();
    }
    // the evidence noun heads the subject: a modifier follows it (a participle, a preposition, "of")
    if (ev < 0 || ev + 1 >= c.first) return any();
    const w = tk.low(ev + 1);
    if (!(PAST_PARTICIPLE.test(w) || lex.stop.has(w) || lex.link.has(w) || lex.timeWords.has(w))) return any();
    const hw = tk.low(ev);
    evidencePlural = ENDS_PLURAL.test(hw) || lex.pluralEvidenceNouns.has(hw);
    return mention(a, c.first - 1);
  };
  let prev2: Work | null = null; // the last reported-speech statement of this pass
  let prev2Np = false; // … and its cue takes a noun phrase ("drew attention to the fact that …")
  /** Another real cue (not `except`) in sentence si, looking up to 200 tokens either side of token `around`. */
  const otherCue = (si: number, except: Cue | null, around: number): boolean => {
    const s0 = sentTokStart[si] ?? 0;
    const se = Math.min(sentTokEnd[si] ?? 0, around + 200);
    for (let j = Math.max(s0, around - 200); j < se; j++) {
      const o = cueAtHead.get(j);
      // not a noun that looks like a cue ("the plan", "a report") nor a cue that needs what is missing here
      if (o && o !== except && !o.form.infinitiveOnly && !o.form.quoteOnly && !(o.first === o.head && lex.determiners.has(tk.low(o.head - 1)))) return true;
    }
    return false;
  };
  /** "X seems to …", "X is expected to …": the writer's inference, no source; the content is the clause with its subject. */
  const authorialAt = (c: Cue): Work | null => {
    const si = c.sentence;
    const s0 = sentTokStart[si] ?? 0;
    const t = c.last + 1;
    if (t >= tk.n || sentOfTok[t] !== si || !spaced(c.last, t)) return null;
    if (c.form.infinitiveOnly && tk.low(t) !== fw.infinitive) return null;
    // another cue in the sentence ("appeared to suggest that …", "…, she said", "according to …") attributes it
    if (otherCue(si, c, c.first)) return null;
    const cs = tk.start[c.first] ?? 0;
    // inside the content of an earlier statement of the sentence: part of it
    if (prev2 && prev2.sentence === si) {
      const sp = prev2.spans[prev2.spans.length - 1] as Span;
      if (cs > sp.start && cs < sp.end) return null;
    }
    let a: number;
    const rel = c.first - 1;
    if (rel >= s0 && lex.relativeWords.has(tk.low(rel)) && spaced(rel, c.first)) a = rel;
    else {
      const subj = subjectAtStart(si, c.first);
      if (subj) a = tk.at(subj.start);
      else {
        a = s0;
        while (a < c.first && lex.sentenceLinks.has(tk.low(a))) a++;
      }
    }
    if (a >= c.first) return null;
    const start = tk.start[a] ?? 0;
    const from = tk.start[t] ?? 0;
    const end = clauseEnd(from, sentContentEnd(si, from));
    if (end <= from) return null;
    let kind: StatementKind = 'indirect';
    const via: string[] = [ATTRIBUTION_RULES.authorial];
    if (hasQuote(start, end)) {
      kind = 'partial';
      via.push(ATTRIBUTION_RULES.partialQuote);
      const lq = chains[lastChainBefore(end)];
      const e2 = lq && lq.end > end ? lq.end : end;
      claimRange(start, e2);
      return { kind, spans: [{ start, end: e2 }], source: null, cue: cueMention(c), via, inheritFrom: null, sentence: si, paragraph: sent(si).paragraph };
    }
    return { kind, spans: [{ start, end }], source: null, cue: cueMention(c), via, inheritFrom: null, sentence: si, paragraph: sent(si).paragraph };
  };
  /**
   * The asker named by "by" after a passive "asked", before the question at token q ("asked by Starnes if …", "was
   * asked by a caller why …", "asked by host Bill Maher whether …"): a name or a short noun phrase, up to a
   * preposition or a time word ("asked by Ingraham on Thursday about …"); else null.
   */
  const askerAfter = (h: number, q: number): Mention | null => {
    if (tk.low(h + 1) !== fw.agent || !spaced(h, h + 1)) return null;
    const a = h + 2;
    let e = -1;
    for (let j = a; j < q && j - a < 6; j++) {
      const w = tk.low(j);
      if (j > a && !spaced(j - 1, j) && !(/^\.\s+$/u.test(gap(j - 1, j)) && tk.cap(j) && (lex.abbreviations.has(tk.low(j - 1)) || initialism(tk.low(j - 1))))) break;
      if (lex.timePrepositions.has(w) || lex.clausePrepositions.has(w) || lex.timeWords.has(w) || lex.auxiliaries.has(w) || cueAtHead.has(j)) break;
      // (a lower-case first word: a determiner, a plural noun, or a title before a name, "host Bill Maher")
      if (j === a && !tk.cap(j) && !lex.determiners.has(w) && !lex.possessiveDeterminers.has(w) && !(w.length >= 2 && /^[a-z]+$/u.test(w) && ENDS_PLURAL.test(w)) && !(tk.cap(j + 1) && spaced(j, j + 1))) break;
      e = j;
    }
    return e >= a && !lex.determiners.has(tk.low(e)) ? mention(a, e) : null;
  };
  /** "Asked whether …", "was asked to …": the question (a question word within seven words after the cue, or with
   * `infinitive`, a "to" right after it or after "by X"), as a statement whose source is the asker after "by"
   * ({@link askerAfter}; none when no one is named), or null. */
  const askedQuestion = (c: Cue, infinitive: boolean): Work | null => {
    const h = c.head;
    const si = c.sentence;
    let q = -1;
    for (let j = h + 1; j < tk.n && j - h <= 7 && sentOfTok[j] === si; j++) {
      if (lex.questionWords.has(tk.low(j)) || (infinitive && tk.hash[j] === TO_HASH && tk.low(j) === fw.infinitive && (j === h + 1 || tk.low(h + 1) === fw.agent))) {
        q = j;
        break;
      }
      if (/[,;:]/u.test(gap(j - 1, j))) break;
    }
    if (q < 0) return null;
    const se = sentTokEnd[si] ?? 0;
    let e = q;
    for (let j = q + 1; j < se && j - q < 80; j++) {
      if (/[,;:—–]/u.test(gap(j - 1, j))) break;
      e = j;
    }
    if (e <= q) return null;
    // ("Asked about his paid speeches, …": what was asked about is the content, without the preposition)
    const qs = tk.start[lex.topicPrepositions.has(tk.low(q)) && q + 1 <= e ? q + 1 : q] ?? 0;
    const qe = tk.end[e] ?? 0;
    const quoted = hasQuote(qs, qe);
    if (quoted) claimRange(qs, qe);
    c.used = true;
    return { kind: quoted ? 'partial' : 'indirect', spans: [{ start: qs, end: qe }], source: askerAfter(h, q), cue: cueMention(c), via: [ATTRIBUTION_RULES.askedQuestion], inheritFrom: null, sentence: si, paragraph: sent(si).paragraph };
  };
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
  for (const c of cues) {
    if (c.used) continue;
    const si = c.sentence;
    const s = sent(si);
    const s0 = sentTokStart[si] ?? 0;
    const f = c.form;
    // cheap checks first: a cue that needs a quotation or a "to"-infinitive after it
    if (f.quoteOnly && !hasQuote(tk.end[c.last] ?? 0, s.end)) continue;
    // "… is worrying, Cuban said": a participle that is an adjective too, after a copula and with nothing after it
    // but punctuation ("you might be asking, …" stays a cue)
    if (lex.adjectivalParticiples.has(tk.low(c.head)) && c.head > s0 && c.last === c.head && lex.auxiliaries.has(tk.low(c.head - 1)) && (c.last + 1 >= (sentTokEnd[si] ?? 0) || /^[,;]/u.test(gap(c.last, c.last + 1))) && !hasQuote(tk.end[c.last] ?? 0, s.end)) continue;
    if (f.infinitiveOnly && !f.authorial && (c.last + 1 >= tk.n || tk.hash[c.last + 1] !== TO_HASH)) continue;
    // "Correction: An earlier version of this article incorrectly listed …": an editor's correction note reports no
    // one's statement, nor do the cues inside it (the opening of the sentence, after a label, is read)
    if (lex.correctionSources.length && correctionNote(s.start)) continue;
    // "rebel groups backed by Ankara", "a bill supported by the mayor": a past participle right before "by", with no
    // auxiliary, modifies the noun before it; that noun is no source
    if (f.frame === 'np' && c.first === c.last && !f.ing && !f.base && PAST_FORM.test(tk.low(c.head)) && tk.low(c.last + 1) === fw.agent && spaced(c.last, c.last + 1) && !(c.first - 1 >= s0 && lex.auxiliaries.has(tk.low(c.first - 1)))) continue;
    if (f.authorial) {
      const w = authorialAt(c);
      if (w) {
        c.used = true;
        prev2 = w;
        prev2Np = false;
        works.push(w);
      }
      continue;
    }
    // passive voice ("was announced the winner", "is named in reports"): the subject is not the speaker; but
    // "he was asked what happened …", "Clinton has been asked to release …" report a question (its asker, when
    // named, after "by")
    if (!f.ing && f.frame !== 'according' && isPassive(c)) {
      if (lex.questionCues.has(tk.low(c.head))) {
        const w = askedQuestion(c, true);
        if (w) works.push(w);
      }
      continue;
    }
    const via: string[] = [];
    let source: Mention | null = null;
    let start = -1;
    let end = -1;
    let second: Span | null = null;
    if (f.frame === 'according') {
      // according to X, content / content, according to X
      const a = c.last + 1;
      if (a >= tk.n || sentOfTok[a] !== si) continue;
      let e = a;
      for (let j = a; j < tk.n && sentOfTok[j] === si && j - a < 14; j++) {
        if (j > a && !spaced(j - 1, j) && !/^\.\s*$/u.test(gap(j - 1, j)) && !/^['’]s?\s*$/u.test(gap(j - 1, j))) break;
        if (j > a && chainIdx(tk.start[j] ?? 0) >= 0) break;
        e = j;
      }
      source = mention(a, e);
      via.push(ATTRIBUTION_RULES.accordingTo);
      let lead = s0;
      while (lead < c.first && lex.sentenceLinks.has(tk.low(lead))) lead++;
      if (lead < c.first) {
        // (the content reaches back at most RUN_ON_WORDS words: a run-on "sentence" of a megabyte must not give every
        // "according to" in it the whole text before it)
        start = Math.max(s.start, tk.start[c.first - RUN_ON_WORDS] ?? 0);
        end = tk.start[c.first] ?? 0;
        const afterSrc = tk.end[e] ?? 0;
        const rest = sentContentEnd(si, afterSrc);
        // "X, according to Y, is Z": the sentence goes on with a verb (not an appositive of Y nor a new clause)
        const nt = tk.at(afterSrc);
        if (rest > afterSrc && /^\s*,\s*\S/u.test(text.slice(afterSrc, afterSrc + 3)) && rest - afterSrc > 40 && (lex.auxiliaries.has(tk.low(nt)) || hasQuote(afterSrc, rest))) end = rest;
        end = trimEnd(end, start);
      } else {
        start = skipLead(tk.end[e] ?? 0, s.end);
        end = clauseEnd(start, sentContentEnd(si, start));
      }
    } else {
      let inverted = false;
      let afterAuthorial = false; // the subject sits further back: no agreement check on a bare base form
      const before = c.first - 1 >= s0 ? gap(c.first - 1, c.first) : '';
      // "Having announced that …, the judge …", "…, having suggested in a speech that …": a perfect participle
      // speaks for the subject of the sentence (or of the statement before it in the sentence)
      const hv = c.first - 1;
      if (hv >= s0 && lex.perfectParticiples.has(tk.low(hv)) && !tk.cap(hv + 1) && spaced(hv, c.first)) {
        if (hv === s0) source = subjectAtStart(si, sentTokEnd[si] ?? tk.n);
        else if (COMMA_BEFORE.test(gap(hv - 1, hv)) || /(?:[—–―]|--)\s*$/u.test(gap(hv - 1, hv))) {
          const prevW = lastWorkInSentence(si, tk.start[c.first] ?? 0);
          source = prevW ? prevW.source : subjectAtStart(si, hv);
        }
        if (source) via.push(ATTRIBUTION_RULES.participle);
      }
      if (!source && c.first > s0 && /,\s*$/u.test(before)) {
        // "…, said X." or "X, the governor of Y, said …"
        if (f.frame !== 'np' && !f.ing) {
          const sa = sourceAfter(c);
          // ("The manager, Corey Lewandowski, said the plan failed": a source with an appositive before the cue
          // outranks a noun phrase with a determiner after it)
          const appositiveFirst = sa !== null && lex.determiners.has(tk.low(tk.at(sa.start))) && sourceBefore(c, s0) !== null;
          if (sa && !appositiveFirst && invertedEnds(sa, si) && !/^\s*[“"‘«]/u.test(text.slice(sa.end, sa.end + 3))) {
            source = sa;
            inverted = true;
          }
        }
        if (!source && !f.ing && !adjunctOnly(c)) {
          // ("…, but in Iowa, he, too, said …": a personal pronoun right before an aside is the subject)
          const ab = asideBefore(c.first - 1, s0);
          source = ab >= 0 && lex.personalPronouns.has(tk.low(ab)) ? pronounMention(ab) : subjectAtStart(si, c.first);
          // ("Bloomberg's pollster, Douglas Schoen, says …": the subject read at the sentence start stops at a
          // possessive; the noun phrase before the appositive is whole)
          if (source && POSSESSIVE.test(source.text)) source = sourceBefore(c, s0) ?? source;
          // ("The turn started when Mrs. Clinton, in response to …, accused him …": the cue is the verb of a clause
          // opened by a subordinator after the subject read at the sentence start; its own subject comes before the
          // aside)
          if (source) source = subordinateSubject(tk.at(source.end), c.first, si) ?? source;
          // ("After the meeting of Nevada Democrats on Saturday ended in mayhem when …, Roberta Lange, the state party
          // chairwoman, said …": an introductory clause too long to step over; a name between commas before the
          // appositive is the subject)
          if (!source) {
            const nb = sourceBefore(c, s0);
            const a = nb ? tk.at(nb.start) : -1;
            if (nb && a - 1 >= s0 && tk.cap(a) && !lex.determiners.has(tk.low(a)) && COMMA_BEFORE.test(gap(a - 1, a))) source = nb;
          }
          if (source) via.push(ATTRIBUTION_RULES.appositive);
        }
      } else if (!source) {
        source = sourceBefore(c, s0);
        // "she seemed to suggest that …": the subject of the authorial verb speaks
        const au = c.first - 2 >= s0 && tk.hash[c.first - 1] === TO_HASH && tk.low(c.first - 1) === fw.infinitive ? cueAtHead.get(c.first - 2) : undefined;
        if (!source && f.evidence) {
          source = evidenceSubject(c, s0);
          if (source && evidencePlural) afterAuthorial = true;
        }
        if (!source && au && !lex.noInfinitive.has(tk.low(c.head)) && (au.form.authorial || lex.noInfinitive.has(tk.low(au.head))) && au.last === c.first - 2) {
          source = sourceBefore(au, s0);
          if (source) afterAuthorial = true;
        }
        // "He went out of his way to say that …", "Clinton took to Twitter to say …", "Voters are more likely to say
        // …": an infinitive of the verb phrase of the sentence speaks for its subject (not after an object, "asked
        // him to say", nor after a cue, whose content it is)
        const pv = c.first - 2;
        if (!source && !au && f.frame !== 'np' && !lex.noPurposeInfinitive.has(tk.low(c.head)) && pv > s0 && tk.hash[c.first - 1] === TO_HASH && tk.low(c.first - 1) === fw.infinitive && spaced(pv, c.first - 1) && spaced(c.first - 1, c.first) && (!tk.cap(pv) || (pv - 1 > s0 && (tk.low(pv - 1) === fw.infinitive || lex.timePrepositions.has(tk.low(pv - 1))))) && !isPronounTok(pv) && !OBJECT_PRONOUN.test(tk.low(pv)) && !ING.test(tk.low(pv)) && !cueAtHead.has(pv)) {
          // (the subject's verb right after it, and the infinitive at most ten words on: "He went out of his way
          // to say", not "Democratic voters are more likely to say" read as "Democratic")
          const sj = subjectAtStart(si, pv);
          const v = sj ? tk.at(sj.end) : -1;
          const vw = v >= 0 ? tk.low(v) : '';
          const s0w = sj ? tk.low(tk.at(sj.start)) : '';
          if (sj && v < pv && pv - v <= 10 && !tk.cap(v) && s0w !== fw.expletive && (isPronounTok(tk.at(sj.start)) || !lex.stop.has(s0w)) && (lex.auxiliaries.has(vw) || PAST_FORM.test(vw) || FINITE_FORM.test(vw) || lex.irregularPast.has(vw) || lex.adverbs.has(vw))) {
            source = sj;
            via.push(ATTRIBUTION_RULES.purposeInfinitive);
            afterAuthorial = true;
          }
        }
      }
      if (!source && c.first - 1 >= s0 && lex.coordinators.has(tk.low(c.first - 1))) {
        // "X met the families and said …" (not a noun or a passive after the coordinator: "criticism from Democrats
        // and praise from conservatives", "aided by Russia and opposed by the U.S.")
        const nx = tk.low(c.last + 1);
        if (c.first === c.last && (nx === fw.agent || nx === fw.origin)) continue;
        // ("Kasich says he'd sit Putin down and tell him …", "They said they would expand it and push for …", "said
        // that the group should not endorse Randolph and instead support …": right after reported content whose
        // clause has a personal pronoun or a determiner phrase as its subject, a base form with no auxiliary goes
        // on with that clause's verb, not with the reporter's; not after a comma, "Some …, fearing X, and argue …")
        if (f.base && !auxiliaryIn(c.first, c.head) && prev2 && prev2.sentence === si && !prev2Np && prev2.kind === 'indirect') {
          const sp = prev2.spans[prev2.spans.length - 1] as Span;
          const k0 = tk.at(sp.start);
          const subj = tk.hash[k0] === THAT_HASH && tk.low(k0) === fw.complementizer ? k0 + 1 : k0;
          if (sp.end <= (tk.start[c.first - 1] ?? 0) && /^\s*$/u.test(text.slice(sp.end, tk.start[c.first - 1] ?? 0)) && (lex.personalPronouns.has(tk.low(subj)) || lex.determiners.has(tk.low(subj)))) {
            // (the content goes on over the coordinated verb phrase)
            const from = tk.start[c.first] ?? 0;
            const e2 = clauseEnd(from, sentContentEnd(si, from));
            if (e2 > sp.end && !hasQuote(sp.end, e2)) sp.end = e2;
            continue;
          }
        }
        // ("For that she drew Trump's ire - he called her “weak” and said …": the clause after a dash)
        source = subjectAtStart(si, c.first - 1) ?? coordinatedSubject(c, si);
        if (source) via.push(ATTRIBUTION_RULES.coordinated);
      }
      if (!source && f.ing && c.first - 1 >= s0 && COMMA_BEFORE.test(before)) {
        // "…, saying that …": the speaker of the sentence
        const prevW = lastWorkInSentence(si, tk.start[c.first] ?? 0);
        source = prevW ? prevW.source : possessedSubject(subjectAtStart(si, c.first), c.first);
        if (source) via.push(ATTRIBUTION_RULES.participle);
      }
      if (!source && f.ing && c.first - 1 > s0 && lex.gerundPrepositions.has(tk.low(c.first - 1)) && spaced(c.first - 1, c.first)) {
        // "… was fined for saying that …", "began by saying …": the subject of the sentence
        const prevW = lastWorkInSentence(si);
        source = prevW ? prevW.source : subjectAtStart(si, c.first - 1);
        if (source) via.push(ATTRIBUTION_RULES.gerundAfterPreposition);
      }
      if (!source && f.ing && c.first === s0 && c.first === c.head && tk.cap(c.head) && !titleCase(si) && !ALL_CAPS.test(text.slice(tk.start[c.head] ?? 0, tk.end[c.head] ?? 0))) {
        // "Bemoaning the “phony system,” Trump accused …", "Praising the crew, the mayor said …": a participle that
        // opens the sentence speaks for the subject after its phrase (not in a headline, "WARNING: …"; nor before an
        // occasion for speaking, "Concluding the conversation, the presidents …", which ends it)
        let o = c.last + 1;
        if (o < tk.n && (lex.determiners.has(tk.low(o)) || lex.possessiveDeterminers.has(tk.low(o)))) o++;
        if (!(o < tk.n && sentOfTok[o] === si && lex.occasionNouns.has(tk.low(o)))) source = subjectAtStart(si, sentTokEnd[si] ?? tk.n);
        if (source) via.push(ATTRIBUTION_RULES.participle);
      }
      if (!source && f.ing && c.first - 1 >= s0 && lex.timeGerundPrepositions.has(tk.low(c.first - 1)) && spaced(c.first - 1, c.first)) {
        // "“…,” Trump told reporters, before insisting he had …": the speaker of the statement before it in the
        // sentence; with none, the subject after the phrase when it opens the sentence ("After announcing his
        // support, X …"), and nothing elsewhere (an aside: "when Trump, after railing against …, produced …")
        const prevW = lastWorkInSentence(si, tk.start[c.first] ?? 0);
        source = prevW ? prevW.source : c.first - 1 === s0 ? subjectAtStart(si, sentTokEnd[si] ?? tk.n) : null;
        if (source) via.push(ATTRIBUTION_RULES.gerundAfterPreposition);
      }
      if (!source) {
        // "Asked whether …, X said" / "when asked how …": a reported question with no named asker
        const h = c.head;
        if (lex.questionCues.has(tk.low(h)) && c.first === h && (h === s0 || lex.questionCueLeads.has(tk.low(h - 1)))) {
          const w = askedQuestion(c, false);
          if (w) works.push(w);
        }
        continue;
      }
      // a cue inside the content of the previous reported statement ("X says he feels …", "told him she worries …")
      // belongs to that statement, not to one of its own
      // (nor to a statement of an infinitive of purpose, whose content is read more loosely: "… to defend not paying
      // an architect who said he was stiffed")
      if (prev2 && prev2.sentence === si && !inverted && !prev2.via.includes(ATTRIBUTION_RULES.purposeInfinitive)) {
        const sp = prev2.spans[prev2.spans.length - 1] as Span;
        const cs = tk.start[c.first] ?? 0;
        const st0 = tk.at(source.start);
        // unless a named source's own words follow in quotation marks ("… that X and Y reaffirmed their “…”")
        const named = prev2Np && tk.cap(st0) && !isPronounTok(st0) && hasQuote(tk.end[c.last] ?? 0, sp.end);
        if (cs > sp.start && cs < sp.end && !named) continue;
      }
      // "did not unveil plans to …", "is dialing back plans to …": lower-case words after an auxiliary or a negation
      // are a verb phrase, and an infinitive cue word after them ("plans", "offers") a noun
      if (f.infinitiveOnly && !inverted) {
        const ss = tk.at(source.start);
        const wb = ss - 1 >= s0 ? tk.low(ss - 1) : '';
        if ((lex.auxiliaries.has(wb) || lex.negations.has(wb)) && !tk.cap(ss) && !lex.determiners.has(tk.low(ss)) && !isPronounTok(ss)) continue;
      }
      // "Editor’s note", "the party’s support": a possessive before the cue makes the cue a noun
      if (POSSESSIVE.test(source.text) && !CONTRACTED_PRONOUN.test(tk.low(tk.at(source.end) - 1))) continue;
      if (f.base && c.first === c.head && !afterAuthorial) {
        // a bare base form ("say") after a singular lower-case noun is rarely a cue
        // (the head of "voters in each state" is "voters": a phrase read by withPhraseBefore)
        let h = tk.at(source.end) - 1;
        const ss = tk.at(source.start);
        for (let j = h - 1; j > ss; j--) {
          if (lex.sourcePhrasePrepositions.has(tk.low(j)) && !tk.cap(j)) {
            h = j - 1;
            // ("Residents living near the plant say": the noun before a participle that opens the phrase)
            if (h - 1 >= ss && !tk.cap(h) && (ING.test(tk.low(h)) || PAST_FORM.test(tk.low(h)))) h--;
            break;
          }
          // ("People close to him say", "Those familiar with the talks say": the head before a postmodifier)
          const pm = phraseEndingAt(j, ss, lex.postmodifiersByLast);
          if (pm > 0 && j - pm >= ss) {
            h = j - pm;
            break;
          }
        }
        // ("those surveyed say", "those polled say": a past participle after a group pronoun)
        const pastAfterPlural = h - 1 >= 0 && PAST_FORM.test(tk.low(h)) && lex.groupPronouns.has(tk.low(h - 1));
        // ("Advisers to the governor say": a plural relation noun before a link in the source; other words before a
        // link keep the last noun, "a majority of voters say", "this reeks of fear")
        let pluralBeforeLink = false;
        for (let j = h - 1; j - 1 >= tk.at(source.start) && !pluralBeforeLink; j--) {
          const wj = tk.low(j);
          if ((lex.nameLinks.has(wj) || lex.relationLinks.has(wj)) && lex.relationNouns.has(tk.low(j - 1)) && ENDS_PLURAL.test(tk.low(j - 1))) pluralBeforeLink = true;
        }
        if (!pastAfterPlural && !pluralBeforeLink && !isPronounTok(h) && !tk.cap(h) && !ENDS_PLURAL.test(tk.low(h)) && !/\d/u.test(tk.low(h)) && !lex.pluralNouns.has(tk.low(h)) && !lex.groupPronouns.has(tk.low(h))) {
          // "observers in the state and around the country say": a plural head before a prepositional phrase
          const alt = pluralHeadBefore(tk.at(source.start), s0);
          if (!alt) continue;
          source = alt;
        }
      }
      const srcTok = tk.at(source.start);
      const commaBefore = inverted || (srcTok - 1 >= s0 && /,\s*$/u.test(gap(srcTok - 1, srcTok)));
      const a = inverted ? tk.at(source.end) : c.last + 1;
      const postposable = f.postposed && commaBefore && (inverted || adjunctOnly(c) || (f.frame === 'object-clause' && thatWithin(a, si, 8) < 0 && (sentTokEnd[si] ?? 0) - a <= 5));
      // (when the words before the source are no content, "In Iowa, Lee said on Monday he would run", the content
      // follows the cue after all)
      let forward = !postposable;
      if (postposable) {
        // content before: from the sentence start (or the end of an earlier statement) to the comma
        const cut = inverted ? tk.start[c.first] ?? 0 : source.start;
        let from = Math.max(s.start, tk.start[c.first - RUN_ON_WORDS] ?? 0);
        // a quotation that ends in this sentence but began earlier
        const ci = chainIdx(s.start);
        if (ci >= 0) from = (chains[ci] as Chain).start;
        start = skipLead(from, cut);
        end = cut;
        end = trimEnd(end, start);
        // "X, he said, is Y": the sentence goes on after the attribution
        let appositive = false;
        const ae = inverted ? tk.at(source.end) : c.last + 1;
        const se = sentTokEnd[si] ?? 0;
        for (let j = ae; j < se && j - ae < 6; j++) {
          const g = j > 0 ? gap(j - 1, j) : '';
          if (g.includes(',') && !/[“"‘«]/u.test(g)) {
            // "…, said X, a professor at Y" / "…, said X, who …": an appositive of the source, not more content
            const wj = tk.low(j);
            // (and any rest after an inverted source that does not go on with a verb: "…, said Larry Sabato, director of
            // the Center for Politics", "…, said Katie Harbath, Facebook's director"; "The plan, said Lee, is new" goes on)
            if (inverted && (lex.determiners.has(wj) || lex.relativeWords.has(wj) || wj === fw.possessiveRelative || !(lex.auxiliaries.has(wj) || (FINITE_FORM.test(wj) && !tk.cap(j) && !lex.stop.has(wj))))) appositive = true;
            // ("This campaign, he says, is different": a short rest, when the two parts make three words or more; not
            // after an inverted source, "…, said Lee, Politifact's editor")
            else if (se - j >= 3 || (!inverted && se > j && tk.at(end) - tk.at(start) + se - j >= 3)) {
              // (bounded like the content before: RUN_ON_WORDS words at most)
              second = { start: tk.start[j] ?? 0, end: Math.min(sentContentEnd(si, tk.start[j] ?? 0), tk.end[j + RUN_ON_WORDS - 1] ?? Infinity) };
            }
            break;
          }
          if (!spaced(j - 1, j)) break;
        }
        const ft = tk.at(start);
        if (second || appositive) {
          if (end <= start) continue;
          via.push(second ? ATTRIBUTION_RULES.parenthetical : ATTRIBUTION_RULES.contentThenCue);
        } else {
          // an introductory phrase with no comma in it ("Concluding the talks, X agreed …": the phrase alone before
          // the source) is not reported content; but a determiner opens one only before a time word ("This week, …";
          // "This has been a concern, X said" is content), "About 270 people …" is a quantity, and a gerund opens one
          // only in a short phrase ("Seeing his brother suffer led him to …, he said" is content)
          let fw = ft;
          while (fw < tk.at(end) && lex.sentenceLinks.has(tk.low(fw)) && !lex.adjunct.has(tk.low(fw + 1))) fw++;
          const w0 = tk.low(fw);
          const intro = (lex.adjunct.has(w0) && (!lex.determiners.has(w0) || lex.timeWords.has(tk.low(fw + 1))) && !DIGIT_START.test(tk.low(fw + 1))) ||
            (ING.test(w0) && tk.at(end) - fw < lex.introMaxWords);
          // (but a time phrase, "This week the ferry was late, Lee said", opens a clause of its own: it is content
          // when a subject follows it, a determiner, a personal pronoun or a name)
          let timeIntro = false;
          if (intro && (lex.determiners.has(w0) || lex.timePrepositions.has(w0)) && lex.timeWords.has(tk.low(fw + 1))) {
            const sj = fw + 2;
            timeIntro = sj < tk.at(end) && spaced(fw + 1, sj) && (lex.determiners.has(tk.low(sj)) || lex.personalPronouns.has(tk.low(sj)) || (tk.cap(sj) && !lex.stop.has(tk.low(sj))));
          }
          const introOnly = !hasQuote(start, end) && intro && !timeIntro && !text.slice(start, end).includes(',');
          if (end - start < 8 || tk.at(end) - ft < 4 || introOnly) {
            // (too little content before the source, "Lee, he said.", is no statement; only an opening phrase, "In
            // Iowa, Lee said on Monday he would run", leaves the content to the words after the cue)
            if (inverted || !introOnly || f.ing) continue;
            forward = true;
          } else via.push(ATTRIBUTION_RULES.contentThenCue);
        }
      }
      if (forward) {
        let t = a;
        if (t >= tk.n || sentOfTok[t] !== si) continue;
        if (f.frame === 'object-clause') {
          const th = thatWithin(t, si, 12);
          if (th >= 0) t = th;
          else {
            t = afterHearer(t, si, true);
            if (t < 0) continue;
            // "told reporters on Monday the plan …": a time phrase after the hearer
            if (t + 1 < tk.n && sentOfTok[t + 1] === si && lex.timePrepositions.has(tk.low(t)) && lex.timeWords.has(tk.low(t + 1)) && !lex.timeWords.has(tk.low(t)) && spaced(t, t + 1) && spaced(t + 1, t + 2)) t += 2;
          }
          via.push(ATTRIBUTION_RULES.reportedObject);
        } else if (f.frame === 'clause') {
          // "said in an interview with the local paper last week that …": a longer adjunct before "that"
          let th = thatWithin(t, si, lex.adjunct.has(tk.low(t)) ? 16 : 7);
          // "said on CNN, where he is now a contributor, that …", "said — on Twitter, as it happens — that …": "that"
          // right after an aside that follows the cue
          if (th < 0 && t === c.last + 1 && (lex.adjunct.has(tk.low(t)) || ASIDE_MARK.test(gap(c.last, t)))) th = thatAfterAside(t, si);
          // "denied the reports that …", "says a plan that failed …": an object before "that" is part of the content
          // (not after a verb that takes a hearer, "warned the council that …", nor a time phrase, "said the next day that …")
          if (th > t && objectBeforeThat(c, t, th)) th = -1;
          if (th >= 0) t = th;
          else {
            // "asked the senator whether …", "urged voters to …": a hearer before a question or an infinitive is not content
            if (lex.hearerForms.has(tk.low(c.head))) {
              const h = afterHearer(t, si);
              if (h > t && h < tk.n && sentOfTok[h] === si && spaced(h - 1, h) && (tk.low(h) === fw.infinitive || lex.questionWords.has(tk.low(h)))) t = h;
            }
            // "has said for weeks …", "for several months …", "for a while …": a duration
            if (tk.low(t) === fw.duration) {
              let j = t + 1;
              while (j < tk.n && j - t <= 2 && sentOfTok[j] === si && (lex.determiners.has(tk.low(j)) || lex.quantifiers.has(tk.low(j)) || isNumberTok(j)) && spaced(j - 1, j)) j++;
              if (j + 1 < tk.n && sentOfTok[j + 1] === si && lex.durationUnits.has(tk.low(j)) && spaced(j - 1, j) && spaced(j, j + 1)) t = j + 1;
            }
            // "insisted on building a wall", "disagree on what …", "thinking about whether …": a gerund or a question
            // after the topic preposition is the content ("said on stage", "said about half" are not)
            if (t === c.last + 1 && t + 1 < tk.n && sentOfTok[t + 1] === si && lex.topicPrepositions.has(tk.low(t)) && !tk.cap(t + 1) && (lex.questionWords.has(tk.low(t + 1)) || (ING.test(tk.low(t + 1)) && !GERUND_LOOKALIKE.test(tk.low(t + 1)))) && spaced(t, t + 1)) t++;
            // "said on Friday …", "said last week …"
            if (t + 1 < tk.n && lex.timePrepositions.has(tk.low(t)) && lex.timeWords.has(tk.low(t + 1)) && spaced(t, t + 1) && !lex.timeWords.has(tk.low(t))) t += 2;
            while (t < tk.n && sentOfTok[t] === si && lex.lead.has(tk.low(t)) && spaced(t - 1, t) && !possessiveLead(t)) t++;
            // "thinking about X", "known as X": a preposition right after the verb is not a reported clause
            // ("said about half of …": a quantity, not a preposition)
            if (t === c.last + 1 && lex.clausePrepositions.has(tk.low(t)) && !(/^\d/u.test(tk.low(t + 1)) || lex.quantifiers.has(tk.low(t + 1))) && shortAnswerAt(t) < 0) continue;
          }
          if (!via.length) via.push(ATTRIBUTION_RULES.reportedClause);
        } else {
          // "identified as …", "listed in …", "identified with …": a preposition right after a cue that takes a bare
          // object makes it no report
          if (t === c.last + 1 && f.directObject && lex.npCuePrepositions.has(tk.low(t)) && !chainAt(t)) continue;
          via.push(ATTRIBUTION_RULES.reportedNp);
        }
        if (t >= tk.n || sentOfTok[t] !== si) continue;
        if (f.infinitiveOnly && !(tk.low(t) === fw.infinitive && t === c.last + 1)) continue;
        // "agreed to continue", "continued to insist that …": a commitment or an action, not a reported proposition
        // (a cue after the "to" speaks for the subject instead)
        if (lex.noInfinitive.has(tk.low(c.head)) && c.last + 1 < tk.n && tk.hash[c.last + 1] === TO_HASH && tk.low(c.last + 1) === fw.infinitive) continue;
        // "responded to his message by saying, “…”": a prepositional phrase, then a gerund cue after a preposition,
        // which reports for the subject instead
        // (not the infinitive of an intention: "sought to deal with it by supporting …" reports the seeking)
        if (((tk.low(t) === fw.infinitive && !f.infinitiveOnly) || lex.clausePrepositions.has(tk.low(t)) || lex.topicPrepositions.has(tk.low(t))) && gerundCueAhead(t + 1, si)) continue;
        // "did not respond to a request for comment", "admitted to victimizing …": "to" right after the cue and before a
        // noun phrase or a gerund is the cue's preposition; the content is its object
        if (t === c.last + 1 && tk.hash[t] === TO_HASH && tk.low(t) === fw.infinitive && !f.infinitiveOnly && t + 1 < tk.n && sentOfTok[t + 1] === si && spaced(t, t + 1) && !chainAt(t + 1)) {
          const w = tk.low(t + 1);
          // (not in a title-case line, "Sanders Vows To Eliminate …")
          if (!titleCase(si) && (lex.determiners.has(w) || lex.possessiveDeterminers.has(w) || OBJECT_PRONOUN.test(w) || tk.cap(t + 1) || DIGIT_START.test(w) || (ING.test(w) && !GERUND_LOOKALIKE.test(w)))) {
            // ("adding to her delegate lead": no report at all)
            if (c.first === c.head && c.last === c.head && lex.notCuesBeforeToObject.has(tk.low(c.head))) continue;
            t++;
          }
        }
        start = tk.start[t] ?? 0;
        // a currency sign just before the content belongs to it ("said $4 billion was spent")
        if (CURRENCY_GAP.test(text.slice(tk.end[t - 1] ?? 0, start))) start--;
        // a quotation mark just before the content belongs to it
        const cq = chainIdx(start);
        if (cq >= 0) start = Math.min(start, (chains[cq] as Chain).start);
        else {
          const prevMark = text.slice(tk.end[t - 1] ?? 0, start);
          // (not the closing mark of a programme's title: "said on ABC's "This Week" that …")
          const m = showTitle[t - 1] === 1 ? null : /[“"‘'«]\s*$/u.exec(prevMark);
          if (m) start = (tk.end[t - 1] ?? 0) + m.index;
        }
        end = clauseEnd(start, sentContentEnd(si, start));
        if (f.frame === 'np' && !hasQuote(start, end)) end = npCoordinationEnd(start, end);
        // ("respondents who support Sanders are in college": after a relative source, the noun phrase ends before
        // the verb of the sentence it is part of)
        const c0 = tk.low(tk.at(start));
        if (f.frame === 'np' && source && tk.at(source.end) - tk.at(source.start) === 1 && lex.relativeWords.has(tk.low(tk.at(source.start))) && !hasQuote(start, end) && !lex.questionWords.has(c0) && c0 !== fw.complementizer) {
          // ("Older voters, who strongly support Mrs. Clinton, have also seen …": a relative clause between commas ends
          // at the second)
          const between = tk.at(source.start) - 1 >= s0 && COMMA_BEFORE.test(gap(tk.at(source.start) - 1, tk.at(source.start)));
          for (let j = tk.at(start) + 1; j < tk.n && (tk.start[j] ?? 0) < end && j - tk.at(start) < 30; j++) {
            if (between && /^\s*,\s*$/u.test(gap(j - 1, j)) && !tk.cap(j)) {
              end = tk.end[j - 1] ?? end;
              break;
            }
            // (up to a comma, a coordinator, a relative or a subordinator, after which the verb may be another
            // clause's: "Trump and whom Trump took …", "families of Americans who have been killed")
            const wj = tk.low(j);
            if (!spaced(j - 1, j) || lex.coordinators.has(wj) || lex.relativeWords.has(wj) || lex.subordinators.has(wj) || chainAt(j)) break;
            // (not after a pronoun, the subject of a clause inside the phrase: "the things she had come to believe")
            if (!lex.auxiliaries.has(wj) || ING.test(wj) || tk.cap(j) || isPronounTok(j - 1) || tk.low(j - 1) === fw.infinitive) continue;
            const e = trimEnd(tk.end[j - 1] ?? end, start);
            if (e > start) end = e;
            break;
          }
        }
        // "While some argue that X, President Obama has …": a cue inside an opening subordinate clause; its content
        // ends where the main clause begins
        end = subordinateEnd(si, c.first, start, end);
        // a following ", X said" belongs to another statement
        // "said so", "said yes", "said as much": a short answer standing for the content
        const sa = f.frame === 'clause' && t === c.last + 1 ? shortAnswerAt(t) : -1;
        if (sa >= 0) end = tk.end[sa] ?? end;
        else {
          if (end - start < 3) continue;
          if (f.frame === 'clause' && (tk.at(end) - tk.at(start)) < 2 && !hasQuote(start, end)) continue;
        }
        // "… which he said were split": the relative word before the source stands for the content and opens it
        const rb = tk.at(source.start) - 1;
        // ("that" not after a noun that takes a clause or a cue: "the fact that X reaffirmed …" is a complement, not a relative)
        const rw = tk.low(rb);
        if (t === c.last + 1 && rb >= s0 && lex.contentRelatives.has(rw) && spaced(rb, rb + 1) && !chainAt(rb) && (rw !== fw.complementizer || lex.auxiliaries.has(tk.low(t)) || !(lex.complementNouns.has(tk.low(rb - 1)) || cueAtHead.has(rb - 1) || lex.thatConjunctions.has(tk.low(rb - 1))))) start = tk.start[rb] ?? start;
      }
    }
    if (start < 0 || end <= start) continue;
    // "Having announced that …, Judge Berman …": a source read after the content ends it
    if (source.start >= start && source.start < end && start >= (tk.end[c.last] ?? 0)) {
      end = source.start;
      end = trimEnd(end, start);
      if (end <= start) continue;
    }
    // "Warren, who has not endorsed a candidate, told reporters …": a relative word after a comma opens an aside, and
    // its content ends at the comma before the main clause's own cue
    const rs = tk.at(source.start);
    if (rs < c.first && rs === tk.at(source.end) - 1 && rs - 1 >= s0 && lex.relativeWords.has(tk.low(rs)) && /,\s*$/u.test(gap(rs - 1, rs))) end = asideEnd(start, end);
    if (f.quoteOnly && !hasQuote(start, end)) continue;
    if (f.predicative && !hasQuote(start, end)) {
      // "called the plan a hoax": an object and its predicate, not "called into the show" nor "a stream called X"
      const ft = tk.at(start);
      if (tk.at(end) - ft < 3 || (lex.stop.has(tk.low(ft)) && !lex.determiners.has(tk.low(ft)) && !(OBJECT_PRONOUN.test(tk.low(ft)) && lex.determiners.has(tk.low(ft + 1)))) || lex.clausePrepositions.has(tk.low(ft)) || tk.cap(ft)) continue;
      if (c.first - 1 >= s0 && /,\s*$/u.test(gap(c.first - 1, c.first))) continue;
      // "a mountain stream called …": an indefinite thing named, not a speaker
      if (INDEFINITE_ARTICLE.test(tk.low(tk.at(source.start))) && !tk.cap(tk.at(source.end) - 1)) continue;
    }
    // (an infinitive of purpose's content ends before a relative clause with a cue of its own: "… to defend not
    // paying an architect who said he was stiffed …")
    if (via.includes(ATTRIBUTION_RULES.purposeInfinitive)) {
      for (let j = tk.at(start) + 1; j + 1 < tk.n && (tk.start[j] ?? 0) < end && j - tk.at(start) < 40; j++) {
        if (!lex.relativeWords.has(tk.low(j)) || !(cueAtHead.has(j + 1) || (j + 2 < tk.n && cueAtHead.has(j + 2)))) continue;
        end = trimEnd(tk.end[j - 1] ?? end, start);
        break;
      }
    }
    // the content must not be a quotation already attributed elsewhere
    let kind: StatementKind = 'indirect';
    if (hasQuote(start, end)) {
      const ci = firstChainFrom(start);
      const ch = chains[ci] as Chain;
      if (ch.used && !ch.embedded && ch.start <= start && ch.end >= end) continue;
      // is the whole content one quotation?
      const inner = ch.start <= start + 1 && ch.end >= end - 1;
      kind = inner ? 'direct' : 'partial';
      if (kind === 'partial') via.push(ATTRIBUTION_RULES.partialQuote);
      // extend to cover a quotation cut by the content end
      const lastQ = chains[lastChainBefore(end)];
      if (lastQ && lastQ.end > end) end = lastQ.end;
      claimRange(start, end);
      if (inner && ch.pieces.length === 1) {
        // a direct quotation's span is its words inside the marks, as in pass 1
        start = (ch.pieces[0] as QuoteSpan).start;
        end = (ch.pieces[0] as QuoteSpan).end;
      }
    }
    c.used = true;
    if (second && hasQuote(second.start, second.end)) {
      kind = 'partial';
      claimRange(second.start, second.end);
      const lq = chains[lastChainBefore(second.end)];
      if (lq && lq.end > second.end) second.end = lq.end;
    }
    prev2 = { kind, spans: second ? [{ start, end }, second] : [{ start, end }], source: f.authorial ? null : source, cue: cueMention(c), via, inheritFrom: null, sentence: si, paragraph: s.paragraph };
    prev2Np = f.frame === 'np';
    works.push(prev2);
  }
  })();

  // ---- polls as sources: "In a poll released Monday, 40 percent …" (at the start of a sentence only:
  // "… in the polls" after a clause is mostly a standing, not an attribution)
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
    const covered = new Uint8Array(sentences.length);
    for (const w of works) covered[w.sentence] = 1;
    for (let si = 0; si < sentences.length; si++) {
      const s0 = sentTokStart[si] ?? 0;
      const se = Math.min(sentTokEnd[si] ?? 0, s0 + 120);
      let j = s0;
      while (j < se && lex.sentenceLinkHashes.has(tk.hash[j] ?? 0) && lex.sentenceLinks.has(tk.low(j))) j++;
      if (j >= se - 2 || !lex.pollPrepositionHashes.has(tk.hash[j] ?? 0) || !lex.pollPrepositions.has(tk.low(j)) || covered[si] === 1 || chainAt(j)) continue;
      // the poll noun within a few words, before any comma
      let pn = -1;
      for (let k = j + 1; k < se && k - j <= 9; k++) {
        if (!spaced(k - 1, k) && !/^[./'’]\s*$/u.test(gap(k - 1, k))) break;
        if (lex.pollNouns.has(tk.low(k))) {
          pn = k;
          break;
        }
      }
      if (pn < 0 || (!lex.determiners.has(tk.low(j + 1)) && !tk.cap(j + 1) && !lex.pollNouns.has(tk.low(j + 1)))) continue;
      if (otherCue(si, null, j)) continue;
      // the source runs on to the next comma (or the sentence end); the content follows the comma
      let e = pn;
      while (e + 1 < se && e - pn < 6 && spaced(e, e + 1)) e++;
      if (e + 1 >= se || !/^\s*,\s*$/u.test(gap(e, e + 1))) continue;
      const start = tk.start[e + 1] ?? 0;
      const end = clauseEnd(start, sentContentEnd(si, start));
      if (end <= start) continue;
      const quoted = hasQuote(start, end);
      if (quoted) claimRange(start, end);
      works.push({ kind: quoted ? 'partial' : 'indirect', spans: [{ start, end }], source: mention(j + 1, e), cue: mention(j, j), via: [ATTRIBUTION_RULES.pollIn], inheritFrom: null, sentence: si, paragraph: sent(si).paragraph });
    }
  })();

  /** Tokens a..b-1 are a list of three or more names between commas ("Tim Albrecht, Brad Anderson and Rob Barron"). */
  const namesList = (a: number, b: number): boolean => {
    let items = 1;
    let words = 0;
    for (let j = a; j < b; j++) {
      if (j > a && gap(j - 1, j).includes(',')) {
        items++;
        words = 0;
      }
      const w = tk.low(j);
      if (w === fw.conjunction && words > 0) {
        items++;
        words = 0;
        continue;
      }
      if (!tk.cap(j) || ++words > 4) return false;
    }
    return items >= 3;
  };
  // ---- colon lead-ins without quotation marks: "Lynch: No outside influence on the probe", "TAPPER: …"
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
  for (let si = 0; si < sentences.length; si++) {
    const s0 = sentTokStart[si] ?? 0;
    const se = sentTokEnd[si] ?? 0;
    if (se - s0 < 4 || !tk.cap(s0)) continue;
    let colonTok = -1;
    // (no colon among the gaps the loop below reads: nothing to slice)
    let anyColon = false;
    for (let i = tk.end[s0] ?? 0, e = tk.start[Math.min(se - 1, s0 + 7)] ?? 0; i < e && !anyColon; i++) if (text.charCodeAt(i) === 58) anyColon = true;
    if (!anyColon) continue;
    for (let j = s0; j < se - 1 && j - s0 < 7; j++) {
      const g = gap(j, j + 1);
      if (g.includes(':')) {
        if (/^\s*:\s+$/u.test(g)) colonTok = j;
        break;
      }
      if (!spaced(j, j + 1) && !/^\.\s*$/u.test(g) && !/^['’]s?\s*$/u.test(g)) break;
    }
    if (colonTok < 0 || se - colonTok - 1 < 3) continue;
    let ok = true;
    let end = colonTok;
    for (let j = s0; j <= colonTok; j++) {
      const w = tk.low(j);
      if (w === fw.infinitive && j > s0) {
        end = Math.min(end, j - 1);
        continue;
      }
      if (!tk.cap(j) && !lex.link.has(w) && !/\d/u.test(w)) ok = false;
      if (/^\d+$/u.test(w)) ok = false;
    }
    if (!ok || lex.labels.has(tk.low(s0)) || lex.labels.has(tk.low(colonTok))) continue;
    // a section heading in the body, one name and a few words that end the paragraph ("Kasich: Now or never."), and a
    // list of names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …") are no statements
    // (a heading has no verb of its own: "Clinton: I support D.C. statehood", "Insiders: Trump will rebound" are kept)
    if (colonTok === s0 && !ALL_CAPS.test(text.slice(tk.start[s0] ?? 0, tk.end[s0] ?? 0)) && !headline.has(sent(si).paragraph) && se - colonTok - 1 <= 6 && /^[^\S\n]*(?:\n|$)/u.test(text.slice(sent(si).end)) && !hasQuote(sent(si).start, sent(si).end)) {
      let verb = false;
      for (let j = colonTok + 1; j < se && !verb; j++) verb = lex.auxiliaries.has(tk.low(j)) || lex.personalPronouns.has(tk.low(j)) || CONTRACTED_PRONOUN.test(tk.low(j));
      if (!verb) continue;
    }
    if (namesList(colonTok + 1, se)) continue;
    const cpos = (tk.end[colonTok] ?? 0) + gap(colonTok, colonTok + 1).indexOf(':');
    const start = tk.start[colonTok + 1] ?? 0;
    const qi = chainIdx(start);
    if (qi >= 0 || /[“"‘«]\s*$/u.test(text.slice(cpos, start))) continue; // quoted: handled with the quotations
    const cend = sentContentEnd(si, start);
    if (cend <= start) continue;
    let kind: StatementKind = 'indirect';
    if (hasQuote(start, cend)) {
      kind = 'partial';
      claimRange(start, cend);
    }
    works.push({ kind, spans: [{ start, end: cend }], source: mention(s0, end), cue: { start: cpos, end: cpos + 1, text: ':' }, via: [ATTRIBUTION_RULES.colonLeadIn], inheritFrom: null, sentence: si, paragraph: sent(si).paragraph });
  }
  })();

  // ---- a statement noun after a possessive: "Lee's claim that …", "his warning that …" (the possessor speaks)
  ((): void => { // a function of its own: it is compiled on its own (the stage function is slow to compile)
    // positions already inside a statement's content or source: sorted intervals with a running maximum end
    const starts: number[] = [];
    const ends: number[] = [];
    for (const w of works) {
      for (const sp of w.spans) {
        starts.push(sp.start);
        ends.push(sp.end);
      }
      if (w.source) {
        starts.push(w.source.start);
        ends.push(w.source.end);
      }
    }
    // (sorted by start through a typed sort of start·2^22 + index; the order among equal starts does not matter here)
    const order = orderByKey(starts);
    const sortedStart = new Int32Array(order.length);
    const maxEnd = new Int32Array(order.length);
    let runMax = 0;
    for (let i = 0; i < order.length; i++) {
      const k = order[i] ?? 0;
      sortedStart[i] = starts[k] ?? 0;
      runMax = Math.max(runMax, ends[k] ?? 0);
      maxEnd[i] = runMax;
    }
    const covered = (pos: number): boolean => {
      const found = countAtOrBelow(sortedStart, pos) - 1;
      return found >= 0 && (maxEnd[found] ?? 0) > pos;
    };
    for (let t = 1; t + 2 < tk.n; t++) {
      if (tk.hash[t + 1] !== THAT_HASH || !lex.statementNounHashes.has(tk.hash[t] ?? 0) || !lex.statementNouns.has(tk.low(t)) || tk.low(t + 1) !== fw.complementizer) continue;
      const si = sentOfTok[t] ?? -1;
      if (si < 0 || sentOfTok[t + 2] !== si || !spaced(t - 1, t) || !spaced(t, t + 1) || chainAt(t) || tk.cap(t)) continue;
      const p = t - 1;
      const src = possessorAt(p, sentTokStart[si] ?? 0);
      if (!src) continue;
      const start = tk.start[t + 1] ?? 0;
      if (covered(start) || covered(tk.start[p] ?? 0)) continue;
      const end = clauseEnd(start, sentContentEnd(si, start));
      if (end <= start) continue;
      const quoted = hasQuote(start, end);
      if (quoted) claimRange(start, end);
      works.push({ kind: quoted ? 'partial' : 'indirect', spans: [{ start, end }], source: src, cue: mention(t, t), via: [ATTRIBUTION_RULES.possessiveNoun], inheritFrom: null, sentence: si, paragraph: sent(si).paragraph });
      t += 1;
    }
  })();

  // ---- a quotation left over in the sentence of a reported statement whose content stopped short of it
  // ("Kasich says he'd sit Putin down and tell him “no more nonsense”"): the content goes on to the quotation
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
    const lastInSentence = new Map<number, Work>();
    for (const w of works) {
      if (w.kind === 'direct' || !w.cue || w.spans.length !== 1) continue;
      const prev = lastInSentence.get(w.sentence);
      if (!prev || (prev.spans[0] as Span).end < (w.spans[0] as Span).end) lastInSentence.set(w.sentence, w);
    }
    for (const ch of chains) {
      if (ch.used || !ch.embedded || ch.pieces.length > 1) continue;
      const q0 = ch.pieces[0] as QuoteSpan;
      const si = sentenceAt(q0.open.start);
      const w = lastInSentence.get(si);
      if (!w) continue;
      const sp = w.spans[0] as Span;
      if (sp.end > ch.start) continue;
      const a = tk.at(sp.end);
      const b = tk.at(ch.start);
      if (b - a > lex.contentToQuoteMaxWords) continue;
      let clear = true;
      for (let j = a; j < b && clear; j++) if (cueAtHead.has(j) || /;/u.test(gap(j - 1, j))) clear = false;
      if (!clear) continue;
      const lastQ = ch.pieces[ch.pieces.length - 1] as QuoteSpan;
      const tail = lastQ.close ? tailAfter(lastQ.close.end) : -1;
      sp.end = tail > ch.end ? tail : ch.end;
      w.kind = 'partial';
      if (!w.via.includes(ATTRIBUTION_RULES.partialQuote)) w.via.push(ATTRIBUTION_RULES.partialQuote);
      w.via.push(ATTRIBUTION_RULES.contentToQuote);
      ch.used = true;
    }
  })();

  // ---- a title line "Obama on Climate Change: The Trends Are 'Terrifying.'": the name before "on" / "about"
  // speaks the words after the colon, when they quote someone
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
    const p0 = seg.paragraphs[0];
    if (!p0) return;
    const a = tk.at(p0.start);
    const z = tk.at(p0.end);
    if (z - a > lex.headlineMaxWords || a >= z || !tk.cap(a)) return;
    let colon = -1;
    for (let j = a + 1; j < z && colon < 0; j++) if (gap(j - 1, j).includes(':') && chainIdx(tk.end[j - 1] ?? 0) < 0) colon = j - 1;
    if (colon < 0) return;
    let e = a;
    while (e + 1 < colon && e - a < 4 && tk.cap(e + 1) && spaced(e, e + 1)) e++;
    if (e + 1 >= colon || !lex.topicPrepositions.has(tk.low(e + 1)) || !spaced(e, e + 1)) return;
    const cp = (tk.end[colon] ?? 0) + gap(colon, colon + 1).indexOf(':');
    const start = skipLead(cp + 1, p0.end);
    let end = p0.end;
    end = trimEnd(end, start);
    const ci = firstChainFrom(start);
    const ch = chains[ci];
    if (!ch || ch.used || ch.start >= p0.end || end <= start) return;
    // a quotation closing after its final point: the content keeps the closing mark
    if (ch.end > end && ch.end <= p0.end) end = ch.end;
    const whole = ch.pieces.length === 1 && ch.start <= start && ch.end >= end;
    claimRange(start, end);
    const spans = whole ? [{ start: (ch.pieces[0] as QuoteSpan).start, end: (ch.pieces[0] as QuoteSpan).end }] : [{ start, end }];
    works.push({ kind: whole ? 'direct' : 'partial', spans, source: mention(a, e), cue: { start: cp, end: cp + 1, text: ':' }, via: whole ? [ATTRIBUTION_RULES.titleColon] : [ATTRIBUTION_RULES.titleColon, ATTRIBUTION_RULES.partialQuote], inheritFrom: null, sentence: sentOfTok[a] ?? 0, paragraph: 0 });
  })();

  // ---- a quotation no cue has claimed: "Kell likened the plan to a “house of cards”": the subject,
  // the verb after it (any verb) and its object with the quotation (a partial quote)
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
    for (const ch of chains) {
      if (ch.used) continue;
      const q0 = ch.pieces[0] as QuoteSpan;
      if (headline.has(q0.paragraph) || ch.pieces.length > 1) continue;
      const si = sentenceAt(q0.open.start);
      const tq = tk.at(q0.open.start);
      const s0 = sentTokStart[si] ?? 0;
      if (tq - s0 < 3 || tk.at(ch.end) > (sentTokEnd[si] ?? 0)) continue;
      const subj = subjectAtStart(si, tq);
      if (!subj) continue;
      // a person or an organisation by name, or a personal pronoun (not "it", not "the discussion")
      const st = tk.at(subj.start);
      if (isPronounTok(st) ? !lex.personalPronouns.has(tk.low(st)) : !tk.cap(st) || lex.determiners.has(tk.low(st))) continue;
      let v = tk.at(subj.end);
      if (v >= tq || !spaced(v - 1, v)) continue;
      const vFirst = v;
      let passive = false;
      let aux = false;
      while (v < tq - 1 && (lex.auxiliaries.has(tk.low(v)) || lex.adverbs.has(tk.low(v)) || (LY.test(tk.low(v)) && !tk.cap(v))) && spaced(v, v + 1)) {
        if (lex.beForms.has(tk.low(v))) passive = true;
        if (lex.auxiliaries.has(tk.low(v))) aux = true;
        v++;
      }
      const vw = tk.low(v);
      // the quotation close to the verb, in its object: no clause boundary between them
      // ("has been pounding X as a “…”" is progressive, not passive)
      if ((passive && !ING.test(vw)) || tq - v > 10) continue;
      let near = true;
      for (let j = v + 1; j < tq && near; j++) if (lex.stop.has(tk.low(j)) && lex.clauseBreakers.has(tk.low(j)) || lex.relativeWords.has(tk.low(j)) || /[,;:—–()]/u.test(gap(j - 1, j))) near = false;
      if (!near) continue;
      // a title ("Winter Light") is named, not quoted
      let title = true;
      for (let j = tq; j < tk.at(ch.end) && title; j++) if (!tk.cap(j) && !lex.link.has(tk.low(j)) && !DIGIT_START.test(tk.low(j))) title = false;
      if (title) continue;
      if (tk.cap(v) || lex.stop.has(vw) || lex.determiners.has(vw) || lex.timeWords.has(vw) || isPronounTok(v)) continue;
      // a verb: a finite form, or anything after an auxiliary (and adverbs: "has been steadily pounding")
      if (!aux && !FINITE_ENDING.test(vw)) continue;
      if (lex.beForms.has(vw) || vw === fw.haveForm) continue;
      const a = v + 1;
      if (a > tq || !spaced(v, a) && a !== tq) continue;
      const start = a === tq ? q0.open.start : (tk.start[a] ?? 0);
      let end = clauseEnd(start, sentContentEnd(si, start));
      if (end < ch.end - 1) continue;
      const lq = chains[lastChainBefore(end)];
      if (lq && lq.end > end) end = lq.end;
      claimRange(start, end);
      works.push({ kind: 'partial', spans: [{ start, end }], source: subj, cue: mention(vFirst, v), via: [ATTRIBUTION_RULES.subjectVerbQuote], inheritFrom: null, sentence: si, paragraph: sent(si).paragraph });
    }
  })();

  // ---- pass 3: quotations with no attribution of their own
  sortByFirstStart(works);
  const floating: Work[] = [];
  ((): void => { // a function of its own: the JIT compiles (and re-optimises) each pass separately
    let wi = 0;
    let last: Work | null = null;
    for (const ch of chains) {
      while (wi < works.length && ((works[wi] as Work).spans[0]?.start ?? 0) < ch.start) {
        last = works[wi] as Work;
        wi++;
      }
      if (ch.used || ch.embedded) continue;
      const q0 = ch.pieces[0] as QuoteSpan;
      if (headline.has(q0.paragraph)) continue;
      const si = sentenceAt(q0.open.start);
      const s = sent(si);
      const startsSentence = tk.at(q0.open.start) <= (sentTokStart[si] ?? 0) || tk.at(q0.open.start) <= tk.at(s.start);
      const words = tk.at(ch.end) - tk.at(ch.start);
      // the previous paragraph ends with a colon: "Cruz continued:" / "the president released this statement:"
      // (then even a short quotation is what was said, not a scare quote)
      const pp = seg.paragraphs[q0.paragraph - 1];
      const ledIn = pp !== undefined && q0.open.start === (seg.paragraphs[q0.paragraph] as Span).start && text[pp.end - 1] === ':';
      if (!startsSentence || (words <= lex.scareQuoteMaxWords && !ledIn)) continue;
      const spans = ch.pieces.map((q) => ({ start: q.start, end: q.end }));
      const via: string[] = ch.pieces.length > 1 ? [ATTRIBUTION_RULES.multiParagraph] : [];
      if (pp && ledIn) {
        const psi = sentenceAt(pp.end - 1);
        let src: Mention | null = null;
        let cueM: Mention | null = null;
        for (let j = (sentTokEnd[psi] ?? 0) - 1; j >= (sentTokStart[psi] ?? 0); j--) {
          const cj = cueAtHead.get(j);
          if (!cj) continue;
          const sb = sourceBefore(cj, sentTokStart[psi] ?? 0) ?? (cj.form.ing ? subjectAtStart(psi, cj.first) : sourceAfter(cj));
          if (sb) {
            src = sb;
            cueM = cueMention(cj);
            cj.used = true;
            break;
          }
        }
        if (!src) {
          src = subjectAtStart(psi, sentTokEnd[psi] ?? 0);
          if (src) cueM = { start: pp.end - 1, end: pp.end, text: ':' };
        }
        if (src) {
          const w: Work = { kind: 'direct', spans, source: src, cue: cueM, via: [...via, ATTRIBUTION_RULES.leadInParagraph], inheritFrom: null, sentence: si, paragraph: q0.paragraph };
          floating.push(w);
          last = w;
          ch.used = true;
          continue;
        }
      }
      // a quotation signed with a dash stands alone
      if (last && last.via.includes(ATTRIBUTION_RULES.dashSource)) last = null;
      let root: Work | null = last;
      while (root && root.inheritFrom) root = root.inheritFrom;
      if (last && root && last.kind === 'direct' && q0.paragraph - last.paragraph <= 1 && (root.source || root.inheritFrom)) {
        // a quotation paragraph right after a statement goes on with that statement (one statement, more spans)
        last.spans.push(...spans);
        last.paragraph = q0.paragraph;
        if (!last.via.includes(ATTRIBUTION_RULES.floating)) last.via.push(ATTRIBUTION_RULES.floating);
        ch.used = true;
        continue;
      }
      if (last && root && q0.paragraph - last.paragraph <= 1 && (root.source || root.inheritFrom)) {
        floating.push({ kind: 'direct', spans, source: root.source, cue: null, via: [...via, ATTRIBUTION_RULES.floating], inheritFrom: root, sentence: si, paragraph: q0.paragraph });
      } else {
        floating.push({ kind: 'direct', spans, source: null, cue: null, via: [...via, ATTRIBUTION_RULES.unattributed], inheritFrom: null, sentence: si, paragraph: q0.paragraph });
        ctx.issues.push({ code: 'unattributed-quote', message: 'quotation with no speaker found', span: { start: ch.start, end: ch.end } });
      }
      last = floating[floating.length - 1] as Work;
      ch.used = true;
    }
  })();
  // (a function of its own: a deoptimisation in this tail threw away the optimised code of the whole stage)
  const statements = ((): DraftStatement[] => {
  const sorted = floating.length ? sortByFirstStart([...works, ...floating]) : works;
  // two cues over the very same content ("X said, going on to say that …"): one statement, the first
  const all: Work[] = [];
  const bySpans = new Map<number, Work[]>(); // (a numeric key of the spans; equal spans are confirmed in the bucket)
  const keptFor = new Map<Work, Work>();
  for (const w of sorted) {
    const key = spansKey(w.spans);
    const bucket = bySpans.get(key);
    let first: Work | undefined;
    if (bucket) for (const b of bucket) if (sameSpans(b.spans, w.spans)) { first = b; break; }
    if (first && first.via.includes(ATTRIBUTION_RULES.purposeInfinitive) && !w.via.includes(ATTRIBUTION_RULES.purposeInfinitive) && bucket) {
      // (a statement read from an infinitive of purpose gives way to any other over the same content: "Other leaders
      // rushed to denounce what Turnbull called “…”" is Turnbull's)
      all[all.indexOf(first)] = w;
      bucket[bucket.indexOf(first)] = w;
      keptFor.set(first, w);
      continue;
    }
    if (first) {
      keptFor.set(w, first);
      continue;
    }
    if (bucket) bucket.push(w);
    else bySpans.set(key, [w]);
    all.push(w);
  }
  /** The noun phrase a relative-word source stands for ("…, a Republican who said"): see {@link DraftStatement.antecedent}. */
  const relativeAntecedent = (src: Mention | null): Mention | null => {
    if (!src) return null;
    const t = tk.at(src.start);
    if (t <= 0 || t >= tk.n || (tk.end[t] ?? 0) !== src.end || tk.cap(t) || !lex.relativeWords.has(tk.low(t))) return null;
    const si = sentOfTok[t] ?? -1;
    if (si < 0 || sentOfTok[t - 1] !== si || !/^[\s,]*$/u.test(gap(t - 1, t))) return null;
    const np = npBefore(t - 1, sentTokStart[si] ?? 0, false);
    if (!np || np.end > src.start || isPronounTok(tk.at(np.start)) || lex.relativeWords.has(tk.low(tk.at(np.start)))) return null;
    // "the minds of Americans who …", "appointments for women who …": the relative word stands for a plural last
    // noun ("the co-founder of a fund who …" stands for the co-founder)
    let a = tk.at(np.start);
    const head = tk.low(t - 1);
    if (head.length > 3 && (ENDS_PLURAL.test(head) || lex.pluralNouns.has(head))) {
      for (let j = t - 2; j > a; j--) if (lex.nameLinks.has(tk.low(j))) { a = j + 1; break; }
    }
    // ("Reporters met Karl Holm, who …", "rebuked critics who …": a verb before the noun or the name is no part of
    // it; a lower-case word not after a determiner is cut when a name follows or it has a verb's ending)
    const a0 = a;
    for (let j = a0; j < t - 1; j++) {
      const w = tk.low(j);
      if (tk.cap(j) || lex.determiners.has(w) || lex.possessiveDeterminers.has(w) || lex.quantifiers.has(w) || DIGIT_START.test(w) || /['’]/u.test(w)) continue;
      if (j > a0 && lex.determiners.has(tk.low(j - 1))) continue;
      if (lex.determiners.has(tk.low(j + 1)) || lex.clausePrepositions.has(tk.low(j + 1))) continue;
      if (tk.cap(j + 1) || VERB_FORM_ENDING.test(w)) a = j + 1;
    }
    return a === tk.at(np.start) ? np : mention(a, t - 1);
  };
  // a statement inside the content of a reported statement ("they said they want “justice”", "what it calls
  // “…”") is part of that statement, not one of its own, unless a named source makes it (the seed article's
  // "the press service drew attention to the fact that Putin and Aliyev reaffirmed …"); a direct quotation
  // inside is always part of it. One forward sweep (works are sorted by start) keeps the reported statement
  // with a source (or an inherited one) that reaches furthest so far.
  const namedSource = (w: Work): boolean => {
    if (!w.source) return false;
    const t = tk.at(w.source.start);
    return tk.cap(t) && !lex.determiners.has(tk.low(t)) && !isPronounTok(t);
  };
  const kept: Work[] = [];
  let reach: Work | null = null;
  for (const w of all) {
    const first = w.spans[0] as Span;
    const last = w.spans[w.spans.length - 1] as Span;
    if ((w.kind === 'direct' || !namedSource(w)) && reach && (reach.spans[0] as Span).end >= last.end && (reach.spans[0] as Span).start <= first.start) {
      keptFor.set(w, reach);
      continue;
    }
    // (a statement read from an infinitive of purpose takes in no other: "… to defend not paying an architect who
    // said he was stiffed")
    if (w.kind !== 'direct' && (w.source || w.inheritFrom) && w.spans.length === 1 && !w.via.includes(ATTRIBUTION_RULES.purposeInfinitive) && (!reach || first.end > (reach.spans[0] as Span).end)) reach = w;
    kept.push(w);
  }
  const index = new Map<Work, number>();
  kept.forEach((w, i) => index.set(w, i));
  return kept.map((w) => {
    let from = w.inheritFrom;
    while (from && keptFor.has(from)) from = keptFor.get(from) ?? null;
    return {
      kind: w.kind,
      spans: w.spans,
      source: w.source,
      cue: w.cue,
      via: w.via,
      inherit: from && from !== w ? (index.get(from) ?? null) : null,
      antecedent: relativeAntecedent(w.source),
    };
  });
  })();
  tk.release(); // (no token is read after this: the tokenizer's buffers serve the next call)
  return statements;
}

/** A small-integer hash of a list of spans (equal lists, equal keys). */
function spansKey(spans: Span[]): number {
  let h = spans.length;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i] as Span;
    h = Math.imul(Math.imul(h ^ sp.start, 0x01000193) ^ sp.end, 0x01000193);
  }
  return h & 0x3fffffff;
}

/** The same spans, in the same order. */
function sameSpans(a: Span[], b: Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a[i] as Span).start !== (b[i] as Span).start || (a[i] as Span).end !== (b[i] as Span).end) return false;
  return true;
}

/**
 * Indices 0..n-1 of `keys` (offsets) in ascending order of key, equal keys in index order (a stable sort): an
 * insertion sort when there are few, else a typed sort of key·2^22 + index (the comparator sorts of arrays cost
 * more than the rest of a short article's pass).
 */
function orderByKey(keys: ArrayLike<number>): Int32Array {
  const n = keys.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n <= 48) {
    for (let i = 1; i < n; i++) {
      const v = order[i] as number;
      const kv = keys[v] as number;
      let j = i - 1;
      while (j >= 0 && (keys[order[j] as number] as number) > kv) {
        order[j + 1] = order[j] as number;
        j--;
      }
      order[j + 1] = v;
    }
    return order;
  }
  let small = n < 1 << 22;
  for (let i = 0; i < n && small; i++) if (!((keys[i] as number) >= 0 && (keys[i] as number) < 1 << 30)) small = false;
  if (!small) return Int32Array.from([...order].sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b));
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (keys[i] as number) * 4194304 + i;
  packed.sort();
  for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % 4194304;
  return order;
}

/** Sort works in place by the start of their first span (0 when none), stably, as Array.prototype.sort did. */
function sortByFirstStart(ws: Work[]): Work[] {
  const keys = new Array<number>(ws.length);
  for (let i = 0; i < ws.length; i++) keys[i] = (ws[i] as Work).spans[0]?.start ?? 0;
  const order = orderByKey(keys);
  const copy = ws.slice();
  for (let i = 0; i < order.length; i++) ws[i] = copy[order[i] as number] as Work;
  return ws;
}
