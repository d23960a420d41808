import type { ClaimFeature, ClaimKind } from '../model/claim.js';
import { type ClaimsLexicon, matchPhrase, type PhraseIndex } from './lexicon.js';
import { KIND_RULES, SCORE_RULES } from './rules.js';
import { type Token, tokenize } from './tokenize.js';

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

const YEAR_RE = /^(?:1[5-9]|20)\d\d$/u;
const DIGITS_RE = /\p{N}/u;
const CURRENCY = new Set(['$', '€', '£', '¥']);
const CLAUSE_BREAK = new Set([',', ';', ':', '--', '---', '—', '–', '-']);
const DETERMINERS_BEFORE_NOUN_WILL = new Set(['the', 'a', 'his', 'her', 'their', 'our', 'my', 'its', 'free', 'good', 'political', 'own', 'your']);
const NAME_JOINERS = new Set(['of', 'the', 'and', 'de', 'for', 'du', 'von', 'van', 'al', 'bin', 'la', 'le', 'del']);
const NEGATION_EXCEPTIONS = new Set(['only', 'just', 'doubt', 'matter', 'but', 'longer']);

interface Cue {
  at: number;
  len: number;
}

function scan(index: PhraseIndex, words: readonly string[], from = 0): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < words.length; ) {
    const n = matchPhrase(index, words, i);
    if (n > 0) {
      out.push({ at: i, len: n });
      i += n;
    } else i++;
  }
  return out;
}

