/**
 * The five request shapes: the GraphQL document newsgraph serves, and the one hand-written Cypher
 * query the baseline runs for the same question, returning `data` exactly as GraphQL shapes it.
 * The baseline Cypher follows the API's semantics as its resolvers define them (src/domain):
 *  - Query.articles: publishedMs DESC, id; Article.authors by name, Article.mentions by
 *    labels(n)[0], name, each list capped at 20 (the default `first`).
 *  - Entity.statements: latest report first (max publishedMs of its reports, which the write path
 *    keeps as lastReportedMs), then id; reports oldest first (publishedMs, id); about by label, name.
 *  - relatedEntities: distinct connecting articles over co-mention and the three statement links,
 *    ranked by that count, then the number of kinds of link, name, id (kept per pair by the writes: RELATED_TO).
 *  - search: the same Lucene query the API builds, in the entity-only index (migration 010), score DESC then id.
 *  - paths: the same SHORTEST 20 match, then shortest, fewest co-occurrence steps, node ids.
 */

export type ShapeName = 'S1' | 'S2' | 'S3' | 'S4' | 'S5';

export interface Shape {
  name: ShapeName;
  title: string;
  graphql: string;
  cypher: string;
  /** The GraphQL variables → the Cypher parameters (ints as neo4j Integers are made by the server). */
  params(variables: Record<string, unknown>): Record<string, unknown>;
  /** `data` when the query returns no row (an unknown id). */
  empty: unknown;
  /** Sorts lists only where the API leaves the order open (ties of its ORDER BY), so deep-equal is fair. */
  normalise(data: any): any;
}

/** Reorders runs of consecutive items with equal `key`, by their JSON: ties of an ORDER BY have no order. */
function sortTies<T>(list: T[] | null | undefined, key: (x: T) => string): T[] | null | undefined {
  if (!Array.isArray(list)) return list;
  const out: T[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i + 1;
    while (j < list.length && key(list[j]!) === key(list[i]!)) j++;
    out.push(...list.slice(i, j).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)));
    i = j;
  }
  return out;
}

const idType = (id: string) => id.slice(0, id.indexOf(':'));

