import { Arg, Ctx, Info, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { plannedOr } from '../plan/prefetched.js';
import { Article } from '../article/article.type.js';
import { Entity } from '../entity/entity.type.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode } from '../node/graph-node.js';
import { REL } from '../relations.cypher.js';
import { Person } from './person.type.js';

@ObjectType({ description: 'A role a person holds in an organization or country ("Defence Secretary" of the United Kingdom).' })
export class Position {
  @Field(() => String) title!: string;
  @Field(() => Entity) of!: GraphNode;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position])
  positions(@Root() p: GraphNode, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return plannedOr(p, info, async () => {
      const rows = await ctx.loaders.related<{ title: string }>(REL.personPositions, p.id, ctx.config.maxPageSize);
      return rows.map((r) => ({ title: r.extra.title, of: r.node }));
    });
  }

  @FieldResolver(() => [Article], { description: 'Articles this person wrote, newest first.' })
  articles(@Root() p: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return plannedOr(p, info, async () => {
      return ctx.loaders.relatedNodes(REL.personArticles, p.id, listLimit(first, ctx.config.maxPageSize));
    });
  }
}