/** Sum of positive feature weights from which a demand, wish or forecast counts as a factual claim. */
const EMBEDDED_FACT_EVIDENCE = 3;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Classifies one sentence with a compiled lexicon. Linear in the sentence length. */
export function analyze(text: string, lex: ClaimsLexicon): Analysis {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.lower);
  const n = tokens.length;
  const features: ClaimFeature[] = [];
  const spans: FoundSpan[] = [];
  const add = (rule: { id: string; weight: number }, weight: number = rule.weight, at?: Token | Cue): void => {
    let snippet: string | undefined;
    if (at !== undefined) {
      if ('lower' in at) snippet = text.slice(at.start, at.end);
      else {
        const a = tokens[at.at];
        const b = tokens[at.at + at.len - 1];
        if (a && b) snippet = text.slice(a.start, b.end);
      }
    }
    features.push(snippet === undefined ? { id: rule.id, weight: round2(weight) } : { id: rule.id, weight: round2(weight), text: snippet });
  };

  let wordCount = 0;
  let firstWord = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.type !== 'punct') {
      wordCount++;
      if (firstWord < 0) firstWord = i;
    }
  }
  if (wordCount === 0) {
    return { kind: 'other', checkworthiness: 0, negated: false, via: [KIND_RULES.empty], features: [], spans: [] };
  }

  // Where the content starts: skip openers ("well", "and"), a short vocative or lead before a comma
  // ("Senator,", "Look,") and discourse leads ("let me say", "the fact is").
  let start = 0;
  for (let guard = 0; guard < 8 && start < n; guard++) {
    const t = tokens[start]!;
    if (t.type === 'punct') {
      start++;
      continue;
    }
    if (lex.openers.has(t.lower)) {
      start++;
      continue;
    }
    const lead = matchPhrase(lex.discourseLeads, words, start);
    if (lead > 0) {
      start += lead;
      if (words[start] === 'that') start++;
      continue;
    }
    const c1 = tokens[start + 1];
    const c2 = tokens[start + 2];
    if (c1 && c1.lower === ',' && t.type === 'word') {
      start += 2;
      continue;
    }
    if (c2 && c2.lower === ',' && t.type === 'word' && c1?.type === 'word' && (t.cap || lex.titles.has(t.lower))) {
      start += 3;
      continue;
    }
    break;
  }

  // Is the text mostly capitalised (a headline in title case)? Then capitals say nothing about names.
  let capWords = 0;
  for (const t of tokens) if (t.type === 'word' && t.cap) capWords++;
  const titleCase = wordCount >= 4 && capWords / wordCount > 0.6;

  // ---- Quantities, numbers, dates ----
  let numbers = 0;
  let percent = false;
  let money = false;
  let magnitude = false;
  let year = false;
  let numberWord = false;
  let date = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.type === 'number') {
      const digits = t.lower.replace(/%$/u, '');
      const isYear =
        (YEAR_RE.test(digits) && !(prev && CURRENCY.has(prev.lower))) ||
        (digits.length === 2 && (text[t.start - 1] === "'" || text[t.start - 1] === '’'));
      const isDecade = next !== undefined && next.lower === 's' && next.start === t.end;
      if (isYear || (isDecade && digits.length >= 2)) {
        if (!year) add(SCORE_RULES.year, SCORE_RULES.year.weight, t);
        year = true;
        spans.push({ start: t.start, end: isDecade && next ? next.end : t.end, type: 'date' });
        continue;
      }
      // A day before or after a month name is part of a date.
      if ((prev && lex.months.has(prev.lower) && prev.cap) || (next && lex.months.has(next.lower) && next.cap)) {
        spans.push({ start: t.start, end: t.end, type: 'date' });
        continue;
      }
      numbers++;
      if (numbers === 1) add(SCORE_RULES.number, SCORE_RULES.number.weight, t);
      else if (numbers <= 4) add(SCORE_RULES.numberMore, SCORE_RULES.numberMore.weight, t);
      let end = t.end;
      let st = t.start;
      if (prev && CURRENCY.has(prev.lower) && prev.end === t.start) {
        st = prev.start;
        if (!money) add(SCORE_RULES.money, SCORE_RULES.money.weight, prev);
        money = true;
      }
      if (t.lower.endsWith('%')) {
        if (!percent) add(SCORE_RULES.percent, SCORE_RULES.percent.weight, t);
        percent = true;
      }
      let j = i + 1;
      while (j < n && lex.magnitudes.has(words[j]!)) {
        end = tokens[j]!.end;
        j++;
      }
      const pw = matchPhrase(lex.percentWords, words, j);
      if (pw > 0 && !percent) {
        add(SCORE_RULES.percent, SCORE_RULES.percent.weight, tokens[j]);
        percent = true;
      }
      if (pw > 0 && (words[j] === 'percent' || words[j] === 'per')) end = tokens[j + pw - 1]!.end;
      else if (j < n && lex.moneyWords.has(words[j]!) && words[j] !== 'budget') {
        if (!money) add(SCORE_RULES.money, SCORE_RULES.money.weight, tokens[j]);
        money = true;
        end = tokens[j]!.end;
      }
      spans.push({ start: st, end, type: 'number' });
      continue;
    }
    if (t.type === 'punct') {
      if (CURRENCY.has(t.lower) && next && next.type === 'word' && next.start === t.end && lex.magnitudes.has(next.lower)) {
        if (!money) add(SCORE_RULES.money, SCORE_RULES.money.weight, t);
        money = true;
      }
      continue;
    }
    const w = t.lower;
    if (lex.magnitudes.has(w)) {
      if (!magnitude) add(SCORE_RULES.magnitude, SCORE_RULES.magnitude.weight, t);
      magnitude = true;
      if (next && lex.moneyWords.has(next.lower) && next.lower !== 'budget') {
        if (!money) add(SCORE_RULES.money, SCORE_RULES.money.weight, next);
        money = true;
      }
      if (!(prev && (prev.type === 'number' || lex.numberWords.has(prev.lower) || lex.magnitudes.has(prev.lower)))) {
        spans.push({ start: t.start, end: t.end, type: 'number' });
      }
      continue;
    }
    // "forty-eight", "one-third": a hyphenated word whose parts are number words.
    const hyphenNum = w.includes('-') && w.split('-').every((part) => lex.numberWords.has(part) || lex.weakNumberWords.has(part));
    const weakNum = lex.weakNumberWords.has(w) && next !== undefined && (lex.magnitudes.has(next.lower) || lex.units.has(next.lower) || matchPhrase(lex.percentWords, words, i + 1) > 0);
    if (lex.numberWords.has(w) || weakNum || hyphenNum) {
      // A run of number words is one number ("four and a half", "two hundred").
      let j = i + 1;
      while (j < n && (lex.numberWords.has(words[j]!) || lex.magnitudes.has(words[j]!) || ((words[j] === 'and' || words[j] === 'a') && lex.numberWords.has(words[j + 1] ?? '')))) j++;
      if (!numberWord) add(SCORE_RULES.numberWord, SCORE_RULES.numberWord.weight, t);
      numberWord = true;
      const pw = matchPhrase(lex.percentWords, words, j);
      if (pw > 0 && (words[j] === 'percent' || words[j] === 'per')) {
        if (!percent) add(SCORE_RULES.percent, SCORE_RULES.percent.weight, tokens[j]);
        percent = true;
      }
      spans.push({ start: t.start, end: tokens[j - 1]!.end, type: 'number' });
      i = j - 1;
      continue;
    }
    if (lex.months.has(w) && t.cap && (w.length > 3 || (next !== undefined && next.type === 'number'))) {
      // "May" alone is too often the modal; require a number next to it.
      if (w === 'may' || w === 'march') {
        if (!((next && next.type === 'number') || (prev && prev.type === 'number'))) continue;
      }
      if (!date) add(SCORE_RULES.date, SCORE_RULES.date.weight, t);
      date = true;
      spans.push({ start: t.start, end: t.end, type: 'date' });
    }
  }

  // ---- Names: runs of capitalised words, not first in the sentence (unless clearly a name) ----
  const nameSet = new Set<string>();
  if (!titleCase) {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word' || !t.cap || lex.notNames.has(t.lower) || lex.months.has(t.lower)) continue;
      const atStart = i === firstWord;
      let j = i + 1;
      let last = i;
      while (j < n) {
        const u = tokens[j]!;
        if (u.type === 'word' && u.cap && !lex.notNames.has(u.lower)) {
          last = j;
          j++;
        } else if (u.type === 'word' && NAME_JOINERS.has(u.lower) && tokens[j + 1]?.cap === true && tokens[j + 1]?.type === 'word') {
          j++;
        } else break;
      }
      // Extend "Mr." style titles: a title token before the run is part of it.
      if (atStart && last === i && !lex.demonyms.has(t.lower) && !t.acronym) {
        continue; // a lone capital first in the sentence is just the sentence start
      }
      const first = tokens[i]!;
      const lastTok = tokens[last]!;
      // A bare title ("Mr. President", "the Governor") is a form of address, not a name.
      let allTitles = true;
      for (let k = i; k <= last; k++) if (!lex.titles.has(tokens[k]!.lower)) allTitles = false;
      if (allTitles) {
        i = last;
        continue;
      }
      let type: FoundSpan['type'] = 'other';
      if (lex.titles.has(first.lower) && last > i) type = 'person';
      else if (lex.organizationWords.has(lastTok.lower) || (first.acronym && last === i)) type = 'organization';
      else if (last === i && lex.demonyms.has(first.lower)) type = 'place';
      else if (i > 0 && lex.placePrepositions.has(tokens[i - 1]!.lower)) type = 'place';
      spans.push({ start: first.start, end: lastTok.end, type });
      const key = text.slice(first.start, lastTok.end).toLowerCase();
      if (!nameSet.has(key)) {
        nameSet.add(key);
        if (nameSet.size === 1) add(SCORE_RULES.name, SCORE_RULES.name.weight, first);
        else if (nameSet.size <= 3) add(SCORE_RULES.nameMore, SCORE_RULES.nameMore.weight, first);
      }
      i = last;
    }
  }

  // ---- Verbs: past, perfect, change ----
  let past = false;
  let perfect = false;
  let change = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word') continue;
    const w = t.lower;
    if (!change && lex.changeVerbs.has(w)) {
      add(SCORE_RULES.changeVerb, SCORE_RULES.changeVerb.weight, t);
      change = true;
    }
    const isPast =
      lex.irregularPast.has(w) || (w.length >= 5 && w.endsWith('ed') && !t.cap && !lex.notPast.has(w));
    if (!isPast) continue;
    // "has/have (not) risen": a perfect.
    const p1 = tokens[i - 1]?.lower;
    const p2 = tokens[i - 2]?.lower;
    const aux = (x: string | undefined): boolean =>
      x !== undefined && (lex.perfectAux.has(x) || x.endsWith("'ve") || (x.endsWith("'s") && x.length > 2));
    // "we've got" is possession, not an action.
    if (w === 'got' && aux(p1)) continue;
    if (!perfect && (aux(p1) || (aux(p2) && (p1 === 'not' || p1 === 'been' || p1 === 'already' || p1 === 'never' || p1 === 'just' || p1 === 'also')))) {
      add(SCORE_RULES.perfect, SCORE_RULES.perfect.weight, t);
      perfect = true;
    } else if (!past) {
      add(SCORE_RULES.past, SCORE_RULES.past.weight, t);
      past = true;
    }
  }

  // ---- Statistics words, comparisons, superlatives, evidence, time anchors ----
  const stats = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || !lex.statWords.has(t.lower) || stats.has(t.lower)) continue;
    stats.add(t.lower);
    if (stats.size === 1) add(SCORE_RULES.statWord, SCORE_RULES.statWord.weight, t);
    else if (stats.size <= 3) add(SCORE_RULES.statWordMore, SCORE_RULES.statWordMore.weight, t);
  }
  const comp = scan(lex.comparatives, words);
  if (comp[0]) add(SCORE_RULES.comparative, SCORE_RULES.comparative.weight, comp[0]);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || t.cap) continue;
    const w = t.lower;
    const sup =
      (w.length >= 6 && w.endsWith('est') && !lex.notSuperlatives.has(w)) ||
      ((w === 'most' || w === 'least') && tokens[i + 1]?.type === 'word' && words[i - 1] === 'the');
    if (sup) {
      add(SCORE_RULES.superlative, SCORE_RULES.superlative.weight, t);
      break;
    }
  }
  const ev = scan(lex.evidence, words);
  if (ev[0]) add(SCORE_RULES.evidence, SCORE_RULES.evidence.weight, ev[0]);
  const anchors = scan(lex.timeAnchors, words);
  if (anchors[0]) add(SCORE_RULES.timeAnchor, SCORE_RULES.timeAnchor.weight, anchors[0]);

  // ---- What lowers it: hedges, feelings, greetings, modals, questions, imperatives, evaluations ----
  const hedges = scan(lex.hedges, words);
  const feelings = scan(lex.feelings, words);
  const greetings = scan(lex.greetings, words);
  const prescriptive = scan(lex.prescriptive, words).filter((c) => {
    // "must have", "had to", "let me": not a demand. Check a not-prescriptive phrase starting at the cue or just before.
    return matchPhrase(lex.notPrescriptive, words, c.at) === 0 && matchPhrase(lex.notPrescriptive, words, c.at - 1) < 2;
  });
  const future: Cue[] = scan(lex.future, words).filter(
    (c) => !(words[c.at] === 'will' && DETERMINERS_BEFORE_NOUN_WILL.has(words[c.at - 1] ?? '')),
  );
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (w.length > lex.futureClitic.length && w.endsWith(lex.futureClitic)) future.push({ at: i, len: 1 });
  }
  future.sort((a, b) => a.at - b.at);
  const vagueFuture = scan(lex.vagueFuture, words);
  let conditional: Cue | undefined;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (lex.conditional.has(w) || (w.length > 2 && w.endsWith("'d"))) {
      conditional = { at: i, len: 1 };
      break;
    }
  }
  const evaluative = scan(lex.evaluative, words);
  const vague = scan(lex.vague, words);

  // Question: ends with a question mark.
  let lastTok = n - 1;
  while (lastTok >= 0 && tokens[lastTok]!.type === 'punct' && tokens[lastTok]!.lower !== '?') lastTok--;
  const trimmed = text.trimEnd().replace(/["'”’»)\]]+$/u, '');
  const isQuestion = trimmed.endsWith('?') || (lastTok >= 0 && tokens[lastTok]!.lower === '?' && lastTok >= n - 2);

  // Imperative: the content starts with a bare verb and no subject ("Go and look ...", "Don't forget ...").
  let isImperative = false;
  const s0 = tokens[start];
  if (s0 && s0.type === 'word' && !isQuestion) {
    const w0 = s0.lower;
    const w1 = words[start + 1];
    if (lex.imperativeVerbs.has(w0) && w1 !== ',' && !(w1 !== undefined && lex.subjects.has(w1) && (w0 === 'do' || w0 === "don't"))) {
      isImperative = !(w0 === 'let' && (w1 === 'me' || w1 === 'us' || w1 === "'s")) || false;
      if (w0 === "don't" || w0 === 'never') isImperative = w1 !== undefined && lex.imperativeVerbs.has(w1);
    }
    if (w0 === 'please') isImperative = true;
  }

  // Greeting: a greeting phrase near the start, or thanks anywhere in a short sentence.
  const isGreeting = greetings.some((g) => g.at <= start + 2) || (greetings.length > 0 && wordCount <= 8);

  if (hedges[0]) add(SCORE_RULES.hedge, SCORE_RULES.hedge.weight, hedges[0]);
  if (feelings[0]) add(SCORE_RULES.feeling, SCORE_RULES.feeling.weight, feelings[0]);
  if (isGreeting && greetings[0]) add(SCORE_RULES.greeting, SCORE_RULES.greeting.weight, greetings[0]);
  if (prescriptive[0]) add(SCORE_RULES.prescriptive, SCORE_RULES.prescriptive.weight, prescriptive[0]);
  if (future[0]) add(SCORE_RULES.future, SCORE_RULES.future.weight, future[0]);
  if (vagueFuture[0]) add(SCORE_RULES.vagueFuture, SCORE_RULES.vagueFuture.weight, vagueFuture[0]);
  if (conditional) add(SCORE_RULES.conditional, SCORE_RULES.conditional.weight, conditional);
  if (words[start] === 'if' || words[start] === 'unless') add(SCORE_RULES.ifStart, SCORE_RULES.ifStart.weight, tokens[start]);
  {
    let fs = -1;
    let fp = -1;
    let sp = -1;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (fs < 0 && (w === 'i' || w.startsWith("i'") || w === 'me' || w === 'my' || w === 'myself')) fs = i;
      else if (fp < 0 && (w === 'we' || w.startsWith("we'") || w === 'our' || w === 'us')) fp = i;
      else if (sp < 0 && (w === 'you' || w.startsWith("you'") || w === 'your')) sp = i;
    }
    if (fs >= 0) add(SCORE_RULES.firstSingular, SCORE_RULES.firstSingular.weight, tokens[fs]);
    if (fp >= 0) add(SCORE_RULES.firstPlural, SCORE_RULES.firstPlural.weight, tokens[fp]);
    if (sp >= 0) add(SCORE_RULES.secondPerson, SCORE_RULES.secondPerson.weight, tokens[sp]);
  }
  if (isImperative && s0) add(SCORE_RULES.imperative, SCORE_RULES.imperative.weight, s0);
  if (isQuestion) add(SCORE_RULES.question, SCORE_RULES.question.weight);
  for (const e of evaluative.slice(0, 3)) add(SCORE_RULES.evaluative, SCORE_RULES.evaluative.weight, e);
  for (const v of vague.slice(0, 3)) add(SCORE_RULES.vague, SCORE_RULES.vague.weight, v);

  // Length: continuous, so that sentences with the same cues still rank apart.
  const lengthWeight = Math.max(-1.5, Math.min(0.8, SCORE_RULES.length.weight * Math.log(text.length / 70)));
  add(SCORE_RULES.length, lengthWeight);

  let sum = SCORE_RULES.bias.weight;
  for (const f of features) sum += f.weight;
  features.unshift({ id: SCORE_RULES.bias.id, weight: SCORE_RULES.bias.weight });
  const checkworthiness = Math.round((1 / (1 + Math.exp(-sum))) * 1e6) / 1e6;

  // ---- Kind ----
  const hard = numbers > 0 || percent || money || magnitude || year || numberWord || date;
  const via: string[] = [];
  let kind: ClaimKind;
  const firstCue = (list: Cue[]): number => (list[0] ? list[0].at : Number.POSITIVE_INFINITY);
  if (isQuestion) {
    kind = 'question';
    via.push(KIND_RULES.question);
  } else if (isGreeting) {
    kind = 'other';
    via.push(KIND_RULES.greeting);
  } else if (isImperative) {
    kind = 'prescriptive';
    via.push(KIND_RULES.imperative);
  } else {
    const cues: [number, string][] = [
      [firstCue(hedges), 'hedge'],
      [firstCue(feelings), 'feeling'],
      [firstCue(prescriptive), 'prescriptive'],
      [firstCue(future), 'future'],
    ];
    cues.sort((a, b) => a[0] - b[0]);
    const [at, what] = cues[0]!;
    if (at === Number.POSITIVE_INFINITY) {
      if (evaluative.length >= 2 && !hard && !past && !perfect && !change && evaluative.length * 3 >= wordCount / 2) {
        kind = 'opinion';
        via.push(KIND_RULES.evaluation);
      } else {
        kind = 'factual';
        via.push(KIND_RULES.factual);
      }
    } else if (what === 'hedge' || what === 'feeling') {
      if (hard && what === 'hedge') {
        kind = 'factual';
        via.push(KIND_RULES.hedgedFact);
      } else {
        kind = 'opinion';
        via.push(what === 'hedge' ? KIND_RULES.opinion : KIND_RULES.feeling);
      }
    } else if (what === 'prescriptive') {
      kind = 'prescriptive';
      via.push(KIND_RULES.prescriptive);
    } else if (hard && (numbers > 0 || money || percent || magnitude)) {
      kind = 'factual';
      via.push(KIND_RULES.futureQuantity);
    } else {
      kind = 'prediction';
      via.push(KIND_RULES.prediction);
    }
  }

  // A demand, wish or forecast that carries enough checkable content (figures, names, dated actions) is,
  // for a fact-checker, a factual claim wrapped in it.
  if (kind === 'opinion' || kind === 'prescriptive' || kind === 'prediction') {
    let evidence = 0;
    for (const f of features) if (f.weight > 0 && f.id !== SCORE_RULES.length.id) evidence += f.weight;
    if (evidence >= EMBEDDED_FACT_EVIDENCE && via[0] !== KIND_RULES.imperative) {
      kind = 'factual';
      via.length = 0;
      via.push(KIND_RULES.embeddedFact);
    }
  }

  // ---- Negation: a negator outside an if-clause, not "not only" / "no doubt" ----
  let negated = false;
  let inIf = false;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (w === 'if' || w === 'unless' || w === 'whether') inIf = true;
    else if (inIf && CLAUSE_BREAK.has(w)) inIf = false;
    if (inIf) continue;
    const neg = lex.negators.has(w) || (w.length > lex.negationClitic.length && w.endsWith(lex.negationClitic));
    if (neg && !NEGATION_EXCEPTIONS.has(words[i + 1] ?? '')) {
      negated = true;
      break;
    }
  }
  if (negated) via.push(KIND_RULES.negated);

  for (const f of features) if (f.weight !== 0 && !via.includes(f.id)) via.push(f.id);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { kind, checkworthiness, negated, via, features, spans };
}

/** Whether a string has any digit (cheap pre-check used by callers). */
export const hasDigit = (s: string): boolean => DIGITS_RE.test(s);
