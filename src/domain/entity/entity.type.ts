import { Field, InterfaceType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.type.js';
import { resolveNodeType } from '../node/graph-node.js';

@InterfaceType({
  implements: Node,
  description: 'A person, organization or place named in the news.',
  resolveType: resolveNodeType,
})
export abstract class Entity extends Node {
  @Field(() => String, { description: 'Canonical name.' }) name!: string;
  @Field(() => [String], { description: 'Other names seen in reports: acronyms, surnames, spellings.' }) aliases!: string[];
}

export enum EntityType {
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  PLACE = 'Place',
}
// GraphQL names are SCREAMING_SNAKE like every enum of the schema; the values stay the node labels.
registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'The kinds of entity.',
  valuesConfig: { PERSON: { description: 'A Person.' }, ORGANIZATION: { description: 'An Organization.' }, PLACE: { description: 'A Place.' } },
});

/** The node label of each kind: the closed map a query takes labels from. */
export const ENTITY_LABEL: Record<EntityType, string> = {
  [EntityType.PERSON]: 'Person',
  [EntityType.ORGANIZATION]: 'Organization',
  [EntityType.PLACE]: 'Place',
};
