/**
 * Paths between actors ("how are Blinken and Lavrov connected"): the
 * shortest one and every simple path up to a length, optionally through
 * chosen relation kinds only. Ignores edge direction unless `directed`.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { allSimplePaths } from 'graphology-simple-path';
import type { RelationKind } from '../doc.js';
import type { EdgeAttributes } from '../graph/attributes.js';
import type { DemarcheGraph } from '../graph/types.js';
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

type Side = 'forward' | 'backward';

/**
 * Calls `visit` with each neighbour reachable over one allowed edge; stops
 * early when `visit` returns true. Forward follows edges out of the node
 * (backward: into it) when directed, and every edge otherwise.
 */
function someNeighbor(
  graph: DemarcheGraph, node: string, side: Side, kinds: ReadonlySet<RelationKind> | null, directed: boolean,
  visit: (other: string) => boolean,
): boolean {
  const step = (_edge: string, attrs: EdgeAttributes, source: string, target: string): boolean => {
    if (kinds !== null && !kinds.has(attrs.kind)) return false;
    const other = source === node ? target : source;
    return other !== node && visit(other);
  };
  if (!directed) return graph.someEdge(node, step);
  return side === 'forward' ? graph.someOutEdge(node, step) : graph.someInEdge(node, step);
}

/**
 * Bidirectional breadth-first search over the original graph, filtering kinds
 * and direction on the fly: no derived graph to build, so the first query on a
 * large graph costs no more than the next (building an undirected view of
 * 100,000 edges for graphology-shortest-path took about a second).
 */
function filteredShortestPath(graph: DemarcheGraph, a: string, b: string, kinds: ReadonlySet<RelationKind> | null, directed: boolean): string[] | null {
  const pred = new Map<string, string | null>([[a, null]]);
  const succ = new Map<string, string | null>([[b, null]]);
  let forward = [a];
  let backward = [b];
  const path = (meet: string): string[] => {
    const nodes: string[] = [];
    for (let n: string | null | undefined = meet; n != null; n = pred.get(n)) nodes.unshift(n);
    for (let n = succ.get(meet); n != null; n = succ.get(n)) nodes.push(n);
    return nodes;
  };
  while (forward.length && backward.length) {
    const side: Side = forward.length <= backward.length ? 'forward' : 'backward';
    const [frontier, seen, other] = side === 'forward' ? [forward, pred, succ] : [backward, succ, pred];
    const next: string[] = [];
    let meet: string | undefined;
    for (const node of frontier) {
      someNeighbor(graph, node, side, kinds, directed, (neighbor) => {
        if (seen.has(neighbor)) return false;
        seen.set(neighbor, node);
        if (other.has(neighbor)) { meet = neighbor; return true; }
        next.push(neighbor);
        return false;
      });
      if (meet !== undefined) return path(meet);
    }
    if (side === 'forward') forward = next;
    else backward = next;
  }
  return null;
}

/** Depth-first enumeration of simple paths of at most maxLength hops, with the same on-the-fly filters. */
function filteredSimplePaths(graph: DemarcheGraph, a: string, b: string, kinds: ReadonlySet<RelationKind> | null, directed: boolean, maxLength: number): string[][] {
  const paths: string[][] = [];
  const stack = [a];
  const onStack = new Set([a]);
  const allowed = (edge: string): boolean => kinds === null || kinds.has(graph.getEdgeAttribute(edge, 'kind'));
  const linked = (from: string, to: string): boolean =>
    graph.outEdges(from, to).some(allowed) || (!directed && graph.outEdges(to, from).some(allowed));
  const extend = (): void => {
    const node = stack[stack.length - 1];
    // Last hop: only the target matters, so ask for its edges instead of listing every neighbour.
    if (stack.length === maxLength) {
      if (linked(node, b)) paths.push([...stack, b]);
      return;
    }
    const neighbors = new Set<string>();
    someNeighbor(graph, node, 'forward', kinds, directed, (n) => { neighbors.add(n); return false; });
    for (const n of neighbors) {
      if (onStack.has(n)) continue;
      if (n === b) { paths.push([...stack, n]); continue; }
      stack.push(n);
      onStack.add(n);
      extend();
      stack.pop();
      onStack.delete(n);
    }
  };
  extend();
  return paths;
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

/** The shortest path between two actors (fewest hops; the same graph always gives the same path), or null when none. Throws on unknown or ambiguous names. */
export function shortestPath(graph: DemarcheGraph, from: ActorRef, to: ActorRef, options: PathOptions = {}): ActorPath | null {
  const a = resolveActor(graph, from);
  const b = resolveActor(graph, to);
  const kinds = relationKinds(options.kinds);
  const directed = options.directed ?? false;
  if (a === b) return toPath(graph, [a], kinds, directed);
  // Directed over every kind is the graph itself: graphology-shortest-path walks it as is.
  const nodes = directed && kinds === null ? bidirectional(graph, a, b) : filteredShortestPath(graph, a, b, kinds, directed);
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
  const found = directed && kinds === null
    ? allSimplePaths(graph, a, b, { maxDepth: maxLength })
    : filteredSimplePaths(graph, a, b, kinds, directed, maxLength);
  const joined = (p: string[]): string => p.join('\u0000');
  found.sort((x, y) => x.length - y.length || (joined(x) < joined(y) ? -1 : joined(x) > joined(y) ? 1 : 0));
  return found.slice(0, limit).map((nodes) => toPath(graph, nodes, kinds, directed));
}
