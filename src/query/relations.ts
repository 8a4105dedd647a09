/**
 * Edge filtering: "who demanded what of whom", "everything Peskov said about
 * the U.S.". Every result carries its evidence (sentence, quote, date,
 * document URL).
 */
import { AFFILIATION_KINDS, INTERACTION_KINDS, type RelationKind } from '../doc.js';
import type { DocumentRecord, EdgeAttributes } from '../graph/attributes.js';
import type { DemarcheGraph } from '../graph/types.js';
import { memo } from './cache.js';
import { QueryOptionError } from './errors.js';
import { resolveActors, type ActorRef } from './find.js';
import { normalizeText } from './text.js';

export const RELATION_KINDS: readonly RelationKind[] = [...INTERACTION_KINDS, ...AFFILIATION_KINDS];

/** One edge with its evidence, ready to print. */
export interface RelationRecord {
  /** Edge key. */
  edge: string;
  source: string;
  sourceLabel: string;
  kind: RelationKind;
  target: string;
  targetLabel: string;
  cameo?: string;
  /** The act's date, else its document's date. */
  date?: string;
  doc: string;
  /** Document URL and title, from the graph's `documents` attribute. */
  url?: string;
  title?: string;
  sentence: number;
  /** The sentence the edge was read from. */
  evidence: string;
  quote?: string;
  verb?: string;
  alleged?: boolean;
  allegedBy?: string;
}

export interface RelationFilter {
  /** Who acts (a name, key or selector; an ambiguous name stands for all its actors). */
  source?: ActorRef;
  /** Who is acted upon. */
  target?: ActorRef;
  /** An actor at either end. */
  actor?: ActorRef;
  /** Edges between two actors, in both directions. */
  between?: readonly [ActorRef, ActorRef];
  kind?: RelationKind | readonly RelationKind[];
  /** Skip member_of/part_of. */
  interactionsOnly?: boolean;
  /** Inclusive ISO date bounds; a prefix ("2022-01") covers the whole month or year. Undated edges are left out when set. */
  from?: string;
  to?: string;
  /** Document id(s) or URL(s). */
  doc?: string | readonly string[];
  /** Words the quote contains (case- and accent-insensitive). */
  quote?: string;
  /** Words the evidence sentence contains. */
  text?: string;
  /** Only alleged acts (true) or only reported ones (false). */
  alleged?: boolean;
}

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function documentIndex(graph: DemarcheGraph): ReadonlyMap<string, DocumentRecord> {
  return memo(graph, 'relations:documents', () => {
    const map = new Map<string, DocumentRecord>();
    const documents = graph.getAttribute('documents');
    if (Array.isArray(documents)) for (const d of documents) map.set(d.id, d);
    return map;
  });
}

/** The date of an edge: its own, else its document's. */
export function edgeDate(graph: DemarcheGraph, attrs: EdgeAttributes): string | undefined {
  return attrs.date ?? documentIndex(graph).get(attrs.doc)?.date;
}

export function toRelationRecord(graph: DemarcheGraph, edge: string): RelationRecord {
  const attrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const document = documentIndex(graph).get(attrs.doc);
  const record: RelationRecord = {
    edge, source, sourceLabel: graph.getNodeAttribute(source, 'label'), kind: attrs.kind,
    target, targetLabel: graph.getNodeAttribute(target, 'label'),
    doc: attrs.doc, sentence: attrs.sentence, evidence: attrs.evidence,
  };
  const date = attrs.date ?? document?.date;
  if (attrs.cameo !== undefined) record.cameo = attrs.cameo;
  if (date !== undefined) record.date = date;
  if (document?.url !== undefined) record.url = document.url;
  if (document?.title !== undefined) record.title = document.title;
  if (attrs.quote !== undefined) record.quote = attrs.quote;
  if (attrs.verb !== undefined) record.verb = attrs.verb;
  if (attrs.alleged !== undefined) record.alleged = attrs.alleged;
  if (attrs.allegedBy !== undefined) record.allegedBy = attrs.allegedBy;
  return record;
}

/** Chronological, undated last; then document, sentence, edge key. */
export function compareRecords(a: RelationRecord, b: RelationRecord): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  if (a.sentence !== b.sentence) return a.sentence - b.sentence;
  return a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0;
}

