/**
 * GEXF 1.3 writer that Gephi opens. Written here rather than with
 * graphology-gexf's writer because that one builds the whole XML document in
 * memory (3.8 GB for 500k edges, see NOTES) and cannot write list-typed
 * attributes; this one yields the document in chunks so a million-edge graph
 * streams to disk. Reading GEXF still uses graphology-gexf's parser.
 */
import type { DemarcheGraph } from '../graph/types.js';
import type { ActorKind } from '../doc.js';

/** Colours per node kind (viz namespace), chosen to stay distinct for colour-blind readers. */
export const KIND_COLORS: Readonly<Record<ActorKind, { r: number; g: number; b: number }>> = {
  person: { r: 0xe6, g: 0x9f, b: 0x00 },
  institution: { r: 0x00, g: 0x72, b: 0xb2 },
  country: { r: 0x00, g: 0x9e, b: 0x73 },
};
const KIND_SIZES: Readonly<Record<ActorKind, number>> = { country: 12, institution: 8, person: 6 };

// Attribute declarations: [id, GEXF type]. `label` and `kind` are GEXF's own
// XML attributes, everything else is declared so Gephi shows it as a column.
const NODE_ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['kind', 'string'], ['aliases', 'liststring'], ['titles', 'liststring'], ['country', 'string'],
  ['mentions', 'integer'], ['docs', 'liststring'],
];
const EDGE_ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['relation', 'string'], ['cameo', 'string'], ['evidence', 'string'], ['doc', 'string'], ['sentence', 'integer'],
  ['start', 'integer'], ['end', 'integer'], ['date', 'string'], ['quote', 'string'],
  ['verb', 'string'], ['alleged', 'boolean'], ['allegedBy', 'string'],
];

// XML 1.0 forbids most control characters even when escaped: drop them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  return value.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(String(v))).join(', ')}]`;
  return String(value);
}

function attvalues(attributes: Record<string, unknown>, declared: ReadonlyArray<[string, string]>): string {
  let out = '';
  for (const [id] of declared) {
    const value = attributes[id];
    if (value === undefined || value === null) continue;
    out += `<attvalue for="${id}" value="${escapeXml(formatValue(value))}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

export interface GexfOptions {
  /** Creator written in the meta block. */
  creator?: string;
  /** Node positions, if the caller has a layout (x, y). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

/** Yields the GEXF document piece by piece (one node or edge per chunk). */
export function* gexfChunks(graph: DemarcheGraph, options: GexfOptions = {}): Generator<string> {
  const creator = options.creator ?? 'demarche';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  const docs = graph.getAttribute('documents') ?? [];
  const description = docs.length === 1 ? docs[0].title ?? docs[0].id : `${docs.length} documents`;
  yield `<meta><creator>${escapeXml(creator)}</creator><description>${escapeXml(description)}</description></meta>\n`;
  yield '<graph defaultedgetype="directed" mode="static">\n';
  yield `<attributes class="node" mode="static">${NODE_ATTRIBUTES.map(([id, t]) => `<attribute id="${id}" title="${id}" type="${t}"/>`).join('')}</attributes>\n`;
  yield `<attributes class="edge" mode="static">${EDGE_ATTRIBUTES.map(([id, t]) => `<attribute id="${id}" title="${id}" type="${t}"/>`).join('')}</attributes>\n`;
  yield '<nodes>\n';
  // Sorted by key: the same graph content gives the same bytes, however it was built.
  const nodes = graph.nodes().sort();
  for (const node of nodes) {
    const attributes = graph.getNodeAttributes(node);
    const color = KIND_COLORS[attributes.kind] ?? { r: 128, g: 128, b: 128 };
    const size = (KIND_SIZES[attributes.kind] ?? 5) + Math.log2(1 + (attributes.mentions ?? 0));
    const position = options.positions?.get(node);
    const viz = `<viz:color r="${color.r}" g="${color.g}" b="${color.b}"/><viz:size value="${size.toFixed(2)}"/>` +
      (position ? `<viz:position x="${position.x}" y="${position.y}" z="0"/>` : '');
    yield `<node id="${escapeXml(node)}" label="${escapeXml(String(attributes.label ?? node))}">` +
      `${attvalues(attributes as unknown as Record<string, unknown>, NODE_ATTRIBUTES)}${viz}</node>\n`;
  }
  yield '</nodes>\n<edges>\n';
  for (const node of nodes) {
    // Gephi reads `kind` as the edge type and merges parallel edges that share
    // (source, target, kind): the second statement between one pair is written
    // as kind "statement#2" so none is lost; the `relation` column keeps the
    // plain kind, and parseGraph reads it back.
    const seen = new Map<string, number>();
    const edges = graph.outEdges(node).sort();
    for (const edge of edges) {
      const target = graph.target(edge);
      const attributes = graph.getEdgeAttributes(edge);
      const kind = String(attributes.kind);
      const key = `${target}\u0000${kind}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const gexfKind = n === 1 ? kind : `${kind}#${n}`;
      const affiliation = kind === 'member_of' || kind === 'part_of';
      const values = { ...(attributes as unknown as Record<string, unknown>), relation: kind };
      yield `<edge id="${escapeXml(edge)}" source="${escapeXml(node)}" target="${escapeXml(target)}" ` +
        `kind="${escapeXml(gexfKind)}" label="${escapeXml(kind)}" weight="${affiliation ? 0.5 : 1}">` +
        `${attvalues(values, EDGE_ATTRIBUTES)}</edge>\n`;
    }
  }
  yield '</edges>\n</graph>\n</gexf>\n';
}

export function writeGexf(graph: DemarcheGraph, options: GexfOptions = {}): string {
  let out = '';
  for (const chunk of gexfChunks(graph, options)) out += chunk;
  return out;
}
