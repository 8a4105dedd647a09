/**
 * graph: fold resolved Docs into one graphology MultiDirectedGraph. Node keys
 * are the actors' ids (`country:rus`, `person:vladimir-putin`), so the same
 * actor in two articles is one node; each edge keeps its own article's
 * provenance. Insertion order follows the documents' ids and the actors' ids,
 * so the same input always gives the same bytes.
 */
import { MultiDirectedGraph } from 'graphology';
import { contentHash } from './hash.js';
import type { Doc, Relation } from '../doc.js';
import type { DocumentRecord, EdgeAttributes, GraphAttributes, NodeAttributes } from './attributes.js';
import type { DemarcheGraph } from './types.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** First index in [0, length) whose key is not below `id`, for keys sorted by byString. */
function lowerBound(length: number, keyAt: (i: number) => string, id: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (byString(keyAt(mid), id) < 0) lo = mid + 1; else hi = mid; }
  return lo;
}

export { contentHash };

export function createGraph(): DemarcheGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.setAttribute('documents', []);
  return graph;
}

/**
 * What the graph needs of an analysed Doc: its actors, relations and document
 * record. Small enough to pass between worker threads.
 */
export interface DocSummary {
  id: string;
  actors: Doc['actors'];
  relations: Doc['relations'];
  record: DocumentRecord;
}

export function summarizeDoc(doc: Doc): DocSummary {
  return { id: doc.id, actors: doc.actors, relations: doc.relations, record: documentRecord(doc) };
}

export function documentRecord(doc: Doc): DocumentRecord {
  const record: DocumentRecord = { id: doc.id, hash: doc.meta.hash ?? contentHash(doc.text) };
  if (doc.meta.title) record.title = doc.meta.title;
  if (doc.meta.date) record.date = doc.meta.date;
  if (doc.meta.url) record.url = doc.meta.url;
  return record;
}

/**
 * Adds the ids of `b` to the sorted array `a`, in place: an actor named in
 * thousands of articles must not cost a copy and a sort per article.
 */
function mergeSorted(a: string[], b: readonly string[]): string[] {
  for (const id of b) insertSorted(a, id);
  return a;
}

/**
 * The label two names of one actor settle on, whatever the order they come
 * in (so an incremental build equals a full one): the fuller name, then the
 * longer, then the first in alphabetical order.
 */
export function preferredLabel(a: string, b: string): string {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  if (wa !== wb) return wa > wb ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return byString(a, b) <= 0 ? a : b;
}

/** Removes `id` from the sorted array `a`, in place. */
function removeSorted(a: string[], id: string): void {
  const lo = lowerBound(a.length, (i) => a[i], id);
  if (a[lo] === id) a.splice(lo, 1);
}

/** Adds one id to the sorted array `a`, in place (a push when it sorts last, as document ids in order do). */
function insertSorted(a: string[], id: string): void {
  if (!a.length || a[a.length - 1] < id) { a.push(id); return; }
  const lo = lowerBound(a.length, (i) => a[i], id);
  if (a[lo] !== id) a.splice(lo, 0, id);
}

/** `list` itself when it is already sorted (as a resolved Doc's lists are), else a sorted copy. */
function sortedList(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return [...list].sort(byString);
  return list;
}

/** What one article says of an actor, merged into a node: its lists sorted. */
interface ActorFacts {
  label: string;
  aliases: readonly string[];
  titles: readonly string[];
  mentions: number;
  docs: readonly string[];
  country?: string;
}

/**
 * Merges actor attributes `b` into a node's attributes `a`, in place: the
 * lists stay sorted and unique, so a country named in every article costs a
 * few binary searches per article, not a copy and a sort. Commutative, so
 * the order articles come in never changes the result.
 */
