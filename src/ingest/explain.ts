import { statementId } from '../core/ids.js';
import type { EntityType, ParsedArticle, ParsedEvent } from './contract.js';
import { ruleCatalogue } from './extract/rules/catalogue.js';
import type { MentionField } from './extract/types.js';
import { emptyKnowledge, type GraphKnowledge } from './known.js';
import { asParsedArticleJson } from './parallel/analysis-steps.js';
import { parseArticle } from './parse/index.js';
import { extractArticle, resolve } from './resolve/index.js';
import type { MatchHow } from './resolve/types.js';
import type { IngestSource } from './pipeline.js';

/**
 * Why the analysis made what it made (issue 11 item 2): each mention, statement and event with the
 * ids of the extraction rules that produced it, and each id's line from the rule catalogue. What a
 * wrong output is explained by is the rule to fix. Pure: it runs the same parse → extract → resolve
 * as ingest, against the names `knowledge` holds, and writes nothing.
 */

export interface ExplainedMention {
  text: string;
  field: MentionField;
  start: number;
  end: number;
  type: EntityType | null;
  /** The entity it resolved to; null when resolution left it out (nothing said what it is). */
  entity: string | null;
  rules: string[];
}

export interface ExplainedEntity {
  id: string;
  /** How resolution found it: by its name, an alias, an acronym, a surname, the article's context, or new. */
  by: MatchHow;
}

export interface ExplainedStatement {
  id: string;
  speaker: string | null;
  anonymousSource?: string;
  text: string;
  rules: string[];
}

export type ExplainedEvent = Pick<ParsedEvent, 'id' | 'name' | 'kind' | 'date' | 'endDate' | 'status'> & { rules: string[] };

export interface Explanation {
  parsed: ParsedArticle;
  mentions: ExplainedMention[];
  entities: ExplainedEntity[];
  statements: ExplainedStatement[];
  events: ExplainedEvent[];
  /** Every rule id used above → what the rule does. */
  rules: Record<string, string>;
}

export class NothingToExplainError extends Error {
  override name = 'NothingToExplainError';
}

export function explainSource(source: IngestSource, knowledge: GraphKnowledge = emptyKnowledge()): Explanation {
  // a ParsedArticle file is taken as written by ingest: no rule made it
  if (asParsedArticleJson(source.name, source.content) !== undefined) {
    throw new NothingToExplainError(`${source.name} is already a ParsedArticle; --explain needs an article to analyse (text, Markdown or JSON with a body)`);
  }
  const article = parseArticle({ text: source.content, filename: source.name, knownTags: knowledge.tags });
  const extraction = extractArticle(article, knowledge.entities);
  const { parsed, plan, mentionEntity } = resolve(extraction, knowledge.entities);

  const mentions: ExplainedMention[] = extraction.mentions.map((m) => ({
    text: m.text,
    field: m.field,
    start: m.start,
    end: m.end,
    type: m.type,
    entity: mentionEntity[m.index] ?? null,
    rules: m.rules ?? [],
  }));
  // resolution keeps one statement per id; the first extracted statement with that id made it
  const rulesOf = new Map<string, string[]>();
  for (const s of extraction.statements) {
    const speaker = s.speaker === null ? null : (mentionEntity[s.speaker] ?? null);
    const id = statementId(speaker, s.text);
    if (!rulesOf.has(id)) rulesOf.set(id, s.rules ?? []);
  }
  const statements: ExplainedStatement[] = parsed.statements.map((s) => ({
    id: s.id,
    speaker: s.speaker,
    ...(s.anonymousSource ? { anonymousSource: s.anonymousSource } : {}),
    text: s.text,
    rules: rulesOf.get(s.id) ?? [],
  }));
  const events: ExplainedEvent[] = parsed.events.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    date: e.date,
    ...(e.endDate !== undefined ? { endDate: e.endDate } : {}),
    status: e.status,
    rules: e.rules ?? [],
  }));
  const catalogue = ruleCatalogue();
  const used = [...new Set([...mentions, ...statements, ...events].flatMap((x) => x.rules))].sort();
  const rules = Object.fromEntries(used.map((id) => [id, catalogue.get(id) ?? '(not in the rule catalogue)']));
  return { parsed, mentions, entities: plan.map((p) => ({ id: p.id, by: p.by })), statements, events, rules };
}

/** The explanation for a reader: each output, then its rules one per line with what they do. */
export function describeExplanation(x: Explanation): string {
  const name = new Map(x.parsed.entities.map((e) => [e.id, e.name]));
  const by = new Map(x.entities.map((e) => [e.id, e.by]));
  const ruleLines = (ids: readonly string[]): string[] => ids.map((id) => `      ${id} — ${x.rules[id]}`);
  const lines: string[] = [`Mentions (${x.mentions.length}):`];
  for (const m of x.mentions) {
    const to = m.entity ? `→ ${m.entity} (found by ${by.get(m.entity) ?? 'name'})` : '→ left out';
    lines.push(`  ${m.field} ${m.start}-${m.end} "${m.text}" ${m.type ?? 'untyped'} ${to}`, ...ruleLines(m.rules));
  }
  lines.push('', `Statements (${x.statements.length}):`);
  for (const s of x.statements) {
    const who = s.speaker ? (name.get(s.speaker) ?? s.speaker) : (s.anonymousSource ?? 'unattributed');
    lines.push(`  ${s.id} ${who}: ${s.text.length > 80 ? `${s.text.slice(0, 79)}…` : s.text}`, ...ruleLines(s.rules));
  }
  lines.push('', `Events (${x.events.length}):`);
  for (const e of x.events) {
    lines.push(`  ${e.id} ${e.name} [${e.kind}, ${e.date ?? 'undated'}${e.endDate ? ` → ${e.endDate}` : ''}, ${e.status}]`, ...ruleLines(e.rules));
  }
  return `${lines.join('\n')}\n`;
}
