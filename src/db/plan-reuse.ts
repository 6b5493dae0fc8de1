/**
 * `CYPHER replan=skip`: a cached plan is used even when the graph's statistics have moved since it
 * was made. Neo4j otherwise throws a plan away once a count it was costed on diverges by more than a
 * threshold (75 %, decaying over hours), which a growing graph does again and again — and a
 * statement as large as an article's write takes seconds of CPU to plan, against ~10–20 ms to run.
 *
 * Only for statements whose every pattern starts from a uniqueness-constraint seek, an index
 * lookup or a node already bound, so the plan made on an empty graph (the first one a fresh server
 * makes) reads no more than it must at any size. A plan made afresh on a small graph may trade a
 * seek for a scan of an index (test/integration/ingest-plans.int.test.ts), and the first plan is
 * not always made on an empty graph (a statement first sent after hundreds of articles, as the
 * RELATED_TO read of a shared statement is): those statements' lookups carry index hints, so the
 * plan kept has the seeks whenever it was made.
 */
export const keepingPlan = (cypher: string): string => `CYPHER replan=skip\n${cypher}`;
