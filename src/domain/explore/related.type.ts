import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.type.js';
import { Entity } from '../entity/entity.type.js';
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
