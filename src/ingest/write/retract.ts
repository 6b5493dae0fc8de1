import { canonicalUrl } from '../../core/canonical-url.js';
import { articleId } from '../../core/ids.js';
import type { Executor } from '../../db/executor.js';
import { NOTHING_REMOVED, detachContributions, settle, type Removed } from './contributions.js';
import * as C from './contributions-cypher.js';
import { keepingRelated } from './related.js';

export interface RetractResult {
  articleId: string;
  url: string | null;
  title: string;
  /** What left the graph with it (the removal rule: contributions-cypher.ts, REMOVE_ORPHANS). */
  removed: Removed;
  /** Copies of the story by other outlets (Publication ids) that went with it. */
  publications: string[];
  retractedBy: string;
  retractedAt: string;
}

export class RetractInputError extends Error {
  override name = 'RetractInputError';
}

/** An article id (`article:…`) or its URL (any spelling of it: canonicalUrl) → what to look up. */
export function articleRef(ref: string): { id: string; urls: string[] } {
  const text = ref.trim();
  if (/^article:[\w-]+$/.test(text)) return { id: text, urls: [] };
  let url: string;
  try {
    url = canonicalUrl(text);
    new URL(url);
  } catch {
    throw new RetractInputError(`"${ref}" is neither an article id (article:…) nor a URL`);
  }
  return { id: articleId(url, ''), urls: [...new Set([url, text])] };
}

/**
 * Removes exactly what one article contributed, in one write transaction: the aliases, roles and
 * positions it gave, its mentions, authors, tags and reports; statements left without a report,
 * and entities, events and topics left without an article (REMOVE_ORPHANS); its earlier versions
 * and its copies by other outlets. A Retraction node records who retracted what and when.
 * A copy by another outlet (Publication) is retracted alone: it contributed nothing else.
 * Returns null when no article or copy has that id or URL.
 */
export async function retractArticle(executor: Executor, ref: string, retractedBy: string, now = new Date().toISOString()): Promise<RetractResult | null> {
  const find = articleRef(ref);
  return executor.writeTx(async (tx) => {
    const [found] = await tx.run<{ id: string; url: string | null; title: string }>(C.FIND_ARTICLE_BY_REF, { ref: find });
    if (!found) {
      const [copy] = await tx.run<{ id: string; url: string | null; title: string }>(C.RETRACT_PUBLICATION, { ref: find, by: retractedBy, now });
      return copy ? { articleId: copy.id, url: copy.url, title: copy.title, removed: NOTHING_REMOVED, publications: [], retractedBy, retractedAt: now } : null;
    }
    // The RELATED_TO pairs of the article and of those reporting its statements are read first and,
    // for those left, counted again after, the net change written (related.ts).
    const { deleted, removed } = await keepingRelated(tx, { articles: [found.id], statements: [] }, async () => {
      const detached = await detachContributions(tx, found.id);
      const [deleted] = await tx.run<{ publicationIds: string[] }>(C.DELETE_ARTICLE, { id: found.id, by: retractedBy, now });
      return { deleted, removed: await settle(tx, detached.statements, detached) };
    });
    return { articleId: found.id, url: found.url, title: found.title, removed, publications: deleted?.publicationIds ?? [], retractedBy, retractedAt: now };
  });
}
