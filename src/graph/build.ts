/**
 * graph: fold resolved Docs into one graphology MultiDirectedGraph. Node keys
 * are the actors' ids (`country:rus`, `person:vladimir-putin`), so the same
 * actor in two articles is one node; each edge keeps its own article's
 * provenance. Insertion order follows the documents' ids and the actors' ids,
 * so the same input always gives the same bytes.
 */
import { MultiDirectedGraph } from 'graphology';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Doc } from '../doc.js';
import type { DocumentRecord, EdgeAttributes, GraphAttributes, NodeAttributes } from './attributes.js';
import type { DemarcheGraph } from './types.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function contentHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function createGraph(): DemarcheGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.setAttribute('documents', []);
  return graph;
}

export function documentRecord(doc: Doc): DocumentRecord {
  const record: DocumentRecord = { id: doc.id, hash: contentHash(doc.text) };
  if (doc.meta.title) record.title = doc.meta.title;
  if (doc.meta.date) record.date = doc.meta.date;
  if (doc.meta.url) record.url = doc.meta.url;
  return record;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort(byString);

/** Adds one Doc to a graph (in place) and returns the graph. */
export function addDocToGraph(graph: DemarcheGraph, doc: Doc): DemarcheGraph {
  for (const actor of doc.actors) {
    if (graph.hasNode(actor.id)) {
      graph.updateNodeAttributes(actor.id, (a) => {
        const next: NodeAttributes = {
          ...a,
          aliases: union(a.aliases, [...actor.aliases, ...(actor.label !== a.label ? [actor.label] : [])]).filter((x) => x !== a.label),
          titles: union(a.titles, actor.titles),
          mentions: a.mentions + actor.mentions,
          docs: union(a.docs, [doc.id]),
        };
        if (!next.country && actor.country) next.country = actor.country;
        return next;
      });
    } else {
      const attributes: NodeAttributes = {
        label: actor.label,
        kind: actor.kind,
        aliases: [...actor.aliases].sort(byString),
        titles: [...actor.titles].sort(byString),
        mentions: actor.mentions,
        docs: [doc.id],
      };
      if (actor.country) attributes.country = actor.country;
      graph.addNode(actor.id, attributes);
    }
  }
  const counts = new Map<string, number>();
  for (const r of doc.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || r.source === r.target) continue;
    const base = `${doc.id}#${r.evidence.sentence}#${r.kind}#${r.source}>${r.target}`;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const key = n === 1 ? base : `${base}#${n}`;
    if (graph.hasEdge(key)) continue;
    const e = r.evidence;
    const attributes: EdgeAttributes = { kind: r.kind, evidence: e.text, doc: e.doc, sentence: e.sentence, start: e.start, end: e.end };
    if (r.cameo) attributes.cameo = r.cameo;
    if (e.date) attributes.date = e.date;
    if (e.quote) attributes.quote = e.quote;
    if (e.verb) attributes.verb = e.verb;
    if (r.alleged) attributes.alleged = true;
    if (r.allegedBy) attributes.allegedBy = r.allegedBy;
    graph.addDirectedEdgeWithKey(key, r.source, r.target, attributes);
  }
  const documents = graph.getAttribute('documents').filter((d) => d.id !== doc.id);
  documents.push(documentRecord(doc));
  documents.sort((a, b) => byString(a.id, b.id));
  graph.setAttribute('documents', documents);
  return graph;
}

/** Builds one graph from many Docs, in the order of their ids. */
export function docsToGraph(docs: readonly Doc[]): DemarcheGraph {
  const graph = createGraph();
  for (const doc of [...docs].sort((a, b) => byString(a.id, b.id))) addDocToGraph(graph, doc);
  return graph;
}
