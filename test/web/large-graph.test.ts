/**
 * The pure parts of drawing a large graph: the edge lines, the picture
 * transform, the nodes-only stage, and the choices made by graph size.
 */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { apply, invert, pictureQuad, same } from '../../web/affine.js';
import { edgeLines, lineOpacity, packRgba, unpackRgba } from '../../web/edge-lines.js';
import { DEINSTANCE_MIN_ITEMS, isLarge, layoutSyncMs, sigmaSettings } from '../../web/settings.js';
import { sigmaStyles } from '../../web/sigma-styles.js';
import { EDGE_COLORS, nodeSize } from '../../web/styles.js';
import { copyPositions, nodeStage, toViewGraph } from '../../web/view-graph.js';
import { fixture } from './helpers.js';

describe('edge lines', () => {
  function graph() {
    const g = new MultiDirectedGraph<Record<string, unknown>, { kind: string }>({ allowSelfLoops: true });
    for (const n of ['a', 'b', 'c']) g.addNode(n);
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { kind: 'accuse' });
    g.addDirectedEdgeWithKey('e2', 'a', 'b', { kind: 'accuse' }); // parallel, same kind
    g.addDirectedEdgeWithKey('e3', 'b', 'a', { kind: 'accuse' }); // other direction, same kind
    g.addDirectedEdgeWithKey('e4', 'a', 'b', { kind: 'demand' }); // same pair, other kind
    g.addDirectedEdgeWithKey('e5', 'b', 'c', { kind: 'member_of' });
    g.addDirectedEdgeWithKey('e6', 'c', 'c', { kind: 'statement' }); // self-loop
    return g;
  }

  it('draws one line per pair and kind, whatever the direction; no line for a self-loop', () => {
    const lines = edgeLines(graph());
    expect(lines.count).toBe(3);
    expect(lines.edges).toBe(5);
    const pairs = [];
    for (let i = 0; i < lines.count; i++) pairs.push([lines.ends[2 * i], lines.ends[2 * i + 1], unpackRgba(lines.rgba[i])]);
    expect(pairs).toEqual([
      ['a', 'b', unpackRgba(packRgba(EDGE_COLORS.accuse, 0.9))],
      ['a', 'b', unpackRgba(packRgba(EDGE_COLORS.demand, 0.9))],
      ['b', 'c', unpackRgba(packRgba(EDGE_COLORS.member_of, 0.55))],
    ]);
  });

  it('leaves out hidden edges, and keeps a pair while one of its edges is visible', () => {
    const lines = edgeLines(graph(), new Set(['e1', 'e2', 'e4', 'e5']));
    expect(lines.ends).toEqual(['b', 'a']);
    expect(lines.edges).toBe(1);
    expect(edgeLines(graph(), new Set(['e1', 'e2', 'e3', 'e4', 'e5'])).count).toBe(0);
  });

  it('still draws one line per pair and kind past 32 kinds', () => {
    const g = new MultiDirectedGraph<Record<string, unknown>, { kind: string }>();
    g.addNode('a');
    g.addNode('b');
    for (let k = 0; k < 40; k++) {
      g.addDirectedEdge('a', 'b', { kind: `kind${k}` });
      g.addDirectedEdge('b', 'a', { kind: `kind${k}` });
    }
    const lines = edgeLines(g);
    expect(lines.count).toBe(40);
    expect(lines.edges).toBe(80);
  });

  it('packs colours as bytes r, g, b, a with the opacity of the kind', () => {
    expect(unpackRgba(packRgba('#ff7f00', 0.9))).toEqual([255, 127, 0, 230]);
    expect(unpackRgba(packRgba('not a colour', 1))).toEqual([0x99, 0x99, 0x99, 255]);
    expect(lineOpacity('part_of')).toBeLessThan(lineOpacity('threaten'));
  });
});

