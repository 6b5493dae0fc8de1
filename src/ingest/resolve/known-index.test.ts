import { describe, expect, it } from 'vitest';
import { KnownIndex } from './known-index.js';
import type { KnownEntity } from './types.js';

const healey: KnownEntity = { id: 'person:john-healey', type: 'PERSON', name: 'John Healey', aliases: [] };
const isw: KnownEntity = { id: 'organization:institute-for-the-study-of-war', type: 'ORGANIZATION', name: 'Institute for the Study of War', aliases: ['ISW'] };

describe('KnownIndex', () => {
  it('finds an entity by id, by any spelling of its name or alias, and a person by surname', () => {
    const index = KnownIndex.from([healey, isw]);
    expect(index.size).toBe(2);
    expect(index.byId('person:john-healey')?.name).toBe('John Healey');
    expect(index.byName('the Institute for the Study of War').map((e) => e.id)).toEqual([isw.id]);
    expect(index.byName('I.S.W.').map((e) => e.id)).toEqual([isw.id]);
    expect(index.bySurname('HEALEY').map((e) => e.id)).toEqual([healey.id]);
    expect(index.bySurname('War')).toEqual([]); // organizations have no surname
    expect(index.maxWords).toBe(6);
  });

  it('keeps entities under a shared name in the order added; the lexicon answers with the last', () => {
    const a: KnownEntity = { id: 'organization:acme', type: 'ORGANIZATION', name: 'Acme', aliases: [] };
    const b: KnownEntity = { id: 'place:acme', type: 'PLACE', name: 'Acme Town', aliases: ['Acme'] };
    const index = KnownIndex.from([a]);
    index.add(b);
    index.add({ ...a, name: 'Other' }); // an id already known is not replaced
    expect(index.byName('acme').map((e) => e.id)).toEqual([a.id, b.id]);
    expect(index.lookup('Acme')).toEqual({ name: 'Acme Town', type: 'PLACE' });
    expect(index.byId(a.id)?.name).toBe('Acme');
  });

  it('forgets an alias the naming rule withdrew, but not a name the entity still has', () => {
    const index = KnownIndex.from([isw, { id: 'person:ann-lee', type: 'PERSON', name: 'Ann Lee', aliases: ['Lee', 'A. Lee'] }]);
    index.removeAlias(isw.id, 'ISW');
    expect(index.byName('ISW')).toEqual([]);
    expect(index.byId(isw.id)?.aliases).toEqual([]);
    index.removeAlias('person:ann-lee', 'A. Lee');
    expect(index.byName('a lee')).toEqual([]);
    expect(index.byName('Lee').map((e) => e.id)).toEqual(['person:ann-lee']);
  });

  it('does not share the alias list of the entity it was given', () => {
    const given: KnownEntity = { id: 'organization:x', type: 'ORGANIZATION', name: 'X Corp', aliases: ['XC'] };
    const index = KnownIndex.from([given]);
    index.removeAlias(given.id, 'XC');
    expect(given.aliases).toEqual(['XC']);
  });
});
