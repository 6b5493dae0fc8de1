import { Field, InterfaceType } from 'type-graphql';
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
