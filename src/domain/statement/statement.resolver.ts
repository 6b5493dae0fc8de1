import { Arg, Args, ArgsType, Ctx, Info, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { Article } from '../article/article.type.js';
import { Entity } from '../entity/entity.type.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode, RawNode } from '../node/graph-node.js';
import { nodeById } from '../node/node.queries.js';
import { ConnectionType, PageArgs, toConnection, toPage, type Connection } from '../pagination/connection.js';
import { REL, STATEMENT_REPORTS_PAGE } from '../relations.cypher.js';
import { Subject } from '../subject.type.js';
import { StatementFilter, StatementOrder } from './statement.filter.js';
import { findStatements } from './statement.queries.js';
import { Evidence, Statement } from './statement.type.js';

@ObjectType({ simpleResolvers: true, description: 'A statement as one article reported it.' })
export class ReportedStatement {
  @Field(() => Statement, { description: 'The statement, shared by every report that carries it.' }) statement!: GraphNode;
  @Field(() => Evidence, { description: 'The sentence of this article it was read from.' }) evidence!: Evidence;
}

@ObjectType({ simpleResolvers: true, description: 'One report of a statement: the article and the sentence it came from.' })
export class Report {
  @Field(() => Article, { description: 'The article that reported the statement.' }) article!: GraphNode;
  @Field(() => Evidence, { description: 'The sentence of that article the statement was read from.' }) evidence!: Evidence;
}

@ObjectType({ simpleResolvers: true, description: 'A page of the reports of a statement, oldest first.' })
export class ReportConnection extends ConnectionType(Report, 'Report') {}

@ObjectType({ simpleResolvers: true, description: 'A page of statements.' })
export class StatementConnection extends ConnectionType(Statement, 'Statement') {}

@ObjectType({ simpleResolvers: true, description: 'A page of statements with the report that carried each.' })
export class ReportedStatementConnection extends ConnectionType(ReportedStatement, 'ReportedStatement') {}

/** Arguments of every filtered statement connection. */
@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => StatementFilter, { nullable: true, description: 'Only statements matching every condition given.' })
  filter?: StatementFilter | null;

  @Field(() => StatementOrder, { nullable: true, description: 'Default NEWEST_FIRST.' })
  orderBy?: StatementOrder | null;
}

export const FILTER_ARG = { nullable: true, description: 'Only statements matching every condition given.' } as const;
export const ORDER_ARG = { nullable: true, description: 'Default NEWEST_FIRST: the latest matching report first.' } as const;

/** Stories (articles) that report each statement, and the copies of them by other outlets. */
const STATEMENT_REPORT_COUNTS = `
UNWIND $ids AS key
MATCH (s:Statement {id: key})
RETURN key, COUNT { (s)-[:REPORTED_IN]->(:Article) } AS stories, COUNT { (s)-[:REPORTED_IN]->(:Article)<-[:REPUBLISHES]-(:Publication) } AS copies`;

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: 'A statement by id; null when there is none.' })
  statement(@Arg('id', () => ID, { description: 'Global id, e.g. statement:4f1c0a9e2b7d6c35.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeById(ctx, info, id, 'Statement');
  }

  @Query(() => StatementConnection, {
    description: 'Statements across all reports, filtered by speaker, verb, kind, subject, text, article and date; the latest reported first by default.',
  })
  statements(@Args(() => StatementsArgs) args: StatementsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Connection<GraphNode>> {
    return findStatements(ctx, info, args.filter, args.orderBy ?? StatementOrder.NEWEST_FIRST, args);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who made it; null when unattributed or anonymous.' })
  async speaker(@Root() s: GraphNode, @Ctx() ctx: Context) {
    return (await ctx.loaders.relatedNodes(REL.statementSpeaker, s.id, 1))[0] ?? null;
  }

  @FieldResolver(() => [Subject], { description: 'The entities, topics and events it is about.' })
  about(@Root() s: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.statementAbout, s.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => Int, { description: 'How many stories reported it: copies of one story by other outlets count once.' })
  async reportCount(@Root() s: GraphNode, @Ctx() ctx: Context): Promise<number> {
    const [row] = await ctx.loaders.batch<{ key: string; stories: number; copies: number }>(STATEMENT_REPORT_COUNTS, {}, s.id);
    return Number(row?.stories ?? 0);
  }

  @FieldResolver(() => Int, { description: 'How many publications carried it: every story and each copy of it by another outlet.' })
  async publicationCount(@Root() s: GraphNode, @Ctx() ctx: Context): Promise<number> {
    const [row] = await ctx.loaders.batch<{ key: string; stories: number; copies: number }>(STATEMENT_REPORT_COUNTS, {}, s.id);
    return Number(row?.stories ?? 0) + Number(row?.copies ?? 0);
  }

  @FieldResolver(() => [Report], { description: 'The articles that reported it, oldest first, each with its evidence sentence, at most `first` of them.', deprecationReason: 'A plain list beside its connection (schema/README.md, Lists and connections): use reportsConnection.' })
  async reports(@Root() s: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.related<Evidence>(REL.statementReports, s.id, listLimit(first, ctx.config.maxPageSize));
    return rows.map((r) => ({ article: r.node, evidence: r.extra }));
  }

  @FieldResolver(() => ReportConnection, { description: 'The articles that reported it, oldest first, each with its evidence sentence, as a paginated connection with totalCount.' })
  async reportsConnection(@Root() s: GraphNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<Connection<{ article: GraphNode; evidence: Evidence }>> {
    const page = toPage(args, ctx.config.maxPageSize);
    const [row] = await ctx.loaders.batch<{ key: string; total: number; page: { article: RawNode; evidence: Evidence }[] }>(STATEMENT_REPORTS_PAGE, { skip: page.skip, limit: page.first + 1 }, s.id);
    const reports = (row?.page ?? []).map((r) => ({ article: ctx.loaders.read(r.article), evidence: r.evidence }));
    return toConnection(reports, page, async () => Number(row?.total ?? 0));
  }
}