function mergeAttributesInto(a: NodeAttributes, b: ActorFacts): void {
  // Aliases: every name of either side but the label.
  mergeSorted(a.aliases, b.aliases);
  if (a.label === b.label) {
    // The same name on both sides (the common case): the label stays, and is no alias.
    removeSorted(a.aliases, a.label);
  } else {
    const label = a.kind === 'person' ? preferredLabel(a.label, b.label) : a.label;
    insertSorted(a.aliases, a.label);
    insertSorted(a.aliases, b.label);
    removeSorted(a.aliases, label);
    a.label = label;
  }
  mergeSorted(a.titles, b.titles);
  a.mentions += b.mentions;
  mergeSorted(a.docs, b.docs);
  const country = a.country && b.country ? (byString(a.country, b.country) <= 0 ? a.country : b.country) : a.country ?? b.country;
  if (country) a.country = country; else if ('country' in a) delete a.country;
}

/** `mergeAttributesInto` on copies: for callers that must not change `a`. */
function mergeAttributes(a: NodeAttributes, b: NodeAttributes): NodeAttributes {
  const merged: NodeAttributes = { ...a, aliases: [...a.aliases], titles: [...a.titles], docs: [...a.docs] };
  mergeAttributesInto(merged, b);
  return merged;
}

/**
 * `doc#sentence#kind#source>target`, built by join: a template literal would
 * keep a tree of concatenated pieces alive in every edge of the graph.
 */
function baseKey(doc: string, sentence: number, kind: string, source: string, target: string): string {
  return [doc, '#', sentence, '#', kind, '#', source, '>', target].join('');
}

function edgeKey(graph: DemarcheGraph, doc: string, sentence: number, kind: string, source: string, target: string): string {
  const base = baseKey(doc, sentence, kind, source, target);
  if (!graph.hasEdge(base)) return base;
  let n = 2;
  while (graph.hasEdge(`${base}#${n}`)) n++;
  return `${base}#${n}`;
}

/**
 * Adds an edge under its natural key, or `key#2`, `key#3`… when a parallel
 * edge of the same sentence has it. The natural key is nearly always free, so
 * it is tried first rather than looked up: one hash lookup per edge, not two.
 */
function addEdgeWithFreeKey(graph: DemarcheGraph, doc: string, sentence: number, kind: string, source: string, target: string, attributes: EdgeAttributes): string | undefined {
  const base = baseKey(doc, sentence, kind, source, target);
  try {
    graph.addDirectedEdgeWithKey(base, source, target, attributes);
    return base;
  } catch (error) {
    // A relation whose actor is not in the graph is left out (looked up only here, on the rare failure).
    if (!graph.hasNode(source) || !graph.hasNode(target)) return undefined;
    if (!graph.hasEdge(base)) throw error;
  }
  const key = edgeKey(graph, doc, sentence, kind, source, target);
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
  return key;
}

/** Moves every edge of `from` to `to`, merges the attributes, and drops `from`. */
function mergeNodeInto(graph: DemarcheGraph, from: string, to: string): void {
  graph.updateNodeAttributes(to, (a) => mergeAttributes(a, graph.getNodeAttributes(from)));
  const moved: Array<[string, string, EdgeAttributes]> = [];
  graph.forEachEdge(from, (_e, attributes, source, target) => {
    moved.push([source === from ? to : source, target === from ? to : target, { ...attributes }]);
  });
  graph.dropNode(from);
  for (const [source, target, attributes] of moved) {
    if (source === target) continue;
    if (attributes.allegedBy === from) attributes.allegedBy = to;
    const key = edgeKey(graph, attributes.doc, attributes.sentence, attributes.kind, source, target);
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    if (attributes.allegedBy) addToSetIndex(allegedIndex(graph), attributes.allegedBy, key);
  }
  // Edges elsewhere that name `from` as who alleges them: few, and found through their own index rather than a scan.
  const alleging = allegedIndex(graph);
  for (const e of alleging.get(from) ?? []) if (graph.hasEdge(e)) graph.setEdgeAttribute(e, 'allegedBy', to);
  const moving = alleging.get(from);
  if (moving) { alleging.delete(from); for (const e of moving) addToSetIndex(alleging, to, e); }
}

/** Surname of a person node key ("person:sergei-lavrov" → "lavrov"), and whether the key is a surname alone. */
function surnameOf(key: string): { surname: string; single: boolean } {
  const words = key.slice('person:'.length).split('-');
  return { surname: words[words.length - 1], single: words.length === 1 };
}

