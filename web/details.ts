/**
 * What the side panel and the edge tooltip show, computed from the graph:
 * pure data, so it is tested without a browser and inserted as text by the page.
 */
import type { DemarcheGraph } from '../src/graph/types.js';
import type { DocumentRecord } from '../src/graph/attributes.js';
import { isAffiliation } from './styles.js';

/** The URL if it is http(s), else undefined: no `javascript:` or `data:` link is ever rendered. */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export interface NodeRef {
  key: string;
  label: string;
  kind?: string;
}

export interface SourceRef {
  doc: string;
  title: string;
  date?: string;
  url?: string;
}

export interface EvidenceItem {
  edge: string;
  kind: string;
  /** The direct quote, when the act has one. */
  quote?: string;
  /** The sentence the act was read from. */
  evidence: string;
  date?: string;
  verb?: string;
  alleged?: boolean;
  allegedBy?: NodeRef;
  source?: SourceRef;
}

export interface EvidenceGroup {
  kind: string;
  counterpart: NodeRef;
  items: EvidenceItem[];
}

export interface NodeDetails {
  key: string;
  label: string;
  kind: string;
  aliases: string[];
  titles: string[];
  mentions: number;
  country?: NodeRef;
  /** What the actor belongs to (member_of, part_of it is the source of). */
  affiliations: Array<{ kind: string; target: NodeRef }>;
  /** Who belongs to the actor. */
  members: Array<{ kind: string; source: NodeRef }>;
  /** Acts by the actor, grouped by kind, then counterpart. */
  outgoing: EvidenceGroup[];
  /** Acts aimed at the actor, grouped by kind, then counterpart. */
  incoming: EvidenceGroup[];
}

function ref(graph: DemarcheGraph, key: string): NodeRef {
  if (!graph.hasNode(key)) return { key, label: key };
  const attrs = graph.getNodeAttributes(key);
  return { key, label: String(attrs.label ?? key), kind: attrs.kind };
}

function documentIndex(graph: DemarcheGraph): Map<string, DocumentRecord> {
  const docs = graph.getAttribute('documents');
  const map = new Map<string, DocumentRecord>();
  if (Array.isArray(docs)) for (const d of docs) if (d && typeof d.id === 'string') map.set(d.id, d);
  return map;
}

export function sourceOf(graph: DemarcheGraph, docId: string, docs = documentIndex(graph)): SourceRef | undefined {
  if (!docId) return undefined;
  const record = docs.get(docId);
  return {
    doc: docId,
    title: String(record?.title ?? docId),
    date: record?.date,
    url: safeHttpUrl(record?.url),
  };
}

export function evidenceOf(graph: DemarcheGraph, edge: string, docs = documentIndex(graph)): EvidenceItem {
  const a = graph.getEdgeAttributes(edge);
  const item: EvidenceItem = { edge, kind: String(a.kind), evidence: String(a.evidence ?? '') };
  if (a.quote) item.quote = String(a.quote);
  if (a.date) item.date = String(a.date);
  if (a.verb) item.verb = String(a.verb);
  if (a.alleged) item.alleged = true;
  if (a.allegedBy) item.allegedBy = ref(graph, String(a.allegedBy));
  const source = sourceOf(graph, String(a.doc ?? ''), docs);
  if (source) item.source = source;
  return item;
}

function group(entries: Array<{ kind: string; counterpart: NodeRef; item: EvidenceItem }>): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const { kind, counterpart, item } of entries) {
    const id = `${kind}\u0000${counterpart.key}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { kind, counterpart, items: [] }));
    g.items.push(item);
  }
  const order = (g: EvidenceGroup) => g.kind;
  return [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.edge.localeCompare(b.edge)) }))
    .sort((a, b) => order(a).localeCompare(order(b)) || a.counterpart.label.localeCompare(b.counterpart.label));
}

export function describeNode(graph: DemarcheGraph, node: string): NodeDetails {
  const attrs = graph.getNodeAttributes(node);
  const docs = documentIndex(graph);
  const details: NodeDetails = {
    key: node,
    label: String(attrs.label ?? node),
    kind: String(attrs.kind),
    aliases: [...(attrs.aliases ?? [])].map(String),
    titles: [...(attrs.titles ?? [])].map(String),
    mentions: attrs.mentions ?? 0,
    affiliations: [],
    members: [],
    outgoing: [],
    incoming: [],
  };
  if (attrs.country && attrs.country !== node) details.country = ref(graph, attrs.country);
  const out: Array<{ kind: string; counterpart: NodeRef; item: EvidenceItem }> = [];
  const inc: Array<{ kind: string; counterpart: NodeRef; item: EvidenceItem }> = [];
  const seenAffiliations = new Set<string>();
  graph.forEachOutEdge(node, (edge, a, _source, target) => {
    const kind = String(a.kind);
    if (isAffiliation(kind)) {
      const id = `${kind}\u0000${target}`;
      if (!seenAffiliations.has(id)) details.affiliations.push({ kind, target: ref(graph, target) });
      seenAffiliations.add(id);
    } else out.push({ kind, counterpart: ref(graph, target), item: evidenceOf(graph, edge, docs) });
  });
  const seenMembers = new Set<string>();
  graph.forEachInEdge(node, (edge, a, source) => {
    const kind = String(a.kind);
    if (isAffiliation(kind)) {
      const id = `${kind}\u0000${source}`;
      if (!seenMembers.has(id)) details.members.push({ kind, source: ref(graph, source) });
      seenMembers.add(id);
    } else inc.push({ kind, counterpart: ref(graph, source), item: evidenceOf(graph, edge, docs) });
  });
  details.outgoing = group(out);
  details.incoming = group(inc);
  details.affiliations.sort((a, b) => a.target.label.localeCompare(b.target.label));
  details.members.sort((a, b) => a.source.label.localeCompare(b.source.label));
  return details;
}

export interface EdgeSummary {
  kind: string;
  source: NodeRef;
  target: NodeRef;
  evidence: EvidenceItem;
}

export function describeEdge(graph: DemarcheGraph, edge: string): EdgeSummary {
  return {
    kind: String(graph.getEdgeAttribute(edge, 'kind')),
    source: ref(graph, graph.source(edge)),
    target: ref(graph, graph.target(edge)),
    evidence: evidenceOf(graph, edge),
  };
}
