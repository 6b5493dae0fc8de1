import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { ApiError, neighborhood, paths, search, statementsFor } from './api.js';
import { byId, el, highlighted } from './dom.js';
import { createGraph, edgeKey, inRange, KIND_COLORS, kindOf, markPath, mergeIntoGraph, type DayRange } from './graph-model.js';
import { renderNodeHeader, renderStatements } from './panel.js';

/** Nodes fetched per expansion besides the clicked one, and the most the drawing holds. */
const EXPAND_LIMIT = 30;
const MAX_NODES = 600;
const PATH_COLOR = '#f03e3e';

const endpoint = document.body.dataset.endpoint ?? '/graphql';
const container = byId('graph');
const panel = byId('panel');
const status = byId('status');
const pathFrom = byId('path-from');
const pathTo = byId('path-to');
const findPaths = byId<HTMLButtonElement>('find-paths');
const dateFrom = byId<HTMLInputElement>('date-from');
const dateTo = byId<HTMLInputElement>('date-to');

const graph = createGraph();
const state: { selected?: string; range: DayRange } = { range: {} };

const renderer = new Sigma(graph, container, {
  renderEdgeLabels: true,
  labelRenderedSizeThreshold: 0,
  labelDensity: 1,
  edgeLabelSize: 10,
  labelSize: 12,
  defaultEdgeType: 'arrow',
  nodeReducer: (id, data) => {
    const out: Partial<NodeDisplayData> = { ...data };
    if (!inRange(graph.getNodeAttributes(id), state.range)) out.hidden = true;
    if (graph.getNodeAttribute(id, 'onPath')) {
      out.size = (data.size ?? 5) + 3;
      out.forceLabel = true;
    }
    if (id === state.selected) {
      out.highlighted = true;
      out.forceLabel = true;
    }
    return out;
  },
  edgeReducer: (key, data) => {
    const out: Partial<EdgeDisplayData> = { ...data };
    const [source, target] = graph.extremities(key);
    if (!inRange(graph.getNodeAttributes(source), state.range) || !inRange(graph.getNodeAttributes(target), state.range)) out.hidden = true;
    if (graph.getEdgeAttribute(key, 'onPath')) {
      out.color = PATH_COLOR;
      out.size = 3;
    }
    return out;
  },
});

renderer.on('clickNode', ({ node }) => {
  select(node);
  void expand(node);
});

function say(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function failed(error: unknown): void {
  say(error instanceof ApiError ? error.message : `Something went wrong: ${String(error)}`, true);
  container.dataset.state = 'ready';
}

/** The counts the page shows and its browser test reads. */
function refresh(): void {
  let visible = 0;
  graph.forEachNode((_id, attrs) => {
    if (inRange(attrs, state.range)) visible += 1;
  });
  container.dataset.nodeCount = String(graph.order);
  container.dataset.visibleCount = String(visible);
  renderer.refresh();
}

function layout(): void {
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 } });
}

/** Fetches a node's neighbourhood and merges it into the drawing (once per node). */
async function expand(id: string): Promise<void> {
  if (graph.hasNode(id) && graph.getNodeAttribute(id, 'expanded')) return;
  if (graph.order >= MAX_NODES) {
    say(`The drawing holds ${graph.order} nodes: clear it before expanding more.`);
    return;
  }
  container.dataset.state = 'loading';
  say('Loading the neighbourhood…');
  try {
    const around = await neighborhood(endpoint, id, EXPAND_LIMIT);
    if (!around) {
      say(`Nothing in the graph has the id ${id}.`, true);
      container.dataset.state = 'ready';
      return;
    }
    const centre = around.nodes.filter((n) => n.id === id);
    if (!graph.hasNode(id)) mergeIntoGraph(graph, centre, []);
    const added = mergeIntoGraph(graph, around.nodes, around.edges, id);
    graph.setNodeAttribute(id, 'expanded', true);
    layout();
    refresh();
    const shown = around.nodes.length - 1;
    say(`${graph.getNodeAttribute(id, 'fullLabel')}: ${shown} of ${around.totalCount - 1} neighbours${around.truncated ? ' (the nearest)' : ''}, ${added.length} new.`);
    container.dataset.state = 'ready';
  } catch (error) {
    failed(error);
  }
}

async function open(id: string): Promise<void> {
  await expand(id);
  if (graph.hasNode(id)) {
    select(id);
    history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
  }
}

function select(id: string): void {
  state.selected = id;
  renderPanel(id);
  renderer.refresh({ skipIndexation: true });
}