// ---- Lucene, as src/domain/explore/search.lucene.ts builds it (copied: the baseline must not depend on the read layer) ----
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
function luceneQuery(query: string): string {
  const terms = [...new Set(query.normalize('NFC').replace(/[’‘`´]/g, "'").toLowerCase().match(WORD) ?? [])].slice(0, 12);
  const esc = (t: string) => t.replace(LUCENE_SPECIAL, '\\$&');
  const fuzz = (t: string) => ([...t].length <= 3 ? 0 : [...t].length <= 6 ? 1 : 2);
  const clauses = terms.map((t) => (fuzz(t) === 0 ? `+${esc(t)}` : `+(${esc(t)}^2 OR ${esc(t)}~${fuzz(t)})`));
  const all = `(${clauses.join(' ')})`;
  return terms.length > 1 ? `("${terms.map(esc).join(' ')}")^4 OR ${all}` : all;
}

const TYPENAME = `head([l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Topic', 'Event']])`;

export const SHAPES: Shape[] = [
  {
    name: 'S1',
    title: 'latest articles',
    // The brief's document declares $n without using it, which GraphQL validation refuses (NoUnusedVariables): first:$n with n = 20.
    graphql: 'query($n:Int){ articles(first:$n){ nodes { id title publishedAt authors { name } mentions(types:[PERSON,ORGANIZATION,PLACE]) { ... on Entity { id name } } } } }',
    // IS NOT NULL lets the planner walk the publishedMs index backwards and stop after $n (every article has it).
    cypher: `
MATCH (a:Article) WHERE a.publishedMs IS NOT NULL
WITH a ORDER BY a.publishedMs DESC, a.id LIMIT $n
CALL (a) { MATCH (a)-[:WRITTEN_BY]->(p:Person) WITH p ORDER BY p.name LIMIT 20 RETURN collect({name: p.name}) AS authors }
CALL (a) { MATCH (a)-[:MENTIONS]->(e:Entity) WITH e ORDER BY labels(e)[0], e.name LIMIT 20 RETURN collect({id: e.id, name: e.name}) AS mentions }
RETURN {articles: {nodes: collect({id: a.id, title: a.title, publishedAt: a.publishedAt, authors: authors, mentions: mentions})}} AS data`,
    params: (v) => ({ n: v.n }),
    empty: { articles: { nodes: [] } },
    normalise: (d) => ({
      articles: {
        nodes: d?.articles?.nodes?.map((a: any) => ({
          ...a,
          authors: sortTies(a.authors, (p: any) => p.name),
          mentions: sortTies(a.mentions, (e: any) => `${idType(e.id)} ${e.name}`),
        })),
      },
    }),
  },
  {
    name: 'S2',
    title: 'hub statements',
    graphql: 'query($id:ID!){ organization(id:$id){ name statements(first:20){ id text verb reports { article { title } } about { __typename ... on Entity { name } ... on Topic { name } ... on Event { name } } } } }',
    cypher: `
MATCH (o:Organization {id: $id})
CALL (o) {
  MATCH (o)-[:STATED]->(s:Statement)
  WITH s ORDER BY s.lastReportedMs DESC, s.id LIMIT 20
  CALL (s) { MATCH (s)-[:REPORTED_IN]->(a:Article) WITH a ORDER BY a.publishedMs, a.id LIMIT 20 RETURN collect({article: {title: a.title}}) AS reports }
  CALL (s) { MATCH (s)-[:ABOUT]->(x) WITH x ORDER BY labels(x)[0], x.name LIMIT 20 RETURN collect({__typename: ${TYPENAME}, name: x.name}) AS about }
  RETURN collect({id: s.id, text: s.text, verb: s.verb, reports: reports, about: about}) AS statements
}
RETURN {organization: {name: o.name, statements: statements}} AS data`,
    params: (v) => ({ id: v.id }),
    empty: { organization: null },
    normalise: (d) =>
      d?.organization
        ? { organization: { ...d.organization, statements: d.organization.statements.map((s: any) => ({ ...s, about: sortTies(s.about, (x: any) => `${x.__typename} ${x.name}`) })) } }
        : d,
  },
  {
    name: 'S3',
    title: 'related entities',
    graphql: 'query($id:ID!){ relatedEntities(id:$id, first:25){ edges { reportCount node { id name } } } }',
    // Since migration 011 the model keeps each pair's count of connecting reports at write time
    // (RELATED_TO: reports, and kinds, the number of kinds of link with a report), so the best
    // hand-written query reads it instead of walking the hub's articles and statements. Since
    // migration 012 each RELATED_TO holds its start node's id (src) under a range index on
    // (src, reports, kinds): seeking it by src with ORDER BY src, reports, kinds walks the index in
    // ranking order and stops after the page and its ties (PartialTop) instead of sorting them all.
    cypher: `
MATCH ()-[r:RELATED_TO]->(y:Entity) USING INDEX r:RELATED_TO(src, reports, kinds)
WHERE r.src = $id AND r.reports > 0 AND r.kinds > 0
WITH y, r ORDER BY r.src DESC, r.reports DESC, r.kinds DESC, y.name, y.id LIMIT 25
RETURN {relatedEntities: {edges: collect({reportCount: r.reports, node: {id: y.id, name: y.name}})}} AS data`,
    params: (v) => ({ id: v.id }),
    empty: { relatedEntities: null },
    normalise: (d) => d,
  },
  {
    name: 'S4',
    title: 'search',
    graphql: 'query($q:String!){ search(query:$q, types:[PERSON,ORGANIZATION,PLACE], first:10){ nodes { score node { ... on Entity { id name } } } } }',
    cypher: `
CALL db.index.fulltext.queryNodes('search_entities', $lucene) YIELD node AS hit, score
WHERE hit:Entity
WITH hit, score ORDER BY score DESC, hit.id LIMIT 10
RETURN {search: {nodes: collect({score: score, node: {id: hit.id, name: hit.name}})}} AS data`,
    params: (v) => ({ lucene: luceneQuery(String(v.q)) }),
    empty: { search: { nodes: [] } },
    normalise: (d) => d,
  },
  {
    name: 'S5',
    title: 'path',
    graphql: 'query($a:ID!,$b:ID!){ paths(from:$a, to:$b, maxHops:4, first:1){ length nodes { id } steps { relationship direction } } }',
    // The API ranks only the 20 shortest paths SHORTEST 20 happens to enumerate, so the baseline uses the very same
    // pattern, its list of relationship types included (without it the engine enumerated another 20 at 20k articles;
    // as a type expression, not a predicate, a dense node is expanded only from those types' groups, which matters
    // since the RELATED_TO aggregate of migration 011), and ranks in Cypher.
    cypher: `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH p = SHORTEST 20 (a)-[:WRITTEN_BY|MENTIONS|TAGGED|STATED|REPORTED_IN|ABOUT|PARTICIPATED_IN|HOLDS_ROLE]-{1,4}(b)
WITH p, nodes(p) AS ns, relationships(p) AS rs
WITH p, ns, rs, size([r IN rs WHERE type(r) IN ['MENTIONS', 'TAGGED', 'WRITTEN_BY', 'REPORTED_IN']]) AS weak,
     reduce(k = head(ns).id, n IN tail(ns) | k + ' ' + n.id) AS key
ORDER BY size(rs), weak, key LIMIT 1
RETURN {paths: collect({
  length: size(rs),
  nodes: [n IN ns | {id: n.id}],
  steps: [i IN range(0, size(rs) - 1) | {relationship: type(rs[i]), direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'OUTGOING' ELSE 'INCOMING' END}]
})} AS data`,
    params: (v) => ({ a: v.a, b: v.b }),
    empty: { paths: [] },
    normalise: (d) => d,
  },
];

export const shapeByName = (name: string) => SHAPES.find((s) => s.name === name);
