import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../node/graph-node.js';
import { Direction, RelationshipType } from './graph-elements.js';
import { pastTense, pathText } from './path-text.js';

describe('pastTense', () => {
  it('conjugates reporting-verb lemmas, particles kept', () => {
    expect(['say', 'assess', 'warn', 'emphasise', 'tell', 'point out'].map(pastTense)).toEqual(['said', 'assessed', 'warned', 'emphasised', 'told', 'pointed out']);
  });
});

describe('pathText', () => {
  const isw = { __typename: 'Organization', id: 'organization:isw', name: 'ISW' } as GraphNode;
  const claim = { __typename: 'Statement', id: 'statement:x', text: 'only significant Russian battlefield setbacks will force Putin to reconsider' } as GraphNode;
  const topic = { __typename: 'Topic', id: 'topic:negotiations', name: 'negotiations' } as GraphNode;
  it('quotes the statement, writes its verb in the past tense and other relationships as words', () => {
    const steps = [
      { from: isw, to: claim, relationship: RelationshipType.STATED, direction: Direction.OUTGOING, properties: { verb: 'assess' }, report: null },
      { from: claim, to: topic, relationship: RelationshipType.ABOUT, direction: Direction.OUTGOING, properties: {}, report: null },
    ];
    expect(pathText([isw, claim, topic], steps)).toBe('ISW —assessed→ “only significant Russian battlefield setbacks will force…” —about→ negotiations');
    const back = [{ from: topic, to: claim, relationship: RelationshipType.ABOUT, direction: Direction.INCOMING, properties: {}, report: null }];
    expect(pathText([topic, claim], back)).toBe('negotiations ←about— “only significant Russian battlefield setbacks will force…”');
  });
});
