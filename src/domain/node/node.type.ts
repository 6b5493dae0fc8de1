import { Field, ID, InterfaceType } from 'type-graphql';
import { resolveNodeType } from './graph-node.js';

@InterfaceType({
  description: 'Anything with a global id. Ids read as `<kind>:<key>` (person:vladimir-putin) and are stable across loads.',
  resolveType: resolveNodeType,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: the kind in lower case, a colon and a key (see the type\'s lookup field for an example); stable across loads.' }) id!: string;
}