export function relationKinds(kind: RelationKind | readonly RelationKind[] | undefined): ReadonlySet<RelationKind> | null {
  if (kind === undefined) return null;
  const kinds = typeof kind === 'string' ? [kind] : kind;
  for (const k of kinds) {
    if (!RELATION_KINDS.includes(k)) throw new QueryOptionError(`unknown relation kind '${k}'. Expecting one of ${RELATION_KINDS.join(', ')}`);
  }
  return new Set(kinds);
}

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !ISO_PREFIX.test(value)) {
    throw new QueryOptionError(`${name} '${value}' is not a date. Expecting YYYY, YYYY-MM or YYYY-MM-DD`);
  }
}

/** Whether a date lies in [from, to], both inclusive prefixes. */
export function inDateRange(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === undefined) return false;
  if (from !== undefined && date.slice(0, from.length) < from) return false;
  if (to !== undefined && date.slice(0, to.length) > to) return false;
  return true;
}

/** An edge predicate for every filter field except the actor ends. */
export function edgePredicate(graph: DemarcheGraph, filter: RelationFilter): (edge: string, attrs: EdgeAttributes) => boolean {
  const kinds = relationKinds(filter.kind);
  checkDate('from', filter.from);
  checkDate('to', filter.to);
  const docs = filter.doc === undefined ? null : new Set(typeof filter.doc === 'string' ? [filter.doc] : filter.doc);
  const documents = documentIndex(graph);
  const quote = filter.quote === undefined ? undefined : normalizeText(filter.quote);
  const text = filter.text === undefined ? undefined : normalizeText(filter.text);
  return (_edge, attrs) => {
    if (kinds !== null && !kinds.has(attrs.kind)) return false;
    if (filter.interactionsOnly && (attrs.kind === 'member_of' || attrs.kind === 'part_of')) return false;
    if (filter.alleged !== undefined && Boolean(attrs.alleged) !== filter.alleged) return false;
    if (docs !== null && !docs.has(attrs.doc) && !docs.has(documents.get(attrs.doc)?.url ?? '\u0000')) return false;
    if (!inDateRange(attrs.date ?? documents.get(attrs.doc)?.date, filter.from, filter.to)) return false;
    if (quote !== undefined && (attrs.quote === undefined || !normalizeText(attrs.quote).includes(quote))) return false;
    if (text !== undefined && !normalizeText(attrs.evidence).includes(text)) return false;
    return true;
  };
}

/**
 * Edges matching every given field, with evidence, oldest first.
 * Names resolve through findActors; an unknown name throws UnknownActorError.
 */
export function findRelations(graph: DemarcheGraph, filter: RelationFilter = {}): RelationRecord[] {
  const keep = edgePredicate(graph, filter);
  const set = (ref: ActorRef | undefined): ReadonlySet<string> | null => (ref === undefined ? null : new Set(resolveActors(graph, ref)));
  const sources = set(filter.source);
  const targets = set(filter.target);
  const actors = set(filter.actor);
  const between = filter.between ? [set(filter.between[0]), set(filter.between[1])] as const : null;

  const accept = (edge: string, attrs: EdgeAttributes, source: string, target: string): boolean => {
    if (sources !== null && !sources.has(source)) return false;
    if (targets !== null && !targets.has(target)) return false;
    if (actors !== null && !actors.has(source) && !actors.has(target)) return false;
    if (between !== null) {
      const [a, b] = between;
      const forward = (a === null || a.has(source)) && (b === null || b.has(target));
      const backward = (a === null || a.has(target)) && (b === null || b.has(source));
      if (!forward && !backward) return false;
    }
    return keep(edge, attrs);
  };

  // Start from the smallest known end rather than scanning every edge.
  const seen = new Set<string>();
  const out: RelationRecord[] = [];
  const visit = (edge: string, attrs: EdgeAttributes, source: string, target: string): void => {
    if (seen.has(edge) || !accept(edge, attrs, source, target)) return;
    seen.add(edge);
    out.push(toRelationRecord(graph, edge));
  };
  const anchors = [
    sources && { nodes: sources, each: 'out' as const },
    targets && { nodes: targets, each: 'in' as const },
    actors && { nodes: actors, each: 'all' as const },
    between?.[0] && { nodes: between[0], each: 'all' as const },
  ].filter((a): a is { nodes: ReadonlySet<string>; each: 'out' | 'in' | 'all' } => Boolean(a));
  anchors.sort((a, b) => a.nodes.size - b.nodes.size);
  const anchor = anchors[0];
  if (anchor && anchor.nodes.size * 4 < graph.order) {
    for (const node of anchor.nodes) {
      if (anchor.each === 'out') graph.forEachOutEdge(node, visit);
      else if (anchor.each === 'in') graph.forEachInEdge(node, visit);
      else graph.forEachEdge(node, visit);
    }
  } else {
    graph.forEachEdge(visit);
  }
  return out.sort(compareRecords);
}
