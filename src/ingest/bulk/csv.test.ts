import { describe, expect, it } from 'vitest';
import { CsvValueError, nodeGrouper, nodeGroups, relationshipGroups } from './csv.js';

describe('CSV for neo4j-admin import', () => {
  it('quotes every string (quotes doubled, line breaks kept), leaves null and empty lists as empty fields, joins lists with U+001F', () => {
    const groups = nodeGroups([
      { labels: ['Person', 'Entity'], props: { id: 'person:a', name: 'Al "Q"', aliases: ['A', 'Al; Q'], roles: [], kind: null, note: '' } },
      { labels: ['Person', 'Entity'], props: { id: 'person:b', name: 'two\nlines', aliases: [], roles: ['chair'], kind: 'x', note: null } },
      { labels: ['Person', 'Entity'], props: { id: 'person:c', name: 'C', aliases: [], roles: [], kind: null, note: null } },
    ]);
    // person:b brings a column (kind) the first part's header lacks: a second part, its header extended; person:c fits it.
    expect(groups).toEqual([
      { name: 'Person:Entity', header: 'id:ID,name:string,aliases:string[],roles:string[],note:string', lines: ['"person:a","Al ""Q""","A\u001fAl; Q",,""'] },
      { name: 'Person:Entity', header: 'id:ID,name:string,aliases:string[],roles:string[],note:string,kind:string', lines: ['"person:b","two\nlines",,"chair",,"x"', '"person:c","C",,,,'] },
    ]);
  });

  it('streams: each row is placed as it comes, a part opened by the row that needs it and closed by the part that extends it', () => {
    const grouper = nodeGrouper();
    const a = grouper.add({ labels: ['Topic'], props: { id: 'topic:a', name: 'a' } });
    const b = grouper.add({ labels: ['Event'], props: { id: 'event:b', name: 'b' } });
    const c = grouper.add({ labels: ['Topic'], props: { id: 'topic:c', name: 'c' } });
    const d = grouper.add({ labels: ['Topic'], props: { id: 'topic:d', name: 'd', createdAt: 't' } });
    expect([a, b, c, d].map((p) => [p.part.index, p.opened, p.closed?.index ?? null, p.line])).toEqual([
      [0, true, null, '"topic:a","a"'],
      [1, true, null, '"event:b","b"'],
      [0, false, null, '"topic:c","c"'],
      [2, true, 0, '"topic:d","d","t"'],
    ]);
    expect(d.part.header).toBe('id:ID,name:string,createdAt:string');
    // A column keeps its type across parts.
    expect(() => grouper.add({ labels: ['Topic'], props: { id: 'topic:e', name: ['e'] } })).toThrow('Topic "topic:e": name is string[] here and string elsewhere');
  });

  it('types a number column by its values: integers long, others double, each in a file of its own', () => {
    const groups = nodeGroups([
      { labels: ['Publication'], props: { id: 'p1', similarity: 1, publishedMs: 1700000000000 } },
      { labels: ['Publication'], props: { id: 'p2', similarity: 0.93, publishedMs: 1700000000001 } },
    ]);
    expect(groups.map((g) => [g.header, g.lines])).toEqual([
      ['id:ID,similarity:long,publishedMs:long', ['"p1",1,1700000000000']],
      ['id:ID,similarity:double,publishedMs:long', ['"p2",0.93,1700000000001']],
    ]);
  });

  it('writes relationships by start and end id, one group per type', () => {
    const groups = relationshipGroups([
      { type: 'REPORTED_IN', from: 'statement:1', to: 'article:1', props: { order: 0, about: ['topic:ports'] } },
      { type: 'ABOUT', from: 'statement:1', to: 'topic:ports', props: {} },
    ]);
    expect(groups.map((g) => [g.name, g.header, g.lines])).toEqual([
      ['REPORTED_IN', ':START_ID,:END_ID,order:long,about:string[]', ['"statement:1","article:1",0,"topic:ports"']],
      ['ABOUT', ':START_ID,:END_ID', ['"statement:1","topic:ports"']],
    ]);
  });

  it('refuses a list item the import could not store, naming the row', () => {
    expect(() => nodeGroups([{ labels: ['Topic'], props: { id: 'topic:x', names: ['a\u001fb'] } }])).toThrow(CsvValueError);
    expect(() => nodeGroups([{ labels: ['Topic'], props: { id: 'topic:x', names: [''] } }])).toThrow(/Topic "topic:x": the list item "" is empty/);
  });
});
