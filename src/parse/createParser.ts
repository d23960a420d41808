import { InvalidInputError } from '../errors.js';
import { hashText } from '../internal/ids.js';
import type { Article } from '../model/article.js';
import type { ParsedArticle } from '../model/parsedArticle.js';
import { defaultConfiguration, ParserConfigSchema, type ParserConfig } from './configuration.js';
import { normalisePublishedAt, validateParseInput, type ParseOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import type { Configuration } from './types.js';

/**
 * A parser with its own configuration.
 * @category Parsing
 */
export interface Parser {
  /**
   * Parses one article with this parser's configuration; see {@link parseArticle}.
   * @param text - The article text.
   * @param options - Publication date, id, title, url, publisher, `explain`.
   * @param fn - The name used in error messages (internal).
   */
  parseArticle(text: string, options?: ParseOptions, fn?: string): ParsedArticle;
}

/**
 * Creates a parser with extra reporting verbs and speakers known in advance.
 *
 * @param config - `speechVerbs`: more reporting verbs; `knownSpeakers`: names with their aliases and titles.
 * @returns A {@link Parser}.
 * @throws {@link InvalidInputError} when the configuration has unknown keys or wrong types.
 * @example
 * ```ts
 * const parser = createParser({
 *   speechVerbs: ['grumbled'],
 *   knownSpeakers: [{ name: 'Volodymyr Zelensky', aliases: ['Zelenskiy', 'Zelenskyy'] }],
 * });
 * parser.parseArticle('"Enough," Zelenskiy grumbled.').statements[0]?.cue?.text;
 * //=> 'grumbled'
 * ```
 * @category Parsing
 */
export function createParser(config?: ParserConfig): Parser {
  const result = ParserConfigSchema.safeParse(config ?? {});
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ');
    throw new InvalidInputError(`createParser: invalid configuration: ${detail}`, result.error.issues, {
      cause: result.error,
    });
  }
  const base = defaultConfiguration();
  const configuration: Configuration = {
    ...base,
    extraSpeechVerbs: [...(result.data.speechVerbs ?? [])],
    knownSpeakers: (result.data.knownSpeakers ?? []).map((k) => ({
      name: k.name,
      ...(k.kind ? { kind: k.kind } : {}),
      aliases: [...(k.aliases ?? [])],
      titles: [...(k.titles ?? [])],
    })),
  };
  return {
    parseArticle(text: string, options?: ParseOptions, fn = 'parseArticle'): ParsedArticle {
      const opts = validateParseInput(fn, text, options);
      const article: Article = { id: opts.id ?? `art-${hashText(text)}`, text, language: 'en' };
      if (opts.title !== undefined) article.title = opts.title;
      const publishedAt = opts.publishedAt === undefined ? null : normalisePublishedAt(opts.publishedAt);
      if (publishedAt) article.publishedAt = publishedAt;
      if (opts.url !== undefined) article.url = opts.url;
      if (opts.publisher !== undefined) article.publisher = opts.publisher;
      return runPipeline(article, configuration, opts.explain ?? false);
    },
  };
}
