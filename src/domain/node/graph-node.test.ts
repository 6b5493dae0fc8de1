import { describe, expect, it } from 'vitest';
import { typeOfId } from './graph-node.js';

describe('typeOfId', () => {
  it('names the node type of each id kind', () => {
    expect(['article:a1', 'person:ann-lee', 'organization:isw', 'place:kyiv', 'topic:energy', 'statement:9f', 'event:e1'].map(typeOfId)).toEqual([
      'Article',
      'Person',
      'Organization',
      'Place',
      'Topic',
      'Statement',
      'Event',
    ]);
  });

  it('is null for an unknown kind, a kind without its colon, or a kind not at the start', () => {
    expect(typeOfId('country:ukraine')).toBeNull();
    expect(typeOfId('person')).toBeNull();
    expect(typeOfId('personal:x')).toBeNull();
    expect(typeOfId('x:person:ann')).toBeNull();
    expect(typeOfId('')).toBeNull();
  });
});
