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
  @Field(() => String, { nullable: true, description: 'Headline (with body; not with text).' }) title?: string;
  @Field(() => String, { nullable: true, description: 'Body paragraphs separated by blank lines.' }) body?: string;
  @Field(() => String, { nullable: true, description: 'When it was published: ISO 8601 date or date-time, with an offset when known.' }) publishedAt?: string;
  @Field(() => [String], { nullable: true, description: 'Authors\' names as the byline gives them, in byline order.' }) authors?: string[];
  @Field(() => String, { nullable: true, description: 'The article\'s URL; canonicalised, it identifies the article across corrections.' }) url?: string;
  @Field(() => [String], { nullable: true, description: 'Tags, each becoming a Topic (lower-cased).' }) tags?: string[];
  @Field(() => String, { nullable: true, description: 'The outlet\'s section ("Europe", "Politics").' }) section?: string;
}

@ObjectType({ simpleResolvers: true, description: 'An alias that does not go to `entity` because it names `heldBy` (see the README, "Who may name what").' })
export class AliasConflict {
  @Field(() => ID, { description: 'The entity the article gave (or would have given) the alias to.' }) entity!: string;
  @Field(() => String, { description: 'The alias as the article wrote it.' }) alias!: string;
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
  description: 'What an ingest did with the article.',
  valuesConfig: {
    CREATED: { description: 'A new article.' },
    UPDATED: { description: 'The canonical URL was known with other text: a new version replaced its contributions.' },
    REPUBLISHED: { description: 'Another outlet\'s article already tells the story (≥ 90 % of the text): recorded as its Publication.' },
    UNCHANGED: { description: 'That text was already in the graph: nothing written.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'What ingesting one article did.' })
export class IngestResult {
  @Field(() => IngestStatus, { description: 'When REPUBLISHED, `article` is the story already in the graph and `publication` this copy.' }) status!: IngestStatus;
  @Field(() => ID, { nullable: true, description: 'When republished: the id of this copy (a Publication of `article`).' }) publication?: string | null;
  @Field(() => Int, { description: 'The article\'s version after the write (1 for a new article).' }) version!: number;
  @Field(() => Article, { description: 'The article as the graph now holds it (for REPUBLISHED, the story this copy repeats).' }) article!: GraphNode;
  @Field(() => [ID], { description: 'People, organizations and places this article added to the graph.' }) entitiesCreated!: string[];
  @Field(() => [ID], { description: 'People, organizations and places it named that were already in the graph.' }) entitiesMatched!: string[];
  @Field(() => Int, { description: 'Statements this article reports (new ones and repeats of known ones).' }) statements!: number;
  @Field(() => Int, { description: 'Events this article mentions.' }) events!: number;
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
  async ingestArticle(@Arg('input', () => IngestArticleInput, { description: 'The article: either text, or body with title and publishedAt.' }) input: IngestArticleInput, @Ctx() ctx: WriteContext): Promise<IngestResult> {
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
