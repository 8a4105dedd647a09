/**
 * Reads a saved graph back: graphology JSON (what `graph.export()` and
 * `demarche build -o x.json` write) or GEXF (ours, or Gephi's). Browser-safe.
 */
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { DemarcheError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './attributes.js';
import type { DemarcheGraph } from './types.js';

export type GraphFormat = 'json' | 'gexf';

export function detectGraphFormat(text: string): GraphFormat {
  const head = text.slice(0, 512).trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) return 'gexf';
  throw new DemarcheError('graph/load', 'unrecognised graph file. Expecting graphology JSON or GEXF');
}

/** Fills the attributes every consumer relies on, so a foreign graph never breaks the viewer or queries. */
function normalise(graph: DemarcheGraph): DemarcheGraph {
  graph.updateEachNodeAttributes((node, a) => {
    const attrs = a as Partial<NodeAttributes> & Record<string, unknown>;
    const kind = attrs.kind === 'person' || attrs.kind === 'institution' || attrs.kind === 'country' ? attrs.kind : 'institution';
    return {
      ...attrs,
      label: typeof attrs.label === 'string' && attrs.label ? attrs.label : node,
      kind,
      aliases: Array.isArray(attrs.aliases) ? attrs.aliases.map(String) : [],
      titles: Array.isArray(attrs.titles) ? attrs.titles.map(String) : [],
      mentions: typeof attrs.mentions === 'number' ? attrs.mentions : 0,
      docs: Array.isArray(attrs.docs) ? attrs.docs.map(String) : [],
    } as NodeAttributes;
  });
  graph.updateEachEdgeAttributes((_edge, a) => {
    const attrs = a as Partial<EdgeAttributes> & Record<string, unknown>;
    // GEXF keeps the plain kind in `relation` (see export/gexf.ts).
    const kind = typeof attrs.relation === 'string' ? attrs.relation : typeof attrs.kind === 'string' ? attrs.kind : 'statement';
    const { relation: _relation, ...rest } = attrs;
    return {
      ...rest,
      kind,
      evidence: typeof attrs.evidence === 'string' ? attrs.evidence : '',
      doc: typeof attrs.doc === 'string' ? attrs.doc : '',
      sentence: typeof attrs.sentence === 'number' ? attrs.sentence : 0,
      start: typeof attrs.start === 'number' ? attrs.start : 0,
      end: typeof attrs.end === 'number' ? attrs.end : 0,
    } as EdgeAttributes;
  });
  const documents = graph.getAttribute('documents');
  if (!Array.isArray(documents)) graph.setAttribute('documents', []);
  return graph;
}

export function parseGraph(text: string, format: GraphFormat = detectGraphFormat(text)): DemarcheGraph {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new DemarcheError('graph/load', `malformed JSON graph (${(error as Error).message}). Expecting graphology JSON`);
    }
    return graphFromJsonData(data);
  }
  return graphFromGexf(text);
}

/**
 * A saved graph read from the file's bytes (a byte-order mark and white space
 * first are skipped). A JSON file longer than V8's longest string (about
 * 512 MB, the graph of a large corpus) is read a piece at a time.
 */
export function parseGraphBytes(bytes: Uint8Array): DemarcheGraph {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && at < 512 && isSpace(bytes[at])) at++;
  const body = bytes.subarray(at);
  if (body[0] === OPEN_BRACE) return body.length > MAX_TEXT_BYTES ? parseJsonGraphInPieces(body) : parseGraph(new TextDecoder().decode(body), 'json');
  if (body[0] !== LESS_THAN) throw new DemarcheError('graph/load', 'unrecognised graph file. Expecting graphology JSON or GEXF');
  if (body.length > MAX_TEXT_BYTES) {
    throw new DemarcheError('graph/load', `GEXF file of ${Math.round(body.length / 1048576)} MB, longer than the ${MAX_TEXT_BYTES / 1048576} MB a GEXF is read in. Expecting a smaller GEXF, or the graph as JSON (read a piece at a time)`);
  }
  return graphFromGexf(new TextDecoder().decode(body));
}

/**
 * A graphology JSON graph read a piece at a time, so that no string is longer
 * than one field or a few megabytes of nodes or edges (what parseGraphBytes
 * does past the longest string; slower than one JSON.parse below it).
 */
export function parseJsonGraphInPieces(bytes: Uint8Array): DemarcheGraph {
  let at = 0;
  while (at < bytes.length && isSpace(bytes[at])) at++;
  if (bytes[at] !== OPEN_BRACE) throw new DemarcheError('graph/load', 'malformed JSON graph (no object at its start). Expecting graphology JSON');
  return graphFromJsonData(readJsonDocument(bytes, at));
}

/** What V8 can hold as one string, with room to spare (its limit is 2^29 - 24 characters). */
const MAX_TEXT_BYTES = 500 * 1048576;
/** Bytes of nodes or edges parsed in one piece. */
const RUN_BYTES = 4 * 1048576;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LESS_THAN = 0x3c;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * The top-level object of a JSON document, each field parsed on its own and
 * the "nodes" and "edges" arrays in runs of a few megabytes, so that no string
 * is longer than one field or one run. Structural characters are ASCII, so a
 * span cut at them never splits a UTF-8 sequence.
 */
