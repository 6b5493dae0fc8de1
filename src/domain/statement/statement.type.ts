import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { STATEMENT_KINDS } from '../../ingest/contract.js';
import { Node } from '../node/node.type.js';

export const StatementKind = Object.fromEntries(STATEMENT_KINDS.map((k) => [k, k])) as { [K in (typeof STATEMENT_KINDS)[number]]: K };
registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'What a statement is, by its reporting verb.',
  valuesConfig: {
    QUOTE: { description: 'A passage introduced as "Quote from <speaker>:", reproduced as written.' },
    ASSESSMENT: { description: 'A judgement: assess, believe, estimate, conclude…' },
    CLAIM: { description: 'Something said or asserted: say, claim, stress, note…' },
    ANNOUNCEMENT: { description: 'A decision or plan made public: announce, confirm, pledge…' },
    WARNING: { description: 'A threat or caution: warn, threaten, caution.' },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something someone said, assessed, announced or warned, as reported. One node per speaker and text, however many reports carry it.' })
export class Statement extends Node {
  @Field(() => String, { description: 'What was said, as reported: the quote, or the clause the verb reports.' }) text!: string;
  @Field(() => StatementKind, { description: 'What kind of statement the reporting verb makes it.' }) kind!: keyof typeof StatementKind;
  @Field(() => String, { description: 'Reporting verb, lemma: assess, say, warn…' }) verb!: string;
  @Field(() => String, { nullable: true, description: 'The reporting verb as written: "assessed", "Quote from".' }) verbAsWritten?: string | null;
  @Field(() => String, { nullable: true, description: 'Anonymous source as written ("three diplomats") when there is no named speaker.' }) anonymousSource?: string | null;
  @Field(() => String, { description: 'publishedAt of the earliest report carrying it.' }) firstReportedAt!: string;
  @Field(() => String, { description: 'publishedAt of the latest report carrying it.' }) lastReportedAt!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The sentence a statement was read from and where it stands in its article\'s body.' })
export class Evidence {
  @Field(() => String, { description: 'The sentence of the report the statement was read from, as it stands in Article.body.' }) sentence!: string;
  @Field(() => Int, { description: 'Offset of the sentence in Article.body, in UTF-16 code units (JavaScript string indices: body.slice(start, end)).' }) start!: number;
  @Field(() => Int, { description: 'Offset just past the sentence, in UTF-16 code units.' }) end!: number;
}
