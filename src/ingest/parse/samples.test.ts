/**
 * The sample corpus (seed/samples): every <name>.expected.json is a valid ParsedArticle, follows
 * the annotation conventions in seed/samples/README.md, and its `article` is exactly what the parse
 * stage makes of <name>.txt|.md|.json. The seed articles (seed/articles) get the contract checks too.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entityId, eventId, foldName, statementId, topicId } from '../../core/ids.js';
import type { ParsedArticle, StatementKind } from '../contract.js';
import { validateParsedArticle } from '../contract.schema.js';
import { STATEMENT_TOPIC_RULES } from '../extract/rules/statement-topics.js';
import { parseDate } from './dates.js';
import { parseArticle } from './index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const samplesDir = `${root}seed/samples/`;
const heldoutDir = `${root}seed/heldout/`;
const seedDir = `${root}seed/articles/`;

interface Case {
  name: string;
  raw: string;
  dir: string;
  expected: ParsedArticle;
}

/** Every <name>.expected.json of an annotated folder with the raw article beside it. */
function annotated(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.expected.json'.length);
      const raw = ['txt', 'md', 'json'].map((ext) => `${name}.${ext}`).find((r) => existsSync(dir + r));
      if (!raw) throw new Error(`${dir}${f} has no ${name}.txt, .md or .json next to it`);
      return { name, raw, dir, expected: JSON.parse(readFileSync(dir + f, 'utf8')) as ParsedArticle };
    });
}

const samples = annotated(samplesDir);
/** The blind held-out sets (see their READMEs) obey the same contract and conventions. */
const heldout = [...annotated(heldoutDir), ...annotated(`${root}seed/heldout-2/`), ...annotated(`${root}seed/heldout-3/`), ...annotated(`${root}seed/heldout-4/`), ...annotated(`${root}seed/heldout-5/`), ...annotated(`${root}seed/heldout-6/`), ...annotated(`${root}seed/heldout-7/`), ...annotated(`${root}seed/heldout-8/`), ...annotated(`${root}seed/heldout-9/`), ...annotated(`${root}seed/heldout-10/`), ...annotated(`${root}seed/heldout-11/`), ...annotated(`${root}seed/heldout-12/`), ...annotated(`${root}seed/heldout-13/`), ...annotated(`${root}seed/heldout-14/`), ...annotated(`${root}seed/heldout-15/`), ...annotated(`${root}seed/heldout-16/`), ...annotated(`${root}seed/heldout-17/`), ...annotated(`${root}seed/heldout-18/`), ...annotated(`${root}seed/heldout-19/`), ...annotated(`${root}seed/heldout-20/`), ...annotated(`${root}seed/heldout-21/`), ...annotated(`${root}seed/heldout-22/`)];

