import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { Article } from '../article/article.type.js';
import { Event } from '../event/event.type.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode } from '../node/graph-node.js';
import { REL, STATEMENTS_ABOUT } from '../relations.cypher.js';
import { Statement } from '../statement/statement.type.js';
import { Entity } from './entity.type.js';

/** Fields every entity has; type-graphql gives them to Person, Organization and Place. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Statement], { description: 'Statements this entity made, newest first.' })
  statements(@Root() e: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.entityStatements, e.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Statement], { description: 'Statements about this entity, by anyone, newest first.' })
  statementsAbout(@Root() e: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(STATEMENTS_ABOUT.Entity, e.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Article], { description: 'Articles that mention it, newest first.' })
  mentionedIn(@Root() e: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.entityMentionedIn, e.id, listLimit(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [Event], { description: 'Events it took part in.' })
  events(@Root() e: GraphNode, @Arg('first', () => Int, FIRST_ARG) first: number | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.relatedNodes(REL.entityEvents, e.id, listLimit(first, ctx.config.maxPageSize));
  }
}
