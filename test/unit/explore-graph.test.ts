import { describe, expect, it } from 'vitest';
import { createGraph, datesOf, edgeKey, inRange, kindOf, markPath, mergeIntoGraph } from '../../web/explore/src/graph-model.js';

const isw = { id: 'organization:isw', label: 'Institute for the Study of War', type: 'ORGANIZATION', properties: {} };
const statement = {
  id: 'statement:1',
  label: 'ISW assessed that only significant Russian battlefield setbacks will force Putin to negotiate',
  type: 'STATEMENT',
  properties: { firstReportedAt: '2025-07-22T03:22:00', lastReportedAt: '2025-09-12T21:10:00+03:00' },
};
const article = { id: 'article:1', label: 'Russia will come to the table', type: 'ARTICLE', properties: { publishedAt: '2025-07-22T03:22:00' } };

describe('the explorer graph', () => {
  it('merges a neighbourhood once: nodes and edges already drawn are not added again', () => {
    const graph = createGraph();
    const edges = [
      { source: isw.id, target: statement.id, type: 'STATED' },
      { source: statement.id, target: article.id, type: 'REPORTED_IN' },
    ];
    expect(mergeIntoGraph(graph, [isw, statement, article], edges)).toEqual([isw.id, statement.id, article.id]);
    expect(mergeIntoGraph(graph, [statement, isw], [...edges, { source: isw.id, target: 'person:unknown', type: 'MENTIONS' }], statement.id)).toEqual([]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes(edgeKey(edges[0]!)).label).toBe('stated');
    expect(graph.getEdgeAttributes(edgeKey(edges[1]!)).label).toBe('reported in');
  });

  it('places new nodes on a circle around the node expanded, the same way every time', () => {
    const place = () => {
      const graph = createGraph();
      mergeIntoGraph(graph, [isw], []);
      graph.mergeNodeAttributes(isw.id, { x: 100, y: 50 });
      mergeIntoGraph(graph, [statement, article], [], isw.id);
      return graph.nodes().map((id) => [graph.getNodeAttribute(id, 'x'), graph.getNodeAttribute(id, 'y')]);
    };
    const first = place();
    expect(place()).toEqual(first);
    // Two new nodes: radius 12, at 0 and π.
    expect(first[1]).toEqual([112, 50]);
    expect(first[2]![0]).toBeCloseTo(88);
    expect(first[2]![1]).toBeCloseTo(50);
  });

  it('cuts long labels for the canvas and keeps the whole one for the panel', () => {
    const graph = createGraph();
    mergeIntoGraph(graph, [statement], []);
    const attrs = graph.getNodeAttributes(statement.id);
    expect(attrs.label).toBe('ISW assessed that only significant Russ…');
    expect(attrs.label.length).toBe(40);
    expect(attrs.fullLabel).toBe(statement.label);
  });

  it('reads NodeType and __typename spellings as one kind', () => {
    expect(['Person', 'PERSON', 'person'].map(kindOf)).toEqual(['person', 'person', 'person']);
    expect(kindOf('Widget')).toBe('other');
  });

  it('dates articles by publication, statements by their first and last report, events by their (month) dates', () => {
    expect(datesOf('article', article.properties)).toEqual({ firstDay: '2025-07-22', lastDay: '2025-07-22' });
    expect(datesOf('statement', statement.properties)).toEqual({ firstDay: '2025-07-22', lastDay: '2025-09-12' });
    expect(datesOf('event', { date: '2025-08' })).toEqual({ firstDay: '2025-08-01', lastDay: '2025-08-31' });
    expect(datesOf('event', { date: '2025-08-10', endDate: '2025' })).toEqual({ firstDay: '2025-08-10', lastDay: '2025-12-31' });
    expect(datesOf('organization', { publishedAt: '2025-07-22' })).toEqual({});
  });

  it('keeps a node under a date range when its days overlap it; undated nodes always', () => {
    const reported = { firstDay: '2025-07-22', lastDay: '2025-09-12' };
    expect(inRange(reported, {})).toBe(true);
    expect(inRange(reported, { to: '2025-07-21' })).toBe(false);
    expect(inRange(reported, { to: '2025-07-22' })).toBe(true);
    expect(inRange(reported, { from: '2025-09-13' })).toBe(false);
    expect(inRange(reported, { from: '2025-08-01', to: '2025-08-31' })).toBe(true);
    expect(inRange({}, { from: '2030-01-01', to: '2030-01-02' })).toBe(true);
  });

  it('marks the paths found, and unmarks what an earlier search marked', () => {
    const graph = createGraph();
    const stated = { source: isw.id, target: statement.id, type: 'STATED' };
    const reported = { source: statement.id, target: article.id, type: 'REPORTED_IN' };
    mergeIntoGraph(graph, [isw, statement, article], [stated, reported]);
    markPath(graph, new Set([isw.id, statement.id, article.id]), new Set([edgeKey(stated), edgeKey(reported)]));
    markPath(graph, new Set([isw.id, statement.id]), new Set([edgeKey(stated)]));
    expect(graph.filterNodes((_id, a) => a.onPath)).toEqual([isw.id, statement.id]);
    expect(graph.filterEdges((_key, a) => a.onPath)).toEqual([edgeKey(stated)]);
  });
});
