import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/graph/attributes.js';
import type { DemarcheGraph } from '../../src/graph/types.js';
import { aggregate, communities, degreeRanking, egoNetwork, pagerankRanking } from '../../src/query/index.js';
import { smallGraph } from './helpers.js';

const graph = smallGraph();

/** Two triangles joined by one edge: Louvain must find the two triangles. */
function twoTriangles(): DemarcheGraph {
  const g: DemarcheGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.replaceAttributes({ documents: [{ id: 'x', date: '2023-05-01', hash: '0' }] });
  for (const key of ['country:aaa', 'country:bbb', 'country:ccc', 'country:ddd', 'country:eee', 'country:fff']) {
    g.addNode(key, { label: key.slice(8).toUpperCase(), kind: 'country', aliases: [], titles: [], mentions: 1, docs: ['x'] });
  }
  const link = (s: string, t: string, times = 1): void => {
    for (let i = 0; i < times; i++) g.addEdge(`country:${s}`, `country:${t}`, { kind: 'consult', cameo: '04', evidence: `${s} met ${t}.`, doc: 'x', sentence: 0, start: 0, end: 1 });
  };
  link('aaa', 'bbb', 2); link('bbb', 'ccc', 2); link('ccc', 'aaa', 2);
  link('ddd', 'eee', 2); link('eee', 'fff', 2); link('fff', 'ddd', 2);
  link('ccc', 'ddd');
  return g;
}

describe('degreeRanking', () => {
  it('ranks by degree with in/out split and graphology-metrics centrality', () => {
    expect(degreeRanking(graph, { limit: 3 })).toEqual([
      { key: 'country:rus', label: 'Russia', kind: 'country', degree: 11, inDegree: 7, outDegree: 4, centrality: 11 / 12 },
      { key: 'country:usa', label: 'United States', kind: 'country', degree: 8, inDegree: 5, outDegree: 3, centrality: 8 / 12 },
      { key: 'institution:nato', label: 'NATO', kind: 'institution', degree: 3, inDegree: 2, outDegree: 1, centrality: 3 / 12 },
    ]);
  });

  it('counts chosen kinds and actor kinds only', () => {
    expect(degreeRanking(graph, { kinds: 'demand', limit: 2 }).map((r) => [r.key, r.degree])).toEqual([['country:rus', 3], ['country:usa', 2]]);
    expect(degreeRanking(graph, { actorKind: 'person', limit: 2 }).map((r) => [r.key, r.degree])).toEqual([['person:antony-blinken', 2], ['person:dmitry-peskov', 2]]);
  });
});

describe('pagerankRanking', () => {
  it('ranks the most acted-upon actors first; scores sum to 1', () => {
    const ranks = pagerankRanking(graph);
    expect(ranks.slice(0, 3).map((r) => r.key)).toEqual(['country:rus', 'country:usa', 'country:ukr']);
    expect(ranks[0].score).toBeCloseTo(0.35699, 4);
    expect(ranks.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 6);
    expect(ranks.length).toBe(13);
  });
});

