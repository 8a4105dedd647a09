/**
 * Actor lookup by any name: label, alias, node key or key slug ("rus",
 * "vladimir putin"), case- and accent-insensitive. An exact name beats a
 * whole-word match ("Lavrov" → Sergei Lavrov); every actor at the best level
 * is returned, so ambiguous names give every candidate.
 */
import type { ActorKind } from '../doc.js';
import type { DemarcheGraph } from '../graph/types.js';
import { memo } from './cache.js';
import { AmbiguousActorError, QueryOptionError, UnknownActorError } from './errors.js';
import { containsWords, normalizeText } from './text.js';

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'institution', 'country'];

/** How a name matched: the node key itself, a whole name, whole words of a name, or a name prefix (`partial`). */
export type MatchLevel = 'key' | 'exact' | 'words' | 'prefix';

export interface ActorMatch {
  key: string;
  label: string;
  kind: ActorKind;
  /** The label or alias that matched. */
  matched: string;
  level: MatchLevel;
}

export interface FindActorsOptions {
  /** Only actors of this kind or kinds. */
  kind?: ActorKind | readonly ActorKind[];
  /** Also match names that start with the query ("lavr" → Lavrov), for autocompletion. */
  partial?: boolean;
}

/**
 * Designates actors: a name or key, or a description.
 * `{ kind: 'country' }` means every country; `{ name: 'Peskov', kind: 'person' }` narrows a name.
 */
export type ActorRef = string | ActorSelector;

export interface ActorSelector {
  name?: string;
  kind?: ActorKind | readonly ActorKind[];
  /** Actors whose `country` attribute is this country (a name or key). */
  country?: string;
}

interface NameIndex {
  /** normalised name → [node key, surface name] pairs. */
  exact: Map<string, Array<[string, string]>>;
  /** first word of a normalised name → the names containing that word. */
  byWord: Map<string, Array<[string, string, string]>>;
  all: Array<[string, string, string]>;
}

function namesOf(key: string, label: string, aliases: readonly string[]): string[] {
  const colon = key.indexOf(':');
  const slug = colon >= 0 ? key.slice(colon + 1).replace(/-/g, ' ') : key;
  return [label, ...aliases, slug];
}

function nameIndex(graph: DemarcheGraph): NameIndex {
  return memo(graph, 'find:names', () => {
    const exact = new Map<string, Array<[string, string]>>();
    const byWord = new Map<string, Array<[string, string, string]>>();
    const all: Array<[string, string, string]> = [];
    graph.forEachNode((key, attrs) => {
      const seen = new Set<string>();
      for (const surface of namesOf(key, attrs.label, attrs.aliases)) {
        const norm = normalizeText(surface);
        if (!norm || seen.has(norm)) continue;
        seen.add(norm);
        const list = exact.get(norm) ?? [];
        list.push([key, surface]);
        exact.set(norm, list);
        const entry: [string, string, string] = [key, surface, norm];
        all.push(entry);
        for (const word of new Set(norm.split(' '))) {
          const words = byWord.get(word) ?? [];
          words.push(entry);
          byWord.set(word, words);
        }
      }
    });
    return { exact, byWord, all };
  });
}

function kindSet(kind: ActorKind | readonly ActorKind[] | undefined): ReadonlySet<ActorKind> | null {
  if (kind === undefined) return null;
  const kinds = typeof kind === 'string' ? [kind] : kind;
  for (const k of kinds) {
    if (!ACTOR_KINDS.includes(k)) throw new QueryOptionError(`unknown actor kind '${k}'. Expecting one of ${ACTOR_KINDS.join(', ')}`);
  }
  return new Set(kinds);
}

