/**
 * GraphML writer (graphology-graphml only parses). Keys are declared with
 * their types; lists are written as JSON strings, GraphML having no list type.
 */
import type { DemarcheGraph } from '../graph/types.js';
import { escapeXml } from './gexf.js';

const NODE_KEYS: ReadonlyArray<[string, string]> = [
  ['label', 'string'], ['kind', 'string'], ['aliases', 'string'], ['titles', 'string'], ['country', 'string'], ['mentions', 'int'], ['docs', 'string'],
];
const EDGE_KEYS: ReadonlyArray<[string, string]> = [
  ['kind', 'string'], ['cameo', 'string'], ['evidence', 'string'], ['doc', 'string'], ['sentence', 'int'], ['start', 'int'], ['end', 'int'],
  ['date', 'string'], ['quote', 'string'], ['verb', 'string'], ['alleged', 'boolean'], ['allegedBy', 'string'],
];

const value = (v: unknown) => escapeXml(Array.isArray(v) ? JSON.stringify(v) : String(v));

function data(attributes: Record<string, unknown>, keys: ReadonlyArray<[string, string]>, prefix: string): string {
  let out = '';
  for (const [k] of keys) {
    const v = attributes[k];
    if (v === undefined || v === null) continue;
    out += `<data key="${prefix}_${k}">${value(v)}</data>`;
  }
  return out;
}

export function* graphmlChunks(graph: DemarcheGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [k, t] of NODE_KEYS) yield `<key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`;
  for (const [k, t] of EDGE_KEYS) yield `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>\n`;
  yield '<graph edgedefault="directed">\n';
  // Sorted by key, as the other writers: the bytes depend only on the graph's content.
  for (const node of graph.nodes().sort()) {
    yield `<node id="${escapeXml(node)}">${data(graph.getNodeAttributes(node) as unknown as Record<string, unknown>, NODE_KEYS, 'n')}</node>\n`;
  }
  for (const edge of graph.edges().sort()) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const attributes = graph.getEdgeAttributes(edge);
    yield `<edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(attributes as unknown as Record<string, unknown>, EDGE_KEYS, 'e')}</edge>\n`;
  }
  yield '</graph>\n</graphml>\n';
}

export function writeGraphml(graph: DemarcheGraph): string {
  let out = '';
  for (const chunk of graphmlChunks(graph)) out += chunk;
  return out;
}
