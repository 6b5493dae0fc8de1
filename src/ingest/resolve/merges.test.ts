import { describe, expect, it } from 'vitest';
import { statementId } from '../../core/ids.js';
import type { ParsedArticle } from '../contract.js';
import { followMerges } from './merges.js';

const RPA = 'organization:russian-presidential-administration';
const KREMLIN = 'organization:kremlin';
const PUTIN = 'person:vladimir-putin';

const article: ParsedArticle = {
  article: { title: 'T', publishedAt: '2025-07-23', authors: ['Vlad Putin'], tags: [], body: 'The RPA said talks could resume.' },
  entities: [
    { id: RPA, type: 'ORGANIZATION', name: 'Russian Presidential Administration', aliases: ['RPA'], roles: ['staff'] },
    { id: KREMLIN, type: 'ORGANIZATION', name: 'Kremlin', aliases: [], roles: [] },
  ],
  statements: [{ id: statementId(RPA, 'talks could resume'), speaker: RPA, verb: 'say', kind: 'CLAIM', text: 'talks could resume', about: [KREMLIN], evidence: { sentence: 'The RPA said talks could resume.', start: 0, end: 32 } }],
  events: [{ id: 'event:talks', name: 'talks', kind: 'NEGOTIATIONS', date: null, status: 'expected', participants: [RPA, KREMLIN] }],
};

describe('followMerges', () => {
  it('replaces merged-away ids by the kept entity, joining the two and re-keying the statement', () => {
    const merges = new Map([[RPA, { id: KREMLIN, name: 'Kremlin' }], ['person:vlad-putin', { id: PUTIN, name: 'Vladimir Putin' }]]);
    const { parsed, followed } = followMerges(article, merges);
    expect(parsed.entities).toEqual([
      { id: KREMLIN, type: 'ORGANIZATION', name: 'Kremlin', aliases: ['Russian Presidential Administration', 'RPA'], roles: ['staff'] },
      { id: PUTIN, type: 'PERSON', name: 'Vladimir Putin', aliases: ['Vlad Putin'], roles: [] },
    ]);
    expect(parsed.statements).toEqual([{ ...article.statements[0], id: statementId(KREMLIN, 'talks could resume'), speaker: KREMLIN, about: [] }]);
    expect(parsed.events[0]!.participants).toEqual([KREMLIN]);
    expect(followed).toEqual(new Map([[RPA, KREMLIN], ['person:vlad-putin', PUTIN]]));
  });

  it('leaves an article without merged ids as it is', () => {
    expect(followMerges(article, new Map()).parsed).toBe(article);
  });
});
