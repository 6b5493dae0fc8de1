import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Article } from '../article/article.type.js';
import { Entity } from '../entity/entity.type.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode } from '../node/graph-node.js';
import { REL, REL_PAGE } from '../relations.cypher.js';
import { ArticleConnection } from '../article/article.resolver.js';
import { PageArgs } from '../pagination/connection.js';
import { relationConnection } from '../pagination/relation-page.js';
import { Person } from './person.type.js';

@ObjectType({ simpleResolvers: true, description: 'A role a person holds in an organization or country ("Defence Secretary" of the United Kingdom).' })
export class Position {
  @Field(() => String, { description: 'The title as reports write it ("Defence Secretary").' }) title!: string;
  @Field(() => Entity, { description: 'The organization or place the title is of.' }) of!: GraphNode;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position], { description: 'The roles reports give the person, by title: every one, bounded by what reports say of this person.' })
  async positions(@Root() p: GraphNode, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.related<{ title: string }>(REL.personPositions, p.id, ctx.config.maxPageSize);
    return rows.map((r) => ({ title: r.extra.title, of: r.node }));
  }

  @FieldResolver(() => [Article], { description: 'Articles this person wrote, newest first, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use articlesConnection.' })
  articles(@Root() p: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.personArticles, p.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles this person wrote, newest first, as a paginated connection with totalCount.' })
  articlesConnection(@Root() p: GraphNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return relationConnection(ctx, REL_PAGE.personArticles, p.id, args);
  }
}