function byMentionsThenKey(graph: DemarcheGraph) {
  return (a: ActorMatch, b: ActorMatch): number =>
    graph.getNodeAttribute(b.key, 'mentions') - graph.getNodeAttribute(a.key, 'mentions') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Every actor the query names, best match level first; [] when none.
 * Ties are ordered by mentions (most first), then key.
 */
export function findActors(graph: DemarcheGraph, query: string, options: FindActorsOptions = {}): ActorMatch[] {
  const kinds = kindSet(options.kind);
  const keep = (key: string): boolean => kinds === null || kinds.has(graph.getNodeAttribute(key, 'kind'));
  const make = (key: string, matched: string, level: MatchLevel): ActorMatch => {
    const attrs = graph.getNodeAttributes(key);
    return { key, label: attrs.label, kind: attrs.kind, matched, level };
  };
  const collect = (pairs: Iterable<[string, string]>, level: MatchLevel): ActorMatch[] => {
    const found = new Map<string, ActorMatch>();
    for (const [key, surface] of pairs) if (keep(key) && !found.has(key)) found.set(key, make(key, surface, level));
    return [...found.values()].sort(byMentionsThenKey(graph));
  };

  const trimmed = query.trim();
  if (graph.hasNode(trimmed)) return keep(trimmed) ? [make(trimmed, trimmed, 'key')] : [];
  const norm = normalizeText(trimmed);
  if (!norm) return [];
  const index = nameIndex(graph);

  const exact = collect(index.exact.get(norm) ?? [], 'exact');
  if (exact.length) return exact;

  const firstWord = norm.split(' ')[0];
  const wordHits = (index.byWord.get(firstWord) ?? []).filter(([, , name]) => containsWords(name, norm));
  const words = collect(wordHits.map(([key, surface]) => [key, surface] as [string, string]), 'words');
  if (words.length || !options.partial) return words;

  const prefixHits = index.all.filter(([, , name]) => name.startsWith(norm) || name.includes(` ${norm}`));
  return collect(prefixHits.map(([key, surface]) => [key, surface] as [string, string]), 'prefix');
}

/** Up to three labels close to an unknown name, for the error message. */
function suggest(graph: DemarcheGraph, name: string): string[] {
  const norm = normalizeText(name);
  if (norm.length < 2) return [];
  const stem = norm.slice(0, Math.max(2, Math.min(4, norm.length - 1)));
  const hits = findActors(graph, stem, { partial: true });
  return hits.slice(0, 3).map((m) => m.label);
}

/**
 * The node keys an actor reference designates: all candidates of a name (a
 * union: an ambiguous name stands for each of its actors), or every actor of a
 * kind. Throws UnknownActorError when a name matches nothing.
 */
export function resolveActors(graph: DemarcheGraph, ref: ActorRef): string[] {
  if (typeof ref === 'string') {
    const found = findActors(graph, ref);
    if (!found.length) throw new UnknownActorError(ref, suggest(graph, ref));
    return found.map((m) => m.key);
  }
  const kinds = kindSet(ref.kind);
  let keys: string[];
  if (ref.name !== undefined) {
    const found = findActors(graph, ref.name, { kind: ref.kind });
    if (!found.length) throw new UnknownActorError(ref.name, suggest(graph, ref.name));
    keys = found.map((m) => m.key);
  } else {
    keys = graph.filterNodes((_key, attrs) => kinds === null || kinds.has(attrs.kind)).sort();
  }
  if (ref.country !== undefined) {
    const countries = new Set(resolveActors(graph, { name: ref.country, kind: 'country' }));
    keys = keys.filter((key) => {
      const country = graph.getNodeAttribute(key, 'country');
      return country !== undefined && countries.has(country);
    });
  }
  return keys;
}

/**
 * The one actor a name designates. Throws UnknownActorError when none and
 * AmbiguousActorError (listing the candidate keys) when several match.
 */
export function resolveActor(graph: DemarcheGraph, ref: ActorRef): string {
  const keys = resolveActors(graph, ref);
  const name = typeof ref === 'string' ? ref : ref.name ?? JSON.stringify(ref);
  if (!keys.length) throw new UnknownActorError(name);
  if (keys.length > 1) throw new AmbiguousActorError(name, keys);
  return keys[0];
}
