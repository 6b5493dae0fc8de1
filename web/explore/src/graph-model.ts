import { DirectedGraph } from 'graphology';

/**
 * The explorer's graph: what the API's `neighborhood` and `paths` return, merged into one
 * graphology graph that sigma draws. No DOM here, so the merge and the date filter are unit-tested.
 */

export type NodeKind = 'person' | 'organization' | 'place' | 'topic' | 'event' | 'article' | 'statement' | 'other';

export interface NodeAttributes {
  label: string;
  /** The whole label, for the panel (`label` is cut for the canvas). */
  fullLabel: string;
  kind: NodeKind;
  x: number;
  y: number;
  size: number;
  color: string;
  /** First and last day the node is dated (YYYY-MM-DD): a report, a statement's reports, an event. */
  firstDay?: string;
  lastDay?: string;
  /** Its neighbourhood has been fetched. */
  expanded: boolean;
  /** On the path last found. */
  onPath: boolean;
}

export interface EdgeAttributes {
  label: string;
  relationship: string;
  size: number;
  color: string;
  type: 'arrow';
  onPath: boolean;
}

export type ExploreGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** A node as the API's GraphViewNode gives it. */
export interface ApiNode {
  id: string;
  label: string;
  type: string;
  properties?: Record<string, unknown> | null;
}

/** An edge as GraphViewEdge or a path step gives it, already oriented from source to target. */
export interface ApiEdge {
  source: string;
  target: string;
  type: string;
}

const STYLE: Record<NodeKind, { color: string; size: number }> = {
  person: { color: '#d9480f', size: 9 },
  organization: { color: '#1c7ed6', size: 9 },
  place: { color: '#2b8a3e', size: 8 },
  topic: { color: '#ae3ec9', size: 7 },
  event: { color: '#e67700', size: 8 },
  article: { color: '#495057', size: 6 },
  statement: { color: '#868e96', size: 4 },
  other: { color: '#adb5bd', size: 4 },
};

export const KIND_COLORS: Readonly<Record<NodeKind, string>> = Object.fromEntries(
  Object.entries(STYLE).map(([k, v]) => [k, v.color]),
) as Record<NodeKind, string>;

const LABEL_CHARS = 40;

export function createGraph(): ExploreGraph {
  return new DirectedGraph<NodeAttributes, EdgeAttributes>({ multi: false, allowSelfLoops: false });
}

/** NodeType and __typename spellings (Person, PERSON) to one kind. */
export function kindOf(type: string): NodeKind {
  const k = type.toLowerCase();
  return k in STYLE ? (k as NodeKind) : 'other';
}

export function edgeKey(edge: ApiEdge): string {
  return `${edge.source}-[${edge.type}]->${edge.target}`;
}

/**
 * Adds the nodes and edges not yet in the graph; new nodes are placed on a circle around `anchor`
 * (or the origin) in the order given, so a layout started from there is the same on every run.
 * Returns the ids of the nodes added.
 */
export function mergeIntoGraph(graph: ExploreGraph, nodes: readonly ApiNode[], edges: readonly ApiEdge[], anchor?: string): string[] {
  const added: string[] = [];
  const centre = anchor !== undefined && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const fresh = nodes.filter((n) => !graph.hasNode(n.id));
  const radius = 10 + fresh.length;
  fresh.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
    const kind = kindOf(node.type);
    const days = datesOf(kind, node.properties ?? {});
    graph.addNode(node.id, {
      label: cut(node.label),
      fullLabel: node.label,
      kind,
      x: centre.x + radius * Math.cos(angle),
      y: centre.y + radius * Math.sin(angle),
      size: STYLE[kind].size,
      color: STYLE[kind].color,
      ...days,
      expanded: false,
      onPath: false,
    });
    added.push(node.id);
  });
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    graph.mergeEdgeWithKey(edgeKey(edge), edge.source, edge.target, {
      label: edge.type.toLowerCase().replace(/_/g, ' '),
      relationship: edge.type,
      size: 1.5,
      color: '#ced4da',
      type: 'arrow',
      onPath: false,
    });
  }
  return added;
}

/** Marks the nodes and edges of the paths found (and only those) as on a path. */
export function markPath(graph: ExploreGraph, nodeIds: ReadonlySet<string>, edgeKeys: ReadonlySet<string>): void {
  graph.forEachNode((id) => graph.setNodeAttribute(id, 'onPath', nodeIds.has(id)));
  graph.forEachEdge((key) => graph.setEdgeAttribute(key, 'onPath', edgeKeys.has(key)));
}

export interface DayRange {
  /** YYYY-MM-DD, inclusive; undefined = open. */
  from?: string;
  to?: string;
}

/**
 * Whether a node stays visible under the date range: undated nodes (people, places, topics…)
 * always do; a dated one when its days overlap the range.
 */
export function inRange(node: Pick<NodeAttributes, 'firstDay' | 'lastDay'>, range: DayRange): boolean {
  if (node.firstDay === undefined) return true;
  const last = node.lastDay ?? node.firstDay;
  if (range.from !== undefined && last < range.from) return false;
  if (range.to !== undefined && node.firstDay > range.to) return false;
  return true;
}

/** The days a node is dated by: an article's publication, a statement's first and last report, an event's date(s). */
export function datesOf(kind: NodeKind, properties: Record<string, unknown>): Pick<NodeAttributes, 'firstDay' | 'lastDay'> {
  const text = (key: string): string | undefined => (typeof properties[key] === 'string' ? (properties[key] as string) : undefined);
  let first: string | undefined;
  let last: string | undefined;
  if (kind === 'article') first = last = text('publishedAt');
  else if (kind === 'statement') [first, last] = [text('firstReportedAt'), text('lastReportedAt')];
  else if (kind === 'event') [first, last] = [text('date'), text('endDate') ?? text('date')];
  const firstDay = first === undefined ? undefined : startDay(first);
  const lastDay = last === undefined ? firstDay : endDay(last);
  return firstDay === undefined ? {} : { firstDay, lastDay: lastDay ?? firstDay };
}

/** 2025 → 2025-01-01, 2025-07 → 2025-07-01, 2025-07-22T03:22:00+03:00 → 2025-07-22 (the reported local day). */
export function startDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}

/** 2025 → 2025-12-31, 2025-07 → 2025-07-31 (compares right against any day of July), else the day. */
export function endDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date.slice(0, 10);
}

function cut(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}
