import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { STATEMENT_KINDS } from '../../ingest/contract.js';
import { Node } from '../node/node.type.js';

export const StatementKind = Object.fromEntries(STATEMENT_KINDS.map((k) => [k, k])) as { [K in (typeof STATEMENT_KINDS)[number]]: K };
registerEnumType(StatementKind, { name: 'StatementKind' });

@ObjectType({ implements: Node, description: 'Something someone said, assessed, announced or warned, as reported. One node per speaker and text, however many reports carry it.' })
export class Statement extends Node {
  @Field(() => String) text!: string;
  @Field(() => StatementKind) kind!: keyof typeof StatementKind;
  @Field(() => String, { description: 'Reporting verb, lemma: assess, say, warn…' }) verb!: string;
  @Field(() => String, { nullable: true, description: 'The reporting verb as written: "assessed", "Quote from".' }) verbAsWritten?: string | null;
  @Field(() => String, { nullable: true, description: 'Anonymous source as written ("three diplomats") when there is no named speaker.' }) anonymousSource?: string | null;
  @Field(() => String, { description: 'publishedAt of the earliest report carrying it.' }) firstReportedAt!: string;
  @Field(() => String, { description: 'publishedAt of the latest report carrying it.' }) lastReportedAt!: string;
}

@ObjectType({ description: 'Where a statement was reported: the article and the sentence it came from.' })
export class Evidence {
  @Field(() => String) sentence!: string;
  @Field(() => Int, { description: 'Offset of the sentence in Article.body, in UTF-16 code units (JavaScript string indices: body.slice(start, end)).' }) start!: number;
  @Field(() => Int, { description: 'Offset just past the sentence, in UTF-16 code units.' }) end!: number;
}
