import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { Article } from '../article/article.type.js';
import { Entity } from '../entity/entity.type.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode } from '../node/graph-node.js';
import { REL, STATEMENTS_ABOUT } from '../relations.cypher.js';
import { Statement } from '../statement/statement.type.js';
import { Event } from './event.type.js';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Entity], { description: 'People, organizations and places taking part.' })
  participants(@Root() ev: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.eventParticipants, ev.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Article], { description: 'Articles that mention it, newest first.' })
  mentionedIn(@Root() ev: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.eventMentionedIn, ev.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Statement], { description: 'Statements about it, newest first.' })
  statementsAbout(@Root() ev: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(STATEMENTS_ABOUT.Event, ev.id, listLimit(first, ctx.config.maxPageSize));
  }
}
