/**
 * The selection set decides the Cypher: a node's projection holds exactly the properties the
 * request selected, and each planned relationship field becomes a COLLECT subquery inside it,
 * ordered and limited before anything is projected — so a root field and everything below it is
 * one query, one round trip, and nothing unselected leaves Neo4j.
 */
import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';
import { typeOfId, type GraphNode, type RawNode } from '../node/graph-node.js';
import { toConnection } from '../pagination/connection.js';
import { attachPrefetched } from './prefetched.js';
import type { QueryPlan } from './query-plan.js';
import { RELATIONS, type RelationSpec } from './relations.js';
import { concreteTypes, connectionNodes, fieldsOn, isLeafField, selects, subTree, type ResolveTree } from './selection.js';

export interface NodeProjection {
  /** A Cypher expression: the node's map projection (null when the node is null). */
  cypher: string;
  decode(raw: RawNode | null | undefined): GraphNode | null;
}

interface PlannedRelation {
  key: string;
  alias: string;
  types: Set<string>;
  cypher: string;
  decode(raw: unknown): unknown;
}

/**
 * Projects node variable `v` of GraphQL type `type` for the selection `tree` (null: id and type
 * only). `always` names properties to read whatever was selected (what a resolver computes from).
 * `shared`: the node may appear in many rows of the result (see RelationSpec.hub).
 */
export function projectNode(
  plan: QueryPlan,
  v: string,
  tree: ResolveTree | null,
  type: GraphQLNamedType,
  options: { always?: readonly string[]; shared?: boolean } = {},
): NodeProjection {
  const always = options.always ?? [];
  const types = concreteTypes(plan.schema, type);
  const properties = new Set<string>(always);
  const relations = new Map<string, PlannedRelation>();
  // The id goes along when asked for, or when a field left to its own resolver needs it to load by.
  let needsId = false;
  for (const t of tree ? types : []) {
    for (const [alias, field] of fieldsOn(plan.schema, tree!, t)) {
      if (field.name.startsWith('__')) continue;
      if (isLeafField(t, field.name)) {
        properties.add(field.name);
        if (field.name === 'body') needsId = true;
        continue;
      }
      const spec = RELATIONS[t.name]?.[field.name];
      if (!spec || (spec.hub && options.shared)) {
        needsId = true;
        continue;
      }
      const signature = `${alias}\u0000${field.name}\u0000${JSON.stringify(field.args)}\u0000${JSON.stringify(field.fieldsByTypeName)}`;
      const known = relations.get(signature);
      if (known) {
        known.types.add(t.name);
        continue;
      }
      const planned = planRelation(plan, v, spec, field, getNamedType(t.getFields()[field.name]!.type));
      if (planned) relations.set(signature, { key: `_r${relations.size}`, alias, types: new Set([t.name]), ...planned });
      else needsId = true;
    }
  }
  // One possible type: it is known here and Neo4j sends nothing for it. Else the node's id names
  // it (ids are `person:…`, core/ids.ts): the id is read anyway when selected, and a string costs
  // the driver far less to decode than a small integer — each Bolt integer becomes an Integer
  // object and a chain of comparisons (profiled: most of the driver's extra cost on a list of mentions).
  const only = types.length === 1 ? types[0]!.name : null;
  if (needsId || !tree || !only) properties.add('id');
  const entries = [...properties].map((p) => `.${p}`);
  for (const r of relations.values()) {
    const everyType = types.every((t) => r.types.has(t.name));
    const guard = [...r.types].map((t) => `${v}:${t}`).join(' OR ');
    entries.push(`${r.key}: ${everyType ? r.cypher : `CASE WHEN ${guard} THEN ${r.cypher} END`}`);
  }
  return {
    cypher: `${v} {${entries.join(', ')}}`,
    decode(raw) {
      if (raw == null) return null;
      // The record's maps are fresh objects of this request: the node is made in place, not copied.
      // Its `_r…` keys stay (GraphQL reads only selected fields; deleting keys would slow
      // every later property read).
      const node = raw as GraphNode;
      const typename = only ?? typeOfId(String(raw.id));
      if (!typename || (!only && !types.some((t) => t.name === typename))) throw new Error(`A node of ${type.name} has an id of none of its types`);
      node.__typename = typename as GraphNode['__typename'];
      const values = new Map<string, unknown>();
      for (const r of relations.values()) if (r.types.has(node.__typename)) values.set(r.alias, r.decode(raw[r.key]));
      attachPrefetched(node, values);
      return node;
    },
  };
}

