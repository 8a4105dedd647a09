/**
 * Autocomplete over node labels and aliases: "Moscow" finds Russia, "putin"
 * finds Vladimir Putin, "us" finds "U.S.". Matching ignores case, accents and
 * dots. Pure: unit tests run it without a browser.
 */
import type { DemarcheGraph } from '../src/graph/types.js';

interface Term {
  text: string;
  folded: string;
  alias: boolean;
}

export interface SearchEntry {
  node: string;
  label: string;
  kind: string;
  mentions: number;
  terms: Term[];
}

export interface SearchHit {
  node: string;
  label: string;
  kind: string;
  /** The alias that matched, when the label did not. */
  alias?: string;
  /** 0 exact, 1 prefix, 2 word prefix, 3 substring. */
  rank: number;
}

export type SearchIndex = SearchEntry[];

/** Lower case, no accents, no dots or apostrophes, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(graph: DemarcheGraph): SearchIndex {
  const index: SearchIndex = [];
  graph.forEachNode((node, attrs) => {
    const label = String(attrs.label ?? node);
    const terms: Term[] = [{ text: label, folded: fold(label), alias: false }];
    for (const alias of attrs.aliases ?? []) {
      const folded = fold(String(alias));
      if (folded && !terms.some((t) => t.folded === folded)) terms.push({ text: String(alias), folded, alias: true });
    }
    index.push({ node, label, kind: attrs.kind, mentions: attrs.mentions ?? 0, terms });
  });
  return index;
}

function rankTerm(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.includes(` ${query}`)) return 2;
  if (folded.includes(query)) return 3;
  return -1;
}

export function searchNodes(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: Array<SearchHit & { mentions: number; aliasRank: number }> = [];
  for (const entry of index) {
    let best: { rank: number; term: Term } | undefined;
    for (const term of entry.terms) {
      const rank = rankTerm(term.folded, q);
      if (rank < 0) continue;
      // A label match beats an alias match of the same rank.
      if (!best || rank < best.rank || (rank === best.rank && best.term.alias && !term.alias)) best = { rank, term };
    }
    if (!best) continue;
    hits.push({
      node: entry.node,
      label: entry.label,
      kind: entry.kind,
      alias: best.term.alias ? best.term.text : undefined,
      rank: best.rank,
      mentions: entry.mentions,
      aliasRank: best.term.alias ? 1 : 0,
    });
  }
  hits.sort((a, b) => a.rank - b.rank || a.aliasRank - b.aliasRank || b.mentions - a.mentions ||
    a.label.localeCompare(b.label) || (a.node < b.node ? -1 : 1));
  return hits.slice(0, limit).map(({ mentions: _m, aliasRank: _a, ...hit }) => hit);
}
