import { createUnionType, registerEnumType } from 'type-graphql';
import { Event } from './event/event.type.js';
import { resolveNodeType } from './node/graph-node.js';
import { Organization } from './organization/organization.type.js';
import { Person } from './person/person.type.js';
import { Place } from './place/place.type.js';
import { Topic } from './topic/topic.type.js';

/** What an article mentions or a statement is about. */
export const Subject = createUnionType({
  name: 'Subject',
  description: 'A person, organization, place, topic or event.',
  types: () => [Person, Organization, Place, Topic, Event] as const,
  resolveType: resolveNodeType,
});

export enum SubjectType {
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  PLACE = 'Place',
  TOPIC = 'Topic',
  EVENT = 'Event',
}
registerEnumType(SubjectType, {
  name: 'SubjectType',
  description: 'The kinds of node a Subject can be.',
  valuesConfig: {
    PERSON: { description: 'A Person.' },
    ORGANIZATION: { description: 'An Organization.' },
    PLACE: { description: 'A Place.' },
    TOPIC: { description: 'A Topic (a tag articles carry).' },
    EVENT: { description: 'An Event.' },
  },
});
