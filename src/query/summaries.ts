/**
 * Summaries: an actor's profile, what two actors did to each other, the
 * strongest pairs per kind ("who demands most of whom"), timelines.
 */
import type { ActorKind, AffiliationKind, InteractionKind, RelationKind } from '../doc.js';
import type { DemarcheGraph } from '../graph/types.js';
import { resolveActor, type ActorRef } from './find.js';
import { edgeDate, findRelations, type RelationFilter, type RelationRecord } from './relations.js';

export interface ActorLink {
  key: string;
  label: string;
  kind: AffiliationKind;
}

export interface Counterpart {
  key: string;
  label: string;
  kind: InteractionKind;
  /** `out`: the profiled actor acted on the counterpart; `in`: the reverse. */
  direction: 'out' | 'in';
  count: number;
}

export interface ActorProfile {
  key: string;
  label: string;
  kind: ActorKind;
  aliases: string[];
  titles: string[];
  country?: { key: string; label: string };
  mentions: number;
  docs: string[];
  /** What the actor is a member or part of. */
  affiliations: ActorLink[];
  /** Who is a member or part of the actor. */
  members: ActorLink[];
  /** Interaction counts per counterpart, kind and direction; most first, then key. */
  counterparts: Counterpart[];
  /** Interaction counts per kind, as actor (`out`) and as target (`in`). */
  interactions: { out: Partial<Record<InteractionKind, number>>; in: Partial<Record<InteractionKind, number>> };
  /** Earliest and latest dated interaction. */
  firstDate?: string;
  lastDate?: string;
}

