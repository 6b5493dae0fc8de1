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

/**
 * A cursor encoded only when read: most clients select nodes and never a cursor, and base64 per
 * edge showed in the profile of a page of 25 (bench:api S3).
 */
export class OffsetCursor {
  constructor(readonly offset: number) {}
  get cursor(): string {
    return offsetToCursor(this.offset);
  }
}

/** One edge of a page: the node and its cursor. */
export class Edge<T> extends OffsetCursor {
  constructor(
    offset: number,
    readonly node: T,
  ) {
    super(offset);
  }
}

/** Where a page of `count` edges (of `fetched` rows read, `first + 1` to learn hasNextPage) sits. */
class OffsetPageInfo implements PageInfo {
  constructor(
    private readonly page: Page,
    private readonly count: number,
    readonly hasNextPage: boolean,
  ) {}
  get hasPreviousPage(): boolean {
    return this.page.skip > 0;
  }
  get startCursor(): string | null {
    return this.count > 0 ? offsetToCursor(this.page.skip) : null;
  }
  get endCursor(): string | null {
    return this.count > 0 ? offsetToCursor(this.page.skip + this.count - 1) : null;
  }
}

/** The page info of a page whose rows were read `first + 1` at a time. */
export function pageInfoOf(fetched: number, page: Page): PageInfo {
  return new OffsetPageInfo(page, Math.min(fetched, page.first), fetched > page.first);
}

/** Builds a connection from `first + 1` fetched rows. */
export function toConnection<T>(rows: T[], page: Page, count: () => Promise<number>): Connection<T> {
  const nodes = rows.slice(0, page.first);
  return {
    edges: nodes.map((node, i) => new Edge(page.skip + i, node)),
    nodes,
    pageInfo: pageInfoOf(rows.length, page),
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