describe('communities', () => {
  it('finds the two triangles of a hand-built graph', () => {
    const result = communities(twoTriangles());
    expect(result.count).toBe(2);
    expect(result.communities.map((c) => c.members.map((m) => m.key))).toEqual([
      ['country:aaa', 'country:bbb', 'country:ccc'],
      ['country:ddd', 'country:eee', 'country:fff'],
    ]);
    expect(result.byNode).toEqual({ 'country:aaa': 0, 'country:bbb': 0, 'country:ccc': 0, 'country:ddd': 1, 'country:eee': 1, 'country:fff': 1 });
    expect(result.modularity).toBeGreaterThan(0.3);
  });

  it("keeps a node whose key is one of Object's special names", () => {
    // A loaded graph's keys are whatever its file says; on a plain object, '__proto__' was lost.
    const g = twoTriangles();
    g.addNode('__proto__', { label: 'Odd', kind: 'country', aliases: [], titles: [], mentions: 1, docs: ['x'] });
    g.addEdge('__proto__', 'country:aaa', { kind: 'consult', cameo: '04', evidence: 'Odd met aaa.', doc: 'x', sentence: 0, start: 0, end: 1 });
    const result = communities(g);
    expect(Object.keys(result.byNode).sort()).toEqual(g.nodes().sort());
    expect(typeof result.byNode['__proto__']).toBe('number');
  });

  it('is deterministic and puts every actor in exactly one community', () => {
    const first = communities(graph);
    expect(communities(graph)).toEqual(first);
    expect(Object.keys(first.byNode).sort()).toEqual(graph.nodes().sort());
    expect(first.communities.flatMap((c) => c.members).length).toBe(graph.order);
    // Peskov and the Kremlin are tied by two edges and nothing else: one community.
    expect(first.byNode['person:dmitry-peskov']).toBe(first.byNode['institution:kremlin']);
    // Actors without edges stand alone.
    expect(first.communities.filter((c) => c.members.length === 1).map((c) => c.members[0].key)).toEqual(['person:jane-smith', 'person:john-smith']);
  });
});

describe('egoNetwork', () => {
  it('keeps the actors within the depth and every edge among them', () => {
    const ego = egoNetwork(graph, 'Peskov');
    expect(ego.nodes()).toEqual(['country:usa', 'institution:kremlin', 'person:dmitry-peskov']);
    expect(ego.edges()).toEqual(['e6', 'e12']);
    expect(ego.getAttribute('documents').map((d) => d.id)).toEqual(['d2']);
    expect(ego.getNodeAttributes('person:dmitry-peskov')).toEqual(graph.getNodeAttributes('person:dmitry-peskov'));
  });

  it('goes deeper, and follows chosen kinds only', () => {
    expect(egoNetwork(graph, 'Peskov', { depth: 2 }).nodes()).toEqual(['country:rus', 'country:usa', 'institution:kremlin', 'person:antony-blinken', 'person:dmitry-peskov', 'person:vladimir-putin']);
    expect(egoNetwork(graph, 'Lavrov', { depth: 2, kinds: ['member_of', 'part_of'] }).nodes()).toEqual(['country:rus', 'institution:kremlin', 'person:sergei-lavrov']);
    expect(egoNetwork(graph, 'Lavrov', { depth: 0 }).nodes()).toEqual(['person:sergei-lavrov']);
  });

  it('does not change the original graph', () => {
    const ego = egoNetwork(graph, 'Peskov');
    ego.dropNode('country:usa');
    ego.getNodeAttribute('person:dmitry-peskov', 'aliases').push('Dima');
    expect(graph.hasNode('country:usa')).toBe(true);
    expect(graph.getNodeAttribute('person:dmitry-peskov', 'aliases')).toEqual(['Peskov']);
    expect(graph.size).toBe(18);
  });
});

describe('aggregate', () => {
  it('folds parallel edges of one kind into one weighted edge', () => {
    const folded = aggregate(graph);
    expect(folded.order).toBe(13);
    expect(folded.size).toBe(16);
    expect(folded.getEdgeAttributes('country:rus|demand|country:usa')).toEqual({
      kind: 'demand', cameo: '10', weight: 2, firstDate: '2022-01-15', lastDate: '2022-01-28', docs: ['d1', 'd2'], edges: ['e1', 'e3'],
    });
    expect(folded.getEdgeAttributes('country:usa|reject|country:rus').weight).toBe(2);
    expect(folded.getEdgeAttributes('country:usa|accuse|country:rus').weight).toBe(1);
  });

  it('keeps chosen kinds only', () => {
    expect(aggregate(graph, { kinds: ['reject'] }).edges()).toEqual(['country:usa|reject|country:rus', 'institution:nato|reject|country:rus']);
  });
});
