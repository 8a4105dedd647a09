/**
 * Behaviour only (no appearance): sigma settings, ForceAtlas2 settings and
 * how long the layout runs on its own. Pure, importable without a browser.
 */
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Sigma settings for a graph of `order` nodes and `size` edges. */
export function sigmaSettings(order: number, size: number) {
  const large = order > 5000 || size > 20000;
  return {
    // Labels: sigma's grid keeps at most a few labels per cell, so they never pile up.
    labelDensity: 0.8,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    enableNodeDrag: true,
    // Node sizes and edge widths in screen pixels, whatever the layout's scale.
    itemSizesReference: 'screen',
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
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

/** How long ForceAtlas2 runs after a load before it pauses itself (the user can resume). */
export function layoutDuration(order: number): number {
  return Math.min(20000, 3000 + order * 0.5);
}

/** Edge weight in the layout: affiliations pull less than interactions. */
export function layoutEdgeWeight(kind: string): number {
  return kind === 'member_of' || kind === 'part_of' ? 0.5 : 1;
}

/** Delay before a hover takes effect, so sweeping the mouse across the graph stays cheap. */
export const HOVER_DELAY_MS = 30;
/** Maximum number of search suggestions. */
export const SEARCH_LIMIT = 12;
