/**
 * The selection set decides the Cypher: a node's projection holds exactly the properties the
 * request selected, and each planned relationship field becomes a subquery ordered and limited
 * before anything is projected — so a root field and everything below it is one query, one round
 * trip, and nothing unselected leaves Neo4j.
 *
 * Two forms of the same plan. Where the projection is a statement's last step (a root field's
 * page), each relation is a `CALL (v) { … RETURN collect(…) }` placed before RETURN: measured
 * cheaper for Neo4j than the same subquery as a `COLLECT {}` expression inside the map projection
 * (bench:api S1). Where the projection sits inside an expression (a path's nodes, a related
 * entity's row), `inline` keeps the `COLLECT {}` form.
 */
import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';
import { typeOfId, type GraphNode, type RawNode } from '../node/graph-node.js';
import { toConnection } from '../pagination/connection.js';
import { attachPrefetched } from './prefetched.js';
import type { QueryPlan } from './query-plan.js';
import { RELATIONS, type RelationSpec, type WrapShape } from './relations.js';
import { concreteTypes, connectionNodes, fieldsOn, isLeafField, readsNextRow, selects, subTree, type ResolveTree } from './selection.js';

export interface NodeProjection {
  /** A Cypher expression: the node's map projection (null when the node is null). */
  cypher: string;
  /**
   * CALL clauses that must run, with the node variable bound, between the clause that binds it and
   * the projection; '' in the inline form. A null node must not reach them (their MATCH would drop the row).
   */
  calls: string;
  decode(raw: RawNode | null | undefined): GraphNode | null;
}

interface PlannedRelation {
  key: string;
  alias: string;
  types: Set<string>;
  /** The value's expression (inline: the subquery itself; else the variable its CALL returns). */
  cypher: string;
  /** The CALL clause that computes it, with the parent bound; absent inline. */
  call?: string;
  decode(raw: unknown): unknown;
}

export interface ProjectOptions {
  /** Properties read whatever was selected (what a resolver computes from). */
  always?: readonly string[];
  /** The node may appear in many rows of the result (see RelationSpec.hub). */
  shared?: boolean;
  /** Relations as COLLECT {} expressions inside the projection (it sits inside an expression), not CALL clauses. */
  inline?: boolean;
}

