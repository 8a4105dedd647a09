import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/index.js';
import { jsonChunks, writeJson } from '../../src/export/json.js';
import { createGraph } from '../../src/index.js';
import { parseGraph } from '../../src/graph/load.js';
import { edgeViews, handGraph, nodeViews, seedTexts } from './helpers.js';

describe('writeJson', () => {
  const seeds = seedTexts();

  it('is byte-identical for two builds of the same input', () => {
    const a = writeJson(buildGraph(seeds));
    const b = writeJson(buildGraph(seeds));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(1000);
  });

  it('does not depend on the order the articles are given in', () => {
    const extra = { id: 'aaa-extra', text: '## Extra Story\n\nFebruary 02, 2022\n\nGermany urged France to resume talks with Poland.\n' };
    const a = writeJson(buildGraph([...seeds, extra]));
    const b = writeJson(buildGraph([extra, ...seeds].reverse()));
    expect(a).toBe(b);
  });

  it('is read back by parseGraph with the same nodes, edges and documents', () => {
    const g = buildGraph(seeds);
    const back = parseGraph(writeJson(g));
    expect(nodeViews(back)).toEqual(nodeViews(g));
    expect(edgeViews(back)).toEqual(edgeViews(g));
    expect(back.getAttribute('documents')).toEqual(g.getAttribute('documents'));
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
  });

  it('keeps parallel edges and hostile strings exactly', () => {
    const g = handGraph();
    const back = parseGraph(writeJson(g));
    expect(back.size).toBe(4);
    expect(back.getNodeAttributes('person:ana-lima')).toEqual(g.getNodeAttributes('person:ana-lima'));
    g.forEachEdge((edge, a) => expect(back.getEdgeAttributes(edge)).toEqual(a));
  });

  it('writes a directed multigraph with no undirected flags, pretty by default and compact on request', () => {
    const g = handGraph();
    const pretty = writeJson(g);
    const compact = writeJson(g, { pretty: false });
    const data = JSON.parse(pretty);
    expect(data.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    expect(data.edges.every((e: Record<string, unknown>) => !('undirected' in e))).toBe(true);
    expect(pretty.split('\n').length).toBeGreaterThan(10);
    expect(compact.trimEnd().includes('\n')).toBe(false);
    expect(JSON.parse(compact)).toEqual(data);
    expect(pretty.endsWith('\n')).toBe(true);
  });

  it('streams in pieces that join to JSON.stringify\'s own layout, past the size of one slice of edges', () => {
    // 2,500 edges: several slices of nodes and edges, with hostile strings in them.
    const g = createGraph();
    for (let i = 0; i < 60; i++) g.addNode(`person:p${i}`, { label: `P "${i}" <b>\n`, kind: 'person', aliases: [], titles: [], mentions: 1, docs: ['d'] });
    for (let i = 0; i < 2500; i++) g.addDirectedEdgeWithKey(`d#${i}`, `person:p${i % 60}`, `person:p${(i * 7 + 1) % 60}`, { kind: 'statement', evidence: `said "${i}"\u2028 ]}`, doc: 'd', sentence: i, start: 0, end: 9 });
    for (const pretty of [true, false]) {
      const chunks = [...jsonChunks(g, { pretty })];
      const text = chunks.join('');
      expect(chunks.length).toBeGreaterThan(6);
      expect(text).toBe(writeJson(g, { pretty }));
      // The same bytes as stringifying the whole document at once.
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, pretty ? 1 : 0) + '\n');
      expect(parseGraph(text).size).toBe(2500);
    }
    const empty = [...jsonChunks(createGraph())].join('');
    expect(empty).toBe(JSON.stringify(JSON.parse(empty), null, 1) + '\n');
  });

  it('stores the documents with their title, date, url and hash', () => {
    const g = buildGraph([{ id: 'seed', text: seeds[0].text }]);
    const [doc] = JSON.parse(writeJson(g)).attributes.documents;
    expect(doc.id).toBe('seed');
    expect(doc.date).toBe('2022-02-01');
    expect(doc.title).toBe('Russia Says Still Working on Written Follow-Up to U.S. Security Demands Response');
    expect(doc.url).toBe('https://www.themoscowtimes.com/2022/02/01/russia-says-still-working-on-written-follow-up-to-us-security-demands-response-a76214');
    expect(doc.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
