import type { DemarcheGraph } from '../graph/types.js';

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * graphology's JSON serialization (what the benchmark and the viewer read).
 * Nodes and edges are written sorted by key, so the bytes depend only on the
 * graph's content, not on the order articles were added (an incremental build
 * equals a full one, whatever the number of workers).
 */
export function writeJson(graph: DemarcheGraph, options: { pretty?: boolean } = {}): string {
  const data = graph.export();
  data.nodes.sort(byKey);
  (data.edges as Array<{ key: string }>).sort(byKey);
  // graphology marks every edge `undirected: false` only in some versions; drop noise fields.
  for (const edge of data.edges) delete (edge as { undirected?: boolean }).undirected;
  delete (data.options as { allowSelfLoops?: boolean } | undefined)?.allowSelfLoops;
  return JSON.stringify({ ...data, options: { type: 'directed', multi: true, allowSelfLoops: true } }, null, options.pretty === false ? 0 : 1) + '\n';
}
