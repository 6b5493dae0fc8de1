import { offsetToCursor, cursorToOffset } from 'graphql-relay';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { userInputError } from '../../core/errors.js';

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether there are matches after this page.' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Whether there are matches before this page (the page began after a cursor).' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null for an empty page.' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge (pass it as `after` for the next page); null for an empty page.' }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size; at most the server cap (100 by default). Default 20.' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Offset cursors deeper than this are refused: no client pages a million results one page at a time. */
export const MAX_OFFSET = 1_000_000;

/** A validated page request: Cypher SKIP/LIMIT. `limit` is one more than asked to learn hasNextPage. */
export interface Page {
  skip: number;
  first: number;
}

export function toPage(args: PageArgs, maxPageSize: number): Page {
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw userInputError(`first must be between 0 and ${maxPageSize}, got ${first}. Page through larger results with after.`, 'first');
  }
  let skip = 0;
  if (args.after != null) {
    skip = cursorToOffset(args.after) + 1;
    if (!Number.isSafeInteger(skip) || skip < 1 || skip > MAX_OFFSET) throw userInputError(`after is not a cursor this API issued: ${JSON.stringify(args.after)}`, 'after');
  }
  return { skip, first };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: counted only when a client selects totalCount, since counting can cost more than the page. */
  readonly totalCount: Promise<number>;
}

/** Builds a connection from `first + 1` fetched rows. */
export function toConnection<T>(rows: T[], page: Page, count: () => Promise<number>): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node, i) => ({ cursor: offsetToCursor(page.skip + i), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return count();
    },
  };
}

/** One generic Connection class per node type: `@ObjectType({ description: 'A page of articles.' }) class ArticleConnection extends ConnectionType(Article) {}`. */
export function ConnectionType<T extends object>(nodeType: ClassType<T> | (() => unknown), name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque; pass it as `after` to continue after this edge.' }) cursor!: string;
    @Field(() => nodeType, { description: `The ${name}.` }) node!: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: 'The page, in order, each with its cursor.' }) edges!: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of edges, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo, { description: 'Where the page sits among all matches.' }) pageInfo!: PageInfo;
    // A getter on the source object (see toConnection): the count query runs only when selected.
    // Not simple: the compiled executor (graphql-jit) awaits a promise from a resolver, not from a plain property.
    @Field(() => Int, { simple: false, description: 'Total matches across all pages.' }) totalCount!: number;
  }
  return ConnectionClass;
}
