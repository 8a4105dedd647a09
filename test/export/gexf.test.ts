import { describe, expect, it } from 'vitest';
import { escapeXml, gexfChunks, KIND_COLORS, writeGexf } from '../../src/export/gexf.js';
import { parseGraph } from '../../src/graph/load.js';
import { createGraph } from '../../src/graph/build.js';
import { edgeViews, handGraph, nodeViews, parseXml, seedGraph } from './helpers.js';

describe('writeGexf: the seed article round-trips', () => {
  const g = seedGraph();
  const xml = writeGexf(g);
  const back = parseGraph(xml);

  it('builds a non-trivial graph from the seed', () => {
    expect(g.order).toBeGreaterThan(5);
    expect(g.size).toBeGreaterThan(5);
    expect(g.hasNode('country:rus')).toBe(true);
    expect(g.hasNode('country:usa')).toBe(true);
  });

  it('keeps node keys, labels, kinds, aliases, titles, mentions and docs', () => {
    expect(back.order).toBe(g.order);
    expect(nodeViews(back)).toEqual(nodeViews(g));
  });

  it('keeps every edge: key, source, target, kind and evidence', () => {
    expect(back.size).toBe(g.size);
    expect(edgeViews(back)).toEqual(edgeViews(g));
  });

  it('keeps the optional edge attributes (cameo, verb, quote, date, alleged)', () => {
    g.forEachEdge((edge, a) => {
      const b = back.getEdgeAttributes(edge);
      for (const k of ['cameo', 'verb', 'quote', 'date', 'alleged', 'allegedBy', 'doc', 'sentence', 'start', 'end'] as const) {
        expect(b[k], `${edge} ${k}`).toEqual(a[k]);
      }
    });
  });

  it('is well-formed XML, GEXF version 1.3', () => {
    const { doc, problems } = parseXml(xml);
    expect(problems).toEqual([]);
    const root = doc.documentElement;
    expect(root.tagName).toBe('gexf');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getAttribute('xmlns')).toBe('http://gexf.net/1.3');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.getElementsByTagName('node').length).toBe(g.order);
    expect(doc.getElementsByTagName('edge').length).toBe(g.size);
  });

  it('gives every node a viz colour for its kind', () => {
    const { doc } = parseXml(xml);
    const nodes = doc.getElementsByTagName('node');
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const kind = g.getNodeAttribute(node.getAttribute('id')!, 'kind');
      const color = node.getElementsByTagName('viz:color')[0];
      expect(color, node.getAttribute('id')!).toBeDefined();
      expect({ r: Number(color.getAttribute('r')), g: Number(color.getAttribute('g')), b: Number(color.getAttribute('b')) }).toEqual(KIND_COLORS[kind]);
    }
  });

  it('uses three distinct colours for the three kinds', () => {
    const colors = new Set(Object.values(KIND_COLORS).map((c) => `${c.r},${c.g},${c.b}`));
    expect(colors.size).toBe(3);
  });

  it('streams the same document in chunks as writeGexf returns', () => {
    expect([...gexfChunks(g)].join('')).toBe(xml);
  });
});

