/**
 * The input asks for a write the graph refuses (over a cap, an id that contradicts its type, a
 * type change): the client's to fix, so callers report it as bad input (BAD_USER_INPUT, a one-line
 * CLI failure), never as a database failure. Nothing of the article is written.
 */
export class ArticleRefusedError extends Error {
  override readonly name = 'ArticleRefusedError';

  constructor(
    /** The ParsedArticle field at fault: `article.authors`, `entities[3].aliases`, `entities[0].type`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
