import type { ParsedArticle } from '../model/parsedArticle.js';
import { createParser } from './createParser.js';
import type { ParseOptions } from './options.js';

const defaultParser = createParser();

/**
 * Parses one English news article into speakers, statements (direct quotes, partial quotes, reported speech),
 * claims, events and non-fatal issues. Synchronous and pure: the same text and options give the same output,
 * with the same ids; the clock is never read, so relative dates resolve only against `publishedAt`.
 *
 * Every offset is a UTF-16 offset into `text` exactly as passed in.
 *
 * @param text - The article text.
 * @param options - Publication date, id, title, url, publisher, `explain`.
 * @returns Plain JSON-serialisable data that {@link ParsedArticleSchema} validates.
 * @throws {@link InvalidInputError} when `text` is not a string or an option is unknown or invalid.
 * @example
 * ```ts
 * import { parseArticle } from 'claimtrack';
 *
 * const { statements, speakers } = parseArticle('"We will win," Jane Smith said.', { publishedAt: '2024-03-01' });
 * statements[0]?.text;
 * //=> 'We will win,'
 * speakers.find((s) => s.id === statements[0]?.speakerIds[0])?.name;
 * //=> 'Jane Smith'
 * ```
 * @category Parsing
 */
export function parseArticle(text: string, options?: ParseOptions): ParsedArticle {
  return defaultParser.parseArticle(text, options, 'parseArticle');
}
