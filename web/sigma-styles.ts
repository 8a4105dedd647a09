/**
 * The sigma style rules: how node and edge kinds, states (hovered,
 * highlighted, selected, hidden) and the size mode become pixels. Rules are
 * data bound to `kind` (see styles.ts); later rules override earlier ones.
 * Imports only types from sigma, so it loads without WebGL.
 */
import type { StylesDeclaration } from 'sigma/types';
import type { EdgeAttributes } from '../src/graph/attributes.js';
import {
  EDGE_COLORS, FADED_EDGE_COLOR, FADED_NODE_COLOR, NODE_COLORS, NODE_SHAPES, UNKNOWN_EDGE_COLOR,
  edgeSize, isAffiliation, nodeSize,
} from './styles.js';
import type { SizeBy } from './styles.js';
import type { ViewNodeAttributes } from './view-graph.js';

/** Custom node state: the node whose panel is open. */
export interface NodeState { isSelected: boolean }
export type EdgeState = Record<never, never>;
/** Custom graph state: what node sizes follow. */
export interface GraphState { sizeBy: SizeBy }

export const CUSTOM_NODE_STATE: NodeState = { isSelected: false };
export const CUSTOM_GRAPH_STATE: GraphState = { sizeBy: 'degree' };

type Styles = StylesDeclaration<ViewNodeAttributes, EdgeAttributes, NodeState, EdgeState, GraphState>;
type NodeRules = Extract<NonNullable<Styles['nodes']>, readonly unknown[]>;

/** What the neighbourhood of the hovered or selected node, and dragged nodes, look like: on top, labelled. */
function highlightRules(): NodeRules {
  return [
    { whenState: 'isHighlighted', then: { depth: 'topNodes', labelVisibility: 'visible' } },
    {
      whenState: 'isSelected',
      then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropBorderColor: '#111111', backdropBorderWidth: 2 },
    },
    { whenState: 'isHovered', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' } },
    { whenState: 'isDragged', then: { depth: 'topNodes', labelVisibility: 'visible' } },
  ];
}

const NODE_LOOK = {
  x: { attribute: 'x' },
  y: { attribute: 'y' },
  label: { attribute: 'label' },
  color: { attribute: 'kind', dict: { ...NODE_COLORS }, defaultValue: '#888888' },
  shape: { attribute: 'kind', dict: { ...NODE_SHAPES }, defaultValue: 'circle' },
  visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
  depth: 'nodes',
  labelVisibility: 'auto',
  labelColor: '#222222',
  backdropVisibility: 'hidden',
  backdropColor: '#ffffff',
  backdropShadowColor: 'rgba(0, 0, 0, 0.45)',
  backdropShadowBlur: 10,
  backdropPadding: 5,
} as const;

/** Large graphs: the same look from node states and attributes only (see sigmaStyles). */
function largeNodeRules(): NodeRules {
  return [{ ...NODE_LOOK, size: { attribute: 'size', defaultValue: 2 } }, ...highlightRules()];
}

/**
 * `large`: smaller nodes, and edges left to edge-layer.ts; `loops`: the graph
 * has self-loops (a loop path is declared).
 *
 * Large graphs use rules that read node states only, never the graph state:
 * sigma re-evaluates every node's style whenever the graph state changes, and
 * it changes at the start and end of each pan, zoom and hover (isIdle,
 * isZooming, hasHovered), which costs a tenth of a second or more on 20,000
 * nodes without a GPU. So node sizes come from a `size` attribute of sigma's
 * graph (setStageSizes), and the rest of the graph is faded not node by node
 * but by a veil the edge layer draws under the highlighted nodes.
 */
export function sigmaStyles(large = false, loops = false): Styles {
  return {
    nodes: large ? largeNodeRules() : [
      { ...NODE_LOOK, size: (a, _s, gs) => nodeSize(gs.sizeBy === 'mentions' ? a.mentions : a.degree) },
      // Something is hovered or selected: everything outside its neighbourhood fades.
      {
        when: (_a, s, gs) => gs.hasHighlighted && !s.isHighlighted,
        then: { color: FADED_NODE_COLOR, labelVisibility: 'hidden' },
      },
      ...highlightRules(),
    ],
    edges: [
      {
        color: { attribute: 'kind', dict: { ...EDGE_COLORS }, defaultValue: UNKNOWN_EDGE_COLOR },
        size: (a) => edgeSize(a.kind, large),
        // Affiliations are drawn quieter than interactions.
        opacity: (a) => (isAffiliation(a.kind) ? 0.55 : 0.9),
        path: 'straight',
        // Large graphs: sigma draws no edges (edge-layer.ts does), so its edge program declares no curve or arrowhead.
        ...(large ? {} : { head: 'arrow', parallelPath: 'curved' }),
        ...(loops && !large ? { selfLoopPath: 'loop' } : {}),
        visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
        depth: 'edges',
      },
      {
        when: (_a, s, gs) => gs.hasHighlighted && !s.isHighlighted,
        then: { color: FADED_EDGE_COLOR, opacity: 0.5 },
      },
      { whenState: 'isHighlighted', then: { depth: 'topEdges' } },
      { whenState: 'isHovered', then: { depth: 'topEdges', size: (a) => edgeSize(a.kind, large) + 2, opacity: 1 } },
    ],
    stage: { background: '#ffffff' },
  };
}
