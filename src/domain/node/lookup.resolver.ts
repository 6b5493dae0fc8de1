import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { userInputError } from '../../core/errors.js';
import { Entity } from '../entity/entity.type.js';
import { Event } from '../event/event.type.js';
import { EventFilter, EventOrder } from '../event/event.filter.js';
import { findEvents } from '../event/event.queries.js';
import { Organization } from '../organization/organization.type.js';
import { ConnectionType, PageArgs } from '../pagination/connection.js';
import { Person } from '../person/person.type.js';
import { Place } from '../place/place.type.js';
import { Topic } from '../topic/topic.type.js';
import type { GraphNode, NodeTypeName } from './graph-node.js';
import { nodeById, nodesById, nodesByName } from './node.queries.js';
import { Node } from './node.type.js';
import { listNamed, NameListArgs } from './name-list.js';

@ObjectType({ simpleResolvers: true, description: 'A page of people.' }) export class PersonConnection extends ConnectionType(Person, 'Person') {}
@ObjectType({ simpleResolvers: true, description: 'A page of organizations.' }) export class OrganizationConnection extends ConnectionType(Organization, 'Organization') {}
@ObjectType({ simpleResolvers: true, description: 'A page of places.' }) export class PlaceConnection extends ConnectionType(Place, 'Place') {}
@ObjectType({ simpleResolvers: true, description: 'A page of topics.' }) export class TopicConnection extends ConnectionType(Topic, 'Topic') {}
@ObjectType({ simpleResolvers: true, description: 'A page of events.' }) export class EventConnection extends ConnectionType(Event, 'Event') {}

@ArgsType()
class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Only events matching every condition given.' })
  filter?: EventFilter | null;

  @Field(() => EventOrder, { nullable: true, description: 'Default LATEST_FIRST.' })
  orderBy?: EventOrder | null;
}

/** By id, or else by name or alias (case and accents folded). Exactly one of the two. */
async function lookup(ctx: Context, info: GraphQLResolveInfo, type: NodeTypeName, id?: string | null, name?: string | null): Promise<GraphNode | null> {
  if ((id == null) === (name == null)) throw userInputError(`Give exactly one of id or name to look up a ${type}.`);
  if (id != null) return nodeById(ctx, info, id, type);
  return (await nodesByName(ctx, info, [type], name!, 1))[0] ?? null;
}

/** The id argument of a lookup, its example id of the kind looked up. */
const idArg = (example: string) => ({ nullable: true, description: `Global id, e.g. ${example}.` }) as const;
const NAME_ARG = { nullable: true, description: 'Name or alias; case and accents do not matter.' } as const;

@Resolver()
export class LookupResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id; null when there is none.' })
  node(@Arg('id', () => ID, { description: 'Global id of a node of any kind, e.g. topic:negotiations.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeById(ctx, info, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by global id, in the order asked; null for unknown ids.' })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids of nodes of any kind, at most the page size cap (100 by default).' }) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > ctx.config.maxPageSize) throw userInputError(`ids may hold at most ${ctx.config.maxPageSize} ids, got ${ids.length}.`, 'ids');
    return nodesById(ctx, info, ids);
  }

  @Query(() => [Entity], { description: 'People, organizations and places with this name or alias (ISW, Kremlin, Healey…).' })
  entities(@Arg('name', () => String, { description: 'A name or alias; case and accents do not matter ("isw", "Zelenskyy").' }) name: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodesByName(ctx, info, ['Person', 'Organization', 'Place'], name, ctx.config.maxPageSize);
  }

  @Query(() => Person, { nullable: true, description: 'The person with this id or name; null when there is none.' })
  person(@Arg('id', () => ID, idArg('person:vladimir-putin')) id: string | null, @Arg('name', () => String, NAME_ARG) name: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(ctx, info, 'Person', id, name);
  }

  @Query(() => PersonConnection, { description: 'All people, by name or most mentioned first, optionally only names with a prefix.' })
  people(@Args(() => NameListArgs) args: NameListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listNamed(ctx, info, 'Person', args);
  }

  @Query(() => Organization, { nullable: true, description: 'The organization with this id or name; null when there is none.' })
  organization(@Arg('id', () => ID, idArg('organization:institute-for-the-study-of-war')) id: string | null, @Arg('name', () => String, NAME_ARG) name: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(ctx, info, 'Organization', id, name);
  }

  @Query(() => OrganizationConnection, { description: 'All organizations, by name or most mentioned first, optionally only names with a prefix.' })
  organizations(@Args(() => NameListArgs) args: NameListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listNamed(ctx, info, 'Organization', args);
  }

  @Query(() => Place, { nullable: true, description: 'The place with this id or name; null when there is none.' })
  place(@Arg('id', () => ID, idArg('place:russia')) id: string | null, @Arg('name', () => String, NAME_ARG) name: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(ctx, info, 'Place', id, name);
  }

  @Query(() => PlaceConnection, { description: 'All places, by name or most mentioned first, optionally only names with a prefix.' })
  places(@Args(() => NameListArgs) args: NameListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listNamed(ctx, info, 'Place', args);
  }

  @Query(() => Topic, { nullable: true, description: 'The topic with this id or name; null when there is none.' })
  topic(@Arg('id', () => ID, idArg('topic:negotiations')) id: string | null, @Arg('name', () => String, NAME_ARG) name: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(ctx, info, 'Topic', id, name);
  }

  @Query(() => TopicConnection, { description: 'All topics, by name or most mentioned first, optionally only names with a prefix.' })
  topics(@Args(() => NameListArgs) args: NameListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listNamed(ctx, info, 'Topic', args);
  }

  @Query(() => Event, { nullable: true, description: 'The event with this id or name; null when there is none.' })
  event(@Arg('id', () => ID, idArg('event:100-per-cent-secondary-tariffs-2025-07-14')) id: string | null, @Arg('name', () => String, NAME_ARG) name: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(ctx, info, 'Event', id, name);
  }

  @Query(() => EventConnection, { description: 'Events, filtered by date, kind, status and participant; latest date first by default (events without a date last).' })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return findEvents(ctx, info, args.filter, args.orderBy ?? EventOrder.LATEST_FIRST, args);
  }
}
