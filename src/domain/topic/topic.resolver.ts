import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Article } from '../article/article.type.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode } from '../node/graph-node.js';
import { REL, REL_PAGE } from '../relations.cypher.js';
import { ArticleConnection } from '../article/article.resolver.js';
import { PageArgs } from '../pagination/connection.js';
import { relationConnection } from '../pagination/relation-page.js';
import { StatementFilter, StatementOrder } from '../statement/statement.filter.js';
import { statementConnectionOf, statementListOf, statementNode } from '../statement/statement.queries.js';
import { FILTER_ARG, ORDER_ARG, StatementConnection, StatementsArgs } from '../statement/statement.resolver.js';
import { Statement } from '../statement/statement.type.js';
import { Topic } from './topic.type.js';

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => [Article], { description: 'Articles tagged with it, newest first, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use articlesConnection.' })
  articles(@Root() t: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.topicArticles, t.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles tagged with it, newest first, as a paginated connection with totalCount.' })
  articlesConnection(@Root() t: GraphNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return relationConnection(ctx, REL_PAGE.topicArticles, t.id, args);
  }

  @FieldResolver(() => [Statement], { description: 'Statements about the topic, by anyone, the latest reported first, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use statementsAboutConnection.' })
  statementsAbout(
    @Root() t: GraphNode,
    @Arg('filter', () => StatementFilter, FILTER_ARG) filter: StatementFilter | undefined,
    @Arg('orderBy', () => StatementOrder, ORDER_ARG) orderBy: StatementOrder | undefined,
    @Arg('first', () => Int, FIRST_ARG) first: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return statementListOf(ctx, 'aboutTopic', t.id, filter, orderBy, first);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about it, as a filtered, paginated connection.' })
  statementsAboutConnection(@Root() t: GraphNode, @Args(() => StatementsArgs) args: StatementsArgs, @Ctx() ctx: Context) {
    return statementConnectionOf(ctx, 'aboutTopic', t.id, args.filter, args.orderBy ?? StatementOrder.NEWEST_FIRST, args, statementNode);
  }
}
