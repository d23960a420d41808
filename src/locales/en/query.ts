import type { QueryLocale } from '../types/query.js';

/** English data for the query helpers. */
export const query = {
  stopwords: [
    'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as',
    'into', 'onto', 'about', 'over', 'than', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'its',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did',
    'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'we', 'our', 'us', 'i', 'me',
    'my', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'which', 'who', 'whom',
    'what', 'so', 'also', 'very', 'just', 'all', 'any', 'some', 'such', 'if', 'then', 'because', 'while',
    'said', 'says', 'say',
  ],
  negations: ['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot'],
  numberWords: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
    thousand: 1000, million: 1_000_000, billion: 1_000_000_000, dozen: 12, half: 0.5,
  },
} satisfies QueryLocale;
