import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { userInputError } from '../../core/errors.js';
import type { RawNode } from '../node/graph-node.js';
import { PageArgs, toConnection, toPage, type Connection } from '../pagination/connection.js';
import { NodeType, nodeTypes } from './graph-elements.js';
import { SEARCH, SEARCH_COUNT } from './search.cypher.js';
import { highlight } from './search.highlight.js';
import { MAX_QUERY_LENGTH, luceneQuery, searchTerms } from './search.lucene.js';
import { SearchHitConnection, type SearchHit } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: 'Full-text search over names, aliases, article titles and statement text, best match first. Every word must match, give or take a typo ("Vladmir Putn"); the exact phrase ranks highest.',
  })
  async search(
    @Arg('query', () => String, { description: `Words to look for (at most ${MAX_QUERY_LENGTH} characters); Lucene syntax is not interpreted.` }) query: string,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only hits of these types (default: all).' }) types: NodeType[] | undefined,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<SearchHit>> {
    if (query.length > MAX_QUERY_LENGTH) throw userInputError(`query may be at most ${MAX_QUERY_LENGTH} characters, got ${query.length}.`, 'query');
    const terms = searchTerms(query);
    if (terms.length === 0) throw userInputError('query must contain at least one word (letters or digits).', 'query');
    const page = toPage(args, ctx.config.maxPageSize);
    const params = { lucene: luceneQuery(terms), labels: nodeTypes(types) };
    const rows = await ctx.executor.read<{ node: RawNode; score: number }>(SEARCH, { ...params, skip: page.skip, limit: page.first + 1 });
    const hits = rows.map((row): SearchHit => {
      const node = ctx.loaders.read(row.node);
      const h = highlight(node, terms);
      return { node, score: row.score, matchedField: h.field, fragment: h.fragment, ranges: h.ranges, highlighted: h.html };
    });
    return toConnection(hits, page, async () => {
      const [row] = await ctx.executor.read<{ count: number }>(SEARCH_COUNT, params);
      return Number(row?.count ?? 0);
    });
  }
}
