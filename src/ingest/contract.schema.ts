import { z } from 'zod';
import { statementId } from '../core/ids.js';
import { ENTITY_TYPES, EVENT_STATUSES, STATEMENT_KINDS, type ParsedArticle } from './contract.js';

/**
 * The ParsedArticle contract as a zod schema: validates parsed JSON that comes from outside
 * (seed files, `ingest` of .parsed.json) and is published as JSON Schema in
 * schema/parsed-article.schema.json. Must describe exactly the types in contract.ts (checked below).
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');

export const ParsedArticleSchema = z
  .object({
    article: z.object({
      title: z.string().min(1),
      publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'expected an ISO 8601 date or date-time'),
      authors: z.array(z.string().min(1)),
      tags: z.array(z.string().min(1)),
      url: z.string().url().optional(),
      section: z.string().optional(),
      language: z.string().optional(),
      caption: z.string().optional(),
      source: z.string().optional(),
      body: z.string(),
    }),
    entities: z.array(
      z.object({
        id: z.string().regex(/^(person|organization|place):[a-z0-9-]+$/),
        type: z.enum(ENTITY_TYPES),
        name: z.string().min(1),
        aliases: z.array(z.string()),
        roles: z.array(z.string()),
        kind: z.string().optional(),
        positions: z.array(z.object({ title: z.string().min(1), of: z.string().optional() })).optional(),
      }),
    ),
    statements: z.array(
      z.object({
        id: z.string().regex(/^statement:[0-9a-f]{16}$/),
        speaker: z.string().nullable(),
        anonymousSource: z.string().optional(),
        verb: z.string().min(1),
        verbAsWritten: z.string().optional(),
        kind: z.enum(STATEMENT_KINDS),
        text: z.string().min(1),
        about: z.array(z.string()),
        evidence: z.object({
          sentence: z.string().min(1),
          start: z.number().int().min(0).describe('Offset of the sentence in article.body, in UTF-16 code units (JavaScript string indices).'),
          end: z.number().int().min(0).describe('Offset just past the sentence in article.body, in UTF-16 code units.'),
        }),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string().regex(/^event:[a-z0-9-]+$/),
        name: z.string().min(1),
        kind: z.string().min(1),
        date: isoDate.nullable(),
        endDate: isoDate.nullable().optional(),
        status: z.enum(EVENT_STATUSES),
        participants: z.array(z.string()),
        place: z.string().optional(),
        key: z.string().optional(),
        rules: z.array(z.string()).optional(),
      }),
    ),
    provenance: z
      .object({
        ingestedBy: z.string().min(1),
        ingestedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'expected an ISO 8601 date-time with its offset'),
      })
      .optional()
      .describe('Who first ingested the article and when, as `newsgraph export` writes it. Only `newsgraph ingest` of an export (an operator restoring a graph) records it; any other ingest refuses an article that carries it.'),
  })
  .superRefine((parsed, ctx) => {
    // Evidence must point at the sentence it quotes, references must resolve, and ids must be the
    // ones ids.ts derives: a made-up statement id could attach this report to someone else's statement.
    const entityIds = new Set(parsed.entities.map((e) => e.id));
    const ids = new Set([...entityIds, ...parsed.events.map((e) => e.id)]);
    const duplicates = (list: { id: string }[]) => list.filter((x, i) => list.findIndex((y) => y.id === x.id) !== i).map((x) => x.id);
    for (const [path, list] of [['entities', parsed.entities], ['statements', parsed.statements], ['events', parsed.events]] as const) {
      for (const id of duplicates(list)) ctx.addIssue({ code: 'custom', path: [path], message: `id ${id} appears twice` });
    }
    parsed.entities.forEach((e, i) =>
      (e.positions ?? []).forEach((p, j) => {
        if (p.of !== undefined && !entityIds.has(p.of)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'positions', j, 'of'], message: `unknown entity ${p.of}` });
      }),
    );
    parsed.events.forEach((ev, i) =>
      ev.participants.forEach((ref, j) => {
        if (!entityIds.has(ref)) ctx.addIssue({ code: 'custom', path: ['events', i, 'participants', j], message: `unknown entity ${ref}` });
      }),
    );
    parsed.statements.forEach((s, i) => {
      if (s.id !== statementId(s.speaker, s.text)) ctx.addIssue({ code: 'custom', path: ['statements', i, 'id'], message: `expected ${statementId(s.speaker, s.text)} for this speaker and text` });
      if (parsed.article.body.slice(s.evidence.start, s.evidence.end) !== s.evidence.sentence) {
        ctx.addIssue({ code: 'custom', path: ['statements', i, 'evidence'], message: 'article.body.slice(start, end) is not the evidence sentence' });
      }
      if (s.speaker !== null && !ids.has(s.speaker)) ctx.addIssue({ code: 'custom', path: ['statements', i, 'speaker'], message: `unknown entity ${s.speaker}` });
      s.about.forEach((ref, j) => {
        if (!ref.startsWith('topic:') && !ids.has(ref)) ctx.addIssue({ code: 'custom', path: ['statements', i, 'about', j], message: `unknown id ${ref}` });
      });
    });
  });

// Compile-time check that the schema and the hand-written types agree.
type Inferred = z.infer<typeof ParsedArticleSchema>;
const _sameShape: (x: Inferred) => ParsedArticle = (x) => x;
const _sameShapeBack: (x: ParsedArticle) => Inferred = (x) => x;
void _sameShape;
void _sameShapeBack;

export class ParsedArticleValidationError extends Error {
  override name = 'ParsedArticleValidationError';
}

/** Validates untrusted ParsedArticle JSON; the error names each bad field. */
export function validateParsedArticle(value: unknown, source = 'input'): ParsedArticle {
  const result = ParsedArticleSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ParsedArticleValidationError(`${source} is not a valid ParsedArticle: ${problems}`);
  }
  return result.data as ParsedArticle;
}

export function parsedArticleJsonSchema(): object {
  return {
    title: 'ParsedArticle',
    description: 'What `newsgraph parse <file> --json` prints: an article with the entities, statements and events found in it.',
    ...z.toJSONSchema(ParsedArticleSchema, { target: 'draft-2020-12' }),
  };
}
