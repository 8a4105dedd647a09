import fc from 'fast-check';
import { DirectedGraph, MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { allSimplePaths } from 'graphology-simple-path';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/graph/attributes.js';
import type { DemarcheGraph } from '../../src/graph/types.js';
import { allPaths, AmbiguousActorError, QueryOptionError, shortestPath, UnknownActorError } from '../../src/query/index.js';
import { smallGraph } from './helpers.js';

const graph = smallGraph();

describe('shortestPath', () => {
  it('"how are Blinken and Lavrov connected": one hop with its evidence', () => {
    const path = shortestPath(graph, 'Blinken', 'Lavrov');
    expect(path).toMatchObject({
      nodes: ['person:antony-blinken', 'person:sergei-lavrov'], labels: ['Antony Blinken', 'Sergei Lavrov'], length: 1,
      hops: [{ from: 'person:antony-blinken', to: 'person:sergei-lavrov', relations: [{ edge: 'e9', kind: 'consult', evidence: 'Blinken spoke by phone with Foreign Minister Sergei Lavrov.' }] }],
    });
  });

  it('ignores direction by default and lists every edge of a hop, both ways', () => {
    expect(shortestPath(graph, 'Blinken', 'Peskov')?.nodes).toEqual(['person:antony-blinken', 'country:usa', 'person:dmitry-peskov']);
    const hop = shortestPath(graph, 'Washington', 'Moscow')?.hops[0];
    expect(hop?.relations.map((r) => r.edge)).toEqual(['e1', 'e4', 'e18', 'e3', 'e14']);
  });

  it('follows direction when asked', () => {
    expect(shortestPath(graph, 'Blinken', 'Peskov', { directed: true })).toBeNull();
    expect(shortestPath(graph, 'Peskov', 'Russia', { directed: true })?.nodes).toEqual(['person:dmitry-peskov', 'country:usa', 'country:rus']);
  });

  it('walks chosen kinds only', () => {
    expect(shortestPath(graph, 'Blinken', 'Russia', { kinds: ['consult', 'member_of'] })?.nodes).toEqual(['person:antony-blinken', 'person:sergei-lavrov', 'country:rus']);
    expect(shortestPath(graph, 'Peskov', 'Russia', { kinds: ['member_of', 'part_of'] })?.nodes).toEqual(['person:dmitry-peskov', 'institution:kremlin', 'country:rus']);
    expect(shortestPath(graph, 'Blinken', 'Russia', { kinds: 'demand' })).toBeNull();
  });

  it('returns a zero-hop path from an actor to itself, null when unconnected', () => {
    expect(shortestPath(graph, 'Russia', 'moscow')).toEqual({ nodes: ['country:rus'], labels: ['Russia'], length: 0, hops: [] });
    expect(shortestPath(graph, 'Jane Smith', 'Peskov')).toBeNull();
  });

  it('throws on unknown or ambiguous ends', () => {
    expect(() => shortestPath(graph, 'Smith', 'Peskov')).toThrow(AmbiguousActorError);
    expect(() => shortestPath(graph, 'Atlantis', 'Peskov')).toThrow(UnknownActorError);
  });
});

describe('allPaths', () => {
  it('lists simple paths up to a length, shortest first, then by keys', () => {
    expect(allPaths(graph, 'Blinken', 'Peskov', { maxLength: 4 }).map((p) => p.nodes)).toEqual([
      ['person:antony-blinken', 'country:usa', 'person:dmitry-peskov'],
      ['person:antony-blinken', 'country:usa', 'country:rus', 'institution:kremlin', 'person:dmitry-peskov'],
      ['person:antony-blinken', 'person:sergei-lavrov', 'country:rus', 'country:usa', 'person:dmitry-peskov'],
      ['person:antony-blinken', 'person:sergei-lavrov', 'country:rus', 'institution:kremlin', 'person:dmitry-peskov'],
    ]);
    expect(allPaths(graph, 'Blinken', 'Peskov', { maxLength: 3 }).map((p) => p.length)).toEqual([2]);
    expect(allPaths(graph, 'Blinken', 'Peskov', { maxLength: 4, limit: 2 }).map((p) => p.length)).toEqual([2, 4]);
  });

  it('respects kinds and direction', () => {
    expect(allPaths(graph, 'Blinken', 'Peskov', { maxLength: 4, kinds: ['consult', 'member_of', 'part_of'] }).map((p) => p.nodes)).toEqual([
      ['person:antony-blinken', 'person:sergei-lavrov', 'country:rus', 'institution:kremlin', 'person:dmitry-peskov'],
    ]);
    expect(allPaths(graph, 'Putin', 'Russia', { directed: true, maxLength: 3 }).map((p) => p.labels)).toEqual([
      ['Vladimir Putin', 'United States', 'Russia'],
      ['Vladimir Putin', 'NATO', 'Russia'],
    ]);
  });

  it('gives [] between an actor and itself or unconnected actors, and checks maxLength', () => {
    expect(allPaths(graph, 'Russia', 'Russia')).toEqual([]);
    expect(allPaths(graph, 'Jane Smith', 'Russia')).toEqual([]);
    expect(() => allPaths(graph, 'Russia', 'NATO', { maxLength: 0 })).toThrow(QueryOptionError);
  });
});

describe('paths agree with graphology-shortest-path and graphology-simple-path (property)', () => {
  it('same lengths and same path sets as the libraries on an explicit view of the graph', () => {
    const kinds = ['demand', 'reject', 'consult'] as const;
    const edgeArb = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), fc.constantFrom(...kinds));
    fc.assert(fc.property(fc.array(edgeArb, { maxLength: 25 }), fc.boolean(), fc.boolean(), (list, directed, onlyDemand) => {
      const g: DemarcheGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
      for (let i = 0; i < 8; i++) g.addNode(`country:n${i}`, { label: `N${i}`, kind: 'country', aliases: [], titles: [], mentions: 0, docs: [] });
      g.replaceAttributes({ documents: [] });
      list.forEach(([s, t, kind], i) => g.addEdgeWithKey(`e${i}`, `country:n${s}`, `country:n${t}`, { kind, evidence: '', doc: 'd', sentence: i, start: 0, end: 0 }));
      const allowed = onlyDemand ? ['demand'] : null;
      const view = directed ? new DirectedGraph() : new UndirectedGraph();
      g.forEachNode((n) => view.addNode(n));
      g.forEachEdge((_e, a, s, t) => { if (s !== t && (!allowed || allowed.includes(a.kind))) view.mergeEdge(s, t); });
      const options = { directed, kinds: allowed ? ['demand' as const] : undefined };
      for (let t = 1; t < 8; t++) {
        const ours = shortestPath(g, 'country:n0', `country:n${t}`, options);
        const theirs = bidirectional(view, 'country:n0', `country:n${t}`);
        if ((ours?.length ?? -1) !== (theirs ? theirs.length - 1 : -1)) return false;
        const ourPaths = allPaths(g, 'country:n0', `country:n${t}`, { ...options, maxLength: 3, limit: 10_000 }).map((p) => p.nodes.join(' ')).sort();
        const theirPaths = allSimplePaths(view, 'country:n0', `country:n${t}`, { maxDepth: 3 }).map((p) => p.join(' ')).sort();
        if (JSON.stringify(ourPaths) !== JSON.stringify(theirPaths)) return false;
      }
      return true;
    }), { numRuns: 300, seed: 7 });
  });
});
