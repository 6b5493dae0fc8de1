/**
 * The baseline bench:ingest compares against: the same graph as src/ingest/write, but one Cypher
 * query per node and per relationship (still one transaction per article, so the comparison
 * measures batching alone).
 */
import type { Executor } from '../src/db/executor.js';
import { foldName, topicId } from '../src/core/ids.js';
import type { ParsedArticle } from '../src/ingest/contract.js';
import { ENTITY_LABEL } from '../src/ingest/write/write-cypher.js';
import { identifyArticle } from '../src/ingest/write/write-article.js';

export async function writeArticleNaively(executor: Executor, parsed: ParsedArticle): Promise<void> {
  const { id, contentHash } = identifyArticle(parsed);
  const a = parsed.article;
  await executor.writeTx(async (tx) => {
    for (const e of parsed.entities) {
      await tx.run(`MERGE (e:${ENTITY_LABEL[e.type]}:Entity {id: $id}) ON CREATE SET e.name = $name, e.foldedName = $folded, e.aliases = $aliases, e.roles = $roles`, {
        id: e.id, name: e.name, folded: foldName(e.name), aliases: e.aliases, roles: e.roles,
      });
    }
    await tx.run('CREATE (a:Article {id: $id, title: $title, publishedAt: $publishedAt, body: $body, contentHash: $hash})', {
      id, title: a.title, publishedAt: a.publishedAt, body: a.body, hash: contentHash,
    });
    for (const tag of a.tags) {
      await tx.run('MERGE (t:Topic {id: $id}) ON CREATE SET t.name = $name', { id: topicId(tag), name: tag });
      await tx.run('MATCH (a:Article {id: $a}), (t:Topic {id: $t}) MERGE (a)-[:TAGGED]->(t)', { a: id, t: topicId(tag) });
    }
    for (const e of parsed.entities) await tx.run('MATCH (a:Article {id: $a}), (e:Entity {id: $e}) MERGE (a)-[:MENTIONS]->(e)', { a: id, e: e.id });
    for (const ev of parsed.events) {
      await tx.run('MERGE (ev:Event {id: $id}) ON CREATE SET ev.name = $name, ev.kind = $kind, ev.date = $date, ev.status = $status', { ...ev });
      await tx.run('MATCH (a:Article {id: $a}), (ev:Event {id: $e}) MERGE (a)-[:MENTIONS]->(ev)', { a: id, e: ev.id });
      for (const p of ev.participants) await tx.run('MATCH (p:Entity {id: $p}), (ev:Event {id: $e}) MERGE (p)-[:PARTICIPATED_IN]->(ev)', { p, e: ev.id });
    }
    for (const s of parsed.statements) {
      await tx.run('MERGE (s:Statement {id: $id}) ON CREATE SET s.text = $text, s.kind = $kind, s.verb = $verb', { id: s.id, text: s.text, kind: s.kind, verb: s.verb });
      await tx.run('MATCH (s:Statement {id: $s}), (a:Article {id: $a}) MERGE (s)-[r:REPORTED_IN]->(a) SET r.sentence = $sentence, r.start = $start, r.end = $end', {
        s: s.id, a: id, ...s.evidence,
      });
      if (s.speaker) await tx.run('MATCH (e:Entity {id: $e}), (s:Statement {id: $s}) MERGE (e)-[r:STATED]->(s) SET r.verb = $verb', { e: s.speaker, s: s.id, verb: s.verb });
      for (const ref of s.about) {
        // The label from the id's kind, so the lookup uses the id index as the batched writer's does.
        const label = ref.startsWith('topic:') ? 'Topic' : ref.startsWith('event:') ? 'Event' : 'Entity';
        await tx.run(`MATCH (s:Statement {id: $s}) MATCH (x:${label} {id: $x}) MERGE (s)-[:ABOUT]->(x)`, { s: s.id, x: ref });
      }
    }
  });
}
