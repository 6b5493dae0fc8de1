/**
 * The tagger's shortcuts (tagger.ts, sweep.ts, match.ts) give compromise's own tags: every paragraph of the
 * seed and sample articles and the extractor's development fixtures is tagged by stock compromise and by tagText, and each term's text,
 * whitespace and tags (in order) must agree; and every match the tagger runs on them gives compromise's result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { type MatchTodo, match, opensOnOneTerm } from './match.js';
import { bulkMatch } from './sweep.js';
import { compromiseBulkMatch, compromiseMatch, fasterSweep, tagText } from './tagger.js';

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

const methods = (nlp.world() as { methods: { one: { bulkMatch: unknown; match: typeof match } } }).methods.one;

/** Tags with compromise's own sweep and match and all its steps. */
function stock(text: string): string[] {
  methods.bulkMatch = compromiseBulkMatch;
  methods.match = compromiseMatch;
  try {
    return terms(nlp(text));
  } finally {
    methods.bulkMatch = bulkMatch;
    methods.match = match;
  }
}

describe('compromise tagger shortcuts', () => {
  it('are installed for the compromise release they mirror', () => {
    expect(nlp.version).toBe('14.17.0');
    expect(fasterSweep).toBe(true);
    expect(methods.bulkMatch).toBe(bulkMatch);
    expect(methods.match).toBe(match);
  });

  it('tag every seed and sample paragraph as compromise does', () => {
    expect(paragraphs.length).toBeGreaterThan(100);
    const differing = paragraphs.filter((p) => JSON.stringify(terms(tagText(p))) !== JSON.stringify(stock(p)));
    expect(differing).toEqual([]);
  }, 60_000); // a few seconds of tagging, more on the shared machine

  it('match every match the tagger runs as compromise does, most of them tried only where their first term matches', () => {
    const calls: Array<{ same: boolean; gated: boolean }> = [];
    methods.match = (docs, todo: MatchTodo, cache) => {
      const theirs = compromiseMatch(docs, todo, cache);
      const ours = match(docs, todo, cache);
      calls.push({ same: JSON.stringify(ours) === JSON.stringify(theirs), gated: todo.regs?.[0] !== undefined && opensOnOneTerm(todo.regs[0]) });
      return theirs;
    };
    try {
      for (const p of paragraphs) tagText(p);
    } finally {
      methods.match = match;
    }
    expect(calls.length).toBeGreaterThan(5_000);
    expect(calls.filter((c) => !c.same)).toEqual([]);
    expect(calls.filter((c) => c.gated).length / calls.length).toBeGreaterThan(0.5);
  }, 60_000);
});
