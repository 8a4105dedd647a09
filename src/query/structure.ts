/**
 * Structure: centrality, communities, ego networks and the aggregated view
 * (parallel edges of one kind folded into one weighted edge).
 */
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { degree as degreeCentrality, pagerank } from 'graphology-metrics/centrality/index.js';
import type { ActorKind, RelationKind } from '../doc.js';
import type { DocumentRecord, EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/attributes.js';
import type { DemarcheGraph } from '../graph/types.js';
import { QueryOptionError } from './errors.js';
import { resolveActor, type ActorRef } from './find.js';
import { edgeDate, relationKinds } from './relations.js';

// The package is CommonJS with an ESM-style default in its typings: Node hands us
// module.exports, bundlers may hand us {default}. Accept both.
type Louvain = typeof louvainModule.default;
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

export interface StructureOptions {
  /** Only count edges of these kinds (default: every kind). */
  kinds?: RelationKind | readonly RelationKind[];
}

export interface RankingOptions extends StructureOptions {
  /** How many actors; default: all. */
  limit?: number;
  /** Only rank actors of these kinds. */
  actorKind?: ActorKind | readonly ActorKind[];
}

export interface DegreeRank {
  key: string;
  label: string;
  kind: ActorKind;
  /** Edges in and out (parallel edges each count). */
  degree: number;
  inDegree: number;
  outDegree: number;
  /** Degree centrality from graphology-metrics: degree / (order - 1). */
  centrality: number;
}

export interface PagerankRank {
  key: string;
  label: string;
  kind: ActorKind;
  score: number;
}

const cmpKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** A node's attributes with its own arrays, so a derived graph can be edited without touching the original. */
function copyNode(attrs: NodeAttributes): NodeAttributes {
  return { ...attrs, aliases: [...attrs.aliases], titles: [...attrs.titles], docs: [...attrs.docs] };
}

/** The graph restricted to some edge kinds, sharing nothing with the original. */
function kindSubgraph(graph: DemarcheGraph, kinds: ReadonlySet<RelationKind> | null): DemarcheGraph {
  if (kinds === null) return graph;
  const sub: DemarcheGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.forEachNode((node, attrs) => { sub.addNode(node, attrs); });
  graph.forEachEdge((edge, attrs, source, target) => { if (kinds.has(attrs.kind)) sub.addEdgeWithKey(edge, source, target, attrs); });
  return sub;
}

function actorKindFilter(kind: ActorKind | readonly ActorKind[] | undefined): (k: ActorKind) => boolean {
  if (kind === undefined) return () => true;
  const set = new Set(typeof kind === 'string' ? [kind] : kind);
  return (k) => set.has(k);
}

/** Actors by degree (most connected first, ties by key). */
export function degreeRanking(graph: DemarcheGraph, options: RankingOptions = {}): DegreeRank[] {
  const sub = kindSubgraph(graph, relationKinds(options.kinds));
  const centrality = sub.order > 1 ? degreeCentrality(sub) : {};
  const keepKind = actorKindFilter(options.actorKind);
  const ranks: DegreeRank[] = [];
  sub.forEachNode((key, attrs) => {
    if (!keepKind(attrs.kind)) return;
    ranks.push({
      key, label: attrs.label, kind: attrs.kind, degree: sub.degree(key), inDegree: sub.inDegree(key), outDegree: sub.outDegree(key),
      centrality: centrality[key] ?? 0,
    });
  });
  return ranks.sort((a, b) => b.degree - a.degree || cmpKey(a, b)).slice(0, options.limit);
}

/** Actors by PageRank over interaction edges (parallel edges add weight), highest first, ties by key. */
export function pagerankRanking(graph: DemarcheGraph, options: RankingOptions = {}): PagerankRank[] {
  const sub = kindSubgraph(graph, relationKinds(options.kinds));
  if (sub.order === 0) return [];
  const scores = pagerank(sub, { getEdgeWeight: null });
  const keepKind = actorKindFilter(options.actorKind);
  const ranks: PagerankRank[] = [];
  sub.forEachNode((key, attrs) => { if (keepKind(attrs.kind)) ranks.push({ key, label: attrs.label, kind: attrs.kind, score: scores[key] ?? 0 }); });
  return ranks.sort((a, b) => b.score - a.score || cmpKey(a, b)).slice(0, options.limit);
}

export interface Community {
  /** 0 for the largest community, then by size, ties by first member key. */
  id: number;
  members: Array<{ key: string; label: string; kind: ActorKind }>;
}

export interface CommunityResult {
  count: number;
  modularity: number;
  communities: Community[];
  /** Node key → community id. */
  byNode: Record<string, number>;
}

export interface CommunityOptions extends StructureOptions {
  /** Louvain resolution; default 1. */
  resolution?: number;
  /** Seed of the random walk, so runs repeat; default 1. */
  seed?: number;
}

/** Deterministic PRNG (mulberry32), so Louvain gives the same answer on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Louvain communities on the undirected graph whose edge weights count the
 * edges between two actors. Isolated actors form their own communities.
 */
export function communities(graph: DemarcheGraph, options: CommunityOptions = {}): CommunityResult {
  const kinds = relationKinds(options.kinds);
  const weighted = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of [...graph.nodes()].sort()) weighted.addNode(node);
  const pairs = new Map<string, [string, string, number]>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if ((kinds !== null && !kinds.has(attrs.kind)) || source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `${a}\u0000${b}`;
    const pair = pairs.get(id) ?? [a, b, 0];
    pair[2] += 1;
    pairs.set(id, pair);
  });
  for (const [a, b, weight] of [...pairs.values()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))) {
    weighted.addEdge(a, b, { weight });
  }
  const detailed = louvain.detailed(weighted, {
    getEdgeWeight: 'weight', resolution: options.resolution ?? 1, rng: seededRandom(options.seed ?? 1),
  });
  const groups = new Map<number, string[]>();
  for (const node of weighted.nodes()) {
    const c = detailed.communities[node];
    const list = groups.get(c) ?? [];
    list.push(node);
    groups.set(c, list);
  }
  const sorted = [...groups.values()].map((keys) => keys.sort()).sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1));
  // No prototype: a node key may be anything a loaded graph holds, '__proto__' included.
  const byNode: Record<string, number> = Object.create(null);
  const list: Community[] = sorted.map((keys, id) => {
    for (const key of keys) byNode[key] = id;
    return { id, members: keys.map((key) => ({ key, label: graph.getNodeAttribute(key, 'label'), kind: graph.getNodeAttribute(key, 'kind') })) };
  });
  return { count: list.length, modularity: weighted.size ? detailed.modularity : 0, communities: list, byNode };
}

