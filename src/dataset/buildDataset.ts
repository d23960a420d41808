import { InvalidInputError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import type { ParsedArticle } from '../model/parsedArticle.js';

function duplicate(fn: string, id: string, path: (string | number)[]): InvalidInputError {
  return new InvalidInputError(`${fn}: duplicate article id "${id}" (give each article its own \`id\` option)`, [
    { code: 'custom', path, message: `duplicate article id "${id}"`, input: id },
  ]);
}

/**
 * Merges parsed articles into one {@link Dataset}. Ids are article-scoped, so records of different articles
 * never clash; two articles with the same id do, and are refused. `issues` are not carried over.
 *
 * @param parsedArticles - Results of {@link parseArticle}.
 * @returns A new Dataset (the input is not modified; records are shared, not copied).
 * @throws {@link InvalidInputError} when the input is not an array of parsed articles or two share an article id.
 * @example
 * ```ts
 * const dataset = buildDataset([
 *   parseArticle(textA, { id: 'a', publishedAt: '2021-05-10' }),
 *   parseArticle(textB, { id: 'b', publishedAt: '2021-05-11' }),
 * ]);
 * dataset.articles.map((a) => a.id);
 * //=> ['a', 'b']
 * ```
 * @category Dataset
 */
export function buildDataset(parsedArticles: readonly ParsedArticle[]): Dataset {
  const fn = 'buildDataset';
  if (!Array.isArray(parsedArticles)) {
    throw new InvalidInputError(`${fn}: expected an array of parsed articles, received ${parsedArticles === null ? 'null' : typeof parsedArticles}`, [
      { code: 'invalid_type', expected: 'array', path: [], message: 'expected an array', input: parsedArticles },
    ]);
  }
  const dataset: Dataset = { articles: [], speakers: [], statements: [], claims: [], events: [] };
  const seen = new Set<string>();
  parsedArticles.forEach((parsed: unknown, i) => {
    const p = parsed as Partial<ParsedArticle> | null;
    if (
      typeof p !== 'object' || p === null || typeof p.article?.id !== 'string' ||
      !Array.isArray(p.speakers) || !Array.isArray(p.statements) || !Array.isArray(p.claims) || !Array.isArray(p.events)
    ) {
      throw new InvalidInputError(`${fn}: item ${i} is not a parsed article (the result of parseArticle)`, [
        { code: 'custom', path: [i], message: 'expected a ParsedArticle', input: parsed },
      ]);
    }
    if (seen.has(p.article.id)) throw duplicate(fn, p.article.id, [i, 'article', 'id']);
    seen.add(p.article.id);
    dataset.articles.push(p.article);
    dataset.speakers.push(...p.speakers);
    dataset.statements.push(...p.statements);
    dataset.claims.push(...p.claims);
    dataset.events.push(...p.events);
  });
  return dataset;
}
