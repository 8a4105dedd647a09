/**
 * Paths between actors ("how are Blinken and Lavrov connected"): the
 * shortest one and every simple path up to a length, optionally through
 * chosen relation kinds only. Ignores edge direction unless `directed`.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { allSimplePaths } from 'graphology-simple-path';
import type { RelationKind } from '../doc.js';
import type { DemarcheGraph } from '../graph/types.js';
import { memo } from './cache.js';
import { QueryOptionError } from './errors.js';
import { resolveActor, type ActorRef } from './find.js';
import { compareRecords, relationKinds, toRelationRecord, type RelationRecord } from './relations.js';

export interface PathOptions {
  /** Only walk edges of these kinds. */
  kinds?: RelationKind | readonly RelationKind[];
  /** Follow edges from source to target only (default: either way). */
  directed?: boolean;
}

export interface AllPathsOptions extends PathOptions {
  /** Longest path, in hops; default 3. */
  maxLength?: number;
  /** Stop after this many paths (shortest first); default 100. */
  limit?: number;
}

export interface PathHop {
  from: string;
  fromLabel: string;
  to: string;
  toLabel: string;
  /** Every edge joining the two actors that the walk may use (either direction unless `directed`), oldest first. */
  relations: RelationRecord[];
}

export interface ActorPath {
  nodes: string[];
  labels: string[];
  /** Number of hops. */
  length: number;
  hops: PathHop[];
}

/**
 * A simple graph with one edge per linked pair (kind-filtered, direction kept
 * or dropped), nodes and edges inserted in key order so path search breaks
 * ties by key rather than by the order the parser added things.
 */
function pathView(graph: DemarcheGraph, kinds: ReadonlySet<RelationKind> | null, directed: boolean): DirectedGraph | UndirectedGraph {
  const id = `paths:${directed ? 'd' : 'u'}:${kinds ? [...kinds].sort().join(',') : '*'}`;
  return memo(graph, id, () => {
    const view: DirectedGraph | UndirectedGraph = directed ? new DirectedGraph() : new UndirectedGraph();
    for (const node of [...graph.nodes()].sort()) view.addNode(node);
    const pairs: Array<[string, string]> = [];
    graph.forEachEdge((_edge, attrs, source, target) => {
      if (kinds !== null && !kinds.has(attrs.kind)) return;
      if (source === target) return;
      pairs.push(directed || source < target ? [source, target] : [target, source]);
    });
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    for (const [source, target] of pairs) view.mergeEdge(source, target);
    return view;
  });
}

function hopRelations(graph: DemarcheGraph, from: string, to: string, kinds: ReadonlySet<RelationKind> | null, directed: boolean): RelationRecord[] {
  const edges = directed ? graph.outEdges(from, to) : [...graph.outEdges(from, to), ...graph.outEdges(to, from)];
  return edges
    .filter((edge) => kinds === null || kinds.has(graph.getEdgeAttribute(edge, 'kind')))
    .map((edge) => toRelationRecord(graph, edge))
    .sort(compareRecords);
}

function toPath(graph: DemarcheGraph, nodes: string[], kinds: ReadonlySet<RelationKind> | null, directed: boolean): ActorPath {
  const label = (key: string): string => graph.getNodeAttribute(key, 'label');
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i];
    const to = nodes[i + 1];
    hops.push({ from, fromLabel: label(from), to, toLabel: label(to), relations: hopRelations(graph, from, to, kinds, directed) });
  }
  return { nodes, labels: nodes.map(label), length: nodes.length - 1, hops };
}

/** The shortest path between two actors (fewest hops, ties by key), or null when none. Throws on unknown or ambiguous names. */
export function shortestPath(graph: DemarcheGraph, from: ActorRef, to: ActorRef, options: PathOptions = {}): ActorPath | null {
  const a = resolveActor(graph, from);
  const b = resolveActor(graph, to);
  const kinds = relationKinds(options.kinds);
  const directed = options.directed ?? false;
  if (a === b) return toPath(graph, [a], kinds, directed);
  const nodes = bidirectional(pathView(graph, kinds, directed), a, b);
  return nodes ? toPath(graph, nodes, kinds, directed) : null;
}

/** Every simple path between two actors up to `maxLength` hops, shortest first, then by node keys. */
export function allPaths(graph: DemarcheGraph, from: ActorRef, to: ActorRef, options: AllPathsOptions = {}): ActorPath[] {
  const a = resolveActor(graph, from);
  const b = resolveActor(graph, to);
  const { maxLength = 3, limit = 100 } = options;
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new QueryOptionError(`maxLength ${maxLength} is not a positive integer. Expecting 1 or more hops`);
  const kinds = relationKinds(options.kinds);
  const directed = options.directed ?? false;
  if (a === b) return [];
  const found = allSimplePaths(pathView(graph, kinds, directed), a, b, { maxDepth: maxLength });
  const joined = (p: string[]): string => p.join('\u0000');
  found.sort((x, y) => x.length - y.length || (joined(x) < joined(y) ? -1 : joined(x) > joined(y) ? 1 : 0));
  return found.slice(0, limit).map((nodes) => toPath(graph, nodes, kinds, directed));
}
