/**
 * People, organizations, places and topics as paginated lists: by name (their name range index,
 * migration 006) or most mentioned first, optionally only those whose name starts with a prefix
 * (case and accents folded; the foldedName indexes of migration 002 answer it).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { foldName } from '../../core/ids.js';
import { userInputError } from '../../core/errors.js';
import type { Context } from '../context.js';
import { PageArgs, toConnection, toPage, type Connection } from '../pagination/connection.js';
import { planConnection } from '../plan/root.js';
import type { GraphNode, RawNode } from './graph-node.js';

export enum EntityOrder {
  NAME = 'NAME',
  MOST_MENTIONED = 'MOST_MENTIONED',
}
registerEnumType(EntityOrder, {
  name: 'EntityOrder',
  description: 'The order of a list of people, organizations, places or topics.',
  valuesConfig: {
    NAME: { description: 'Alphabetically by name.' },
    MOST_MENTIONED: { description: 'By how many articles mention it (a topic: are tagged with it), most first, then by name.' },
  },
});

@ArgsType()
export class NameListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only names starting with this; case and accents do not matter ("healey", "Héa").' })
  namePrefix?: string | null;

  @Field(() => EntityOrder, { nullable: true, description: 'Default NAME.' })
  orderBy?: EntityOrder | null;
}

export type NamedType = 'Person' | 'Organization' | 'Place' | 'Topic';

/** How many articles point at each kind of node: read from the node's degree, not by visiting them. */
const MENTIONS: Record<NamedType, string> = {
  Person: 'COUNT { (n)<-[:MENTIONS]-() }',
  Organization: 'COUNT { (n)<-[:MENTIONS]-() }',
  Place: 'COUNT { (n)<-[:MENTIONS]-() }',
  Topic: 'COUNT { (n)<-[:TAGGED]-() }',
};

const ORDER: Record<EntityOrder, (type: NamedType) => { with: string; orderBy: string }> = {
  [EntityOrder.NAME]: () => ({ with: 'n', orderBy: 'n.name, n.id' }),
  [EntityOrder.MOST_MENTIONED]: (type) => ({ with: `n, ${MENTIONS[type]} AS mentions`, orderBy: 'mentions DESC, n.name, n.id' }),
};

export const MAX_PREFIX_LENGTH = 200;

/** With a prefix: the label whose foldedName index answers STARTS WITH (entities share one on Entity). */
const PREFIX_LABELS: Record<NamedType, string> = {
  Person: 'Entity:Person',
  Organization: 'Entity:Organization',
  Place: 'Entity:Place',
  Topic: 'Topic',
};

function matching(type: NamedType, prefix: string | null): string {
  if (prefix === null) return `MATCH (n:${type}) WHERE n.name IS NOT NULL`;
  return `MATCH (n:${PREFIX_LABELS[type]}) WHERE n.foldedName STARTS WITH $prefix AND n.name IS NOT NULL`;
}

/** A page of one named type. Labels come from the closed NamedType set, the prefix is a parameter. */
export async function listNamed(ctx: Context, info: GraphQLResolveInfo, type: NamedType, args: NameListArgs): Promise<Connection<GraphNode>> {
  const page = toPage(args, ctx.config.maxPageSize);
  if (args.namePrefix != null && args.namePrefix.length > MAX_PREFIX_LENGTH) throw userInputError(`namePrefix may be at most ${MAX_PREFIX_LENGTH} characters.`, 'namePrefix');
  const prefix = args.namePrefix != null && foldName(args.namePrefix) !== '' ? foldName(args.namePrefix) : null;
  const order = ORDER[args.orderBy ?? EntityOrder.NAME](type);
  const { plan, node, rows: pageRows } = planConnection(ctx, info);
  const rows = await ctx.executor.read<{ node: RawNode }>(
    `${matching(type, prefix)}
     WITH ${order.with} ORDER BY ${order.orderBy} SKIP $skip LIMIT $limit
     ${node.calls}RETURN ${node.cypher} AS node`,
    { ...plan.params, prefix, skip: page.skip, limit: pageRows(page) },
  );
  return toConnection(rows.map((r) => node.decode(r.node)!), page, async () => {
    const [count] = await ctx.executor.read<{ count: number }>(`${matching(type, prefix)} RETURN count(n) AS count`, { prefix });
    return Number(count?.count ?? 0);
  });
}
