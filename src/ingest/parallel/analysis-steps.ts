import type { ParsedArticleMeta } from '../contract.js';
import type { Extraction } from '../extract/types.js';
import type { GraphKnowledge } from '../known.js';
import { ParseError, parseArticle } from '../parse/index.js';
import { extractArticle } from '../resolve/analyse.js';

/** What a worker sends back for one article: parsed and extracted, or why not. */
export type ExtractedSource =
  | { ok: true; article: ParsedArticleMeta; extraction: Extraction }
  /** input: the file is at fault (ParseError); analyse: our bug. */
  | { ok: false; stage: 'input' | 'analyse'; error: string };

/** parse → extract against `knowledge`: the costly, pure half of analysis, the same in a worker and on the main thread. */
export function parseAndExtract(name: string, content: string | Uint8Array, knowledge: GraphKnowledge): ExtractedSource {
  try {
    const text = typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const article = parseArticle({ text, filename: name, knownTags: knowledge.tags });
    return { ok: true, article, extraction: extractArticle(article, knowledge.entities) };
  } catch (error) {
    return { ok: false, stage: error instanceof ParseError ? 'input' : 'analyse', error: error instanceof Error ? error.message : String(error) };
  }
}

/** The JSON value when the source is a ParsedArticle document ({article, entities, statements, events}). */
export function asParsedArticleJson(name: string, content: string | Buffer): unknown {
  // `file.jsonl:12`: one line of JSON Lines (newsgraph export).
  if (!/\.json$|\.jsonl:\d+$/i.test(name)) return undefined;
  try {
    const value: unknown = JSON.parse(content.toString());
    return value !== null && typeof value === 'object' && 'article' in value && 'entities' in value ? value : undefined;
  } catch {
    return undefined; // not JSON at all: the parse stage names the problem
  }
}