const byKey = (a: { key: string; kind: string }, b: { key: string; kind: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;

function isAffiliation(kind: RelationKind): kind is AffiliationKind {
  return kind === 'member_of' || kind === 'part_of';
}

/** Everything the graph says about one actor. Throws on unknown or ambiguous names. */
export function actorProfile(graph: DemarcheGraph, actor: ActorRef): ActorProfile {
  const key = resolveActor(graph, actor);
  const attrs = graph.getNodeAttributes(key);
  const affiliations: ActorLink[] = [];
  const members: ActorLink[] = [];
  const counts = new Map<string, Counterpart>();
  const interactions: ActorProfile['interactions'] = { out: {}, in: {} };
  let firstDate: string | undefined;
  let lastDate: string | undefined;

  graph.forEachEdge(key, (edge, e, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    const link = { key: other, label: graph.getNodeAttribute(other, 'label') };
    if (isAffiliation(e.kind)) {
      (direction === 'out' ? affiliations : members).push({ ...link, kind: e.kind });
      return;
    }
    const id = `${direction}\u0000${e.kind}\u0000${other}`;
    const entry = counts.get(id) ?? { ...link, kind: e.kind, direction, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
    interactions[direction][e.kind] = (interactions[direction][e.kind] ?? 0) + 1;
    const date = edgeDate(graph, e);
    if (date !== undefined) {
      if (firstDate === undefined || date < firstDate) firstDate = date;
      if (lastDate === undefined || date > lastDate) lastDate = date;
    }
  });

  const dedupe = (links: ActorLink[]): ActorLink[] => {
    const seen = new Set<string>();
    return links.sort(byKey).filter((l) => !seen.has(`${l.kind}\u0000${l.key}`) && Boolean(seen.add(`${l.kind}\u0000${l.key}`)));
  };
  const profile: ActorProfile = {
    key, label: attrs.label, kind: attrs.kind, aliases: [...attrs.aliases], titles: [...attrs.titles],
    mentions: attrs.mentions, docs: [...attrs.docs],
    affiliations: dedupe(affiliations), members: dedupe(members),
    counterparts: [...counts.values()].sort((a, b) => b.count - a.count || byKey(a, b) || (a.direction < b.direction ? 1 : a.direction > b.direction ? -1 : 0)),
    interactions,
  };
  if (attrs.country !== undefined && graph.hasNode(attrs.country)) {
    profile.country = { key: attrs.country, label: graph.getNodeAttribute(attrs.country, 'label') };
  }
  if (firstDate !== undefined) profile.firstDate = firstDate;
  if (lastDate !== undefined) profile.lastDate = lastDate;
  return profile;
}

export interface PairRelations {
  a: string;
  b: string;
  /** What a did to b, and b to a, oldest first. */
  aToB: RelationRecord[];
  bToA: RelationRecord[];
  /** Counts per kind in each direction. */
  counts: { aToB: Partial<Record<RelationKind, number>>; bToA: Partial<Record<RelationKind, number>> };
}

function countKinds(records: readonly RelationRecord[]): Partial<Record<RelationKind, number>> {
  const counts: Partial<Record<RelationKind, number>> = {};
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

/** The relations between two actors, both directions ("how do Blinken and Lavrov deal with each other"). */
export function relationsBetween(graph: DemarcheGraph, a: ActorRef, b: ActorRef, filter: Omit<RelationFilter, 'source' | 'target' | 'actor' | 'between'> = {}): PairRelations {
  const keyA = resolveActor(graph, a);
  const keyB = resolveActor(graph, b);
  const aToB = findRelations(graph, { ...filter, source: keyA, target: keyB });
  const bToA = keyA === keyB ? [] : findRelations(graph, { ...filter, source: keyB, target: keyA });
  return { a: keyA, b: keyB, aToB, bToA, counts: { aToB: countKinds(aToB), bToA: countKinds(bToA) } };
}

export interface PairCount {
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  kind: RelationKind;
  count: number;
  firstDate?: string;
  lastDate?: string;
}

export interface TopPairsOptions extends Omit<RelationFilter, 'between'> {
  /** How many pairs; default 10. */
  limit?: number;
}

/**
 * The (source, kind, target) triples with the most edges: "who demands most
 * of whom". Interactions only unless `kind` names an affiliation. Most first,
 * then source, target and kind keys.
 */
export function topPairs(graph: DemarcheGraph, options: TopPairsOptions = {}): PairCount[] {
  const { limit = 10, ...filter } = options;
  const records = findRelations(graph, { interactionsOnly: filter.kind === undefined, ...filter });
  const pairs = new Map<string, PairCount>();
  for (const r of records) {
    const id = `${r.source}\u0000${r.kind}\u0000${r.target}`;
    let pair = pairs.get(id);
    if (!pair) {
      pair = { source: r.source, sourceLabel: r.sourceLabel, target: r.target, targetLabel: r.targetLabel, kind: r.kind, count: 0 };
      pairs.set(id, pair);
    }
    pair.count += 1;
    if (r.date !== undefined) {
      if (pair.firstDate === undefined || r.date < pair.firstDate) pair.firstDate = r.date;
      if (pair.lastDate === undefined || r.date > pair.lastDate) pair.lastDate = r.date;
    }
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return [...pairs.values()]
    .sort((x, y) => y.count - x.count || cmp(x.source, y.source) || cmp(x.target, y.target) || cmp(x.kind, y.kind))
    .slice(0, limit);
}

export type TimelineGranularity = 'day' | 'month' | 'year';

export interface TimelineBucket {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `undated` for edges without a date (last). */
  period: string;
  count: number;
  byKind: Partial<Record<RelationKind, number>>;
  relations: RelationRecord[];
}

export interface TimelineOptions extends RelationFilter {
  by?: TimelineGranularity;
}

const PERIOD_LENGTH: Record<TimelineGranularity, number> = { day: 10, month: 7, year: 4 };

/** Matching relations grouped by day, month or year, oldest first. */
export function timeline(graph: DemarcheGraph, options: TimelineOptions = {}): TimelineBucket[] {
  const { by = 'day', ...filter } = options;
  const buckets = new Map<string, TimelineBucket>();
  for (const r of findRelations(graph, filter)) {
    const period = r.date === undefined ? 'undated' : r.date.slice(0, PERIOD_LENGTH[by]);
    let bucket = buckets.get(period);
    if (!bucket) {
      bucket = { period, count: 0, byKind: {}, relations: [] };
      buckets.set(period, bucket);
    }
    bucket.count += 1;
    bucket.byKind[r.kind] = (bucket.byKind[r.kind] ?? 0) + 1;
    bucket.relations.push(r);
  }
  // findRelations is already chronological with undated last, so insertion order is the answer.
  return [...buckets.values()];
}
