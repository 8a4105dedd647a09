import type { DemarcheGraph } from '../graph/types.js';

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Nodes and edges serialised per this many items: chunks of a few hundred kilobytes. */
const ITEMS_PER_CHUNK = 1000;

/**
 * graphology's JSON serialization (what the benchmark and the viewer read),
 * as pieces to write one after the other. A corpus graph's JSON is hundreds
 * of megabytes: one string of it costs a copy at every step, and past about
 * a million edges exceeds V8's longest string. The pieces concatenate to
 * exactly `writeJson`'s text.
 *
 * Nodes and edges are written sorted by key, so the bytes depend only on the
 * graph's content, not on the order articles were added (an incremental build
 * equals a full one, whatever the number of workers).
 */
export function* jsonChunks(graph: DemarcheGraph, options: { pretty?: boolean } = {}): Generator<string> {
  const pretty = options.pretty !== false;
  const data = graph.export();
  data.nodes.sort(byKey);
  (data.edges as Array<{ key: string }>).sort(byKey);
  // graphology marks every edge `undirected: false` only in some versions; drop noise fields.
  for (const edge of data.edges) delete (edge as { undirected?: boolean }).undirected;
  const top: Record<string, unknown> = { ...data, options: { type: 'directed', multi: true, allowSelfLoops: true } };
  // What JSON.stringify(top, null, 1) writes, field by field; the node and edge lists a slice at a time.
  const indent = pretty ? '\n ' : '';
  const keys = Object.keys(top).filter((key) => top[key] !== undefined);
  yield '{';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = top[key];
    yield `${indent}${JSON.stringify(key)}:${pretty ? ' ' : ''}`;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (let from = 0; from < value.length; from += ITEMS_PER_CHUNK) {
        const slice = value.slice(from, from + ITEMS_PER_CHUNK);
        // Pretty: the slice as the one field of an object, so its items come out at their depth in the
        // document (two spaces), and the wrapper's text is cut off: '{\n "x": [' before, '\n ]\n}' after.
        const items = pretty ? JSON.stringify({ x: slice }, null, 1).slice(9, -5) : JSON.stringify(slice).slice(1, -1);
        yield from > 0 ? `,${items}` : items;
      }
      yield `${indent}]`;
    } else {
      yield pretty ? JSON.stringify(value, null, 1).replaceAll('\n', '\n ') : JSON.stringify(value);
    }
    if (k < keys.length - 1) yield ',';
  }
  yield `${pretty ? '\n' : ''}}\n`;
}

/** The graph's JSON as one string (see jsonChunks, which a large graph should be written with). */
export function writeJson(graph: DemarcheGraph, options: { pretty?: boolean } = {}): string {
  return [...jsonChunks(graph, options)].join('');
}
