import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { userInputError } from '../../core/errors.js';
import { toGraphNode, type GraphNode, type RawNode } from '../node/graph-node.js';
import { PageArgs, toConnection, toPage, type Connection } from '../pagination/connection.js';
import type { Evidence } from '../statement/statement.type.js';
import { idOfType } from './graph-elements.js';
import { MAX_STANCE_REPORTS, MAX_STANCE_STATEMENTS, STANCE } from './stance.cypher.js';
import { DEFAULT_SIMILARITY, groupSimilar } from './stance.similarity.js';
import { Stance, StanceAssessmentConnection, type StanceAssessment } from './stance.type.js';

interface StanceRow {
  speaker: RawNode | null;
  subject: RawNode | null;
  statements: { statement: RawNode; reports: { article: RawNode; evidence: Evidence }[] }[];
}

/** Reports in time order: by instant (publishedMs), since publishedAt strings carry different offsets. */
const byPublication = (a: { article: GraphNode }, b: { article: GraphNode }) =>
  Number(a.article.publishedMs) - Number(b.article.publishedMs) || a.article.id.localeCompare(b.article.id);

function assessment(members: { statement: GraphNode; reports: { article: GraphNode; evidence: Evidence }[] }[]): StanceAssessment {
  const reports = members
    .flatMap((m) => m.reports)
    .sort(byPublication);
  const dates = reports.map((r) => String(r.article.publishedAt));
  return {
    firstSeenMs: Number(reports[0]?.article.publishedMs ?? members[0]!.statement.firstReportedMs),
    text: String(members[0]!.statement.text),
    statements: members.map((m) => m.statement),
    reports,
    reportCount: new Set(reports.map((r) => r.article.id)).size,
    firstSeen: dates[0] ?? String(members[0]!.statement.firstReportedAt),
    lastSeen: dates.at(-1) ?? String(members[0]!.statement.lastReportedAt),
  };
}

@Resolver(() => Stance)
export class StanceResolver {
  @Query(() => Stance, {
    nullable: true,
    description: 'Every statement a speaker made about a subject (entity, topic or event) over time, with its reports; near-identical statements (word-set Jaccard ≥ similarity) are grouped as one assessment with the count of reports repeating it. Null when no person, organization or place has the id speaker, or no entity, topic or event the id subject; a stance with no assessments when both exist and the speaker never spoke about the subject.',
  })
  async stance(
    @Arg('speaker', () => ID, { description: 'Global id of the person, organization or place that made the statements, e.g. organization:institute-for-the-study-of-war.' }) speaker: string,
    @Arg('subject', () => ID, { description: 'Global id of the person, organization, place, topic or event they are about, e.g. place:russia.' }) subject: string,
    @Arg('similarity', () => Float, { nullable: true, description: `How alike two wordings must be to count as one assessment, 0.5 to 1 (default ${DEFAULT_SIMILARITY}).` }) similarity: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<Stance | null> {
    const threshold = similarity ?? DEFAULT_SIMILARITY;
    if (!(threshold >= 0.5 && threshold <= 1)) throw userInputError(`similarity must be between 0.5 and 1, got ${threshold}.`, 'similarity');
    // An id of another kind (or of none) names no speaker or subject: no query to learn that.
    if (!idOfType(speaker, ['Person', 'Organization', 'Place']) || !idOfType(subject, ['Person', 'Organization', 'Place', 'Topic', 'Event'])) return null;

    const [row] = await ctx.executor.read<StanceRow>(STANCE, { speaker, subject, maxStatements: MAX_STANCE_STATEMENTS + 1, maxReports: MAX_STANCE_REPORTS });
    if (!row?.speaker || !row.subject) return null;

    const statements = row.statements.slice(0, MAX_STANCE_STATEMENTS).map((s) => ({
      statement: toGraphNode(s.statement),
      reports: s.reports.map((r) => ({ article: toGraphNode(r.article), evidence: r.evidence })),
    }));
    for (const s of statements) ctx.loaders.node.prime(s.statement.id, s.statement);
    const groups = groupSimilar(statements.map((s) => String(s.statement.text)), threshold)
      .map((g) => assessment(g.map((i) => statements[i]!)))
      .sort((a, b) => a.firstSeenMs - b.firstSeenMs);
    const allReports = statements.flatMap((s) => s.reports).sort(byPublication);
    const dates = allReports.map((r) => String(r.article.publishedAt));
    return {
      speaker: toGraphNode(row.speaker),
      subject: toGraphNode(row.subject),
      statementCount: statements.length,
      reportCount: new Set(allReports.map((r) => r.article.id)).size,
      firstSeen: dates[0] ?? null,
      lastSeen: dates.at(-1) ?? null,
      groups,
      truncated: row.statements.length > MAX_STANCE_STATEMENTS,
    };
  }

  @FieldResolver(() => StanceAssessmentConnection, { description: 'The assessments in the order they were first reported, a page of them; totalCount counts them all.' })
  assessments(@Root() stance: Stance, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Connection<StanceAssessment> {
    const page = toPage(args, ctx.config.maxPageSize);
    return toConnection(stance.groups.slice(page.skip, page.skip + page.first + 1), page, async () => stance.groups.length);
  }
}
