import type { AttributionLocale, CueFrame, CueVerb } from '../types/attribution.js';

// Compact notation for the verb lexicon: "base" or "base/past" or "base/past/participle", with an optional
// particle after a space ("point out", "draw/drew/drawn attention to").
function verbs(frame: CueFrame, list: string, extra: Partial<CueVerb> = {}): CueVerb[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const sp = entry.indexOf(' ');
      const head = sp < 0 ? entry : entry.slice(0, sp);
      const rest = sp < 0 ? undefined : entry.slice(sp + 1);
      const [base = head, past, participle] = head.split('/');
      return {
        base,
        frame,
        ...(rest ? { rest } : {}),
        ...(past ? { past } : {}),
        ...(participle ? { participle } : {}),
        ...extra,
      };
    });
}

/** English data for the attribution stages. */
export const attribution = {
  abbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'maj', 'sgt',
    'capt', 'cmdr', 'adm', 'pres', 'supt', 'st', 'jr', 'sr', 'rev', 'hon', 'amb', 'atty', 'insp', 'messrs', 'mme',
    'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vs', 'v', 'etc', 'al', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
    'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex',
    'va', 'vt', 'wash', 'wis', 'wisc', 'wyo', 'ft', 'mt', 'fig', 'e.g', 'i.e', 'p', 'pp', 'vol', 'ed', 'est',
  ],
  sentenceStarters: [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
    'and', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'his', 'her', 'their', 'our',
    'its', 'my', 'some', 'many', 'most', 'one', 'two', 'however', 'meanwhile', 'still', 'yet', 'so', 'for', 'with',
    'what', 'who', 'why', 'how', 'according', 'last', 'earlier', 'today', 'now', 'then',
  ],
  cueVerbs: [
    ...verbs(
      'clause',
      `say/said, add, note, stress, emphasize, emphasise, recall, point out, conclude, insist, deny, argue, claim,
       believe, think/thought, report, announce, acknowledge, write/wrote/written, tweet, explain, state, declare,
       assert, admit/admitted, confirm, reveal, predict, observe, comment, remark, mention, indicate, estimate,
       contend, maintain, allege, concede, reiterate, repeat, joke, quip/quipped, boast, lament, complain, counter,
       retort, reply, respond, testify, hint, speculate, suspect, fear, worry, hope, feel/felt, know/knew/known,
       agree, disagree, acknowledge, underline, underscore, affirm, reaffirm, warn, caution, predict, promise, vow,
       pledge, guarantee, charge, clarify, add, continue, explain, declare, stipulate, proclaim, opine, posit,
       surmise, reckon, conclude, suggest, propose, recommend, urge,
       demand, ask, wonder, doubt, signal, imply, acknowledge, concur, lament, regret, recount,
       theorize, theorise, brag/bragged, gripe, grumble, muse, mutter, shout, yell, scream, cry/cried,
       exclaim, whisper, announce, blog/blogged,
       conclude, recognize, recognise, realize, realise, assume, expect, anticipate, forecast/forecast,
       contend, aver, attest, certify, swear/swore/sworn, testify, elaborate, emphasise, highlight, spell out,
       chime in, weigh in, sound off, answer, echo, quote, tout, summarize, summarise, relay, paraphrase`,
    ),
    ...verbs('clause', 'go/went/gone on to say, make/made clear, make/made it clear, point/pointed to the fact, put/put it'),
    ...verbs('clause', 'learn/learned'),
    ...verbs('clause', 'decide, discover, notice, guess, imagine, threaten, bet/bet, determine'),
    ...verbs('clause', 'find/found/found, show/showed/shown, suggest, indicate, reveal, conclude', { subject: 'evidence' }),
    ...verbs('object-clause', 'tell/told, assure, remind, inform, warn, caution, advise, convince, persuade/persuaded, promise, reassure'),
    // verbs of asking take a hearer too (their clause forms come first; see hearerForms)
    ...verbs('object-clause', 'ask'),
    ...verbs('clause', 'encourage, implore, beg/begged'),
    ...verbs(
      'np',
      `call for, call on, urge, deny, reject, dismiss, criticize, criticise, condemn, denounce, praise, hail,
       welcome, endorse, propose, accuse, blame, defend, draw/drew/drawn attention to, point to, refer to, cite,
       highlight, decry, slam/slammed, blast, lambaste, applaud, commend, thank, congratulate, express, voice,
       reaffirm, question, challenge, dispute, demand, request, recommend, back, support/supported, oppose,
       announce, promise, vow, pledge, describe, characterize, characterise, label, brand, dub/dubbed, call,
       talk about, talk of, speak/spoke/spoken about, speak/spoke/spoken of, comment on, weigh in on, reflect on,
       touch/touched on, complain about, boast about, joke about, warn about, warn of, worry about, argue for,
       advocate for, push for, appeal for, ask/asked about, refer/referred to, allude to, take/took/taken aim at,
       lash/lashed out at, rail against, speak/spoke/spoken out against, vote/voted for, push back on, criticize,
       mock/mocked, ridicule, attack, acknowledge, apologize for, apologise for, pay/paid tribute to`,
      { postposed: false },
    ).filter((v) => v.base !== 'call' || v.rest !== undefined),
    ...verbs('np', 'view, prefer/preferred', { postposed: false }),
    ...verbs('np', 'bemoan, chide, discuss, go/went/gone after', { postposed: false }),
    ...verbs('np', 'rate, liken', { postposed: false, quoteOnly: true }),
    ...verbs('clause', 'retweet'),
    ...verbs('clause', 'see/saw/seen'),
    ...verbs('np', 'term, deem, declare', { postposed: false, quoteOnly: true }),
    ...verbs('np', 'call', { postposed: false, predicative: true }),
    // words on signs, in headlines and chants: a cue only right before a quotation
    ...verbs('np', 'read/read/read, chant, title, entitle, headline, caption, mouth', { postposed: false, quoteOnly: true }),
    ...verbs('np', 'seek/sought, decline, refuse, plan/planned, intend, offer', { postposed: false, infinitiveOnly: true }),
    ...verbs('np', 'want', { postposed: false }),
    ...verbs('np', 'seem', { postposed: false, authorial: true }),
    ...verbs('np', 'appear', { postposed: false, infinitiveOnly: true, authorial: true }),
    ...verbs('np', 'expect', { postposed: false, infinitiveOnly: true, authorial: true, passive: true }),
  ],
  excludedForms: [
    'state', 'states', 'figure', 'figures', 'questions', 'comments', 'remarks', 'charges', 'thanks', 'challenges',
    'backs', 'known', 'question', 'support', 'back', 'challenge',
    'comment', 'remark', 'charge', 'thank', 'express', 'voice', 'voices', 'record', 'post', 'attacks', 'attack',
  ],
  cuePhrases: [
    { text: 'according to', frame: 'according' },
    { text: 'reportedly', frame: 'np', authorialAdverb: true },
    { text: 'allegedly', frame: 'np', authorialAdverb: true },
  ],
  auxiliaries: [
    'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should',
    'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "'s", '’s', "'ve", '’ve', "'d", '’d', "'ll", '’ll',
    "'re", '’re', 'am', "'m", '’m',
  ],
  cueAdverbs: [
    'also', 'not', "n't", 'n’t', 'never', 'again', 'later', 'then', 'previously', 'repeatedly', 'recently', 'once',
    'publicly', 'privately', 'reportedly', 'further', 'first', 'earlier', 'already', 'often', 'frequently', 'always',
    'since', 'still', 'now', 'just', 'even', 'flatly', 'firmly', 'strongly', 'clearly', 'openly', 'specifically',
    'explicitly', 'emphatically', 'bluntly', 'quietly', 'loudly', 'angrily', 'proudly', 'jokingly', 'sharply',
    'subsequently', 'separately', 'similarly', 'initially', 'officially', 'formally', 'personally', 'directly',
    'correctly', 'falsely', 'wrongly', 'rightly', 'recently', 'famously', 'once', 'twice', 'only', 'simply', 'too',
    'widely', 'generally',
  ],
  sourcePronouns: ['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'which', 'both', 'others', 'some', 'many', 'most', 'all', 'none', 'several', 'few'],
  clauseSubjects: ['he', 'she', 'they', 'i', 'we', 'it', 'there', 'you'],
  quantifiers: ['most', 'many', 'some', 'all', 'few', 'none', 'both', 'several', 'half', 'each', 'one', 'two', 'three', 'four', 'five', 'either', 'neither', 'any', 'third', 'quarter'],
  pluralNouns: ['percent', 'people', 'police', 'staff', 'public', 'majority', 'minority', 'personnel', 'clergy', 'men', 'women', 'children'],
  groupPronouns: ['us', 'them', 'those', 'these', 'whom'],
  pluralEvidenceNouns: ['data'],
  contentRelatives: ['which', 'what', 'that'],
  complementNouns: [
    'fact', 'idea', 'claim', 'claims', 'notion', 'belief', 'argument', 'hope', 'fear', 'fears', 'news', 'report', 'reports',
    'assertion', 'suggestion', 'view', 'sense', 'possibility', 'evidence', 'sign', 'signs', 'assurance', 'assurances',
    'promise', 'warning', 'point', 'statement', 'allegation', 'allegations', 'charge', 'concern', 'concerns', 'message',
    'theory', 'impression', 'conclusion', 'finding', 'findings', 'word', 'rumor', 'rumors', 'proof', 'indication',
  ],
  statementNouns: [
    'claim', 'claims', 'assertion', 'assertions', 'argument', 'insistence', 'contention', 'allegation', 'allegations', 'suggestion',
    'promise', 'pledge', 'vow', 'warning', 'prediction', 'accusation', 'charge', 'complaint', 'admission', 'statement', 'belief',
    'view', 'boast', 'declaration', 'denial', 'remark', 'comment', 'comments', 'announcement', 'threat', 'demand', 'hope', 'fear',
  ],
  leadInNouns: [
    'statement', 'statements', 'message', 'answer', 'response', 'reply', 'email', 'letter', 'note', 'tweet', 'post', 'words',
    'slogan', 'headline', 'caveat', 'line', 'warning', 'remark', 'comment', 'explanation', 'verdict', 'advice', 'plea',
    'promise', 'pledge', 'motto', 'mantra', 'refrain', 'retort', 'quip', 'caption', 'text', 'memo',
  ],
  possessiveDeterminers: ['his', 'her', 'their', 'my', 'our'],
  personalPronouns: ['he', 'she', 'they', 'i', 'we'],
  sourceStopWords: [
    'that', 'which', 'whom', 'whose', 'what', 'when', 'where', 'while', 'whether', 'if', 'because', 'but', 'or',
    'nor', 'as', 'after', 'before', 'since', 'although', 'though', 'so', 'than', 'to', 'with', 'by', 'on', 'in',
    'at', 'from', 'into', 'about', 'over', 'under', 'against', 'during', 'without', 'through', 'until', 'unless',
    'once', 'how', 'why', 'there', 'here', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
    'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'him', 'her',
    'them', 'us', 'me', 'it', 'this', 'these', 'those', 'also', 'then', 'yet', 'even', 'just', 'only', 'said',
    'says', 'say', 'told', 'to', 'like', 'unlike', 'per', 'via', 'toward', 'towards', 'upon', 'among', 'between',
    'behind', 'beyond', 'around', 'across', 'along', 'amid', 'despite', 'off', 'out', 'up', 'down', 'an', 'a',
  ],
  sourceLinkWords: ['of', 'and', '&', 'for', 'the', "'s", '’s', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'del', 'da', 'di'],
  determiners: [
    'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another',
    'some', 'many', 'several', 'each', 'both', 'all', 'most', 'two', 'three', 'four', 'five', 'other', 'no',
  ],
  sentenceLinks: ['but', 'and', 'so', 'yet', 'still', 'however', 'also', 'now', 'then', 'meanwhile', 'moreover', 'indeed', 'even'],
  coordinators: ['and', 'but', 'then', 'yet'],
  lyWords: [
    'family', 'assembly', 'rally', 'ally', 'supply', 'monopoly', 'anomaly', 'bully', 'homily', 'folly', 'jelly', 'belly',
    'melancholy', 'reply', 'apply', 'imply', 'comply', 'multiply', 'fly', 'july', 'italy', 'only', 'early', 'daily',
    'weekly', 'monthly', 'yearly', 'quarterly', 'likely', 'unlikely', 'elderly', 'friendly', 'lonely', 'lovely', 'ugly',
    'holy', 'silly', 'costly', 'deadly', 'orderly', 'curly', 'jolly', 'sly', 'wholly', 'fully', 'partly', 'mostly',
  ],
  gerundPrepositions: ['by', 'while', 'without', 'upon', 'despite'],
  labels: [
    'update', 'updated', 'note', 'editor', 'editors', 'related', 'read', 'watch', 'photo', 'photos', 'video', 'image',
    'caption', 'credit', 'warning', 'breaking', 'exclusive', 'analysis', 'opinion', 'commentary', 'q', 'a', 'question',
    'answer', 'transcript', 'correction', 'clarification', 'disclaimer', 'share', 'tags', 'topics', 'listen', 'see',
    'more', 'also', 'subscribe', 'follow', 'contact', 'email', 'phone', 'tel', 'fax', 'web', 'website', 'address',
    'date', 'time', 'location', 'where', 'when', 'what', 'who', 'why', 'how', 'here', 'first', 'second', 'third',
    'step', 'part', 'chapter', 'section', 'figure', 'table', 'example', 'p.s', 'ps', 'bottom', 'line', 'lead',
    'advertisement', 'sponsored', 'graphic', 'map', 'chart', 'source', 'sources', 'via', 'h/t', 'ht', 'pictured',
  ],
  noInfinitive: ['agree', 'decide', 'determine', 'learn', 'know', 'expect', 'continue'],
  clauseBreakers: [
    'while', 'but', 'however', 'which', 'who', 'whom', 'whose', 'whereas', 'although', 'though', 'yet', 'according',
    'saying', 'adding', 'noting', 'citing', 'arguing', 'insisting', 'claiming', 'warning', 'calling', 'explaining',
    'stressing', 'suggesting', 'referring', 'prompting', 'leading', 'sparking', 'drawing', 'even', 'despite',
    'including', 'followed', 'compared', 'down', 'up',
  ],
  beForms: ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", '’re', "'m", '’m', 'am'],
  clausePrepositions: ['about', 'of', 'for', 'with', 'as', 'into', 'over', 'against', 'from', 'by', 'during', 'via', 'through', 'without'],
  timeWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
    'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'earlier', 'later',
    'now', 'then', 'recently', 'previously', 'again', 'once', 'also',
  ],
  relativeWords: ['which', 'who', 'that'],
  timePrepositions: ['on', 'at', 'in', 'last', 'this', 'earlier', 'late', 'early', 'during', 'by'],
  adjunctStarts: [
    'in', 'on', 'at', 'during', 'after', 'before', 'from', 'with', 'while', 'when', 'last', 'this', 'earlier',
    'later', 'via', 'through', 'over', 'of', 'about', 'as', 'told', 'speaking', 'according', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'late',
    'early', 'again', 'repeatedly', 'previously', 'afterward', 'afterwards', 'privately', 'publicly', 'flatly',
    'simply', 'then', 'too', 'also', 'adding', 'noting', 'saying', 'referring', 'citing', 'calling', 'but', 'and',
    'outside', 'inside', 'under', 'since', 'amid', 'following', 'upon', 'for', 'by', 'in', 'where',
  ],
  pollNouns: ['poll', 'polls', 'survey', 'surveys', 'polling'],
  pollPrepositions: ['in'],
  evidenceNouns: [
    'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'analyses',
    'research', 'review', 'investigation', 'audit', 'figures', 'statistics', 'numbers', 'results', 'census', 'count',
    'estimate', 'estimates', 'findings', 'evidence', 'records', 'documents', 'document', 'memo', 'letter', 'filing',
    'filings', 'report', 'assessment', 'projection', 'projections', 'forecast', 'models', 'model', 'tally', 'index',
    'paper', 'article', 'story', 'statement', 'ruling', 'verdict', 'complaint', 'lawsuit', 'indictment', 'post',
    'tweet', 'video', 'ad', 'footage', 'polling', 'files', 'surveys', 'transcript', 'email', 'emails', 'exit', 'test', 'tests', 'experiment',
  ],
  evidencePronouns: ['it'],
  contentLeadWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
    'recently', 'earlier', 'later', 'repeatedly', 'again', 'also', 'then', 'now', 'privately', 'publicly', 'once',
    'reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'supporters', 'lawmakers', 'voters',
  ],
  shortAnswers: ['so', 'yes', 'no', 'as much', 'otherwise'],
  questionCues: ['asked'],
  questionWords: ['if', 'whether', 'what', 'how', 'who', 'why', 'when', 'where', 'which', 'about'],
  questionCueLeads: ['when', 'after', 'once', 'and', 'but', 'later', 'again', 'also'],
  scareQuoteMaxWords: 5,
  headlineMaxWords: 25,
  leadInMaxWords: 20,
  contentToQuoteMaxWords: 25,
} satisfies AttributionLocale;