function nodeTypeOf(type: GraphQLObjectType, field: string): GraphQLNamedType {
  return getNamedType(type.getFields()[field]!.type);
}

/**
 * Past every instant in milliseconds. Neo4j puts the index scan of a hub walk below the test of
 * its branch, so the scan's own range carries the test: empty unless the parent is a hub.
 */
const INSTANT_BOUND = 9e15;

/** One relationship field as a subquery expression of the parent `p`; null when it can't be planned. */
function planRelation(plan: QueryPlan, p: string, spec: RelationSpec, field: ResolveTree, fieldType: GraphQLNamedType): Omit<PlannedRelation, 'key' | 'alias' | 'types'> | null {
  const r = plan.variable('r');
  const n = plan.variable('n');
  const args = spec.args(field.args, plan, n, r);
  if (!args) return null;
  const pattern = `${spec.match(p, r, n)}${args.where.length > 0 ? ` WHERE ${args.where.join(' AND ')}` : ''}`;
  const hub = args.hubWalk?.(p);
  const ordered = (item: string, skip = 0) => {
    const page = `${skip > 0 ? ` SKIP ${plan.param(skip)}` : ''} LIMIT ${plan.param(args.limit)}`;
    if (!hub) return `COLLECT { ${pattern} WITH ${n}, ${r} ORDER BY ${args.orderBy}${page} RETURN ${item} }`;
    // Both ways to the page (see HubWalk); the one whose condition holds runs. The branches return
    // skip + limit rows, the outer query orders them again (a handful) and cuts the page.
    const conditions = args.where.length > 0 ? ` AND ${args.where.join(' AND ')}` : '';
    const isHub = plan.variable('hub');
    const rowsNeeded = plan.param(args.limit + skip);
    const firstRows = `WITH ${n}, ${r} ORDER BY ${args.orderBy} LIMIT ${rowsNeeded} RETURN ${n}, ${r}`;
    return `COLLECT { WITH ${p}, ${hub.degree} ^ 2 > ${rowsNeeded} * COUNT { (:${hub.label}) } AS ${isHub}
    CALL (${p}, ${isHub}) {
      WITH ${p} WHERE NOT ${isHub} ${pattern} ${firstRows}
      UNION ALL
      WITH ${p} WHERE ${isHub}
      MATCH (${n}:${hub.label}) USING INDEX ${n}:${hub.label}(${hub.property})
      WHERE ${n}.${hub.property} >= CASE WHEN ${isHub} THEN ${plan.param(-INSTANT_BOUND)} ELSE ${plan.param(INSTANT_BOUND)} END${conditions}
      ${spec.match(p, r, n)} ${firstRows}
    } WITH ${n}, ${r} ORDER BY ${args.orderBy}${page} RETURN ${item} }`;
  };

  const shape = spec.shape;
  switch (shape.kind) {
    case 'nodes':
    case 'node': {
      const child = projectNode(plan, n, field, fieldType, { shared: shape.kind === 'node' || !spec.hub });
      const cypher = ordered(child.cypher);
      return shape.kind === 'nodes'
        ? { cypher, decode: (rows) => (rows as RawNode[]).map((row) => child.decode(row)!) }
        : { cypher, decode: (rows) => child.decode((rows as RawNode[])[0]) };
    }
    case 'wrapped': {
      if (!isObjectType(fieldType)) return null;
      const child = projectNode(plan, n, subTree(plan.schema, field, fieldType, [shape.nodeField]), nodeTypeOf(fieldType, shape.nodeField), { shared: true });
      const cypher = ordered(`{node: ${child.cypher}, ${shape.extras(r)}}`);
      return {
        cypher,
        decode: (rows) => (rows as { node: RawNode }[]).map(({ node, ...extras }) => ({ ...extras, [shape.nodeField]: child.decode(node) })),
      };
    }
    case 'connection': {
      if (!isObjectType(fieldType) || !args.page) return null;
      const page = args.page;
      const child = projectNode(plan, n, connectionNodes(plan.schema, field, fieldType), nodeTypeOf(fieldType, 'nodes'), { shared: false });
      const counted = selects(plan.schema, field, fieldType, ['totalCount']);
      const cypher = `{rows: ${ordered(child.cypher, page.skip)}, total: ${counted ? `COUNT { ${pattern} }` : 'null'}}`;
      return {
        cypher,
        decode: (raw) => {
          const { rows, total } = raw as { rows: RawNode[]; total: number | null };
          return toConnection(rows.map((row) => child.decode(row)!), page, async () => Number(total ?? 0));
        },
      };
    }
  }
}