let panelRequest = 0;
function renderPanel(id: string): void {
  const node = graph.getNodeAttributes(id);
  const body = renderNodeHeader(panel, id, node, {
    usePathStart: () => setPathEnd(pathFrom, id),
    usePathEnd: () => setPathEnd(pathTo, id),
  });
  const request = ++panelRequest;
  const range = state.range;
  const note = range.from || range.to ? ` between ${range.from ?? 'the start'} and ${range.to ?? 'now'}` : '';
  statementsFor(endpoint, id, node.kind, range)
    .then((lists) => {
      if (request === panelRequest) renderStatements(body, lists, note);
    })
    .catch((error: unknown) => {
      if (request !== panelRequest) return;
      body.replaceChildren(el('p', { className: 'hint', text: 'The statements could not be loaded.' }));
      body.dataset.state = 'error';
      failed(error);
    });
}

function setPathEnd(target: HTMLElement, id: string): void {
  target.dataset.id = id;
  target.textContent = graph.getNodeAttribute(id, 'fullLabel');
  findPaths.disabled = !(pathFrom.dataset.id && pathTo.dataset.id && pathFrom.dataset.id !== pathTo.dataset.id);
}

findPaths.addEventListener('click', async () => {
  const from = pathFrom.dataset.id;
  const to = pathTo.dataset.id;
  if (!from || !to) return;
  const list = byId('paths');
  list.replaceChildren();
  say('Looking for paths…');
  try {
    const found = await paths(endpoint, from, to);
    if (found === null) {
      say('One end of the path is no longer in the graph: search for it again.', true);
      return;
    }
    const nodeIds = new Set<string>();
    const edgeKeys = new Set<string>();
    for (const p of found) {
      mergeIntoGraph(graph, p.nodes, p.edges, from);
      p.nodes.forEach((n) => nodeIds.add(n.id));
      p.edges.forEach((e) => edgeKeys.add(edgeKey(e)));
      list.append(el('li', { text: p.text }));
    }
    markPath(graph, nodeIds, edgeKeys);
    layout();
    refresh();
    say(found.length === 0 ? 'No path within 4 hops.' : `${found.length} shortest path${found.length === 1 ? '' : 's'}, drawn in red.`);
  } catch (error) {
    failed(error);
  }
});

byId('search-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>('search-input').value.trim();
  if (!text) return;
  const results = byId('results');
  say(`Searching for “${text}”…`);
  try {
    const hits = await search(endpoint, text);
    results.replaceChildren(
      ...hits.map((hit) => {
        const button = el(
          'button',
          { attrs: { type: 'button', 'data-id': hit.id } },
          el('span', { className: 'type', text: hit.typename }),
          // A statement's label is its text: show the matched fragment instead of both.
          hit.typename === 'Statement' ? el('div', {}, highlighted(hit.fragment, hit.ranges)) : el('div', { text: hit.label }),
          ...(hit.typename !== 'Statement' && hit.fragment !== hit.label ? [el('div', { className: 'hint' }, highlighted(hit.fragment, hit.ranges))] : []),
        );
        button.addEventListener('click', () => void open(hit.id));
        return el('li', {}, button);
      }),
    );
    byId('results-hint').textContent = hits.length === 0 ? `Nothing matches “${text}”.` : 'Pick one to draw its neighbourhood.';
    say(`${hits.length} result${hits.length === 1 ? '' : 's'} for “${text}”.`);
  } catch (error) {
    failed(error);
  }
});

function onDates(): void {
  state.range = { ...(dateFrom.value ? { from: dateFrom.value } : {}), ...(dateTo.value ? { to: dateTo.value } : {}) };
  refresh();
  if (state.selected) renderPanel(state.selected);
}
dateFrom.addEventListener('change', onDates);
dateTo.addEventListener('change', onDates);

byId('clear').addEventListener('click', () => {
  graph.clear();
  delete state.selected;
  panel.replaceChildren(el('p', { className: 'hint', text: 'Nothing selected.' }));
  byId('paths').replaceChildren();
  for (const end of [pathFrom, pathTo]) {
    end.dataset.id = '';
    end.textContent = '—';
  }
  findPaths.disabled = true;
  refresh();
  container.dataset.state = 'empty';
});

byId('legend').replaceChildren(
  ...Object.entries(KIND_COLORS)
    .filter(([kind]) => kind !== 'other')
    .map(([kind, color]) => el('li', {}, el('span', { className: 'swatch', attrs: { 'data-kind': kind } }), kind)),
);
// Colours set through the CSSOM: the page's CSP allows no inline style attributes.
document.querySelectorAll<HTMLElement>('.swatch').forEach((s) => (s.style.background = KIND_COLORS[kindOf(s.dataset.kind ?? '')]));

/**
 * For the browser test and for scripts: where a node is drawn, in page pixels, so a real click on
 * the canvas can be aimed at it.
 */
(window as unknown as { newsgraphExplore: unknown }).newsgraphExplore = {
  nodeIds: () => graph.nodes(),
  positionOf(id: string): { x: number; y: number } | null {
    if (!graph.hasNode(id)) return null;
    const { x, y } = graph.getNodeAttributes(id);
    const p = renderer.graphToViewport({ x, y });
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
};

const initial = new URLSearchParams(location.search).get('id');
if (initial) void open(initial);
