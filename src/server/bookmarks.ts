import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../core/errors.js';
import { MAX_BOOKMARKS, MAX_BOOKMARK_LENGTH, RequestBookmarks } from '../db/bookmarks.js';
import type { Context } from './context.js';

/** The header a client may send its bookmarks in, comma-separated, instead of `extensions.bookmarks`. */
export const BOOKMARKS_HEADER = 'x-newsgraph-bookmarks';

/**
 * The bookmarks a request carries: the header's, and the body's `extensions.bookmarks` (a list of
 * strings). Bounded in number and length; anything else is refused with a message saying what is
 * expected.
 */
const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });

export function requestBookmarks(headers: IncomingHttpHeaders, body: unknown): RequestBookmarks {
  const header = headers[BOOKMARKS_HEADER];
  const fromHeader = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((b) => b.trim()).filter(Boolean);
  const extension = body !== null && typeof body === 'object' ? (body as { extensions?: { bookmarks?: unknown } }).extensions?.bookmarks : undefined;
  if (extension !== undefined && !(Array.isArray(extension) && extension.every((b) => typeof b === 'string'))) {
    throw badRequest(`extensions.bookmarks must be a list of strings (the bookmarks of an earlier response), got ${JSON.stringify(extension).slice(0, 80)}.`);
  }
  const all = [...new Set([...fromHeader, ...((extension as string[] | undefined) ?? [])])];
  if (all.length > MAX_BOOKMARKS) throw badRequest(`A request may carry at most ${MAX_BOOKMARKS} bookmarks; it carried ${all.length}.`);
  if (all.some((b) => b.length > MAX_BOOKMARK_LENGTH)) throw badRequest(`A bookmark is at most ${MAX_BOOKMARK_LENGTH} characters long.`);
  return new RequestBookmarks(all);
}

/**
 * Adds `extensions.bookmarks` to the response of a request that wrote: a client sends them with its
 * next request (any API process) to read what it wrote.
 */
export function bookmarksPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const written = writtenBookmarks(contextValue);
          if (response.body.kind !== 'single' || !written) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks: written };
        },
      };
    },
  };
}

/** The bookmarks of what this request wrote, for `extensions.bookmarks`; undefined when it wrote nothing. */
export function writtenBookmarks(contextValue: Context): string[] | undefined {
  const written = contextValue.executor.bookmarks?.written;
  return written?.length ? [...written] : undefined;
}
