import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.type.js';
import { Entity, EntityType } from '../entity/entity.type.js';
import type { GraphNode } from '../node/graph-node.js';
import { OffsetCursor, PageInfo } from '../pagination/connection.js';

export enum RelationKind {
  CO_MENTIONED = 'CO_MENTIONED',
  SPOKE_ABOUT = 'SPOKE_ABOUT',
  SPOKEN_ABOUT_BY = 'SPOKEN_ABOUT_BY',
  SAME_STATEMENT = 'SAME_STATEMENT',
}
registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: 'How two entities are connected: mentioned in the same article, one spoke about the other, or a statement is about both.',
  valuesConfig: {
    CO_MENTIONED: { description: 'An article mentions both.' },
    SPOKE_ABOUT: { description: 'The entity asked about made a statement about the related one.' },
    SPOKEN_ABOUT_BY: { description: 'The related entity made a statement about the entity asked about.' },
    SAME_STATEMENT: { description: 'One statement is about both.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'An entity related to another, with the reports that connect them.' })
export class RelatedEntityEdge {
  @Field(() => String, { description: 'Opaque; pass it as `after` to continue after this edge.' }) cursor!: string;
  @Field(() => Entity, { description: 'The related person, organization or place.' }) node!: GraphNode;
  @Field(() => Int, { description: 'Distinct reports (articles) connecting the two, of the kinds and dates asked for: the ranking.' }) reportCount!: number;
  @Field(() => [RelationKind], { description: 'Every kind of connection found between the two, in alphabetical order; never empty.' }) relations!: RelationKind[];
  @Field(() => [Article], { description: 'The connecting reports, newest first (at most 10; reportCount counts all).' }) reports!: GraphNode[];
}

/** A RelatedEntityEdge as the resolver makes it: its cursor encoded only when read. */
export class RelatedEdge extends OffsetCursor implements RelatedEntityEdge {
  constructor(
    offset: number,
    readonly node: GraphNode,
    readonly reportCount: number,
    readonly relations: RelationKind[],
    readonly reports: GraphNode[],
  ) {
    super(offset);
  }
}

@ObjectType({ simpleResolvers: true, description: 'A page of related entities, the most connected first; each edge carries the reports that connect it.' })
export class RelatedEntityConnection {
  @Field(() => [RelatedEntityEdge], { description: 'The page, in order, each with its cursor, its reports and the kinds of connection.' }) edges!: RelatedEntityEdge[];
  @Field(() => [Entity], { description: 'The nodes of edges, for clients that need neither cursors nor reports.' }) nodes!: GraphNode[];
  @Field(() => PageInfo, { description: 'Where the page sits among all matches.' }) pageInfo!: PageInfo;
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
