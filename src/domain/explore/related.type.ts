import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.type.js';
import { Entity, EntityType } from '../entity/entity.type.js';
import type { GraphNode } from '../node/graph-node.js';
import { PageInfo } from '../pagination/connection.js';

export enum RelationKind {
  CO_MENTIONED = 'CO_MENTIONED',
  SPOKE_ABOUT = 'SPOKE_ABOUT',
  SPOKEN_ABOUT_BY = 'SPOKEN_ABOUT_BY',
  SAME_STATEMENT = 'SAME_STATEMENT',
}
registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: 'How two entities are connected: mentioned in the same article, one spoke about the other, or a statement is about both.',
});

@ObjectType({ description: 'An entity related to another, with the reports that connect them.' })
export class RelatedEntityEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Entity) node!: GraphNode;
  @Field(() => Int, { description: 'Reports connecting the two: the ranking.' }) reportCount!: number;
  @Field(() => [RelationKind]) relations!: RelationKind[];
  @Field(() => [Article], { description: 'The connecting reports, newest first (at most 10; reportCount counts all).' }) reports!: GraphNode[];
}

@ObjectType()
export class RelatedEntityConnection {
  @Field(() => [RelatedEntityEdge]) edges!: RelatedEntityEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Related entities across all pages.' }) totalCount!: number;
}

@InputType({ description: 'Every given condition must hold: only these kinds of entity, connected by these kinds of link, through reports published in the date range.' })
export class RelatedEntityFilter {
  @Field(() => [EntityType], { nullable: true, description: 'Only these kinds of entity (default: all).' })
  types?: EntityType[] | null;

  @Field(() => [RelationKind], { nullable: true, description: 'Only connections of these kinds (default: all); reportCount and relations count only these.' })
  relations?: RelationKind[] | null;

  @Field(() => String, { nullable: true, description: 'Through reports published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Through reports published on or before this date (the whole month or year for YYYY-MM, YYYY).' })
  to?: string | null;
}
