/**
 * `npx tsx bench/analysis-identity.ts [--out /tmp/analysis-identity.jsonl] [--synthetic 500]`:
 * one SHA-256 digest of everything analysis produces (parse → extract → resolve) over the seed's
 * articles, samples and held-out sets and the first articles of the synthetic corpus
 * (`npm run bench:data`), plus a JSON line per article at `--out` (outside the repo: a held-out set
 * is blind until scored, so only its digest is for reading).
 *
 * A change meant to make analysis cheaper must leave the digest as it was. Each folder is analysed
 * in order against knowledge that grows as ingest's does (every article's entities and tags are
 * learnt before the next), so the graph's names are looked up as well as the built-in lexicon.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParsedArticleMeta } from '../src/ingest/contract.js';
import { type GraphKnowledge, addTags, emptyKnowledge } from '../src/ingest/known.js';
import { type ExtractedSource, parseAndExtract } from '../src/ingest/parallel/analysis-steps.js';
import { extractArticle } from '../src/ingest/resolve/analyse.js';
import { resolve } from '../src/ingest/resolve/resolve.js';
import { defaultAliasFile } from '../src/ingest/resolve/aliases.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/analysis-identity.jsonl' },
    synthetic: { type: 'string', default: '500' },
    data: { type: 'string', default: 'bench/data' },
  },
});

/**
 * A folder's files in order: raw inputs as `ingest` reads them, and the `article` of each expected
 * answer or ParsedArticle document as `npm run eval` analyses it (parse left out).
 */
function inputs(dir: string, limit = Infinity): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing${dir === values.data ? ' (run npm run bench:data)' : ''}`);
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|json)$/.test(f) && f !== 'README.md')
    .sort()
    .slice(0, limit);
}

/** The ParsedArticleMeta inside an expected answer or a ParsedArticle document, else undefined. */
function expectedArticle(content: Buffer): ParsedArticleMeta | undefined {
  try {
    const json = JSON.parse(content.toString()) as { article?: ParsedArticleMeta; entities?: unknown };
    return json.article && Array.isArray(json.entities) ? json.article : undefined;
  } catch {
    return undefined;
  }
}

/** parse → extract, or extract alone for an expected article, as the analysis steps report it. */
function analyseFile(name: string, content: Buffer, knowledge: GraphKnowledge): ExtractedSource {
  const article = name.endsWith('.json') ? expectedArticle(content) : undefined;
  return article ? { ok: true, article, extraction: extractArticle(article, knowledge.entities) } : parseAndExtract(name, content, knowledge);
}

const seedDirs = ['seed/articles', 'seed/samples', ...readdirSync('seed').filter((d) => d.startsWith('heldout')).sort().map((d) => `seed/${d}`)];
const folders: Array<{ dir: string; files: string[] }> = [
  ...seedDirs.map((dir) => ({ dir, files: inputs(dir) })),
  { dir: values.data!, files: inputs(values.data!, Number(values.synthetic)) },
];

const whole = createHash('sha256');
const lines: string[] = [];
const started = process.cpuUsage();
let count = 0;
for (const { dir, files } of folders) {
  const knowledge = emptyKnowledge();
  const aliases = defaultAliasFile();
  const folder = createHash('sha256');
  for (const f of files) {
    const analysed = analyseFile(f, readFileSync(join(dir, f)), knowledge);
    let record: unknown = analysed;
    if (analysed.ok) {
      const { parsed, matched, created, plan, mentionEntity } = resolve(analysed.extraction, knowledge.entities, aliases);
      record = { ...analysed, resolution: { parsed, matched, created, plan, mentionEntity } };
      // learn as ingest does after a write: the article's entities and tags
      for (const e of parsed.entities) knowledge.entities.add({ id: e.id, type: e.type, name: e.name, aliases: e.aliases });
      addTags(knowledge, parsed.article.tags);
    }
    const line = JSON.stringify({ file: join(dir, f), record });
    whole.update(line).update('\n');
    folder.update(line).update('\n');
    lines.push(line);
    count++;
  }
  console.log(`${dir.padEnd(18)} ${String(files.length).padStart(4)} articles  ${folder.digest('hex').slice(0, 16)}`);
}
writeFileSync(values.out!, `${lines.join('\n')}\n`);
const cpu = process.cpuUsage(started);
console.log(`${count} articles, digest ${whole.digest('hex')}`);
console.log(`(${((cpu.user + cpu.system) / 1000 / count).toFixed(1)} CPU ms per article including resolve and the first calls' warm-up; per-article JSON in ${values.out})`);