describe('writeGexf: parallel edges and hostile text', () => {
  const g = handGraph();
  const xml = writeGexf(g);
  const back = parseGraph(xml);

  it('writes the second parallel edge of one kind as "statement#2" with a relation column', () => {
    const { doc } = parseXml(xml);
    const edges = Array.from({ length: doc.getElementsByTagName('edge').length }, (_, i) => doc.getElementsByTagName('edge')[i]);
    const statements = edges.filter((e) => e.getAttribute('label') === 'statement');
    expect(statements).toHaveLength(2);
    expect(statements.map((e) => e.getAttribute('kind')).sort()).toEqual(['statement', 'statement#2']);
    for (const e of statements) {
      const relation = Array.from({ length: e.getElementsByTagName('attvalue').length }, (_, i) => e.getElementsByTagName('attvalue')[i])
        .find((v) => v.getAttribute('for') === 'relation');
      expect(relation?.getAttribute('value')).toBe('statement');
    }
  });

  it('parseGraph restores kind "statement" on both parallel edges', () => {
    expect(back.size).toBe(4);
    expect(edgeViews(back)).toEqual(edgeViews(g));
    expect(back.edges('person:ana-lima', 'country:fra').map((e) => back.getEdgeAttribute(e, 'kind')).sort()).toEqual(['member_of', 'statement', 'statement']);
  });

  it('escapes <script> and & in labels, aliases and evidence, and reads them back as plain text', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('Ana &lt;script&gt;alert(1)&lt;/script&gt; &amp; Lima');
    expect(parseXml(xml).problems).toEqual([]);
    expect(back.getNodeAttribute('person:ana-lima', 'label')).toBe('Ana <script>alert(1)</script> & Lima');
    expect(back.getEdgeAttribute('d1#0#statement#person:ana-lima>country:fra', 'evidence')).toBe('Lima said <b>x</b> & "y" to France.');
  });

  it('keeps list attributes whose items contain commas, quotes, brackets and apostrophes', () => {
    expect(back.getNodeAttribute('person:ana-lima', 'aliases')).toEqual(['A, B', 'say "hi"', 'x]', "it's", 'Lima']);
    expect(back.getNodeAttribute('country:fra', 'aliases')).toEqual(['Paris']);
    expect(back.getNodeAttribute('institution:un', 'aliases')).toEqual([]);
  });

  it('keeps booleans and numbers typed', () => {
    const e = back.getEdgeAttributes('d1#1#statement#person:ana-lima>country:fra');
    expect(e.alleged).toBe(true);
    expect(e.allegedBy).toBe('institution:un');
    expect(e.sentence).toBe(1);
    expect(e.start).toBe(35);
    expect(back.getNodeAttribute('person:ana-lima', 'mentions')).toBe(3);
  });

  it('gives affiliations half the weight of interactions', () => {
    const { doc } = parseXml(xml);
    const edges = Array.from({ length: doc.getElementsByTagName('edge').length }, (_, i) => doc.getElementsByTagName('edge')[i]);
    expect(edges.find((e) => e.getAttribute('kind') === 'member_of')?.getAttribute('weight')).toBe('0.5');
    expect(edges.find((e) => e.getAttribute('kind') === 'demand')?.getAttribute('weight')).toBe('1');
  });

  it('escapes the document title in the description', () => {
    expect(xml).toContain('<description>Hand &lt;made&gt; &amp; &quot;quoted&quot;</description>');
  });

  it('writes node positions when given', () => {
    const withPositions = writeGexf(g, { positions: new Map([['country:fra', { x: 1.5, y: -2 }]]) });
    expect(withPositions).toContain('<viz:position x="1.5" y="-2" z="0"/>');
    expect(parseXml(withPositions).problems).toEqual([]);
  });

  it('writes an empty graph as a well-formed document', () => {
    const empty = writeGexf(createGraph());
    expect(parseXml(empty).problems).toEqual([]);
    expect(empty).toContain('<nodes>\n</nodes>');
  });

  // Regression test (found while testing, fixed): graphology-gexf infers the type "mixed" for a GEXF without edges, and parseGraph passes MultiDirectedGraph to gexf.parse, which throws 'MultiDirectedGraph.from: inconsistent "mixed" type'. So the GEXF…
  it('parseGraph reads back the GEXF of a graph without edges', () => {
    const g1 = createGraph();
    g1.addNode('country:fra', { label: 'France', kind: 'country', aliases: [], titles: [], mentions: 1, docs: ['d1'] });
    const back1 = parseGraph(writeGexf(g1));
    expect(back1.nodes()).toEqual(['country:fra']);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('drops characters XML 1.0 forbids, keeps tab and newlines', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
  });

  it('keeps a label with control characters readable after a round trip', () => {
    const g = createGraph();
    g.addNode('country:fra', { label: 'Fr\u0001ance', kind: 'country', aliases: [], titles: [], mentions: 1, docs: [] });
    g.addNode('country:deu', { label: 'Germany', kind: 'country', aliases: [], titles: [], mentions: 1, docs: [] });
    g.addDirectedEdgeWithKey('e', 'country:deu', 'country:fra', { kind: 'appeal', evidence: 'Germany\u0007 urged France.', doc: 'd', sentence: 0, start: 0, end: 1 });
    const xml = writeGexf(g);
    expect(parseXml(xml).problems).toEqual([]);
    const back = parseGraph(xml);
    expect(back.getNodeAttribute('country:fra', 'label')).toBe('France');
    expect(back.getEdgeAttribute('e', 'evidence')).toBe('Germany urged France.');
  });
});
