import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import { sharedGraphKnowledge } from '../../ingest/known.js';
import { IngestSession, type IngestSource } from '../../ingest/pipeline.js';
import { requireWriter, type WriteContext } from './credentials.js';
import { userInputError } from '../../core/errors.js';
import { Article } from '../article/article.type.js';
import { toGraphNode, type GraphNode } from '../node/graph-node.js';

@InputType({ description: 'An article as raw text (any format `newsgraph parse` reads), or as a body with its metadata.' })
export class IngestArticleInput {
  @Field(() => String, { nullable: true, description: 'The whole article: plain text like the seed, Markdown with YAML front matter, or JSON.' })
  text?: string;
  @Field(() => String, { nullable: true, description: 'File name, for format detection and error messages.' })
  filename?: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true, description: 'Body paragraphs separated by blank lines.' }) body?: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601 date or date-time.' }) publishedAt?: string;
  @Field(() => [String], { nullable: true }) authors?: string[];
  @Field(() => String, { nullable: true }) url?: string;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => String, { nullable: true }) section?: string;
}

@ObjectType({ description: 'An alias that does not go to `entity` because it names `heldBy` (see the README, "Who may name what").' })
export class AliasConflict {
  @Field(() => ID) entity!: string;
  @Field(() => String) alias!: string;
  @Field(() => ID, { description: 'The entity whose name or alias it already is.' }) heldBy!: string;
}

/** The outcomes of a write that succeeded; the values are the pipeline's (and the CLI's JSON). */
export enum IngestStatus {
  CREATED = 'created',
  UPDATED = 'updated',
  REPUBLISHED = 'republished',
  UNCHANGED = 'unchanged',
}
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'CREATED: a new article; UPDATED: the canonical URL was known with other text (a new version replaced its contributions); REPUBLISHED: another outlet\'s article already tells the story (≥ 90 % of the text); UNCHANGED: that text was already in the graph.',
});

@ObjectType({ description: 'What ingesting one article did.' })
export class IngestResult {
  @Field(() => IngestStatus, { description: 'When REPUBLISHED, `article` is the story already in the graph and `publication` this copy.' }) status!: IngestStatus;
  @Field(() => ID, { nullable: true, description: 'When republished: the id of this copy (a Publication of `article`).' }) publication?: string | null;
  @Field(() => Int, { description: 'The article\'s version after the write (1 for a new article).' }) version!: number;
  @Field(() => Article) article!: GraphNode;
  @Field(() => [ID]) entitiesCreated!: string[];
  @Field(() => [ID]) entitiesMatched!: string[];
  @Field(() => Int) statements!: number;
  @Field(() => Int) events!: number;
  @Field(() => [AliasConflict], { description: 'Aliases the article gave that were not recorded: each already names another entity.' }) aliasesRefused!: AliasConflict[];
  @Field(() => [AliasConflict], { description: 'Aliases other entities lost because the article created an entity of that name.' }) aliasesWithdrawn!: AliasConflict[];
}

/** The input as one source for the pipeline: raw text as is, structured input as the JSON format. */
function toSource(input: IngestArticleInput): IngestSource {
  const { text, filename, ...fields } = input;
  const structured = Object.values(fields).some((v) => v !== undefined && v !== null);
  if ((text == null) === !structured) throw userInputError('Give either text, or body with title and publishedAt (and optionally authors, url, tags, section).', 'input');
  if (text != null) return { name: filename ?? 'input', content: text };
  return { name: filename ?? 'input.json', content: JSON.stringify(fields) };
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, { description: 'Parses an article and writes it into the graph in one transaction. Needs an API key (Authorization: Bearer <key>).' })
  async ingestArticle(@Arg('input', () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: WriteContext): Promise<IngestResult> {
    const writer = requireWriter(ctx, 'ingestArticle');
    const session = await IngestSession.open(ctx.executor, await sharedGraphKnowledge(ctx.executor), writer, ctx.config.articleLimits);
    const outcome = await session.ingest(toSource(input));
    if (outcome.status === 'failed') {
      // The input's fault is the client's to fix; our bugs and database failures stay masked (format-error.ts).
      throw outcome.stage === 'input' ? userInputError(outcome.error, 'input') : outcome.cause;
    }
    // The article as the writing transaction saw it: a read now could reach a cluster follower
    // that has not caught up yet.
    const article = toGraphNode(outcome.result.article);
    ctx.loaders.node.prime(article.id, article);
    return {
      status: outcome.status as IngestStatus,
      version: outcome.result.version,
      publication: outcome.result.publication ?? null,
      article,
      entitiesCreated: outcome.result.entitiesCreated,
      entitiesMatched: outcome.result.entitiesMatched,
      statements: outcome.result.statements,
      events: outcome.result.events,
      aliasesRefused: outcome.result.aliasesRefused,
      aliasesWithdrawn: outcome.result.aliasesWithdrawn,
    };
  }
}
