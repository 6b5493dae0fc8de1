/**
 * The rule catalogue names every rule an extraction can carry: each mention, statement and event of
 * the seed, the samples and the development fixtures lists only ids the catalogue describes, and
 * each output has its rules (a statement two: its construction, then how its speaker was found;
 * then the topic rules its words matched, if any).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../contract.js';
import type { Extraction } from '../types.js';
import { extractArticle } from '../../resolve/index.js';
import { ruleCatalogue } from './catalogue.js';
import { MENTION_RULES } from './mention-rules.js';
import { STATEMENT_RULES } from './statement-rules.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const annotated = (dir: string, suffix: string): ParsedArticle[] =>
  readdirSync(root + dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => JSON.parse(readFileSync(root + dir + f, 'utf8')) as ParsedArticle)
    .filter((d) => d.article && Array.isArray(d.entities));
const articles = [...annotated('seed/articles/', '.json'), ...annotated('seed/samples/', '.expected.json'), ...annotated('src/ingest/extract/fixtures/dev/', '.expected.json')];

let extracted: Extraction[] | undefined;
/** One extraction of the corpus for the tests below (a few seconds on a loaded machine). */
const extractions = (): Extraction[] => (extracted ??= articles.map((doc) => extractArticle(doc.article)));

describe('rule catalogue', () => {
  const catalogue = ruleCatalogue();

  it('describes every rule in one line', () => {
    expect(catalogue.size).toBeGreaterThan(150);
    for (const [id, text] of catalogue) {
      expect(id, id).toMatch(/^(mention|statement|event|date|status|place|caption)\.[a-z0-9.-]+$/);
      expect(text.length, id).toBeGreaterThan(10);
    }
  });

  it('lists every id the extraction of the seed, samples and dev fixtures carries, and each output has rules', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    const unknown = new Set<string>();
    const bare: string[] = [];
    for (const x of extractions()) {
      for (const m of x.mentions) if (!m.rules?.length) bare.push(`mention ${m.text}`);
      for (const s of x.statements) {
        const [construction, speaker, ...more] = s.rules ?? [];
        // after the construction and the speaker rule: how the subject was read (statement.subject.*, .description.*, …), then topics
        const topics = more.filter((id) => !(id in STATEMENT_RULES));
        if (!construction || !speaker || !topics.every((id) => id.startsWith('statement.topic.'))) bare.push(`statement ${s.text.slice(0, 40)}`);
        else if (!(construction in STATEMENT_RULES) || !speaker.startsWith('statement.speaker.')) bare.push(`statement ${s.text.slice(0, 40)}: ${s.rules}`);
      }
      for (const e of x.events) if (!e.rules?.length) bare.push(`event ${e.name}`);
      for (const id of [...x.mentions, ...x.statements, ...x.events].flatMap((o) => o.rules ?? [])) if (!catalogue.has(id)) unknown.add(id);
    }
    expect([...unknown]).toEqual([]);
    expect(bare).toEqual([]);
  }, 60_000);

  it('uses a large share of the mention and statement rules on that corpus', () => {
    const used = new Set(extractions().flatMap((x) => [...x.mentions, ...x.statements].flatMap((o) => o.rules ?? [])));
    const listed = [...Object.keys(MENTION_RULES), ...Object.keys(STATEMENT_RULES)];
    // rules found on the development sets (seed/heldout-*, never test fixtures) keep being added, each with
    // invented examples of its own, so the corpus needs a dev fixture now and then to keep above this share
    expect(listed.filter((id) => used.has(id)).length / listed.length).toBeGreaterThan(0.5);
  }, 60_000);
});
