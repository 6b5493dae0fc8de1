import type { ExtractedSource } from './analysis-steps.js';
import { asParsedArticleJson } from './analysis-steps.js';
import { squash } from './journal.js';

/** A file or a line of JSON Lines to ingest: its name (for messages and its format) and how to read it. */
export interface Source {
  name: string;
  read: () => Promise<Buffer | string>;
}

/** What a bulk run keeps of one source until its turn comes (bulk ingest and bulk import alike). */
export interface SubmittedSource {
  name: string;
  /** The knowledge sequence number the worker's copy had when the article was submitted. */
  stamp: number;
  content?: Buffer | string;
  /** The text folded for the journal's "did a name learned since affect it" test. */
  squashed?: string;
  readError?: string;
  preParsed?: unknown;
  extracted?: Promise<ExtractedSource>;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Reads a source and, unless it is a ParsedArticle document, hands it to `analyse` (a worker pool;
 * none: the main thread extracts when the article's turn comes, against the latest names).
 */
export async function submitSource(
  source: Source,
  stamp: number,
  analyse: ((name: string, content: string | Uint8Array) => Promise<ExtractedSource>) | null,
): Promise<SubmittedSource> {
  const item: SubmittedSource = { name: source.name, stamp };
  try {
    item.content = await source.read();
  } catch (error) {
    item.readError = `cannot read the file (${describe(error)})`;
    return item;
  }
  item.preParsed = asParsedArticleJson(source.name, item.content);
  if (item.preParsed !== undefined) return item;
  item.squashed = squash(item.content.toString());
  if (analyse) {
    item.extracted = analyse(source.name, typeof item.content === 'string' ? item.content : new Uint8Array(item.content));
    // Awaited when its turn comes; until then a dead worker's rejection is not "unhandled".
    item.extracted.catch(() => undefined);
  }
  return item;
}
