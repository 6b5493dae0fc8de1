/**
 * The Cypher of the write stage: one read that finds an article already in the graph, and one
 * write that stores everything else of it. The write is a sequence of unit subqueries — one per
 * concern, each batched with UNWIND and MERGE on the constrained ids — so an article costs two
 * round trips however many entities and statements it holds. Labels are never interpolated from
 * input: each entity label gets its own constant subquery.
 */
import { keepingPlan } from '../../db/plan-reuse.js';
import type { EntityType } from '../contract.js';

export const ENTITY_LABEL: Record<EntityType, 'Person' | 'Organization' | 'Place'> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};

/** Parameter holding the rows of each entity type in WRITE_ARTICLE. */
export const ENTITY_PARAM: Record<EntityType, string> = {
  PERSON: 'persons',
  ORGANIZATION: 'organizations',
  PLACE: 'places',
};

/**
 * Articles the new one may be: the one at its id (canonical URL, else content), at its URL as an
 * older release stored it, and any with the same content hash or text fingerprint — with their
 * earlier versions, to tell a stale copy from a correction. Separate index seeks: an OR of the
 * predicates would scan every article.
 */
const CANDIDATES = `
CALL () {
  MATCH (a:Article {id: $find.id}) RETURN a, 'url' AS by
  UNION MATCH (a:Article) WHERE a.url IN $find.urls RETURN a, 'url' AS by
  UNION MATCH (a:Article {contentHash: $find.contentHash}) RETURN a, 'content' AS by
  UNION MATCH (a:Article {fingerprint: $find.fingerprint}) RETURN a, 'content' AS by
  UNION MATCH (a:Publication {id: $find.id}) RETURN a, 'url' AS by
}
WITH a, by LIMIT 8`;
const CANDIDATE = `a.id AS id, by, a {.*, __labels: labels(a)} AS node,
  [(a)-[:REPUBLISHES]->(s:Article) | s {.*, __labels: labels(s)}][0] AS story,
  [(a)-[:HAS_VERSION]->(v:ArticleVersion) | v {.title, .contentHash, .fingerprint}] AS versions`;
export const FIND_EXISTING_ARTICLE = `${CANDIDATES}
RETURN ${CANDIDATE}`;

/**
 * Other outlets' articles that share at least $similar.minBands MinHash bands with the new one
 * (shingles.ts): the candidates for "the same story from another outlet", compared exactly by
 * their bodies (decide-write.ts mostSimilar). Through the bandKeys text index.
 */
const SIMILAR = `
UNWIND $similar.bands AS key
MATCH (a:Article) WHERE a.bandKeys CONTAINS key AND coalesce(a.outlet, '') <> coalesce($similar.outlet, '')
WITH a, count(*) AS shared WHERE shared >= $similar.minBands
ORDER BY shared DESC, a.id LIMIT 20`;

/**
 * A copy of a story by another outlet: a Publication that REPUBLISHES the story's article. It adds
 * no mentions or reports of its own, so counts of reports count stories, not copies.
 */
export const WRITE_PUBLICATION = `
MATCH (a:Article {id: $pub.of})
MERGE (p:Publication {id: $pub.id})
SET p.url = $pub.url, p.title = $pub.title, p.publishedAt = $pub.publishedAt, p.publishedMs = datetime($pub.publishedAt).epochMillis,
    p.outlet = $pub.outlet, p.source = $pub.source, p.body = $pub.body, p.contentHash = $pub.contentHash, p.fingerprint = $pub.fingerprint,
    p.similarity = $pub.similarity, p.ingestedAt = $pub.now, p.ingestedBy = $pub.ingestedBy
MERGE (p)-[:REPUBLISHES]->(a)
RETURN a {.*, __labels: labels(a)} AS node`;

/**
 * What the graph holds under the article's ids and names, for the naming rule (naming.ts): the type
 * of each id that exists, and every entity holding one of the names or aliases (`keys`, each
 * `|folded|` as in nameKeys) through the nameKeys text index. One map parameter, as WRITE_ARTICLE's.
 */
const LABEL = `[l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0]`;
const NAMES = `
CALL () {
  MATCH (e:Entity) WHERE e.id IN $names.ids
  RETURN collect({id: e.id, label: ${LABEL}}) AS existing
}
CALL () {
  UNWIND $names.keys AS key
  MATCH (e:Entity) WHERE e.nameKeys CONTAINS key
  WITH DISTINCT e
  RETURN collect({id: e.id, label: ${LABEL}, foldedName: e.foldedName, aliases: coalesce(e.aliases, [])}) AS holders
}`;
export const READ_NAMES = `${NAMES}
RETURN existing, holders`;

