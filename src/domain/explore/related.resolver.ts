import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { dateRange } from '../date-range.js';
import { typeOfId, type RawNode } from '../node/graph-node.js';
import { PageArgs, pageInfoOf, toPage } from '../pagination/connection.js';
import { projectNode } from '../plan/compile.js';
import { memoizedPlan, objectType, planBelow } from '../plan/root.js';
import { mergeTrees, readsNextRow, selects, subTree } from '../plan/selection.js';
import { idOfType } from './graph-elements.js';
import { relatedEntitiesQuery } from './related.cypher.js';
import { RelatedEdge, RelatedEntityConnection, RelatedEntityFilter, type RelationKind } from './related.type.js';

interface RelatedRow {
  id: string | null;
  total: number | null;
  /** links and reports are left out when not selected. */
  page: { node: RawNode; reportCount: number; links?: RelationKind[]; reports?: RawNode[] }[];
}

@Resolver()
export class RelatedResolver {
  @Query(() => RelatedEntityConnection, {
    nullable: true,
    description: 'Entities co-mentioned with an entity, topic or event, or linked to it through statements, ranked by how many reports connect them (then by how many kinds of connection), each with those reports. Null when no entity, topic or event has the id.',
  })
  async relatedEntities(
    @Arg('id', () => ID, { description: 'Global id of a person, organization, place, topic or event, e.g. person:donald-trump.' }) id: string,
    @Arg('filter', () => RelatedEntityFilter, { nullable: true, description: 'Only related entities matching every condition given.' }) filter: RelatedEntityFilter | undefined,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelatedEntityConnection | null> {
    const page = toPage(args, ctx.config.maxPageSize);
    const range = dateRange(filter?.from, filter?.to, 'filter.');
    const unique = <T>(values: T[] | null | undefined) => (values && values.length > 0 ? [...new Set(values)] : null);
    const conditions = { types: unique(filter?.types), kinds: unique(filter?.relations), from: range.from !== null, to: range.to !== null };
    if (!idOfType(id, ['Person', 'Organization', 'Place', 'Topic', 'Event'])) return null;

    // Everything below depends on the document and its variables only: planned once per field node (root.ts).
    const planned = memoizedPlan(ctx, info, 'related', () => {
      const { plan, tree } = planBelow(ctx, info);
      const connectionType = objectType(getNamedType(info.returnType));
      const edgeType = objectType(getNamedType(connectionType.getFields().edges!.type));
      const edges = subTree(info.schema, tree, connectionType, ['edges']);
      // The related entity as selected under edges.node and under nodes: one projection serves both.
      const nodeTrees = [edges && subTree(info.schema, edges, edgeType, ['node']), subTree(info.schema, tree, connectionType, ['nodes'])];
      const nodeTree = nodeTrees.reduce((a, b) => (a && b ? mergeTrees(a, b) : a ?? b), null);
      const node = projectNode(plan, 'y', nodeTree, getNamedType(edgeType.getFields().node!.type), { shared: false, inline: true });
      const reportsTree = edges && subTree(info.schema, edges, edgeType, ['reports']);
      const report = reportsTree ? projectNode(plan, 'a', reportsTree, getNamedType(edgeType.getFields().reports!.type), { shared: true, inline: true }) : null;
      const counted = selects(info.schema, tree, connectionType, ['totalCount']);
      const relations = edges !== null && selects(info.schema, edges, edgeType, ['relations']);
      const cypher = relatedEntitiesQuery({ ...conditions, label: typeOfId(id)!, node: node.cypher, report: report?.cypher ?? null, counted, relations });
      return { params: plan.params, node, report, cypher, peek: readsNextRow(info.schema, tree, connectionType) };
    });
    const { node, report } = planned;

    const [row] = await ctx.executor.read<RelatedRow>(planned.cypher, {
      ...planned.params,
      id,
      from: range.from,
      toUpper: range.toUpper,
      skip: page.skip,
      limit: page.first + (planned.peek ? 1 : 0),
    });
    if (!row?.id) return null;
    const edges = row.page.slice(0, page.first).map((r, i) => new RelatedEdge(page.skip + i, node.decode(r.node)!, Number(r.reportCount), r.links ? [...r.links].sort() : [], report && r.reports ? r.reports.map((a) => report.decode(a)!) : []));
    const total = Number(row.total ?? 0);
    return { edges, nodes: edges.map((e) => e.node), pageInfo: pageInfoOf(row.page.length, page), totalCount: total };
  }
}
