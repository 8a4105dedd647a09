import { describe, expect, it } from 'vitest';
import { computeHidden, countKinds, dateExtent, isFilterActive } from '../../web/filters.js';
import type { FilterState } from '../../web/filters.js';
import { fixture } from './helpers.js';

const none: FilterState = { hiddenEdgeKinds: new Set(), hiddenNodeKinds: new Set(), hideIsolated: false };

describe('computeHidden', () => {
  const graph = fixture('small.json');

  it('hides nothing by default', () => {
    const hidden = computeHidden(graph, none);
    expect(hidden.nodes.size).toBe(0);
    expect(hidden.edges.size).toBe(0);
    expect(isFilterActive(none)).toBe(false);
  });

  it('hides every edge of a switched-off kind and only those', () => {
    const hidden = computeHidden(graph, { ...none, hiddenEdgeKinds: new Set(['statement']) });
    const statements = graph.filterEdges((_e, a) => a.kind === 'statement');
    expect(statements.length).toBeGreaterThan(0);
    expect([...hidden.edges].sort()).toEqual([...statements].sort());
    expect(hidden.nodes.size).toBe(0);
  });

  it('hides nodes of a switched-off kind with all their edges', () => {
    const hidden = computeHidden(graph, { ...none, hiddenNodeKinds: new Set(['person']) });
    const people = graph.filterNodes((_n, a) => a.kind === 'person');
    expect([...hidden.nodes].sort()).toEqual([...people].sort());
    for (const person of people) for (const edge of graph.edges(person)) expect(hidden.edges.has(edge)).toBe(true);
    graph.forEachEdge((edge, _a, s, t) => {
      if (!people.includes(s) && !people.includes(t)) expect(hidden.edges.has(edge)).toBe(false);
    });
  });

  it('keeps dated edges inside the range and undated edges always', () => {
    const hidden = computeHidden(graph, { ...none, dateFrom: '2022-01-27', dateTo: '2022-01-31' });
    graph.forEachEdge((edge, a) => {
      const inRange = a.date === undefined || (a.date >= '2022-01-27' && a.date <= '2022-01-31');
      expect(hidden.edges.has(edge)).toBe(!inRange);
    });
    expect(hidden.edges.size).toBeGreaterThan(0);
  });

  it('hides isolated nodes, including those isolated by other filters', () => {
    expect([...computeHidden(graph, { ...none, hideIsolated: true }).nodes]).toEqual(['country:fra']);
    const onlyAffiliations = computeHidden(graph, {
      ...none,
      hideIsolated: true,
      hiddenEdgeKinds: new Set(['statement', 'demand', 'accuse', 'reject', 'threaten']),
    });
    expect(onlyAffiliations.nodes.has('person:vladimir-putin')).toBe(true);
    expect(onlyAffiliations.nodes.has('institution:kremlin')).toBe(false);
  });
});

describe('dateExtent and countKinds', () => {
  const graph = fixture('small.json');
  it('lists the distinct dates in order', () => {
    const extent = dateExtent(graph);
    expect(extent.dates).toEqual(['2022-01-26', '2022-01-28', '2022-01-31', '2022-02-01']);
    expect(extent.min).toBe('2022-01-26');
    expect(extent.max).toBe('2022-02-01');
  });
  it('counts visible and total per kind', () => {
    const hidden = computeHidden(graph, { ...none, hiddenEdgeKinds: new Set(['accuse']) });
    const counts = countKinds(graph, hidden);
    expect(counts.edges.get('accuse')).toEqual({ visible: 0, total: 3 });
    expect(counts.edges.get('statement')).toEqual({ visible: 4, total: 4 });
    expect(counts.nodes.get('country')).toEqual({ visible: 4, total: 4 });
  });
});