/**
 * What a new article's write reads first, in one round trip: FIND_EXISTING_ARTICLE's candidates,
 * SIMILAR's rows and READ_NAMES' ids and holders, each the same subquery as alone
 * (write-article.ts uses the similar rows only when the article is new, the names only when it is
 * written), and how many of the statements it reports are in the graph already: a new article
 * reporting none of them changes no other article's RELATED_TO pairs (related.ts). Three round
 * trips were most of the write's time per article that was not the write.
 */
export const READ_BEFORE_WRITE = keepingPlan(`
CALL () {${CANDIDATES}
  WITH ${CANDIDATE}
  RETURN collect({id: id, by: by, node: node, story: story, versions: versions}) AS candidates
}
CALL () {${SIMILAR}
  RETURN collect({id: a.id, body: a.body, outlet: a.outlet}) AS similar
}${NAMES}
CALL () {
  MATCH (s:Statement) WHERE s.id IN $reports.statements
  RETURN count(s) AS reportedBefore
}
RETURN candidates, similar, existing, holders, reportedBefore`);

// Name and aliases in one indexed string, for lookups by any of them (migration 005).
const NAME_KEYS = `reduce(keys = '|', k IN [e.foldedName] + e.foldedAliases | keys + replace(k, '|', ' ') + '|')`;

// Before the entities are merged, so aliases this article gives an entity that loses one are kept.
const WITHDRAW_ALIASES = `
CALL () {
  UNWIND $data.withdrawals AS row
  MATCH (e:Entity {id: row.id})
  SET e.aliases = row.aliases, e.foldedAliases = row.foldedAliases
  SET e.nameKeys = ${NAME_KEYS}
}`;

/**
 * Whether the article being written (published at `ms`) gives entity `e` its kind: it gives one, and
 * the entity has none, or has one from a later-published report (ties: the greater article id).
 * A kind written before kindFrom existed has no source to compare with and stays.
 */
const WINS_KIND = `row.kind IS NOT NULL AND (e.kind IS NULL OR (e.kindFrom IS NOT NULL AND
    (ms < e.kindFromMs OR (ms = e.kindFromMs AND $data.article.id < e.kindFrom))))`;

// The name is set once, at creation; the kind by the earliest-published report that gives one
// (WINS_KIND: the same whatever order the articles arrive in); aliases join when their folded
// form is new (the two lists stay parallel); the rows hold only the aliases the naming rule let through.
const mergeEntities = (type: EntityType) => `
CALL () {
  UNWIND $data.${ENTITY_PARAM[type]} AS row
  MERGE (e:${ENTITY_LABEL[type]}:Entity {id: row.id})
    ON CREATE SET e.name = row.name, e.foldedName = row.foldedName, e.aliases = [], e.foldedAliases = [], e.roles = [], e.createdAt = $data.now
  WITH e, row, [i IN range(0, size(row.aliases) - 1) WHERE NOT row.foldedAliases[i] IN e.foldedAliases] AS fresh,
       datetime($data.article.publishedAt).epochMillis AS ms
  WITH e, row, fresh, ms, ${WINS_KIND} AS wins
  SET e.kind = CASE WHEN wins THEN row.kind ELSE e.kind END,
      e.kindFrom = CASE WHEN wins THEN $data.article.id ELSE e.kindFrom END,
      e.kindFromMs = CASE WHEN wins THEN ms ELSE e.kindFromMs END,
      e.aliases = e.aliases + [i IN fresh | row.aliases[i]],
      e.foldedAliases = e.foldedAliases + [i IN fresh | row.foldedAliases[i]],
      e.roles = e.roles + [r IN row.roles WHERE NOT r IN e.roles]
  SET e.nameKeys = ${NAME_KEYS}
}`;

const MERGE_POSITIONS = `
CALL () {
  UNWIND $data.positions AS row
  MATCH (p:Person {id: row.person})
  MATCH (o:Entity {id: row.of})
  MERGE (p)-[:HOLDS_ROLE {title: row.title}]->(o)
}`;

const MERGE_TOPICS = `
CALL () {
  UNWIND $data.topics AS row
  MERGE (t:Topic {id: row.id})
    ON CREATE SET t.name = row.name, t.foldedName = row.foldedName, t.createdAt = $data.now
}`;

