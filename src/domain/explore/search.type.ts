import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.type.js';
import { Event } from '../event/event.type.js';
import { resolveNodeType, type GraphNode } from '../node/graph-node.js';
import { Organization } from '../organization/organization.type.js';
import { ConnectionType } from '../pagination/connection.js';
import { Person } from '../person/person.type.js';
import { Place } from '../place/place.type.js';
import { Statement } from '../statement/statement.type.js';
import { Topic } from '../topic/topic.type.js';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything search finds: a person, organization, place, topic, event, article or statement.',
  types: () => [Person, Organization, Place, Topic, Event, Article, Statement] as const,
  resolveType: resolveNodeType,
});

/** The values are the highlighter's field names (search.highlight.ts). */
export enum MatchedField {
  NAME = 'name',
  ALIAS = 'alias',
  TITLE = 'title',
  TEXT = 'text',
}
registerEnumType(MatchedField, {
  name: 'MatchedField',
  description: 'The field of a node a search matched.',
  valuesConfig: {
    NAME: { description: 'The name of an entity, topic or event.' },
    ALIAS: { description: 'One of an entity\'s aliases.' },
    TITLE: { description: 'An article\'s headline.' },
    TEXT: { description: 'A statement\'s text.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Where a search word matched in a fragment.' })
export class TextRange {
  @Field(() => Int, { description: 'Offset of the first matched character in fragment, in UTF-16 code units (fragment.slice(start, end)).' }) start!: number;
  @Field(() => Int, { description: 'Offset just past the match, in UTF-16 code units.' }) end!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A search hit: the node, its relevance and where it matched.' })
export class SearchHit {
  @Field(() => SearchResult, { description: 'The node found.' }) node!: GraphNode;
  @Field(() => Float, { description: 'Lucene relevance; higher is better, comparable within one search only.' }) score!: number;
  @Field(() => MatchedField, { description: 'The field that matched best.' }) matchedField!: MatchedField;
  @Field(() => String, { description: 'That field, or a window of it around the first match, with … where cut.' }) fragment!: string;
  @Field(() => [TextRange], { description: 'The matched words in fragment.' }) ranges!: TextRange[];
  @Field(() => String, { description: 'fragment, HTML-escaped, with the matched words in <mark>…</mark>.' }) highlighted!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of search hits.' })
export class SearchHitConnection extends ConnectionType(SearchHit, 'SearchHit') {}