/**
 * Across articles, "Lavrov" alone is Sergei Lavrov when exactly one person of
 * that surname is in the graph and their countries do not disagree; two full
 * names that share a surname stay apart.
 */
function mergeSurnames(graph: DemarcheGraph, added: readonly string[]): void {
  const renamed = new Map<string, string>();
  const index = surnameIndex(graph);
  const compatible = (x: string, y: string) => {
    const cx = graph.getNodeAttribute(x, 'country');
    const cy = graph.getNodeAttribute(y, 'country');
    return !cx || !cy || cx === cy;
  };
  for (const id of added) {
    if (!graph.hasNode(id) || graph.getNodeAttribute(id, 'kind') !== 'person') continue;
    const { surname, single: isSingle } = surnameOf(id);
    const same = [...(index.get(surname) ?? [])].filter((p) => p !== id && graph.hasNode(p));
    const full = same.filter((p) => !surnameOf(p).single);
    if (isSingle) {
      if (full.length === 1 && compatible(id, full[0])) { mergeNodeInto(graph, id, full[0]); renamed.set(id, full[0]); }
    } else {
      const single = same.find((p) => surnameOf(p).single);
      if (single && full.length === 0 && compatible(single, id)) { mergeNodeInto(graph, single, id); renamed.set(single, id); }
    }
  }
  for (const [from] of renamed) index.get(surnameOf(from).surname)?.delete(from);
}

/** Person nodes by surname, kept beside the graph so merging a document costs its own size, not the graph's. */
const surnameIndexes = new WeakMap<DemarcheGraph, Map<string, Set<string>>>();
function surnameIndex(graph: DemarcheGraph): Map<string, Set<string>> {
  let index = surnameIndexes.get(graph);
  if (!index) {
    index = new Map();
    surnameIndexes.set(graph, index);
    graph.forEachNode((node, a) => { if (a.kind === 'person') addToIndex(index!, node); });
  }
  return index;
}
function addToIndex(index: Map<string, Set<string>>, node: string): void {
  addToSetIndex(index, surnameOf(node).surname, node);
}

function addToSetIndex(index: Map<string, Set<string>>, key: string, value: string): void {
  let set = index.get(key);
  if (!set) { set = new Set(); index.set(key, set); }
  set.add(value);
}

/** Edge keys by the node that alleges them, built on first use and kept beside the graph. */
const allegedIndexes = new WeakMap<DemarcheGraph, Map<string, Set<string>>>();
function allegedIndex(graph: DemarcheGraph): Map<string, Set<string>> {
  let index = allegedIndexes.get(graph);
  if (!index) {
    index = new Map();
    allegedIndexes.set(graph, index);
    graph.forEachEdge((edge, a) => { if (a.allegedBy) addToSetIndex(index!, a.allegedBy, edge); });
  }
  return index;
}

/** Where `id` is, or would go, in the documents table (sorted by id). */
function documentIndex(documents: readonly DocumentRecord[], id: string): number {
  return lowerBound(documents.length, (i) => documents[i].id, id);
}

/**
 * Readies a graph loaded from a file for more articles: its lists sorted and
 * unique and no label among the aliases, as merging (binary inserts) expects.
 * Graphs demarche wrote already are; one edited elsewhere may not be.
 */
export function prepareForMerge(graph: DemarcheGraph): DemarcheGraph {
  const sortedUnique = (list: readonly string[]) => [...new Set(list)].sort(byString);
  graph.forEachNode((_node, a) => {
    a.aliases = sortedUnique(a.aliases).filter((x) => x !== a.label);
    a.titles = sortedUnique(a.titles);
    a.docs = sortedUnique(a.docs);
  });
  return graph;
}

/**
 * An edge's attributes: only the fields the relation has, in one order
 * (kind, evidence, doc, sentence, start, end, cameo, date, quote, verb,
 * alleged, allegedBy). The usual combinations are built as one literal: an
 * edge lives as long as the graph, and fields added one by one would give it
 * a second, out-of-object store to carry.
 */
