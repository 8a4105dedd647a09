/**
 * The viewer works on its own copy of the graph, to which it adds the view
 * attributes sigma and the layout need (x, y, degree, fixed). They never
 * leave the page: `dataSubgraph` strips them before an export. Pure.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../src/graph/attributes.js';
import type { DemarcheGraph } from '../src/graph/types.js';
import { nodeSize } from './styles.js';
import type { SizeBy } from './styles.js';

export interface ViewNodeAttributes extends NodeAttributes {
  x: number;
  y: number;
  /** Number of incident edges (view attribute, for sizing). */
  degree: number;
  /** Pinned by a drag: ForceAtlas2 leaves it where it was dropped. */
  fixed?: boolean;
  /** Large graphs, in sigma's nodes-only stage: the node's radius in pixels (setStageSizes). */
  size?: number;
}

export type ViewGraph = MultiDirectedGraph<ViewNodeAttributes, EdgeAttributes, GraphAttributes>;

/** The attributes the viewer adds; never exported. */
export const VIEW_NODE_ATTRIBUTES = ['x', 'y', 'degree', 'fixed', 'size', 'color'] as const;
export const VIEW_EDGE_ATTRIBUTES = ['size', 'color', 'type'] as const;

/** 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic pseudo-random position in [-1, 1]² from the node key, so a link shows the same start layout. */
export function seedPosition(node: string): { x: number; y: number } {
  const a = hash(node);
  const b = hash(`${node}\u0000y`);
  return { x: (a / 0xffffffff) * 2 - 1, y: (b / 0xffffffff) * 2 - 1 };
}

export function toViewGraph(graph: DemarcheGraph): ViewGraph {
  const view: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  view.replaceAttributes({ ...graph.getAttributes() });
  const scale = Math.max(1, Math.sqrt(graph.order)) * 10;
  graph.forEachNode((node, attrs) => {
    const a = attrs as NodeAttributes & Record<string, unknown>;
    // Drop display attributes a foreign file may carry (GEXF viz size/colour), keep given positions.
    const { x, y, size: _s, color: _c, type: _t, fixed: _f, hidden: _h, ...data } = a;
    const seeded = seedPosition(node);
    view.addNode(node, {
      ...(data as unknown as NodeAttributes),
      x: typeof x === 'number' && Number.isFinite(x) ? x : seeded.x * scale,
      y: typeof y === 'number' && Number.isFinite(y) ? y : seeded.y * scale,
      degree: graph.degree(node),
    });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const { size: _s, color: _c, type: _t, hidden: _h, ...data } = attrs as EdgeAttributes & Record<string, unknown>;
    view.addDirectedEdgeWithKey(edge, source, target, data as unknown as EdgeAttributes);
  });
  // All nodes on one point would stall ForceAtlas2: spread them if the file gave identical positions.
  if (view.order > 1) {
    let same = true;
    const first = view.getNodeAttributes(view.nodes()[0]);
    view.forEachNode((_n, a) => { if (a.x !== first.x || a.y !== first.y) same = false; });
    if (same) view.updateEachNodeAttributes((node, a) => ({ ...a, ...scaled(seedPosition(node), scale) }), { attributes: ['x', 'y'] });
  }
  return view;
}

function scaled(p: { x: number; y: number }, s: number): { x: number; y: number } {
  return { x: p.x * s, y: p.y * s };
}

/**
 * What sigma draws on a large graph: the view's nodes (copies of their
 * attributes), no edges; edge-layer.ts draws the edges. Sigma then spends
 * nothing per frame on 100,000 edges it does not draw. Positions stay in
 * step through `copyPositions`.
 */
export function nodeStage(view: ViewGraph): ViewGraph {
  const stage: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  view.forEachNode((node, attrs) => { stage.addNode(node, { ...attrs }); });
  return stage;
}

/** Large graphs: sizes every node of the stage by degree or mentions (one update, one sigma refresh). */
export function setStageSizes(stage: ViewGraph, sizeBy: SizeBy): void {
  stage.updateEachNodeAttributes((_node, a) => {
    a.size = nodeSize(sizeBy === 'mentions' ? a.mentions : a.degree, true);
    return a;
  }, { attributes: ['size'] });
}

/** Copies x and y of every node from one graph to another with the same nodes, as one update (one sigma refresh). */
export function copyPositions(from: ViewGraph, to: ViewGraph): void {
  to.updateEachNodeAttributes((node, a) => {
    const p = from.getNodeAttributes(node);
    a.x = p.x;
    a.y = p.y;
    return a;
  }, { attributes: ['x', 'y'] });
}

/**
 * The data of the visible part of the view: a DemarcheGraph without view
 * attributes, plus the current positions (for GEXF viz:position).
 */
export function dataSubgraph(view: ViewGraph, hidden?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): {
  graph: DemarcheGraph;
  positions: Map<string, { x: number; y: number }>;
} {
  const graph: DemarcheGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ ...view.getAttributes() });
  const positions = new Map<string, { x: number; y: number }>();
  view.forEachNode((node, attrs) => {
    if (hidden?.nodes.has(node)) return;
    const data: Record<string, unknown> = { ...attrs };
    for (const key of VIEW_NODE_ATTRIBUTES) delete data[key];
    graph.addNode(node, data as unknown as NodeAttributes);
    positions.set(node, { x: Math.round(attrs.x * 100) / 100, y: Math.round(attrs.y * 100) / 100 });
  });
  view.forEachEdge((edge, attrs, source, target) => {
    if (hidden?.edges.has(edge) || !graph.hasNode(source) || !graph.hasNode(target)) return;
    const data: Record<string, unknown> = { ...attrs };
    for (const key of VIEW_EDGE_ATTRIBUTES) delete data[key];
    graph.addDirectedEdgeWithKey(edge, source, target, data as unknown as EdgeAttributes);
  });
  return { graph, positions };
}
