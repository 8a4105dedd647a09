import type { DemarcheGraph } from '../graph/types.js';

/**
 * graphology's JSON serialization (what the benchmark and the viewer read).
 * Keys are written in insertion order, which the graph builder makes
 * deterministic, so the same input gives byte-identical output.
 */
export function writeJson(graph: DemarcheGraph, options: { pretty?: boolean } = {}): string {
  const data = graph.export();
  // graphology marks every edge `undirected: false` only in some versions; drop noise fields.
  for (const edge of data.edges) delete (edge as { undirected?: boolean }).undirected;
  delete (data.options as { allowSelfLoops?: boolean } | undefined)?.allowSelfLoops;
  return JSON.stringify({ ...data, options: { type: 'directed', multi: true, allowSelfLoops: true } }, null, options.pretty === false ? 0 : 1) + '\n';
}