// CREATE for a new article: of two simultaneous ingests the uniqueness constraint refuses the
// second (write-article.ts answers it "unchanged"). MATCH for a new version (contributions.ts),
// written on the same node once the old one is archived.
const writeArticleNode = (head: 'CREATE' | 'MATCH') => `
${head} (a:Article {id: $data.article.id})
SET a.url = $data.article.url, a.title = $data.article.title, a.publishedAt = $data.article.publishedAt,
  a.publishedMs = datetime($data.article.publishedAt).epochMillis,
  a.publishedDate = $data.article.publishedDate, a.section = $data.article.section, a.language = $data.article.language,
  a.caption = $data.article.caption, a.source = $data.article.source, a.body = $data.article.body,
  a.contentHash = $data.article.contentHash, a.fingerprint = $data.article.fingerprint, a.ingestedAt = $data.article.ingestedAt,
  a.outlet = $data.article.outlet, a.bandKeys = $data.article.bandKeys,
  a.version = coalesce(a.version, 1),
  // Who wrote it: key:<id> for an API key (never the secret), cli:<user>, seed. A restore from an
  // export keeps the exported ingestedBy/ingestedAt and records the operator as restoredBy/At.
  a.ingestedBy = $data.article.ingestedBy, a.restoredBy = $data.article.restoredBy, a.restoredAt = $data.article.restoredAt
WITH a
// The aliases, roles and positions this article gives each entity, on its link to it (naming.ts,
// rule 4): on the link, not the entity or HOLDS_ROLE, so a hub's thousandth article writes no longer list.
// The kind it gives too (null: none), so the entity's kind can be settled again from the reports left
// when one goes (RECOMPUTE_KINDS in contributions-cypher.ts).
CALL (a) { UNWIND $data.authors AS row MATCH (p:Person {id: row.id}) MERGE (a)-[r:WRITTEN_BY]->(p) SET r += row.naming, r.kind = row.kind }
CALL (a) { UNWIND $data.topics AS t MATCH (topic:Topic {id: t.id}) MERGE (a)-[:TAGGED]->(topic) }
CALL (a) { UNWIND $data.mentions AS row MATCH (e:Entity {id: row.id}) MERGE (a)-[r:MENTIONS]->(e) SET r += row.naming, r.kind = row.kind }`;

const MERGE_EVENTS = `
CALL (a) {
  UNWIND $data.events AS row
  MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.name = row.name, ev.foldedName = row.foldedName, ev.kind = row.kind, ev.date = row.date,
                  ev.endDate = row.endDate, ev.status = row.status, ev.createdAt = $data.now
  // Who this article says took part: a retraction keeps only the participants other articles name.
  MERGE (a)-[m:MENTIONS]->(ev) SET m.participants = row.participants
  WITH ev, row
  CALL (ev, row) { UNWIND row.participants AS pid MATCH (p:Entity {id: pid}) MERGE (p)-[:PARTICIPATED_IN]->(ev) }
}`;

/**
 * The order-independence rule, for one statement \`s\` (also in RECOMPUTE_STATEMENTS): its wording,
 * verb and kind from its earliest-published report, ties broken by article id then reading order;
 * first and last reported from its earliest and latest. Reports from before migration 008 carry
 * no wording and leave the statement's own.
 */
export const SETTLE_STATEMENT_WORDING = `CALL (s) {
    MATCH (s)-[r2:REPORTED_IN]->(a2:Article)
    WITH r2, a2 ORDER BY a2.publishedMs, a2.id, r2.order
    WITH collect(r2) AS reports, collect(a2) AS articles
    WITH head(reports) AS r, head(articles) AS first, last(articles) AS latest
    SET s.text = coalesce(r.text, s.text), s.kind = coalesce(r.kind, s.kind), s.verb = coalesce(r.verb, s.verb),
        s.verbAsWritten = CASE WHEN r.text IS NULL THEN s.verbAsWritten ELSE r.verbAsWritten END,
        s.anonymousSource = CASE WHEN r.text IS NULL THEN s.anonymousSource ELSE r.anonymousSource END,
        s.firstReportedAt = first.publishedAt, s.firstReportedMs = first.publishedMs,
        s.lastReportedAt = latest.publishedAt, s.lastReportedMs = latest.publishedMs
  }`;

