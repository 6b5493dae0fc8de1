import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../known.js';
import { KnowledgeJournal, squash } from './journal.js';

describe('KnowledgeJournal', () => {
  it('takes back an uncommitted batch: entities, withdrawn aliases and tags', () => {
    const knowledge = emptyKnowledge();
    const journal = new KnowledgeJournal(knowledge);
    journal.apply([{ op: 'add', entity: { id: 'organization:isw', type: 'ORGANIZATION', name: 'Institute for the Study of War', aliases: ['ISW'] } }, { op: 'tags', tags: ['war'] }]);
    expect(journal.commit()).toHaveLength(2);
    journal.apply([
      { op: 'removeAlias', id: 'organization:isw', alias: 'ISW' },
      { op: 'add', entity: { id: 'person:ann-lee', type: 'PERSON', name: 'Ann Lee', aliases: [] } },
      { op: 'tags', tags: ['peace'] },
    ]);
    expect(knowledge.entities.byName('ISW')).toEqual([]);
    journal.rollback();
    expect(knowledge.entities.byName('ISW').map((e) => e.id)).toEqual(['organization:isw']);
    expect(knowledge.entities.has('person:ann-lee')).toBe(false);
    expect(knowledge.entities.bySurname('Lee')).toEqual([]);
    expect(knowledge.tags).toEqual(['war']);
  });

  it('says an article extracted before a change is stale only when the changed name occurs in it', () => {
    const journal = new KnowledgeJournal(emptyKnowledge());
    const stamp = journal.committedSeq;
    journal.apply([{ op: 'add', entity: { id: 'organization:nordwind-logistics', type: 'ORGANIZATION', name: 'Nordwind Logistics', aliases: ['N.W.L.'] } }]);
    expect(journal.affects(stamp, squash('Shares of NORDWIND  logistics fell.'))).toBe(true);
    expect(journal.affects(stamp, squash('The NWL board met.'))).toBe(true);
    expect(journal.affects(stamp, squash('Nordwind said nothing.'))).toBe(false);
    journal.commit();
    expect(journal.affects(journal.committedSeq, squash('Nordwind Logistics'))).toBe(false);
  });
});
