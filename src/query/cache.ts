/**
 * Per-graph memo for derived structures (name index, path views). Any
 * mutation of the graph drops every entry, so results never go stale.
 */
import type { DemarcheGraph } from '../graph/types.js';

const MUTATION_EVENTS = [
  'nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated',
  'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated',
] as const;

const caches = new WeakMap<object, Map<string, unknown>>();

export function memo<T>(graph: DemarcheGraph, key: string, compute: () => T): T {
  let cache = caches.get(graph);
  if (!cache) {
    const created = new Map<string, unknown>();
    cache = created;
    caches.set(graph, created);
    const clear = (): void => created.clear();
    for (const event of MUTATION_EVENTS) graph.on(event, clear);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
