import { ARTICLE_LIMIT_SETTINGS, type ArticleLimits } from '../../config/config.js';
import { idKind } from '../../core/ids.js';
import type { EntityType, ParsedArticle } from '../contract.js';
import { ArticleRefusedError } from './refused.js';

const TYPE_OF_ID_KIND: Partial<Record<string, EntityType>> = { person: 'PERSON', organization: 'ORGANIZATION', place: 'PLACE' };

/** Lists an article carries, with the cap each obeys. */
function lists(parsed: ParsedArticle): { field: string; size: number; cap: keyof ArticleLimits; per: string }[] {
  const a = parsed.article;
  return [
    { field: 'article.authors', size: a.authors.length, cap: 'authors', per: 'article' },
    { field: 'article.tags', size: a.tags.length, cap: 'tags', per: 'article' },
    { field: 'entities', size: parsed.entities.length, cap: 'entities', per: 'article' },
    { field: 'statements', size: parsed.statements.length, cap: 'statements', per: 'article' },
    { field: 'events', size: parsed.events.length, cap: 'events', per: 'article' },
    ...parsed.entities.flatMap((e, i) => [
      { field: `entities[${i}].aliases (${e.id})`, size: e.aliases.length, cap: 'listPerItem' as const, per: 'entity' },
      { field: `entities[${i}].roles (${e.id})`, size: e.roles.length, cap: 'listPerItem' as const, per: 'entity' },
      { field: `entities[${i}].positions (${e.id})`, size: e.positions?.length ?? 0, cap: 'listPerItem' as const, per: 'entity' },
    ]),
    ...parsed.statements.map((s, i) => ({ field: `statements[${i}].about (${s.id})`, size: s.about.length, cap: 'listPerItem' as const, per: 'statement' })),
    ...parsed.events.map((ev, i) => ({ field: `events[${i}].participants (${ev.id})`, size: ev.participants.length, cap: 'listPerItem' as const, per: 'event' })),
  ];
}

/**
 * Refuses, before anything is written, an article over a cap (counted as sent, duplicates
 * included) or an entity whose id says another type than its `type`: `person:x` typed ORGANIZATION
 * would otherwise make a Person id name an Organization.
 */
export function checkArticle(parsed: ParsedArticle, limits: ArticleLimits): void {
  for (const { field, size, cap, per } of lists(parsed)) {
    if (size > limits[cap]) {
      throw new ArticleRefusedError(field, `${field} has ${size.toLocaleString('en')} entries; at most ${limits[cap].toLocaleString('en')} are accepted per ${per} (${ARTICLE_LIMIT_SETTINGS[cap]}).`);
    }
  }
  parsed.entities.forEach((e, i) => {
    const kind = idKind(e.id);
    const expected = kind ? TYPE_OF_ID_KIND[kind] : undefined;
    if (expected !== e.type) {
      throw new ArticleRefusedError(`entities[${i}].type`, `entities[${i}] (${e.id}) has type ${e.type}, but its id ${expected ? `is a ${kind} id` : 'does not start with person:, organization: or place:'}: an entity's id prefix must match its type.`);
    }
  });
}
