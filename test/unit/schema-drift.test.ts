import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARSED_ARTICLE_SCHEMA_FILE, SCHEMA_FILE, createSchema, parsedArticleSchemaText, schemaSdl } from '../../src/server/schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing a type or resolver)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(schemaSdl(await createSchema())).toBe(committed);
  });
});

describe('schema/parsed-article.schema.json', () => {
  it('matches the ParsedArticle contract in src/ingest/contract.schema.ts', () => {
    expect(parsedArticleSchemaText()).toBe(readFileSync(PARSED_ARTICLE_SCHEMA_FILE, 'utf8'));
  });
});
