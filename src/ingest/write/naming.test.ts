import { describe, expect, it } from 'vitest';
import { decideNaming, type GraphNames, type NamedEntity } from './naming.js';

const ISW = { id: 'organization:institute-for-the-study-of-war', type: 'ORGANIZATION', foldedName: 'institute for the study of war', aliases: ['ISW'] } as const;
const graph = (holders: GraphNames['holders'], existing: [string, NamedEntity['type']][] = holders.map((h) => [h.id, h.type])): GraphNames => ({
  existing: new Map(existing),
  holders,
});
const putin = (aliases: string[]): NamedEntity => ({ id: 'person:vladimir-putin', type: 'PERSON', name: 'Vladimir Putin', aliases });

describe('decideNaming', () => {
  it("refuses an alias that is another entity's name or alias in the graph, folded, and keeps the others", () => {
    const decision = decideNaming([putin(['institute for the STUDY of war', 'isw', 'Putin'])], graph([ISW], [[ISW.id, 'ORGANIZATION'], ['person:vladimir-putin', 'PERSON']]));
    expect(decision.aliases.get('person:vladimir-putin')).toEqual(['Putin']);
    expect(decision.refused).toEqual([
      { entity: 'person:vladimir-putin', alias: 'institute for the STUDY of war', heldBy: ISW.id },
      { entity: 'person:vladimir-putin', alias: 'isw', heldBy: ISW.id },
    ]);
    expect(decision.withdrawals).toEqual([]);
  });

  it('refuses an alias two entities of one article give, to both, and one that is another entry’s name', () => {
    const a: NamedEntity = { id: 'organization:a', type: 'ORGANIZATION', name: 'Alpha Agency', aliases: ['AA', 'Beta Bureau'] };
    const b: NamedEntity = { id: 'organization:b', type: 'ORGANIZATION', name: 'Beta Bureau', aliases: ['aa'] };
    const decision = decideNaming([a, b], graph([]));
    expect(decision.aliases.get('organization:a')).toEqual([]);
    expect(decision.aliases.get('organization:b')).toEqual([]);
    expect(decision.refused).toEqual([
      { entity: 'organization:a', alias: 'AA', heldBy: 'organization:b' },
      { entity: 'organization:a', alias: 'Beta Bureau', heldBy: 'organization:b' },
      { entity: 'organization:b', alias: 'aa', heldBy: 'organization:a' },
    ]);
  });

  it("drops an alias that is the entity's own name or repeats another, without calling it a conflict", () => {
    const decision = decideNaming([putin(['VLADIMIR PUTIN', 'Putin', 'putin'])], graph([]));
    expect(decision.aliases.get('person:vladimir-putin')).toEqual(['Putin']);
    expect(decision.refused).toEqual([]);
  });

  it('gives a new entity its name back from an entity holding it as an alias (a name wins over an alias)', () => {
    const planted = { id: 'person:vladimir-putin', type: 'PERSON', foldedName: 'vladimir putin', aliases: ['Putin', 'Joe Biden'] } as const;
    const biden: NamedEntity = { id: 'person:joe-biden', type: 'PERSON', name: 'Joe Biden', aliases: ['Biden'] };
    const decision = decideNaming([biden], graph([planted]));
    expect(decision.withdrawn).toEqual([{ entity: 'person:vladimir-putin', alias: 'Joe Biden', heldBy: 'person:joe-biden' }]);
    expect(decision.withdrawals).toEqual([{ id: 'person:vladimir-putin', aliases: ['Putin'] }]);
    expect(decision.aliases.get('person:joe-biden')).toEqual(['Biden']);
  });

  it('refuses an entry that would change the type of an existing id, naming it', () => {
    const org: NamedEntity = { id: 'person:vladimir-putin', type: 'ORGANIZATION', name: 'Vladimir Putin', aliases: [] };
    expect(() => decideNaming([org], graph([], [['person:vladimir-putin', 'PERSON']]))).toThrow(
      'entities[0] (person:vladimir-putin) has type ORGANIZATION, but person:vladimir-putin has type PERSON in the graph: an article cannot change an entity\'s type.',
    );
  });
});
