import 'reflect-metadata';
import { offsetToCursor } from 'graphql-relay';
import { describe, expect, it } from 'vitest';
import { pageInfoOf, toConnection, toPage } from '../../src/domain/pagination/connection.js';

const plain = (info: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }) => ({
  hasNextPage: info.hasNextPage,
  hasPreviousPage: info.hasPreviousPage,
  startCursor: info.startCursor,
  endCursor: info.endCursor,
});

describe('connections with cursors encoded when read', () => {
  it('gives each edge the cursor of its offset and the page info of first + 1 rows read', async () => {
    const page = toPage({ first: 2, after: offsetToCursor(4) }, 100);
    const connection = toConnection(['f', 'g', 'h'], page, async () => 9);
    expect(connection.nodes).toEqual(['f', 'g']);
    expect(connection.edges.map((e) => [e.cursor, e.node])).toEqual([
      [offsetToCursor(5), 'f'],
      [offsetToCursor(6), 'g'],
    ]);
    expect(plain(connection.pageInfo)).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: offsetToCursor(5), endCursor: offsetToCursor(6) });
    expect(await connection.totalCount).toBe(9);
  });

  it('has no cursors and no next page for an empty or last page', () => {
    expect(plain(pageInfoOf(0, { skip: 0, first: 20 }))).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    expect(plain(pageInfoOf(3, { skip: 20, first: 20 }))).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: offsetToCursor(20), endCursor: offsetToCursor(22) });
  });

  it('continues where a cursor it issued points', () => {
    const first = toConnection(['a', 'b', 'c'], toPage({ first: 2 }, 100), async () => 3);
    const next = toPage({ first: 2, after: first.pageInfo.endCursor! }, 100);
    expect(next).toEqual({ skip: 2, first: 2 });
  });
});
