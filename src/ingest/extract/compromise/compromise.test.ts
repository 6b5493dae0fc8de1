/**
 * The tagger's shortcuts (tagger.ts, sweep.ts) give compromise's own tags: every paragraph of the
 * seed and sample articles and the extractor's development fixtures is tagged by stock compromise and by tagText, and each term's text,
 * whitespace and tags (in order) must agree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { bulkMatch } from './sweep.js';
import { compromiseBulkMatch, fasterSweep, tagText } from './tagger.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(root + dir)
    .filter((f) => ext.test(f) && !f.endsWith('.expected.json'))
    .map((f) => readFileSync(`${root}${dir}/${f}`, 'utf8'));
/** Raw seed and sample articles, and the bodies of the extractor's development fixtures. */
const texts = [
  ...files('seed/articles', /\.txt$/),
  ...files('seed/samples', /\.(txt|md)$/),
  ...files('src/ingest/extract/fixtures/dev', /\.json$/).flatMap((json) => (JSON.parse(json) as { body: string[] }).body),
];
const paragraphs = texts.flatMap((t) => t.split(/\n\n+/)).filter((p) => p.trim());

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

const terms = (doc: ReturnType<typeof nlp>): string[] => (doc.docs as Term[][]).flat().map((t) => `${t.pre}${t.text}${t.post} ${t.normal} ${[...t.tags].join(',')}`);

const methods = (nlp.world() as { methods: { one: { bulkMatch: unknown } } }).methods.one;

/** Tags with compromise's own sweep and all its steps. */
function stock(text: string): string[] {
  methods.bulkMatch = compromiseBulkMatch;
  try {
    return terms(nlp(text));
  } finally {
    methods.bulkMatch = bulkMatch;
  }
}

describe('compromise tagger shortcuts', () => {
  it('are installed for the compromise release they mirror', () => {
    expect(nlp.version).toBe('14.17.0');
    expect(fasterSweep).toBe(true);
    expect(methods.bulkMatch).toBe(bulkMatch);
  });

  it('tag every seed and sample paragraph as compromise does', () => {
    expect(paragraphs.length).toBeGreaterThan(100);
    const differing = paragraphs.filter((p) => JSON.stringify(terms(tagText(p))) !== JSON.stringify(stock(p)));
    expect(differing).toEqual([]);
  }, 60_000); // a few seconds of tagging, more on the shared machine
});
