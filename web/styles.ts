/**
 * Appearance: colours, shapes and sizes bound to the `kind` of nodes and
 * edges. The data never carries display attributes; these tables are the only
 * place where a kind becomes a colour. Pure data, importable without a browser.
 */
import { AFFILIATION_KINDS, INTERACTION_KINDS } from '../src/doc.js';
import type { ActorKind, RelationKind } from '../src/doc.js';
import { KIND_COLORS } from '../src/export/gexf.js';

export const NODE_KINDS: readonly ActorKind[] = ['person', 'institution', 'country'];
export const EDGE_KINDS: readonly RelationKind[] = [...INTERACTION_KINDS, ...AFFILIATION_KINDS];

function hex({ r, g, b }: { r: number; g: number; b: number }): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Node colours per kind: the same Okabe–Ito colours the GEXF export writes. */
export const NODE_COLORS: Readonly<Record<ActorKind, string>> = {
  person: hex(KIND_COLORS.person),
  institution: hex(KIND_COLORS.institution),
  country: hex(KIND_COLORS.country),
};

/** Node shapes per kind, so kinds stay apart without colour vision. */
export const NODE_SHAPES: Readonly<Record<ActorKind, 'circle' | 'square' | 'diamond'>> = {
  person: 'circle',
  institution: 'square',
  country: 'diamond',
};

/**
 * Edge colours per relation kind: cool hues for cooperative acts, warm for
 * pressure, dark for coercion; affiliations pale grey so they stay quiet.
 */
export const EDGE_COLORS: Readonly<Record<RelationKind, string>> = {
  statement: '#8d99a6',
  appeal: '#9467bd',
  intent: '#6baed6',
  consult: '#1f78b4',
  cooperate: '#33a02c',
  aid: '#1b7837',
  demand: '#ff7f00',
  accuse: '#e31a1c',
  reject: '#b15928',
  threaten: '#a50026',
  protest: '#e7298a',
  sanction: '#6a3d9a',
  force: '#222222',
  member_of: '#c8c8c8',
  part_of: '#d9d9d9',
};

export const FADED_NODE_COLOR = '#e6e6e6';
export const FADED_EDGE_COLOR = '#f0f0f0';
export const UNKNOWN_EDGE_COLOR = '#999999';

export function isAffiliation(kind: string): boolean {
  return (AFFILIATION_KINDS as readonly string[]).includes(kind);
}

export function edgeColor(kind: string): string {
  return (EDGE_COLORS as Record<string, string>)[kind] ?? UNKNOWN_EDGE_COLOR;
}

export function nodeColor(kind: string): string {
  return (NODE_COLORS as Record<string, string>)[kind] ?? '#888888';
}

export type SizeBy = 'degree' | 'mentions';

/**
 * Node radius in pixels from its degree or mention count: log scale, 5 to 28.
 * On large graphs 1.5 to 8: sigma fits the whole graph in the view, so 20,000
 * nodes share about 600 × 600 pixels at first and larger nodes would only
 * cover each other (and the edges) several times over, at a cost in pixels
 * drawn. They grow as the camera zooms in.
 */
export function nodeSize(value: number, large = false): number {
  const v = Math.log2(1 + Math.max(0, value));
  return large ? Math.min(8, 1.5 + 0.75 * v) : Math.min(28, 5 + 4 * v);
}

/** Edge thickness in pixels: affiliations thinner than interactions; thinner on large graphs, where edges are many. */
export function edgeSize(kind: string, large = false): number {
  if (large) return isAffiliation(kind) ? 0.5 : 1;
  return isAffiliation(kind) ? 1 : 2.5;
}

/** Human-readable name of a relation kind ("member_of" → "member of"). */
export function kindLabel(kind: string): string {
  return kind.replace(/_/g, ' ');
}
