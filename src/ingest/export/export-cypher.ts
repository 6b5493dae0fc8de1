/**
 * One page of articles, in the order they were ingested, each with everything its ParsedArticle
 * holds: what `newsgraph export` writes and `ingest` reads back.
 */
export const EXPORT_ARTICLES = `
MATCH (a:Article)
WITH a ORDER BY a.ingestedAt, a.id SKIP $skip LIMIT $limit
RETURN a {.title, .publishedAt, .url, .section, .language, .caption, .source, .body} AS article,
  a {.ingestedBy, .ingestedAt} AS provenance,
  COLLECT { MATCH (a)-[:TAGGED]->(t:Topic) RETURN t.name ORDER BY t.name } AS tags,
  COLLECT { MATCH (a)-[:WRITTEN_BY]->(p:Person) RETURN p.id ORDER BY p.name, p.id } AS authors,
  COLLECT {
    MATCH (a)-[l:MENTIONS|WRITTEN_BY]->(e:Entity)
    // The kind this article gave (on its link); an entity's kind from before links recorded it
    // (no kindFrom) is given by each of its articles, so the restored graph has it under the rule.
    WITH e, collect(l.kind)[0] AS given
    RETURN e {.id, .name, kind: coalesce(given, CASE WHEN e.kindFrom IS NULL THEN e.kind END), aliases: coalesce(e.aliases, []), roles: coalesce(e.roles, []),
              type: [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0],
              positions: COLLECT { MATCH (e)-[h:HOLDS_ROLE]->(o:Entity) RETURN {title: h.title, of: o.id} ORDER BY h.title, o.id }}
    ORDER BY e.id
  } AS entities,
  COLLECT {
    MATCH (s:Statement)-[r:REPORTED_IN]->(a)
    RETURN s {.id, .text, .kind, .verb, .verbAsWritten, .anonymousSource, order: r.order,
              evidence: {sentence: r.sentence, start: r.start, end: r.end},
              speaker: COLLECT { MATCH (sp:Entity)-[:STATED]->(s) RETURN sp.id }[0],
              about: COLLECT { MATCH (s)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id }}
    ORDER BY r.order
  } AS statements,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(ev:Event)
    RETURN ev {.id, .name, .kind, .date, .endDate, .status,
               participants: COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.id ORDER BY p.id }}
    ORDER BY ev.id
  } AS events`;

/** Every merge in force with what restoring it needs: the dropped node's properties and the link's. */
export const EXPORT_MERGES = `
MATCH (d:Merged)-[s:SAME_AS]->(k)
RETURN d.id AS drop, k.id AS keep, properties(d) AS node, properties(s) AS link
ORDER BY s.at, d.id`;
