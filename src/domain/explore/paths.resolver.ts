import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { userInputError } from '../../core/errors.js';
import { intInRange } from '../limits.js';
import { typeOfId, type RawNode } from '../node/graph-node.js';
import { projectNode, type NodeProjection } from '../plan/compile.js';
import { memoizedPlan, objectType, planBelow } from '../plan/root.js';
import { mergeTrees, selects, subTree } from '../plan/selection.js';
import type { Evidence } from '../statement/statement.type.js';
import { Direction, RelationshipType, isNodeId, relationshipTypes } from './graph-elements.js';
import { pathText } from './path-text.js';
import { DEFAULT_HOPS, DEFAULT_PATHS, MAX_HOPS, MAX_PATHS, pathQuery } from './paths.cypher.js';
import { Path, PathStatementFilter, toPathStatementParams, type PathStep } from './paths.type.js';

interface PathRow {
  nodes: RawNode[];
  rels: { type: RelationshipType; outgoing: boolean; props: Record<string, unknown> }[];
  reports: { statement: string; report: { article: RawNode; evidence: Evidence } | null }[];
}

/** Relationships that say two things appeared in the same report rather than that someone said or did something. */
const CO_OCCURRENCE = new Set<RelationshipType>([RelationshipType.MENTIONS, RelationshipType.TAGGED, RelationshipType.WRITTEN_BY, RelationshipType.REPORTED_IN]);

function toPath(row: PathRow, node: NodeProjection, article: NodeProjection | null): Path {
  const nodes = row.nodes.map((n) => node.decode(n)!);
  const reports = new Map(row.reports.map((r) => [r.statement, r.report]));
  const steps: PathStep[] = row.rels.map((rel, i) => {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const statement = to.__typename === 'Statement' ? to : from.__typename === 'Statement' ? from : null;
    const report = statement ? reports.get(statement.id) ?? null : null;
    return {
      from,
      relationship: rel.type,
      direction: rel.outgoing ? Direction.OUTGOING : Direction.INCOMING,
      properties: rel.props,
      to,
      report: report && article ? { article: article.decode(report.article)!, evidence: report.evidence } : null,
    };
  });
  return { length: steps.length, nodes, steps, text: pathText(nodes, steps) };
}

/** Shortest first; among equals, fewer co-occurrence hops (what was said before what was printed side by side), fewer ABOUT hops (who said it before what it is about), then by ids. */
function comparePaths(a: Path, b: Path): number {
  const weak = (p: Path) => p.steps.filter((s) => CO_OCCURRENCE.has(s.relationship)).length;
  const about = (p: Path) => p.steps.filter((s) => s.relationship === RelationshipType.ABOUT).length;
  const key = (p: Path) => p.nodes.map((n) => n.id).join(' ');
  return a.length - b.length || weak(a) - weak(b) || about(a) - about(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

@Resolver()
export class PathsResolver {
  @Query(() => [Path], {
    nullable: true,
    description: `Shortest paths between two nodes, shortest first, in either direction along the relationship types in via (all by default), optionally only through statements of a verb or kind. At most ${MAX_HOPS} hops and ${MAX_PATHS} paths. Null when no node has the id from or to; [] when both exist and no path joins them within maxHops.`,
  })
  async paths(
    @Arg('from', () => ID, { description: 'Global id of the node the paths start at, e.g. organization:institute-for-the-study-of-war.' }) from: string,
    @Arg('to', () => ID, { description: 'Global id of the node the paths end at, e.g. topic:negotiations.' }) to: string,
    @Arg('maxHops', () => Int, { nullable: true, description: `Longest path to look for, 1 to ${MAX_HOPS} (default ${DEFAULT_HOPS}).` }) maxHops: number | undefined,
    @Arg('via', () => [RelationshipType], { nullable: true, description: 'Only these relationship types (default: all).' }) via: RelationshipType[] | undefined,
    @Arg('first', () => Int, { nullable: true, description: `At most this many paths, 1 to ${MAX_PATHS} (default ${DEFAULT_PATHS}).` }) first: number | undefined,
    @Arg('statements', () => PathStatementFilter, { nullable: true, description: 'Only paths through a statement, every statement on them matching this.' }) statements: PathStatementFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[] | null> {
    const hops = intInRange(maxHops ?? DEFAULT_HOPS, 'maxHops', 1, MAX_HOPS);
    const limit = intInRange(first ?? DEFAULT_PATHS, 'first', 1, MAX_PATHS);
    if (from === to) throw userInputError('from and to are the same node: give two different ids.', 'to');

    // An id no node can have (not `<kind>:<key>`) matches nothing: no query to learn that.
    if (!isNodeId(from) || !isNodeId(to)) return null;

    // Path nodes as selected under nodes, steps.from and steps.to; text names them, so then their names too.
    const claim = toPathStatementParams(statements);
    const types = relationshipTypes(via);
    const strong = types.filter((t) => !CO_OCCURRENCE.has(t));
    // Planned once per field node and variables (root.ts): the selection, the ends' types and the arguments decide it.
    const planned = memoizedPlan(ctx, info, 'paths', () => {
      const { plan, tree } = planBelow(ctx, info);
      const pathType = objectType(getNamedType(info.returnType));
      const stepType = objectType(getNamedType(pathType.getFields().steps!.type));
      const steps = subTree(info.schema, tree, pathType, ['steps']);
      const reportType = objectType(getNamedType(stepType.getFields().report!.type));
      const nodeTrees = [subTree(info.schema, tree, pathType, ['nodes']), steps && subTree(info.schema, steps, stepType, ['from']), steps && subTree(info.schema, steps, stepType, ['to'])];
      const nodeTree = nodeTrees.reduce((a, b) => (a && b ? mergeTrees(a, b) : a ?? b), null);
      // Ids order equal paths and pair each statement with its report.
      const always = selects(info.schema, tree, pathType, ['text']) ? ['id', 'name', 'title', 'text'] : ['id'];
      const node = projectNode(plan, 'pn', nodeTree, getNamedType(pathType.getFields().nodes!.type), { always, shared: true, inline: true });
      const reportTree = steps && subTree(info.schema, steps, stepType, ['report']);
      const article = reportTree ? projectNode(plan, 'art', subTree(info.schema, reportTree, reportType, ['article']), getNamedType(reportType.getFields().article!.type), { shared: true, inline: true }) : null;
      const ends = {
        from: typeOfId(from)!,
        to: typeOfId(to)!,
        types: via && via.length > 0 ? types : null,
        strong,
        statements: claim && { verb: claim.verb !== null, kind: claim.kind !== null },
      };
      const properties = selects(info.schema, tree, pathType, ['text']) || (steps !== null && selects(info.schema, steps, stepType, ['properties']));
      return { params: plan.params, node, article, cypher: pathQuery(hops, limit, ends, { node: node.cypher, report: article?.cypher ?? null, properties }) };
    });
    const { node, article } = planned;
    const [row] = await ctx.executor.read<{ fromId: string | null; toId: string | null; paths: PathRow[] }>(planned.cypher, { ...planned.params, from, to, strong, statement: claim });
    if (!row?.fromId || !row.toId) return null;
    return row.paths.map((p) => toPath(p, node, article)).sort(comparePaths);
  }
}
