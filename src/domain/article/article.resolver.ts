import { Arg, Args, ArgsType, Ctx, Info, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { GraphNode } from '../node/graph-node.js';
import { nodeById } from '../node/node.queries.js';
import { ConnectionType, PageArgs, type Connection } from '../pagination/connection.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import { REL } from '../relations.cypher.js';
import { Event } from '../event/event.type.js';
import { Person } from '../person/person.type.js';
import { StatementFilter, toFilterParams } from '../statement/statement.filter.js';
import { statementConnectionOf, statementsOf, type ArticleStatementExtra, type StatementRow } from '../statement/statement.queries.js';
import { FILTER_ARG, ReportedStatement, ReportedStatementConnection } from '../statement/statement.resolver.js';
import { Subject, SubjectType } from '../subject.type.js';
import { Topic } from '../topic/topic.type.js';
import { Article } from './article.type.js';
import { ArticleFilter, ArticleOrder } from './article.filter.js';
import { findArticles } from './article.queries.js';
import { ARTICLE_PUBLICATIONS, ARTICLE_VERSIONS } from './article-version.cypher.js';
import { Publication } from './publication.type.js';
import { ArticleVersion } from './article-version.type.js';

@ObjectType({ simpleResolvers: true, description: 'A page of articles.' })
export class ArticleConnection extends ConnectionType(Article, 'Article') {}

@ArgsType()
class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true, description: 'Only articles matching every condition given.' })
  filter?: ArticleFilter | null;

  @Field(() => ArticleOrder, { nullable: true, description: 'Default NEWEST_FIRST.' })
  orderBy?: ArticleOrder | null;
}

@ArgsType()
class ArticleStatementsArgs extends PageArgs {
  @Field(() => StatementFilter, FILTER_ARG)
  filter?: StatementFilter | null;
}

function reportedStatement(row: StatementRow<ArticleStatementExtra>): ReportedStatement {
  const { sentence, start, end } = row.extra;
  return { statement: row.node, evidence: { sentence, start, end } };
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by id; null when there is none.' })
  article(@Arg('id', () => ID, { description: 'Global id, e.g. article:dff570201afde0f9 (article: and 16 hex digits of the canonical URL\'s hash).' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<GraphNode | null> {
    return nodeById(ctx, info, id, 'Article');
  }

  @Query(() => ArticleConnection, { description: 'Articles, filtered by publication date, topic, author, outlet and text; newest first by default.' })
  articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Connection<GraphNode>> {
    return findArticles(ctx, info, args.filter, args.orderBy ?? ArticleOrder.NEWEST_FIRST, args);
  }

  /** Reads leave the body out of articles (it can be megabytes): one query per request fetches the bodies asked for. */
  @FieldResolver(() => String)
  async body(@Root() a: GraphNode, @Ctx() ctx: Context): Promise<string | null> {
    return typeof a.body === 'string' ? a.body : ctx.loaders.articleBody.load(a.id);
  }

  @FieldResolver(() => Int, { description: 'Its version: 1, and one more for each correction at the same canonical URL.' })
  version(@Root() a: GraphNode): number {
    return typeof a.version === 'number' ? a.version : 1;
  }

  @FieldResolver(() => [ArticleVersion], { description: 'Every version, newest (the current one) first; earlier ones carry supersededAt.' })
  async versions(@Root() a: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context): Promise<ArticleVersion[]> {
    const rows = await ctx.loaders.batch<{ key: string; version: ArticleVersion }>(ARTICLE_VERSIONS, { limit: listLimit(first, ctx.config.maxPageSize) }, a.id);
    return rows.map((r) => r.version);
  }

  @FieldResolver(() => [Publication], { description: 'The same story published by other outlets (≥ 90 % of its text), earliest first.' })
  async publications(@Root() a: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context): Promise<Publication[]> {
    const rows = await ctx.loaders.batch<{ key: string; publication: Publication }>(ARTICLE_PUBLICATIONS, { limit: listLimit(first, ctx.config.maxPageSize) }, a.id);
    return rows.map((r) => r.publication);
  }

  @FieldResolver(() => [Person], { description: 'Who wrote it, by name: the byline, bounded by the article.' })
  authors(@Root() a: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.articleAuthors, a.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Topic], { description: 'Its tags, by name.' })
  topics(@Root() a: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.articleTopics, a.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Subject], { description: 'People, organizations, places and events the article mentions.' })
  mentions(
    @Root() a: GraphNode,
    @Arg('types', () => [SubjectType], { nullable: true, description: 'Only these kinds, e.g. [PERSON].' }) types: SubjectType[] | undefined,
    @Arg('first', () => Int, FIRST_ARG) first: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.relatedNodes(REL.articleMentions, a.id, listLimit(first, ctx.config.maxPageSize), { types: types ?? null });
  }

  @FieldResolver(() => [Event], { description: 'Events the article mentions, by date (undated last), then name.' })
  events(@Root() a: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.articleEvents, a.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [ReportedStatement], { description: 'Statements the article reports, in reading order, each with its evidence sentence, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use statementsConnection.' })
  async statements(
    @Root() a: GraphNode,
    @Arg('filter', () => StatementFilter, FILTER_ARG) filter: StatementFilter | undefined,
    @Arg('first', () => Int, FIRST_ARG) first: number | undefined,
    @Ctx() ctx: Context,
  ) {
    const limit = listLimit(first, ctx.config.maxPageSize);
    const { rows } = await statementsOf<ArticleStatementExtra>(ctx, 'article', a.id, toFilterParams(filter), 'READING', 0, limit);
    return rows.map(reportedStatement);
  }

  @FieldResolver(() => ReportedStatementConnection, { description: 'Statements the article reports, in reading order, as a filtered, paginated connection.' })
  statementsConnection(@Root() a: GraphNode, @Args(() => ArticleStatementsArgs) args: ArticleStatementsArgs, @Ctx() ctx: Context) {
    return statementConnectionOf<ReportedStatement, ArticleStatementExtra>(ctx, 'article', a.id, args.filter, 'READING', args, reportedStatement);
  }
}
