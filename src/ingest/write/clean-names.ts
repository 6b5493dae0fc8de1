import { cleanText } from '../../core/text.js';
import type { ParsedArticle } from '../contract.js';

/** cleanText, keeping the text as it was when nothing visible would be left. */
const clean = (text: string): string => cleanText(text) || text;

/** Cleaned, without the duplicates and blanks cleaning reveals. */
const cleanList = (texts: readonly string[]): string[] => [...new Set(texts.map(cleanText).filter(Boolean))];

/**
 * The names, titles, aliases, roles and tags of an article as they are stored and shown (see
 * cleanText). The body, statement texts and evidence stay exactly as written: evidence offsets
 * index into the body, and statement ids are made from their text.
 */
export function cleanNames(parsed: ParsedArticle): ParsedArticle {
  const a = parsed.article;
  return {
    ...parsed,
    article: {
      ...a,
      title: clean(a.title),
      authors: cleanList(a.authors),
      tags: cleanList(a.tags),
      ...(a.section === undefined ? {} : { section: clean(a.section) }),
      ...(a.source === undefined ? {} : { source: clean(a.source) }),
    },
    entities: parsed.entities.map((e) => ({
      ...e,
      name: clean(e.name),
      aliases: cleanList(e.aliases),
      roles: cleanList(e.roles),
      ...(e.positions ? { positions: e.positions.map((p) => ({ ...p, title: clean(p.title) })) } : {}),
    })),
    events: parsed.events.map((ev) => ({ ...ev, name: clean(ev.name) })),
  };
}
