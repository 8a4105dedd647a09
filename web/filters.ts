/**
 * Which nodes and edges the current filters hide. Pure: reads the graph,
 * returns key sets; the page turns them into sigma `isHidden` states.
 */
import type { DemarcheGraph } from '../src/graph/types.js';

export interface FilterState {
  /** Relation kinds switched off (`statement`, `member_of`, …). */
  hiddenEdgeKinds: ReadonlySet<string>;
  /** Actor kinds switched off (`person`, `institution`, `country`). */
  hiddenNodeKinds: ReadonlySet<string>;
  /** Inclusive ISO date bounds; dated edges outside them are hidden, undated edges stay. */
  dateFrom?: string;
  dateTo?: string;
  /** Hide nodes left without a visible edge. */
  hideIsolated: boolean;
}

export const DEFAULT_FILTER_STATE: FilterState = {
  hiddenEdgeKinds: new Set(),
  hiddenNodeKinds: new Set(),
  hideIsolated: false,
};

export interface Hidden {
  nodes: Set<string>;
  edges: Set<string>;
}

export function isFilterActive(state: FilterState): boolean {
  return state.hiddenEdgeKinds.size > 0 || state.hiddenNodeKinds.size > 0 || state.hideIsolated ||
    state.dateFrom !== undefined || state.dateTo !== undefined;
}

export function computeHidden(graph: DemarcheGraph, state: FilterState): Hidden {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (state.hiddenNodeKinds.has(attrs.kind)) nodes.add(node);
  });
  const degree = new Map<string, number>();
  graph.forEachEdge((edge, attrs, source, target) => {
    const date = attrs.date;
    const outOfRange = date !== undefined &&
      ((state.dateFrom !== undefined && date < state.dateFrom) || (state.dateTo !== undefined && date > state.dateTo));
    if (state.hiddenEdgeKinds.has(attrs.kind) || nodes.has(source) || nodes.has(target) || outOfRange) {
      edges.add(edge);
      return;
    }
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });
  if (state.hideIsolated) {
    graph.forEachNode((node) => {
      if (!degree.get(node)) nodes.add(node);
    });
  }
  return { nodes, edges };
}

export interface DateExtent {
  /** Sorted distinct edge dates. */
  dates: string[];
  min?: string;
  max?: string;
}

export function dateExtent(graph: DemarcheGraph): DateExtent {
  const set = new Set<string>();
  graph.forEachEdge((_edge, attrs) => {
    if (typeof attrs.date === 'string' && ISO_DATE.test(attrs.date)) set.add(attrs.date);
  });
  const dates = [...set].sort();
  return { dates, min: dates[0], max: dates[dates.length - 1] };
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Counts per kind, for the legend ("accuse 3/5" = visible/total). */
export function countKinds(graph: DemarcheGraph, hidden?: Hidden): {
  nodes: Map<string, { visible: number; total: number }>;
  edges: Map<string, { visible: number; total: number }>;
} {
  const nodes = new Map<string, { visible: number; total: number }>();
  const edges = new Map<string, { visible: number; total: number }>();
  graph.forEachNode((node, attrs) => {
    const c = nodes.get(attrs.kind) ?? { visible: 0, total: 0 };
    c.total++;
    if (!hidden?.nodes.has(node)) c.visible++;
    nodes.set(attrs.kind, c);
  });
  graph.forEachEdge((edge, attrs) => {
    const c = edges.get(attrs.kind) ?? { visible: 0, total: 0 };
    c.total++;
    if (!hidden?.edges.has(edge)) c.visible++;
    edges.set(attrs.kind, c);
  });
  return { nodes, edges };
}
