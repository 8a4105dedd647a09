import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/load.js';
import { writeGexf } from '../../src/export/gexf.js';
import { computeHidden } from '../../web/filters.js';
import { dataSubgraph, seedPosition, toViewGraph } from '../../web/view-graph.js';
import { fixture, fixtureText } from './helpers.js';

describe('toViewGraph', () => {
  it('adds positions and degrees without touching the data graph', () => {
    const graph = fixture('small.json');
    const view = toViewGraph(graph);
    expect(view.order).toBe(graph.order);
    expect(view.size).toBe(graph.size);
    const putin = view.getNodeAttributes('person:vladimir-putin');
    expect(Number.isFinite(putin.x) && Number.isFinite(putin.y)).toBe(true);
    expect(putin.degree).toBe(graph.degree('person:vladimir-putin'));
    expect(graph.getNodeAttributes('person:vladimir-putin')).not.toHaveProperty('x');
  });

  it('starts from the same positions every time', () => {
    expect(seedPosition('country:rus')).toEqual(seedPosition('country:rus'));
    expect(seedPosition('country:rus')).not.toEqual(seedPosition('country:usa'));
    const a = toViewGraph(fixture('small.json'));
    const b = toViewGraph(fixture('small.json'));
    a.forEachNode((node, attrs) => expect(b.getNodeAttribute(node, 'x')).toBe(attrs.x));
  });

  it('drops display attributes a foreign file carries, keeps its positions', () => {
    const graph = parseGraph(fixtureText('other.gexf'));
    graph.mergeNodeAttributes('country:fra', { x: 5, y: 7, color: '#fff', size: 99 } as never);
    const view = toViewGraph(graph);
    expect(view.getNodeAttributes('country:fra')).toMatchObject({ x: 5, y: 7 });
    expect(view.getNodeAttributes('country:fra')).not.toHaveProperty('color');
    expect(view.getNodeAttributes('country:fra')).not.toHaveProperty('size');
  });
});

describe('dataSubgraph', () => {
  it('exports only what is visible, without view attributes, with positions', () => {
    const view = toViewGraph(fixture('small.json'));
    view.setNodeAttribute('person:vladimir-putin', 'fixed', true);
    const hidden = computeHidden(view as never, { hiddenEdgeKinds: new Set(['statement']), hiddenNodeKinds: new Set(['institution']), hideIsolated: false });
    const { graph, positions } = dataSubgraph(view, hidden);
    expect(graph.filterEdges((_e, a) => a.kind === 'statement')).toEqual([]);
    expect(graph.filterNodes((_n, a) => a.kind === 'institution')).toEqual([]);
    expect(graph.hasNode('person:vladimir-putin')).toBe(true);
    const attrs = graph.getNodeAttributes('person:vladimir-putin') as unknown as Record<string, unknown>;
    for (const key of ['x', 'y', 'degree', 'fixed']) expect(attrs).not.toHaveProperty(key);
    expect(positions.get('person:vladimir-putin')).toEqual({
      x: Math.round(view.getNodeAttribute('person:vladimir-putin', 'x') * 100) / 100,
      y: Math.round(view.getNodeAttribute('person:vladimir-putin', 'y') * 100) / 100,
    });
    // The GEXF of the view reads back as the same visible graph.
    const back = parseGraph(writeGexf(graph, { positions }));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttribute('person:vladimir-putin', 'label')).toBe('Vladimir Putin');
  });
});
