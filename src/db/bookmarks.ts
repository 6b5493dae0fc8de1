/**
 * Causal consistency across API processes: a write's transaction ends with a bookmark (the
 * position of its commit), and a read that carries it waits until the server it reaches has
 * applied that commit. On one Neo4j a committed write is visible at once; behind a cluster's
 * followers, or two API processes sharing a router, this is how a client reads its own write.
 * One per GraphQL request: what the client sent, and what its writes returned.
 */
export class RequestBookmarks {
  /** The bookmarks this request's transactions must see. */
  readonly given: string[];
  /** The bookmarks of this request's committed writes, for the response. */
  written: string[] = [];

  constructor(given: readonly string[] = []) {
    this.given = [...given];
  }
}

/** How many bookmarks a request may carry, and how long each may be: a request is bounded. */
export const MAX_BOOKMARKS = 16;
export const MAX_BOOKMARK_LENGTH = 1_000;
