import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Article } from '../article/article.type.js';
import { Event } from '../event/event.type.js';
import { EventConnection } from '../node/lookup.resolver.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode } from '../node/graph-node.js';
import { REL, REL_PAGE } from '../relations.cypher.js';
import { ArticleConnection } from '../article/article.resolver.js';
import { relationConnection } from '../pagination/relation-page.js';
import { PageArgs } from '../pagination/connection.js';
import { StatementFilter, StatementOrder } from '../statement/statement.filter.js';
import { statementConnectionOf, statementListOf, statementNode } from '../statement/statement.queries.js';
import { FILTER_ARG, ORDER_ARG, StatementConnection, StatementsArgs } from '../statement/statement.resolver.js';
import { Statement } from '../statement/statement.type.js';
import { Entity } from './entity.type.js';

/** Fields every entity has; type-graphql gives them to Person, Organization and Place. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Statement], { description: 'Statements this entity made, the latest reported first, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use statementsConnection.' })
  statements(
    @Root() e: GraphNode,
    @Arg('filter', () => StatementFilter, FILTER_ARG) filter: StatementFilter | undefined,
    @Arg('orderBy', () => StatementOrder, ORDER_ARG) orderBy: StatementOrder | undefined,
    @Arg('first', () => Int, FIRST_ARG) first: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return statementListOf(ctx, 'speaker', e.id, filter, orderBy, first);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements this entity made, as a filtered, paginated connection.' })
  statementsConnection(@Root() e: GraphNode, @Args(() => StatementsArgs) args: StatementsArgs, @Ctx() ctx: Context) {
    return statementConnectionOf(ctx, 'speaker', e.id, args.filter, args.orderBy ?? StatementOrder.NEWEST_FIRST, args, statementNode);
  }

  @FieldResolver(() => [Statement], { description: 'Statements about this entity, by anyone, the latest reported first, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use statementsAboutConnection.' })
  statementsAbout(
    @Root() e: GraphNode,
    @Arg('filter', () => StatementFilter, FILTER_ARG) filter: StatementFilter | undefined,
    @Arg('orderBy', () => StatementOrder, ORDER_ARG) orderBy: StatementOrder | undefined,
    @Arg('first', () => Int, FIRST_ARG) first: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return statementListOf(ctx, 'aboutEntity', e.id, filter, orderBy, first);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about this entity, as a filtered, paginated connection.' })
  statementsAboutConnection(@Root() e: GraphNode, @Args(() => StatementsArgs) args: StatementsArgs, @Ctx() ctx: Context) {
    return statementConnectionOf(ctx, 'aboutEntity', e.id, args.filter, args.orderBy ?? StatementOrder.NEWEST_FIRST, args, statementNode);
  }

  @FieldResolver(() => [Article], { description: 'Articles that mention it, newest first, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use mentionedInConnection.' })
  mentionedIn(@Root() e: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.entityMentionedIn, e.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention it, newest first, as a paginated connection with totalCount.' })
  mentionedInConnection(@Root() e: GraphNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return relationConnection(ctx, REL_PAGE.entityMentionedIn, e.id, args);
  }

  @FieldResolver(() => [Event], { description: 'Events it took part in, by date (undated last), then name, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use eventsConnection.' })
  events(@Root() e: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.entityEvents, e.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => EventConnection, { description: 'Events it took part in, by date (undated last), then name, as a paginated connection with totalCount.' })
  eventsConnection(@Root() e: GraphNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return relationConnection(ctx, REL_PAGE.entityEvents, e.id, args);
  }
}