describe('picture transform', () => {
  // A camera matrix: scale 2 and 3, turn a quarter, translate (0.5, -0.25).
  const m = Float32Array.of(0, 3, 0, -2, 0, 0, 0.5, -0.25, 1);

  it('inverts an affine matrix', () => {
    const back = invert(m)!;
    const [x, y] = apply(m, 0.3, -0.7);
    const [gx, gy] = apply(back, x, y);
    expect(gx).toBeCloseTo(0.3, 5);
    expect(gy).toBeCloseTo(-0.7, 5);
    expect(invert(Float32Array.of(0, 0, 0, 0, 0, 0, 1, 1, 1))).toBeUndefined();
  });

  it('covers the whole frame with the whole picture when the camera has not moved', () => {
    expect([...pictureQuad(m, m)!].map((v) => Math.round(v * 1e5) / 1e5)).toEqual([
      -1, -1, 0, 0, 1, -1, 1, 0, -1, 1, 0, 1, 1, 1, 1, 1,
    ]);
  });

  it('moves the picture with a pan and scales it with a zoom', () => {
    const identity = Float32Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1);
    const panned = Float32Array.of(1, 0, 0, 0, 1, 0, 0.5, 0, 1);
    const zoomed = Float32Array.of(2, 0, 0, 0, 2, 0, 0, 0, 1);
    expect([...pictureQuad(identity, panned)!.subarray(0, 2)]).toEqual([-0.5, -1]);
    expect([...pictureQuad(identity, zoomed)!.subarray(12, 14)]).toEqual([2, 2]);
    expect(same(identity, Float32Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1))).toBe(true);
    expect(same(identity, panned)).toBe(false);
  });
});

describe('nodes-only stage', () => {
  it('has the view\'s nodes and attributes, no edges, and follows its positions', () => {
    const view = toViewGraph(fixture('small.json'));
    const stage = nodeStage(view);
    expect(stage.order).toBe(view.order);
    expect(stage.size).toBe(0);
    expect(stage.getNodeAttributes('country:rus')).toEqual(view.getNodeAttributes('country:rus'));
    view.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x + 1 }), { attributes: ['x'] });
    expect(stage.getNodeAttribute('country:rus', 'x')).not.toBe(view.getNodeAttribute('country:rus', 'x'));
    copyPositions(view, stage);
    view.forEachNode((node, a) => expect(stage.getNodeAttributes(node)).toMatchObject({ x: a.x, y: a.y }));
  });
});

describe('choices by graph size', () => {
  it('large graphs: smaller nodes, fewer labels, no edge hover', () => {
    expect(isLarge(20000, 100000)).toBe(true);
    expect(isLarge(17, 41)).toBe(false);
    expect(nodeSize(0, true)).toBe(1.5);
    expect(nodeSize(1e6, true)).toBe(8);
    expect(nodeSize(10, true)).toBeLessThan(nodeSize(10));
    expect(nodeSize(1e6)).toBe(28);
    const large = sigmaSettings(20000, 100000);
    // No hide-on-move: sigma would reprocess every node at the end of each drag.
    expect(large).toMatchObject({ enableEdgeEvents: false, hideEdgesOnMove: false, hideLabelsOnMove: false });
    expect(sigmaSettings(17, 41)).toMatchObject({ enableEdgeEvents: true, hideEdgesOnMove: false });
    expect(layoutSyncMs(20000, 100000)).toBeGreaterThan(layoutSyncMs(17, 41));
    expect(DEINSTANCE_MIN_ITEMS).toBeGreaterThan(100);
  });

  it('small graphs keep arrowheads and curved parallel edges; large ones declare neither', () => {
    const edgeBase = (large: boolean) => (sigmaStyles(large, true).edges as unknown as Array<Record<string, unknown>>)[0];
    expect(edgeBase(false)).toMatchObject({ head: 'arrow', parallelPath: 'curved', selfLoopPath: 'loop' });
    expect(edgeBase(true)).not.toHaveProperty('head');
    expect(edgeBase(true)).not.toHaveProperty('parallelPath');
    expect(edgeBase(true)).not.toHaveProperty('selfLoopPath');
  });
});