const MERGE_STATEMENTS = `
CALL (a) {
  UNWIND $data.statements AS row
  MERGE (s:Statement {id: row.id})
    ON CREATE SET s.text = row.text, s.kind = row.kind, s.verb = row.verb, s.verbAsWritten = row.verbAsWritten,
                  s.anonymousSource = row.anonymousSource, s.createdAt = $data.now
  // The report keeps the statement as this article wrote it: which report's wording the statement
  // shows, first and last reported, are settled from all its reports (RECOMPUTE_STATEMENTS).
  MERGE (s)-[r:REPORTED_IN]->(a)
    ON CREATE SET r.sentence = row.evidence.sentence, r.start = row.evidence.start, r.end = row.evidence.end, r.order = row.order,
                  r.text = row.text, r.kind = row.kind, r.verb = row.verb, r.verbAsWritten = row.verbAsWritten,
                  r.anonymousSource = row.anonymousSource, r.about = row.about
  WITH s, row
  ${SETTLE_STATEMENT_WORDING}
  CALL (s, row) {
    OPTIONAL MATCH (speaker:Entity {id: row.speaker})
    FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END |
      MERGE (speaker)-[st:STATED]->(s) SET st.verb = s.verb, st.verbAsWritten = s.verbAsWritten)
  }
  CALL (s, row) {
    UNWIND row.about AS aboutId
    CALL (aboutId) {
      MATCH (x:Entity {id: aboutId}) RETURN x
      UNION MATCH (x:Topic {id: aboutId}) RETURN x
      UNION MATCH (x:Event {id: aboutId}) RETURN x
    }
    MERGE (s)-[:ABOUT]->(x)
  }
}`;

/**
 * Everything of one article in one statement, after READ_NAMES and the naming rule.
 *
 * All values come in one map parameter, `$data`. Neo4j keys its plan cache on the parameters'
 * types and on size buckets of top-level list parameters, so nine list parameters that are empty
 * or not from one article to the next made it re-plan this query (~300 ms) for most articles;
 * lists inside one map give it one plan.
 */
const writeArticle = (head: 'CREATE' | 'MATCH') => `
${WITHDRAW_ALIASES}
${mergeEntities('PERSON')}
${mergeEntities('ORGANIZATION')}
${mergeEntities('PLACE')}
${MERGE_POSITIONS}
${MERGE_TOPICS}
${writeArticleNode(head)}
${MERGE_EVENTS}
${MERGE_STATEMENTS}
RETURN a {.*, __labels: labels(a)} AS node`;
// Planned once per server (plan-reuse.ts): the graph's growth made Neo4j plan it again every
// minute or so of a bulk ingest, seconds of CPU each time, against ~10–20 ms to run it.
export const WRITE_ARTICLE = keepingPlan(writeArticle('CREATE'));
/** WRITE_ARTICLE for a new version: the article node is there already. */
export const REWRITE_ARTICLE = keepingPlan(writeArticle('MATCH'));

/**
 * Undoing one article's naming (undo-naming.ts): each entity it gave aliases, roles or positions,
 * with what the entity holds and what every other article's link to it gives. Reads all links of
 * the entity: fine for an editor's undo, never on the ingest path.
 */
export const READ_ARTICLE_NAMING = `
MATCH (a:Article {id: $id})-[l:MENTIONS|WRITTEN_BY]->(e:Entity)
WHERE l.aliases IS NOT NULL OR l.roles IS NOT NULL OR l.positionTitles IS NOT NULL
RETURN e.id AS id, coalesce(e.aliases, []) AS aliases, coalesce(e.roles, []) AS roles,
       coalesce(l.aliases, []) AS givenAliases, coalesce(l.roles, []) AS givenRoles,
       [i IN range(0, size(coalesce(l.positionTitles, [])) - 1) | {title: l.positionTitles[i], of: l.positionsOf[i]}] AS givenPositions,
       COLLECT { MATCH (b:Article)-[o:MENTIONS|WRITTEN_BY]->(e) WHERE b <> a UNWIND coalesce(o.aliases, []) AS x RETURN x } AS otherAliases,
       COLLECT { MATCH (b:Article)-[o:MENTIONS|WRITTEN_BY]->(e) WHERE b <> a UNWIND coalesce(o.roles, []) AS x RETURN x } AS otherRoles,
       COLLECT { MATCH (b:Article)-[o:MENTIONS|WRITTEN_BY]->(e) WHERE b <> a AND o.positionTitles IS NOT NULL
                 UNWIND range(0, size(o.positionTitles) - 1) AS i RETURN {title: o.positionTitles[i], of: o.positionsOf[i]} } AS otherPositions`;

/** Sets what each entity keeps, drops the positions no other article states, and clears the article's record. */
export const UNDO_ARTICLE_NAMING = `
CALL () {
  UNWIND $undo.entities AS row
  MATCH (e:Entity {id: row.id})
  SET e.aliases = row.aliases, e.foldedAliases = row.foldedAliases, e.roles = row.roles
  SET e.nameKeys = ${NAME_KEYS}
  WITH e, row
  CALL (e, row) {
    UNWIND row.dropPositions AS p
    MATCH (e)-[r:HOLDS_ROLE {title: p.title}]->(:Entity {id: p.of})
    DELETE r
  }
}
MATCH (:Article {id: $undo.article})-[l:MENTIONS|WRITTEN_BY]->(:Entity)
REMOVE l.aliases, l.roles, l.positionTitles, l.positionsOf`;
