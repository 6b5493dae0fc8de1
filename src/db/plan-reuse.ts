/**
 * `CYPHER replan=skip`: a cached plan is used even when the graph's statistics have moved since it
 * was made. Neo4j otherwise throws a plan away once a count it was costed on diverges by more than a
 * threshold (75 %, decaying over hours), which a growing graph does again and again — and a
 * statement as large as an article's write takes seconds of CPU to plan, against ~10–20 ms to run.
 *
 * Only for statements whose plan does not depend on the counts: every pattern starts from a
 * uniqueness-constraint seek, an index lookup or a node already bound, so the plan made on an
 * empty graph is the one a full graph gets (test/integration/ingest-plans.int.test.ts checks it).
 */
export const keepingPlan = (cypher: string): string => `CYPHER replan=skip\n${cypher}`;
