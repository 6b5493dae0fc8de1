import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { ROLE_FIELD_WORDS } from './rules/role-fields.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('fields of a portfolio before a title (rules/role-fields.ts)', () => {
  it.each(ROLE_FIELD_WORDS.examples.map(([text, name, role]) => ({ text, name, role })))('"$text": $name is the only entity, with the role $role', ({ text, name, role }) => {
    const p = analyse(article(text)).parsed;
    expect(p.entities.map((e) => [e.name, e.type, e.roles])).toEqual([[name, 'PERSON', [role]]]);
  });
});
