import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { Article } from '../article/article.type.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode } from '../node/graph-node.js';
import { REL, STATEMENTS_ABOUT } from '../relations.cypher.js';
import { Statement } from '../statement/statement.type.js';
import { Topic } from './topic.type.js';

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => [Article], { description: 'Articles tagged with it, newest first.' })
  articles(@Root() t: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.topicArticles, t.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Statement], { description: 'Statements about it, newest first.' })
  statementsAbout(@Root() t: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(STATEMENTS_ABOUT.Topic, t.id, listLimit(first, ctx.config.maxPageSize));
  }
}
