import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { graphmlChunks, writeGraphml } from '../../src/export/graphml.js';
import { createGraph } from '../../src/graph/build.js';
import type { DemarcheGraph } from '../../src/graph/types.js';
import { edgeViews, handGraph, parseXml, seedGraph } from './helpers.js';

/** Parses our GraphML with graphology-graphml and turns the JSON-string lists back into arrays. */
function readBack(xml: string) {
  const parsed = graphml.parse(MultiDirectedGraph, xml);
  const nodes = parsed.mapNodes((key, a) => ({
    key, label: a.label, kind: a.kind,
    aliases: JSON.parse(a.aliases as string) as string[],
    titles: JSON.parse(a.titles as string) as string[],
    docs: JSON.parse(a.docs as string) as string[],
    mentions: a.mentions, country: a.country,
  })).sort(byKey);
  return { parsed, nodes };
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const nodeList = (g: DemarcheGraph) => g.mapNodes((key, a) => ({
  key, label: a.label, kind: a.kind, aliases: a.aliases, titles: a.titles, docs: a.docs, mentions: a.mentions, country: a.country,
})).sort(byKey);

describe('writeGraphml', () => {
  it('round-trips the seed graph through graphology-graphml: same nodes and attributes', () => {
    const g = seedGraph();
    const { parsed, nodes } = readBack(writeGraphml(g));
    expect(parsed.order).toBe(g.order);
    expect(nodes).toEqual(nodeList(g));
  });

  it('round-trips the seed graph: same edges with source, target, kind, evidence and numbers', () => {
    const g = seedGraph();
    const { parsed } = readBack(writeGraphml(g));
    expect(parsed.size).toBe(g.size);
    expect(edgeViews(parsed as unknown as DemarcheGraph)).toEqual(edgeViews(g));
    g.forEachEdge((edge, a) => {
      const b = parsed.getEdgeAttributes(edge);
      expect(b.sentence).toBe(a.sentence);
      expect(b.start).toBe(a.start);
      expect(b.end).toBe(a.end);
      expect(b.doc).toBe(a.doc);
    });
  });

  it('keeps parallel edges and hostile text', () => {
    const g = handGraph();
    const xml = writeGraphml(g);
    expect(xml).not.toContain('<script>');
    expect(parseXml(xml).problems).toEqual([]);
    const { parsed, nodes } = readBack(xml);
    expect(nodes).toEqual(nodeList(g));
    expect(parsed.edges('person:ana-lima', 'country:fra')).toHaveLength(3);
    expect(edgeViews(parsed as unknown as DemarcheGraph)).toEqual(edgeViews(g));
    const e = parsed.getEdgeAttributes('d1#1#statement#person:ana-lima>country:fra');
    expect(e.alleged).toBe(true);
    expect(e.allegedBy).toBe('institution:un');
  });

  it('declares typed keys and a directed graph', () => {
    const xml = writeGraphml(handGraph());
    const { doc } = parseXml(xml);
    expect(doc.documentElement.tagName).toBe('graphml');
    expect(doc.getElementsByTagName('graph')[0].getAttribute('edgedefault')).toBe('directed');
    expect(xml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(xml).toContain('<key id="e_alleged" for="edge" attr.name="alleged" attr.type="boolean"/>');
  });

  it('streams the same document in chunks', () => {
    const g = handGraph();
    expect([...graphmlChunks(g)].join('')).toBe(writeGraphml(g));
  });

  it('writes an empty graph as a well-formed document', () => {
    const xml = writeGraphml(createGraph());
    expect(parseXml(xml).problems).toEqual([]);
    expect(graphml.parse(MultiDirectedGraph, xml).order).toBe(0);
  });
});
