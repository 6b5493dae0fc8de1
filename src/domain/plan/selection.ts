/**
 * What a GraphQL request selected below a field, by the concrete type it lands on: the input of
 * the query planner. graphql-parse-resolve-info (PostGraphile's) resolves fragments, variables,
 * aliases and @skip/@include; this file only merges what it keys by interface or union into each
 * concrete object type, since a node is always one of those.
 */
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

export type { ResolveTree };

/** The selection below the field being resolved. */
export function selectionTree(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info);
  if (!tree || !('fieldsByTypeName' in tree)) throw new Error(`No selection for ${info.fieldName}`);
  return tree as ResolveTree;
}

/** The object types a value of `type` can be. */
export function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isAbstractType(type)) return schema.getPossibleTypes(type);
  return isObjectType(type) ? [type] : [];
}

function appliesTo(schema: GraphQLSchema, typeName: string, t: GraphQLObjectType): boolean {
  if (typeName === t.name || t.getInterfaces().some((i) => i.name === typeName)) return true;
  const named = schema.getType(typeName);
  return isUnionType(named) && named.getTypes().some((member) => member.name === t.name);
}

export function mergeTrees(a: ResolveTree, b: ResolveTree): ResolveTree {
  const fieldsByTypeName = { ...a.fieldsByTypeName };
  for (const [typeName, fields] of Object.entries(b.fieldsByTypeName)) {
    const merged = { ...(fieldsByTypeName[typeName] ?? {}) };
    for (const [alias, field] of Object.entries(fields)) merged[alias] = merged[alias] ? mergeTrees(merged[alias]!, field) : field;
    fieldsByTypeName[typeName] = merged;
  }
  return { ...a, fieldsByTypeName };
}

/** Fields selected on an object of type `t`, by response key: fragments on t, its interfaces and unions merged. */
export function fieldsOn(schema: GraphQLSchema, tree: ResolveTree, t: GraphQLObjectType): Map<string, ResolveTree> {
  const out = new Map<string, ResolveTree>();
  for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName)) {
    if (!appliesTo(schema, typeName, t)) continue;
    for (const [alias, field] of Object.entries(fields)) out.set(alias, out.has(alias) ? mergeTrees(out.get(alias)!, field) : field);
  }
  return out;
}

/** The selections of `path` (e.g. ['edges', 'node']) below an object-typed tree, merged into one tree. */
export function subTree(schema: GraphQLSchema, tree: ResolveTree, type: GraphQLObjectType, path: readonly string[]): ResolveTree | null {
  const [head, ...rest] = path;
  if (head === undefined) return tree;
  let found: ResolveTree | null = null;
  for (const field of fieldsOn(schema, tree, type).values()) {
    if (field.name !== head) continue;
    const fieldType = getNamedType(type.getFields()[head]!.type);
    const below = rest.length === 0 ? field : isObjectType(fieldType) ? subTree(schema, field, fieldType, rest) : null;
    if (below) found = found ? mergeTrees(found, below) : below;
  }
  return found;
}

/** The nodes a connection's selection reaches: `nodes { … }` and `edges { node { … } }` merged; null when neither is selected. */
export function connectionNodes(schema: GraphQLSchema, tree: ResolveTree, connection: GraphQLObjectType): ResolveTree | null {
  const nodes = subTree(schema, tree, connection, ['nodes']);
  const edges = subTree(schema, tree, connection, ['edges', 'node']);
  return nodes && edges ? mergeTrees(nodes, edges) : nodes ?? edges;
}

/** Whether any of `names` is selected on the object-typed tree. */
export function selects(schema: GraphQLSchema, tree: ResolveTree, type: GraphQLObjectType, names: readonly string[]): boolean {
  return [...fieldsOn(schema, tree, type).values()].some((f) => names.includes(f.name));
}

/**
 * Whether a connection's selection needs the row after its page: only `pageInfo` (hasNextPage)
 * tells from it. Nodes, edges, cursors and totalCount don't, so without pageInfo the query reads
 * just the page, and what hangs below the extra row is never computed.
 */
export function readsNextRow(schema: GraphQLSchema, tree: ResolveTree, connection: GraphQLObjectType): boolean {
  return selects(schema, tree, connection, ['pageInfo']);
}

export function isLeafField(type: GraphQLObjectType, name: string): boolean {
  const field = type.getFields()[name];
  return field !== undefined && isLeafType(getNamedType(field.type));
}
