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