const seeds: Case[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt') && existsSync(seedDir + f.replace(/\.txt$/, '.json')))
  .map((raw) => ({ name: raw.replace(/\.txt$/, ''), raw, dir: seedDir, expected: JSON.parse(readFileSync(seedDir + raw.replace(/\.txt$/, '.json'), 'utf8')) as ParsedArticle }));

/** The contract's own schema (contract.schema.ts): field types and evidence offsets. */
function schemaProblems(doc: ParsedArticle, source: string): string[] {
  try {
    validateParsedArticle(doc, source);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** The contract beyond field types: ids derived as ids.ts derives them, every reference resolves. */
function contractProblems(doc: ParsedArticle): string[] {
  const problems: string[] = [];
  const { article } = doc;
  if (parseDate(article.publishedAt) !== article.publishedAt) problems.push(`publishedAt ${article.publishedAt} is not in the parse stage's ISO form`);
  if (/\n{3,}/.test(article.body) || article.body.split('\n\n').some((p) => p !== p.trim() || p === '')) problems.push('body paragraphs must be trimmed and joined by exactly one blank line');

  const entityIds = new Set<string>();
  for (const e of doc.entities) {
    const want = entityId(e.type.toLowerCase() as 'person' | 'organization' | 'place', e.name);
    if (e.id !== want) problems.push(`entity ${e.id} should be ${want}`);
    if (entityIds.has(e.id)) problems.push(`entity ${e.id} is listed twice`);
    entityIds.add(e.id);
  }
  const eventIds = new Set(doc.events.map((e) => e.id));
  // A statement's topic is one of the article's tags or a topic of the statement-topic rules.
  const topics = new Set([...article.tags, ...STATEMENT_TOPIC_RULES.map((r) => r.topic)].map(topicId));
  for (const e of doc.entities) {
    for (const p of e.positions ?? []) {
      if (p.of && !(entityIds.has(p.of) && /^(organization|place):/.test(p.of))) problems.push(`${e.id} holds a position of ${p.of}, which is not an organization or place entity here`);
    }
  }
  for (const author of article.authors) {
    if (!doc.entities.some((e) => e.type === 'PERSON' && e.name === author)) problems.push(`author ${author} has no PERSON entity`);
  }

  const statementIds = new Set<string>();
  for (const s of doc.statements) {
    const want = statementId(s.speaker, s.text);
    if (s.id !== want) problems.push(`statement "${s.text.slice(0, 40)}…" should have id ${want}`);
    if (statementIds.has(s.id)) problems.push(`statement ${s.id} is listed twice`);
    statementIds.add(s.id);
    if (s.speaker !== null && !entityIds.has(s.speaker)) problems.push(`speaker ${s.speaker} is not an entity`);
    if (s.anonymousSource !== undefined && s.speaker !== null) problems.push(`statement ${s.id} has both a speaker and an anonymous source`);
    const { sentence, start, end } = s.evidence;
    if (article.body.slice(start, end) !== sentence) problems.push(`evidence of ${s.id} does not match body.slice(${start}, ${end})`);
    for (const ref of s.about) {
      const ok = ref.startsWith('topic:') ? topics.has(ref) : ref.startsWith('event:') ? eventIds.has(ref) : entityIds.has(ref);
      if (!ok) problems.push(`statement ${s.id} is about ${ref}, which is not ${ref.startsWith('topic:') ? "one of the article's tags or a statement-topic rule's topic" : 'listed'}`);
    }
  }

  for (const e of doc.events) {
    const want = eventId(e.name, e.date);
    if (e.id !== want) problems.push(`event ${e.id} should be ${want}`);
    for (const d of [e.date, e.endDate]) {
      if (d && !/^\d{4}-\d{2}(-\d{2})?$/.test(d)) problems.push(`event ${e.id} has date ${d}; expected YYYY-MM-DD or YYYY-MM`);
      if (d && d.length === 10 && parseDate(d) !== d) problems.push(`event ${e.id} has impossible date ${d}`);
    }
    if (e.date && e.endDate && e.endDate < e.date) problems.push(`event ${e.id} ends (${e.endDate}) before it starts (${e.date})`);
    for (const p of e.participants) if (!entityIds.has(p)) problems.push(`event ${e.id} participant ${p} is not an entity`);
  }
  return problems;
}

/** Reporting verb → statement kind, as seed/samples/README.md lists them. */
const KIND_OF_VERB: Record<string, StatementKind> = {
  assess: 'ASSESSMENT', believe: 'ASSESSMENT', note: 'ASSESSMENT', estimate: 'ASSESSMENT', find: 'ASSESSMENT', conclude: 'ASSESSMENT',
  say: 'CLAIM', claim: 'CLAIM', emphasise: 'CLAIM', stress: 'CLAIM', 'point out': 'CLAIM', tell: 'CLAIM', suggest: 'CLAIM', add: 'CLAIM', report: 'CLAIM',
  announce: 'ANNOUNCEMENT', confirm: 'ANNOUNCEMENT',
  warn: 'WARNING', threaten: 'WARNING',
};
const QUOTE_VERBS = new Set(['say', 'tell']);
const MARKER = /^(?:Details|Background|Quote from [^:]+|Source):/;

/** The annotation conventions of seed/samples/README.md that a machine can check. */
function conventionProblems(doc: ParsedArticle): string[] {
  const problems: string[] = [];
  const { article } = doc;
  const written = [article.title, article.body, article.caption ?? ''].join('\n');
  const referenced = new Set([
    ...doc.statements.flatMap((s) => [s.speaker ?? '', ...s.about]),
    ...doc.events.flatMap((e) => e.participants),
    ...doc.entities.flatMap((e) => (e.positions ?? []).map((p) => p.of ?? '')),
  ]);
  for (const e of doc.entities) {
    for (const form of [...e.aliases, ...e.roles]) if (!written.includes(form)) problems.push(`${e.id}: "${form}" is not written in the article`);
    const mentioned = [e.name, ...e.aliases].some((n) => written.includes(n)) || article.authors.includes(e.name);
    if (!mentioned && !referenced.has(e.id)) problems.push(`${e.id} is neither mentioned nor referenced`);
    if ((e.type === 'PERSON') === (e.kind !== undefined)) problems.push(`${e.id}: kind is for organizations and places only`);
    if (e.aliases.some((a) => foldName(a) === foldName(e.name))) problems.push(`${e.id}: an alias repeats the name`);
  }
  let previous = -1;
  for (const s of doc.statements) {
    const where = `statement "${s.text.slice(0, 40)}…"`;
    if (s.kind === 'QUOTE') {
      if (!QUOTE_VERBS.has(s.verb)) problems.push(`${where}: a QUOTE is reported with say or tell, not ${s.verb}`);
    } else {
      if (KIND_OF_VERB[s.verb] !== s.kind) problems.push(`${where}: verb ${s.verb} makes a ${KIND_OF_VERB[s.verb] ?? '(verb not in the table)'}, not a ${s.kind}`);
      if (/\.$/.test(s.text) || /^that\s/i.test(s.text)) problems.push(`${where}: reported speech drops "that" and the final full stop`);
    }
    if (/^["“]|["”]$/.test(s.text) && s.kind === 'QUOTE') problems.push(`${where}: quote text goes without its quotation marks`);
    if (MARKER.test(s.evidence.sentence)) problems.push(`${where}: the evidence sentence starts with a paragraph marker`);
    if (s.speaker === null && s.anonymousSource !== undefined && !written.includes(s.anonymousSource)) problems.push(`${where}: anonymous source is not written as such`);
    if (s.evidence.start < previous) problems.push(`${where}: statements are not in reading order`);
    previous = s.evidence.start;
  }
  return problems;
}

describe.each([...samples, ...heldout])('annotated article $name', ({ raw, dir, expected }) => {
  it('is a valid ParsedArticle with ids and references as ids.ts makes them', () => {
    expect([...schemaProblems(expected, raw), ...contractProblems(expected)]).toEqual([]);
  });

  it('follows the annotation conventions', () => {
    expect(conventionProblems(expected)).toEqual([]);
  });

  it(`parseArticle reproduces its article object from ${raw}`, () => {
    expect(parseArticle({ text: readFileSync(dir + raw), filename: raw })).toStrictEqual(expected.article);
  });
});

describe.each(seeds)('seed article $name', ({ raw, expected }) => {
  it('is a valid ParsedArticle with ids and references as ids.ts makes them', () => {
    expect([...schemaProblems(expected, raw), ...contractProblems(expected)]).toEqual([]);
  });
  it(`parseArticle reproduces its article object from ${raw}`, () => {
    expect(parseArticle({ text: readFileSync(seedDir + raw), filename: raw })).toStrictEqual(expected.article);
  });
});

describe('the sample corpus', () => {
  const all = [...seeds, ...samples];

  it('has at least nine samples, at least three in each format', () => {
    expect(samples.length).toBeGreaterThanOrEqual(9);
    for (const ext of ['txt', 'md', 'json']) expect(samples.filter((s) => s.raw.endsWith(`.${ext}`)).length).toBeGreaterThanOrEqual(3);
  });

  it('gives an entity the same type, name and kind in every article', () => {
    const seen = new Map<string, { where: string; type: string; name: string; kind: string | undefined }>();
    const conflicts: string[] = [];
    for (const { raw, expected } of all) {
      for (const e of expected.entities) {
        const before = seen.get(e.id);
        if (!before) seen.set(e.id, { where: raw, type: e.type, name: e.name, kind: e.kind });
        else if (before.type !== e.type || before.name !== e.name || before.kind !== e.kind) {
          conflicts.push(`${e.id}: ${before.type}/${before.name}/${before.kind} in ${before.where}, ${e.type}/${e.name}/${e.kind} in ${raw}`);
        }
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('links reports: ISW is quoted in at least two samples and shared entities recur', () => {
    const quoting = samples.filter((s) => s.expected.statements.some((st) => st.speaker === 'organization:institute-for-the-study-of-war'));
    expect(quoting.length).toBeGreaterThanOrEqual(2);
    const count = (id: string): number => all.filter((s) => s.expected.entities.some((e) => e.id === id)).length;
    for (const id of ['person:vladimir-putin', 'person:donald-trump', 'organization:kremlin', 'organization:european-commission', 'person:anna-kovacs']) {
      expect(count(id), id).toBeGreaterThanOrEqual(2);
    }
  });

  it('uses every statement kind and anonymous sources', () => {
    const statements = samples.flatMap((s) => s.expected.statements);
    for (const kind of ['QUOTE', 'ASSESSMENT', 'CLAIM', 'ANNOUNCEMENT', 'WARNING']) expect(statements.some((s) => s.kind === kind), kind).toBe(true);
    expect(statements.filter((s) => s.speaker === null && s.anonymousSource).length).toBeGreaterThanOrEqual(5);
  });
});