export interface EgoOptions extends StructureOptions {
  /** Hops from the actor; default 1. */
  depth?: number;
  /** Follow edges outward only (default: both ways). */
  directed?: boolean;
}

/**
 * The actors within `depth` hops of one actor and every edge among them (of
 * the chosen kinds), as a new graph with the same attributes. Documents not
 * cited by any kept edge are dropped from the graph's `documents`.
 */
export function egoNetwork(graph: DemarcheGraph, actor: ActorRef, options: EgoOptions = {}): DemarcheGraph {
  const center = resolveActor(graph, actor);
  const kinds = relationKinds(options.kinds);
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0) throw new QueryOptionError(`depth ${depth} is not a whole number. Expecting 0 or more hops`);
  const keep = new Set<string>([center]);
  let frontier = [center];
  for (let level = 0; level < depth && frontier.length; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (_edge: string, attrs: { kind: RelationKind }, source: string, target: string): void => {
        if (kinds !== null && !kinds.has(attrs.kind)) return;
        const other = source === node ? target : source;
        if (!keep.has(other)) { keep.add(other); next.push(other); }
      };
      if (options.directed) graph.forEachOutEdge(node, visit);
      else graph.forEachEdge(node, visit);
    }
    frontier = next;
  }
  const ego: DemarcheGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  for (const node of [...keep].sort()) ego.addNode(node, copyNode(graph.getNodeAttributes(node)));
  const docs = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!keep.has(source) || !keep.has(target) || (kinds !== null && !kinds.has(attrs.kind))) return;
    ego.addEdgeWithKey(edge, source, target, { ...attrs });
    docs.add(attrs.doc);
  });
  const documents: DocumentRecord[] = (graph.getAttribute('documents') ?? []).filter((d) => docs.has(d.id));
  ego.replaceAttributes({ ...graph.getAttributes(), documents });
  return ego;
}

/** Attributes of an aggregated edge: every edge of one kind from one actor to another. */
export interface AggregatedEdgeAttributes {
  kind: RelationKind;
  cameo?: string;
  /** Number of folded edges. */
  weight: number;
  firstDate?: string;
  lastDate?: string;
  /** Documents the folded edges come from, sorted. */
  docs: string[];
  /** Keys of the folded edges, in the original graph's order. */
  edges: string[];
}

export type AggregatedGraph = MultiDirectedGraph<NodeAttributes, AggregatedEdgeAttributes, GraphAttributes>;

/**
 * One edge per (source, kind, target), keyed `source|kind|target`, weighted by
 * how many edges it folds. Node and graph attributes are copied.
 */
export function aggregate(graph: DemarcheGraph, options: StructureOptions = {}): AggregatedGraph {
  const kinds = relationKinds(options.kinds);
  const folded: AggregatedGraph = new MultiDirectedGraph<NodeAttributes, AggregatedEdgeAttributes, GraphAttributes>();
  folded.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attrs) => { folded.addNode(node, copyNode(attrs)); });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (kinds !== null && !kinds.has(attrs.kind)) return;
    const key = `${source}|${attrs.kind}|${target}`;
    const date = edgeDate(graph, attrs);
    if (!folded.hasEdge(key)) {
      const created: AggregatedEdgeAttributes = { kind: attrs.kind, weight: 0, docs: [], edges: [] };
      if (attrs.cameo !== undefined) created.cameo = attrs.cameo;
      folded.addEdgeWithKey(key, source, target, created);
    }
    const agg = folded.getEdgeAttributes(key);
    agg.weight += 1;
    agg.edges.push(edge);
    if (!agg.docs.includes(attrs.doc)) { agg.docs.push(attrs.doc); agg.docs.sort(); }
    if (date !== undefined) {
      if (agg.firstDate === undefined || date < agg.firstDate) agg.firstDate = date;
      if (agg.lastDate === undefined || date > agg.lastDate) agg.lastDate = date;
    }
  });
  return folded;
}
