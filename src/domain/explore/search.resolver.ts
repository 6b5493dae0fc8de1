import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { userInputError } from '../../core/errors.js';
import type { RawNode } from '../node/graph-node.js';
import { PageArgs, toConnection, toPage, type Connection } from '../pagination/connection.js';
import { NodeType, nodeTypes } from './graph-elements.js';
import { projectNode } from '../plan/compile.js';
import { memoizedPlan, objectType, planBelow } from '../plan/root.js';
import { connectionNodes, readsNextRow, selects, subTree } from '../plan/selection.js';
import { search, searchCount } from './search.cypher.js';
import { highlight } from './search.highlight.js';
import { MAX_QUERY_LENGTH, luceneQuery, searchTerms } from './search.lucene.js';
import { MatchedField, SearchHitConnection, type SearchHit } from './search.type.js';

/** What highlight() reads, and the hit fields it fills. */
const MATCHED_PROPERTIES = ['id', 'name', 'aliases', 'title', 'text'];
const HIGHLIGHT_FIELDS = ['matchedField', 'fragment', 'ranges', 'highlighted'];

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
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<SearchHit>> {
    if (query.length > MAX_QUERY_LENGTH) throw userInputError(`query may be at most ${MAX_QUERY_LENGTH} characters, got ${query.length}.`, 'query');
    const terms = searchTerms(query);
    if (terms.length === 0) throw userInputError('query must contain at least one word (letters or digits).', 'query');
    const page = toPage(args, ctx.config.maxPageSize);
    const params = { lucene: luceneQuery(terms), labels: nodeTypes(types) };
    // The hit's node as selected; the text it matched in only when a highlight field is asked for.
    // Planned once per field node and variables (root.ts): it depends on the selection and `types` only.
    const planned = memoizedPlan(ctx, info, 'search', () => {
      const { plan, tree } = planBelow(ctx, info);
      const connectionType = objectType(getNamedType(info.returnType));
      const hitType = objectType(getNamedType(connectionType.getFields().nodes!.type));
      const hitTree = connectionNodes(info.schema, tree, connectionType);
      const highlighted = hitTree !== null && selects(info.schema, hitTree, hitType, HIGHLIGHT_FIELDS);
      const nodeTree = hitTree && subTree(info.schema, hitTree, hitType, ['node']);
      const node = projectNode(plan, 'hit', nodeTree, getNamedType(hitType.getFields().node!.type), { always: highlighted ? MATCHED_PROPERTIES : [], inline: true });
      return { params: plan.params, node, highlighted, cypher: search(params.labels, node.cypher), peek: readsNextRow(info.schema, tree, connectionType) };
    });
    const { node, highlighted } = planned;
    const [result] = await ctx.executor.read<{ hits: { node: RawNode; score: number }[] }>(planned.cypher, { ...planned.params, ...params, skip: page.skip, limit: page.first + (planned.peek ? 1 : 0) });
    const hits = (result?.hits ?? []).map((found): SearchHit => {
      const hit = node.decode(found.node)!;
      const h = highlighted ? highlight(hit, terms) : { field: '', fragment: '', ranges: [], html: '' };
      return { node: hit, score: found.score, matchedField: h.field as MatchedField, fragment: h.fragment, ranges: h.ranges, highlighted: h.html };
    });
    return toConnection(hits, page, async () => {
      const [row] = await ctx.executor.read<{ count: number }>(searchCount(params.labels), params);
      return Number(row?.count ?? 0);
    });
  }
}