function readJsonDocument(bytes: Uint8Array, start: number): Record<string, unknown> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const malformed = (at: number, expecting: string): never => {
    throw new DemarcheError('graph/load', `malformed JSON graph (at byte ${at}). Expecting ${expecting}`);
  };
  const parseSpan = (from: number, to: number, asArray = false): unknown => {
    try {
      const text = decoder.decode(bytes.subarray(from, to));
      return JSON.parse(asArray ? `[${text}]` : text);
    } catch (error) {
      return malformed(from, `graphology JSON (${(error as Error).message})`);
    }
  };
  const skipSpace = (at: number) => { while (at < bytes.length && isSpace(bytes[at])) at++; return at; };
  /** The closing quote of the string opened at `open` (bytes.length if none), found by indexOf: strings are most of the bytes. */
  const stringEnd = (open: number): number => {
    for (let close = bytes.indexOf(QUOTE, open + 1); close !== -1; close = bytes.indexOf(QUOTE, close + 1)) {
      // Escaped when an odd number of backslashes stands before it.
      let slashes = 0;
      while (bytes[close - 1 - slashes] === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return close;
    }
    return bytes.length;
  };
  /** Where the JSON value starting at `at` ends (exclusive). */
  const valueEnd = (at: number): number => {
    let depth = 0;
    let i = at;
    for (; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) {
        i = stringEnd(i);
        if (depth === 0) return i + 1;
      } else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        if (depth === 0) return i;
        if (--depth === 0) return i + 1;
      } else if (depth === 0 && (b === COMMA || isSpace(b))) return i;
    }
    return depth === 0 ? i : malformed(at, 'a complete value');
  };
  const fields: Record<string, unknown> = {};
  let at = skipSpace(start + 1);
  if (bytes[at] === CLOSE_BRACE) return fields;
  for (;;) {
    if (bytes[at] !== QUOTE) malformed(at, 'a field name');
    const keyEnd = valueEnd(at);
    const key = parseSpan(at, keyEnd) as string;
    at = skipSpace(keyEnd);
    if (bytes[at] !== COLON) malformed(at, "':'");
    at = skipSpace(at + 1);
    if ((key === 'nodes' || key === 'edges') && bytes[at] === OPEN_BRACKET) {
      const items: unknown[] = [];
      at = skipSpace(at + 1);
      // Elements parsed a run of a few megabytes at a time, as one array: the text from the run's first
      // element to its last, commas included, is that array without its brackets.
      let runStart = at;
      while (bytes[at] !== CLOSE_BRACKET) {
        const end = valueEnd(at);
        at = skipSpace(end);
        const last = bytes[at] === CLOSE_BRACKET;
        if (!last && bytes[at] !== COMMA) malformed(at, "',' or ']'");
        if (last || end - runStart >= RUN_BYTES) {
          for (const item of parseSpan(runStart, end, true) as unknown[]) items.push(item);
          runStart = skipSpace(at + 1);
        }
        if (!last) {
          at = skipSpace(at + 1);
          // A trailing comma: the run before it would otherwise end the list unread.
          if (bytes[at] === CLOSE_BRACKET) malformed(at, "a value after ','");
        }
      }
      fields[key] = items;
      at = skipSpace(at + 1);
    } else {
      const end = valueEnd(at);
      fields[key] = parseSpan(at, end);
      at = skipSpace(end);
    }
    if (bytes[at] === COMMA) { at = skipSpace(at + 1); continue; }
    if (bytes[at] === CLOSE_BRACE) break;
    malformed(at, "',' or '}'");
  }
  if (skipSpace(at + 1) < bytes.length) malformed(at + 1, 'the end of the document');
  return fields;
}

function graphFromJsonData(data: unknown): DemarcheGraph {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new DemarcheError('graph/load', 'JSON without a "nodes" array. Expecting graphology JSON ({attributes, nodes, edges})');
  }
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  try {
    const serialized = data as { attributes?: unknown; nodes: unknown[]; edges?: unknown[] };
    graph.import({
      attributes: (serialized.attributes ?? {}) as GraphAttributes,
      nodes: serialized.nodes as never,
      // Edges are imported as directed whatever their `undirected` flag says.
      edges: ((serialized.edges ?? []) as Array<Record<string, unknown>>).map(({ undirected: _u, ...e }) => e) as never,
    });
  } catch (error) {
    throw new DemarcheError('graph/load', `invalid graph (${(error as Error).message.replace(/\s+/g, ' ')}). Expecting graphology JSON`);
  }
  return normalise(graph);
}

function graphFromGexf(text: string): DemarcheGraph {
  let graph: DemarcheGraph;
  try {
    // Gephi files may be undirected or mixed: parse into a permissive graph, then copy as directed.
    graph = gexf.parse(MultiGraph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }) as unknown as DemarcheGraph;
  } catch (error) {
    throw new DemarcheError('graph/load', `malformed GEXF (${(error as Error).message.replace(/\s+/g, ' ').slice(0, 200)}). Expecting a GEXF 1.2 or 1.3 document`);
  }
  if (graph.type !== 'directed' || !graph.multi) {
    const directed = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    directed.import({ attributes: graph.getAttributes(), nodes: graph.export().nodes });
    graph.forEachEdge((edge, attrs, source, target) => { directed.addDirectedEdgeWithKey(edge, source, target, attrs); });
    graph = directed;
  }
  return normalise(graph);
}
