import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../date-time.scalar.js';
import { ConnectionType } from '../pagination/connection.js';

@ObjectType({ simpleResolvers: true, description: 'An editor\'s decision that two entities are one: `drop` is read as `keep` until unmerged.' })
export class Merge {
  @Field(() => ID, { description: 'The entity that stays.' }) keep!: string;
  @Field(() => String, { description: 'The kept entity\'s name when it was merged.' }) keepName!: string;
  @Field(() => ID, { description: 'The entity merged away: reads of its id answer with `keep`.' }) drop!: string;
  @Field(() => String, { description: 'The merged-away entity\'s name when it was merged.' }) dropName!: string;
  @Field(() => String, { description: 'Why the editor judged them one entity, as given.' }) reason!: string;
  @Field(() => String, { description: 'Who merged them: key:<API key id> or cli:<user>.' }) by!: string;
  @Field(() => DateTime, { description: 'When it was merged.' }) at!: string;
  @Field(() => String, { nullable: true, description: 'Who undid it (key:<API key id> or cli:<user>); null while it is in force.' }) undoneBy?: string | null;
  @Field(() => DateTime, { nullable: true, description: 'When it was undone; null while it is in force.' }) undoneAt?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A new entity split off another, with the links it took.' })
export class Split {
  @Field(() => ID, { description: 'The new entity.' }) id!: string;
  @Field(() => String, { description: 'The new entity\'s name.' }) name!: string;
  @Field(() => ID, { description: 'The entity it was split from.' }) from!: string;
  @Field(() => [ID], { description: 'Articles whose mention (or authorship) moved to it.' }) articles!: string[];
  @Field(() => [ID], { description: 'Statements whose speaker or subject link moved to it.' }) statements!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A page of merges (in force, or undone), the latest first.' })
export class MergeConnection extends ConnectionType(Merge, 'Merge') {}
