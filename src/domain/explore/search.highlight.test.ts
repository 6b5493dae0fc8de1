import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../node/graph-node.js';
import { editDistance, highlight, matchRanges } from './search.highlight.js';

const node = (props: Record<string, unknown>): GraphNode => ({ __typename: 'Statement', id: 'statement:x', ...props }) as GraphNode;

describe('highlight', () => {
  it('marks words matching the search, typos allowed as in the index', () => {
    expect(editDistance('negotiatng', 'negotiating', 2)).toBe(1);
    expect(matchRanges('bring him to the Negotiating table.', ['negotiatng', 'table'])).toEqual([
      { start: 17, end: 28 },
      { start: 29, end: 34 },
    ]);
  });

  it('picks the field that matches most words: an alias over the name', () => {
    const h = highlight({ __typename: 'Organization', id: 'organization:isw', name: 'Institute for the Study of War', aliases: ['ISW'] } as GraphNode, ['isw']);
    expect(h).toEqual({ field: 'alias', fragment: 'ISW', ranges: [{ start: 0, end: 3 }], html: '<mark>ISW</mark>' });
  });

  it('cuts long text to a window around the first match and escapes HTML', () => {
    const text = `${'lorem ipsum '.repeat(30)}the <b>negotiating</b> table & more ${'dolor sit '.repeat(30)}`;
    const h = highlight(node({ text }), ['negotiating', 'table']);
    expect(h.field).toBe('text');
    expect(h.fragment.startsWith('…')).toBe(true);
    expect(h.fragment.endsWith('…')).toBe(true);
    expect(h.fragment.length).toBeLessThanOrEqual(162);
    for (const r of h.ranges) expect(h.fragment.slice(r.start, r.end).toLowerCase()).toMatch(/^(negotiating|table)$/);
    expect(h.html).toContain('&lt;b&gt;<mark>negotiating</mark>&lt;/b&gt; <mark>table</mark> &amp; more');
  });
});