function edgeAttributes(r: Relation): EdgeAttributes {
  const e = r.evidence;
  let a: EdgeAttributes;
  if (!r.cameo && !e.quote && !e.verb) {
    // Affiliations.
    a = e.date
      ? { kind: r.kind, evidence: e.text, doc: e.doc, sentence: e.sentence, start: e.start, end: e.end, date: e.date }
      : { kind: r.kind, evidence: e.text, doc: e.doc, sentence: e.sentence, start: e.start, end: e.end };
  } else if (r.cameo && e.verb && e.date) {
    // Interactions of a dated article.
    a = e.quote
      ? { kind: r.kind, evidence: e.text, doc: e.doc, sentence: e.sentence, start: e.start, end: e.end, cameo: r.cameo, date: e.date, quote: e.quote, verb: e.verb }
      : { kind: r.kind, evidence: e.text, doc: e.doc, sentence: e.sentence, start: e.start, end: e.end, cameo: r.cameo, date: e.date, verb: e.verb };
  } else {
    a = { kind: r.kind, evidence: e.text, doc: e.doc, sentence: e.sentence, start: e.start, end: e.end };
    if (r.cameo) a.cameo = r.cameo;
    if (e.date) a.date = e.date;
    if (e.quote) a.quote = e.quote;
    if (e.verb) a.verb = e.verb;
  }
  if (r.alleged) a.alleged = true;
  if (r.allegedBy) a.allegedBy = r.allegedBy;
  return a;
}

/** Adds one Doc (or its summary) to a graph, in place, and returns the graph. */
export function addDocToGraph(graph: DemarcheGraph, input: Doc | DocSummary): DemarcheGraph {
  const doc = 'record' in input ? input : summarizeDoc(input);
  // A new version of an article already in the graph replaces its edges (node counts keep the old mentions).
  const known = graph.getAttribute('documents');
  const at = documentIndex(known, doc.id);
  if (known[at]?.id === doc.id) {
    for (const edge of graph.filterEdges((_e, a) => a.doc === doc.id)) graph.dropEdge(edge);
  }
  const added: string[] = [];
  const docs = [doc.id];
  for (const actor of doc.actors) {
    const aliases = sortedList(actor.aliases);
    const titles = sortedList(actor.titles);
    const node = graph.hasNode(actor.id) ? graph.getNodeAttributes(actor.id) : undefined;
    // The node's own attribute object is merged into: the graph owns its lists (copied when the node was added).
    if (node) { mergeAttributesInto(node, { label: actor.label, aliases, titles, mentions: actor.mentions, docs, country: actor.country }); continue; }
    const attributes: NodeAttributes = { label: actor.label, kind: actor.kind, aliases: [...aliases], titles: [...titles], mentions: actor.mentions, docs: [doc.id] };
    if (actor.country) attributes.country = actor.country;
    graph.addNode(actor.id, attributes);
    added.push(actor.id);
    if (actor.kind === 'person' && surnameIndexes.has(graph)) addToIndex(surnameIndexes.get(graph)!, actor.id);
  }
  for (const r of doc.relations) {
    if (r.source === r.target) continue;
    const key = addEdgeWithFreeKey(graph, doc.id, r.evidence.sentence, r.kind, r.source, r.target, edgeAttributes(r));
    if (key !== undefined && r.allegedBy) addToSetIndex(allegedIndex(graph), r.allegedBy, key);
  }
  mergeSurnames(graph, added);
  // Kept sorted by id with a binary search: adding documents in id order is a push.
  const documents = graph.getAttribute('documents');
  const lo = documentIndex(documents, doc.id);
  if (documents[lo]?.id === doc.id) documents[lo] = doc.record; else documents.splice(lo, 0, doc.record);
  return graph;
}

/** Builds one graph from many Docs, in the order of their ids. */
export function docsToGraph(docs: ReadonlyArray<Doc | DocSummary>): DemarcheGraph {
  const graph = createGraph();
  for (const doc of [...docs].sort((a, b) => byString(a.id, b.id))) addDocToGraph(graph, doc);
  return graph;
}