/** Projects node variable `v` of GraphQL type `type` for the selection `tree` (null: id and type only). */
export function projectNode(plan: QueryPlan, v: string, tree: ResolveTree | null, type: GraphQLNamedType, options: ProjectOptions = {}): NodeProjection {
  const inline = options.inline ?? false;
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
      const planned = planRelation(plan, v, spec, field, getNamedType(t.getFields()[field.name]!.type), inline);
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
  const calls: string[] = [];
  for (const r of relations.values()) {
    const everyType = types.every((t) => r.types.has(t.name));
    const guard = [...r.types].map((t) => `${v}:${t}`).join(' OR ');
    entries.push(`${r.key}: ${everyType ? r.cypher : `CASE WHEN ${guard} THEN ${r.cypher} END`}`);
    // A node of another type gets an empty list, which decode never reads.
    if (r.call) calls.push(`CALL (${v}) {${everyType ? '' : ` WITH ${v} WHERE ${guard}`}\n${r.call}\n}\n`);
  }
  return {
    cypher: `${v} {${entries.join(', ')}}`,
    calls: calls.join(''),
    decode(raw) {
      if (raw == null) return null;
      // The record's maps are fresh objects of this request: the node is made in place, not copied.
      // Its `_r…` keys stay (GraphQL reads only selected fields; deleting keys would slow
      // every later property read).
      const node = raw as GraphNode;
      const typename = only ?? typeOfId(String(raw.id));
      if (!typename || (!only && !types.some((t) => t.name === typename))) throw new Error(`A node of ${type.name} has an id of none of its types`);
      node.__typename = typename as GraphNode['__typename'];
      // Most nodes of a page (an article's authors, its mentions) plan no relation: no map for them.
      if (relations.size === 0) return node;
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

/**
 * One relationship field of the parent `p`: inline, a subquery expression; else a CALL body that
 * returns the value as a fresh variable. Null when it can't be planned.
 */
function planRelation(
  plan: QueryPlan,
  p: string,
  spec: RelationSpec,
  field: ResolveTree,
  fieldType: GraphQLNamedType,
  inline: boolean,
): Omit<PlannedRelation, 'key' | 'alias' | 'types'> | null {
  const r = plan.variable('r');
  const n = plan.variable('n');
  const args = spec.args(field.args, plan, n, r);
  if (!args) return null;
  const pattern = `${spec.match(p, r, n)}${args.where.length > 0 ? ` WHERE ${args.where.join(' AND ')}` : ''}`;
  const hub = args.hubWalk?.(p);
  const project = (v: string, tree: ResolveTree | null, type: GraphQLNamedType, shared: boolean) => projectNode(plan, v, tree, type, { shared, inline });

  /** The page of rows `item` made of (n, r) in order, after `child`'s calls: an expression inline, else a CALL body and its variable. */
  const ordered = (item: string, child: NodeProjection, skip = 0, limit = args.limit): { cypher: string; call?: string } => {
    const page = `${skip > 0 ? ` SKIP ${plan.param(skip)}` : ''} LIMIT ${plan.param(limit)}`;
    let rows: string;
    if (!hub) rows = `${pattern} WITH ${n}, ${r} ORDER BY ${args.orderBy}${page}`;
    else {
      // Both ways to the page (see HubWalk); the one whose condition holds runs. The branches return
      // skip + limit rows, the outer query orders them again (a handful) and cuts the page.
      const conditions = args.where.length > 0 ? ` AND ${args.where.join(' AND ')}` : '';
      const isHub = plan.variable('hub');
      const rowsNeeded = plan.param(limit + skip);
      const firstRows = `WITH ${n}, ${r} ORDER BY ${args.orderBy} LIMIT ${rowsNeeded} RETURN ${n}, ${r}`;
      rows = `WITH ${p}, ${hub.degree} ^ 2 > ${rowsNeeded} * COUNT { (:${hub.label}) } AS ${isHub}
    CALL (${p}, ${isHub}) {
      WITH ${p} WHERE NOT ${isHub} ${pattern} ${firstRows}
      UNION ALL
      WITH ${p} WHERE ${isHub}
      MATCH (${n}:${hub.label}) USING INDEX ${n}:${hub.label}(${hub.property})
      WHERE ${n}.${hub.property} >= CASE WHEN ${isHub} THEN ${plan.param(-INSTANT_BOUND)} ELSE ${plan.param(INSTANT_BOUND)} END${conditions}
      ${spec.match(p, r, n)} ${firstRows}
    } WITH ${n}, ${r} ORDER BY ${args.orderBy}${page}`;
    }
    if (inline) return { cypher: `COLLECT { ${rows} RETURN ${item} }` };
    const value = plan.variable('c');
    return { cypher: value, call: `${rows}\n${child.calls}RETURN collect(${item}) AS ${value}` };
  };

  const shape = spec.shape;
  switch (shape.kind) {
    case 'nodes':
    case 'node': {
      const child = project(n, field, fieldType, shape.kind === 'node' || !spec.hub);
      const planned = ordered(child.cypher, child);
      return shape.kind === 'nodes'
        ? { ...planned, decode: (rows) => (rows as RawNode[]).map((row) => child.decode(row)!) }
        : { ...planned, decode: (rows) => child.decode((rows as RawNode[])[0]) };
    }
    case 'wrapped': {
      if (!isObjectType(fieldType)) return null;
      const wrap = wrapped(plan, n, r, shape, field, fieldType, project);
      return { ...ordered(wrap.item, wrap.child), decode: (rows) => (rows as WrappedRow[]).map(wrap.decode) };
    }
    case 'connection': {
      if (!isObjectType(fieldType) || !args.page) return null;
      const page = args.page;
      const nodesTree = connectionNodes(plan.schema, field, fieldType);
      const nodeType = nodeTypeOf(fieldType, 'nodes');
      let item: string, child: NodeProjection, decodeRow: (row: RawNode) => unknown;
      if (shape.wrap) {
        if (!isObjectType(nodeType)) return null;
        const wrap = wrapped(plan, n, r, shape.wrap, nodesTree, nodeType, project);
        ({ item, child } = wrap);
        decodeRow = (row) => wrap.decode(row as unknown as WrappedRow);
      } else {
        child = project(n, nodesTree, nodeType, false);
        item = child.cypher;
        decodeRow = (row) => child.decode(row)!;
      }
      const counted = selects(plan.schema, field, fieldType, ['totalCount']);
      const planned = ordered(item, child, page.skip, page.first + (readsNextRow(plan.schema, field, fieldType) ? 1 : 0));
      return {
        cypher: `{rows: ${planned.cypher}, total: ${counted ? `COUNT { ${pattern} }` : 'null'}}`,
        ...(planned.call ? { call: planned.call } : {}),
        decode: (raw) => {
          const { rows, total } = raw as { rows: RawNode[]; total: number | null };
          return toConnection(rows.map(decodeRow), page, async () => Number(total ?? 0));
        },
      };
    }
  }
}

type WrappedRow = { node: RawNode } & Record<string, unknown>;

/**
 * A wrapper object around each node (`{article, evidence}`) selected by `wrapperTree`: its row item
 * (the node's projection and the extras selected), the node's projection and its decoder.
 */
function wrapped(
  plan: QueryPlan,
  n: string,
  r: string,
  shape: WrapShape,
  wrapperTree: ResolveTree | null,
  wrapperType: GraphQLObjectType,
  project: (v: string, tree: ResolveTree | null, type: GraphQLNamedType, shared: boolean) => NodeProjection,
): { item: string; child: NodeProjection; decode: (row: WrappedRow) => unknown } {
  const nodeTree = wrapperTree && subTree(plan.schema, wrapperTree, wrapperType, [shape.nodeField]);
  const child = project(n, nodeTree, nodeTypeOf(wrapperType, shape.nodeField), true);
  const extras = Object.entries(shape.extras)
    .filter(([name]) => wrapperTree !== null && selects(plan.schema, wrapperTree, wrapperType, [name]))
    .map(([name, value]) => `, ${name}: ${value(r)}`);
  return {
    item: `{node: ${child.cypher}${extras.join('')}}`,
    child,
    decode: ({ node, ...extras }) => ({ ...extras, [shape.nodeField]: child.decode(node) }),
  };
}
