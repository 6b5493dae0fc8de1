import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { toGraphNode, type RawNode } from '../node/graph-node.js';
import { PageArgs, toConnection, toPage } from '../pagination/connection.js';
import { idOfType } from './graph-elements.js';
import { RELATED_ENTITIES } from './related.cypher.js';
import { RelatedEntityConnection, type RelatedEntityEdge, type RelationKind } from './related.type.js';

interface RelatedRow {
  id: string | null;
  total: number;
  page: { node: RawNode; reportCount: number; links: RelationKind[]; reports: RawNode[] }[];
}

@Resolver()
export class RelatedResolver {
  @Query(() => RelatedEntityConnection, {
    nullable: true,
    description: 'Entities co-mentioned with an entity, topic or event, or linked to it through statements, ranked by how many reports connect them (then by how many kinds of connection), each with those reports. Null when no entity, topic or event has the id.',
  })
  async relatedEntities(@Arg('id', () => ID) id: string, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<RelatedEntityConnection | null> {
    const page = toPage(args, ctx.config.maxPageSize);
    if (!idOfType(id, ['Person', 'Organization', 'Place', 'Topic', 'Event'])) return null;
    const [row] = await ctx.executor.read<RelatedRow>(RELATED_ENTITIES, { id, skip: page.skip, limit: page.first + 1 });
    if (!row?.id) return null;
    const items = row.page.map((r) => {
      const node = ctx.loaders.read(r.node);
      return { node, reportCount: Number(r.reportCount), relations: [...r.links].sort(), reports: r.reports.map(toGraphNode) };
    });
    const total = Number(row.total);
    const connection = toConnection(items, page, async () => total);
    const edges: RelatedEntityEdge[] = connection.edges.map((e) => ({ cursor: e.cursor, ...e.node }));
    return { edges, pageInfo: connection.pageInfo, totalCount: total };
  }
}
