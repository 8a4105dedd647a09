/**
 * Behaviour only (no appearance): sigma settings, ForceAtlas2 settings and
 * how long the layout runs on its own. Pure, importable without a browser.
 */
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/**
 * Above this, the viewer trades some finish for speed: sigma draws the nodes
 * only and edge-layer.ts the edges (straight hairlines, no arrowheads, one
 * line per pair and kind), nodes are smaller, fewer labels, edges cannot be
 * hovered.
 */
export function isLarge(order: number, size: number): boolean {
  return order > 5000 || size > 20000;
}

/** Sigma settings for a graph of `order` nodes and `size` edges. */
export function sigmaSettings(order: number, size: number) {
  const large = isLarge(order, size);
  return {
    // Labels: sigma's grid keeps at most a few labels per cell, so they never pile up.
    // Large graphs have small nodes (styles.ts): label the largest ones, fewer and further apart (every
    // character is drawn as an instance, which costs without a GPU, see deinstance.ts).
    labelGridCellSize: large ? 160 : 120,
    labelRenderedSizeThreshold: large ? 4 : 7,
    renderEdgeLabels: false,
    // Edge hover needs an extra picking pass per frame (about 40 % of a frame without a GPU): off on large graphs.
    enableEdgeEvents: !large,
    // Picking at half resolution: large graphs' nodes are small (a radius of 2 px must still be hoverable).
    pickingDownSizingRatio: 2,
    antialiasEdges: !large,
    minEdgeThickness: large ? 1 : 1.7,
    labelDensity: large ? 0.3 : 0.7,
    enableNodeDrag: true,
    // Node sizes and edge widths in screen pixels, whatever the layout's scale.
    itemSizesReference: 'screen',
    // Small graphs draw everything while the camera moves. Large graphs too: their edges are a picture that moves
    // with the camera (edge-layer.ts), their few labels are cheap, and either setting makes sigma reprocess
    // every node when a drag ends (a full refresh, a third of a second on 20,000 nodes without a GPU).
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    doubleClickZoomingDuration: 250,
    zoomDuration: 200,
  } as const;
}

/** ForceAtlas2 settings: graphology's inferred ones, with Barnes-Hut above 2,000 nodes. */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return { ...inferSettings(order), adjustSizes: false };
}

/**
 * How many ForceAtlas2 iterations run after a start before the layout pauses
 * itself (the user can resume). Counted in iterations, not seconds, so a busy
 * machine gets the same layout, only later.
 */
export function layoutIterations(order: number): number {
  if (order <= 500) return 500;
  if (order <= 5000) return 250;
  return 80;
}

/** How often layout positions reach the renderer: every iteration on small graphs, a few times a second on large ones. */
export function layoutSyncMs(order: number, size: number): number {
  if (isLarge(order, size)) return 1000;
  return order > 1000 ? 100 : 0;
}

/** Edge weight in the layout: affiliations pull less than interactions. */
export function layoutEdgeWeight(kind: string): number {
  return kind === 'member_of' || kind === 'part_of' ? 0.5 : 1;
}

/**
 * Sigma programs with at least this many items (node slots) draw as one plain
 * triangle list instead of instances (deinstance.ts). Small graphs keep
 * sigma's instanced draw; from a thousand nodes the plain list is much faster
 * in software WebGL and no slower on a GPU.
 */
export const DEINSTANCE_MIN_ITEMS = 1000;

/** Delay before a hover takes effect, so sweeping the mouse across the graph stays cheap. */
export const HOVER_DELAY_MS = 30;
/** Maximum number of search suggestions. */
export const SEARCH_LIMIT = 12;
