/**
 * The lines that stand for the edges of a large graph (see edge-layer.ts):
 * one line per pair of actors and relation kind, whatever the direction and
 * however many edges (parallel acts, reports from several articles) it stands
 * for; coloured by kind, affiliations quieter. Pure, importable without a browser.
 *
 * Nothing is lost for the reader: the side panel lists every edge of the
 * selected actor with its evidence, parallel ones included.
 */
import { edgeColor, isAffiliation } from './styles.js';

/** The edges of a graph as the layer needs them. */
export interface EdgeSource {
  forEachEdge(callback: (edge: string, attributes: { kind: string }, source: string, target: string) => void): void;
}

export interface EdgeLines {
  /** Two node keys per line. */
  ends: string[];
  /** One colour per line, four bytes r, g, b, a in memory order (alpha = opacity, not premultiplied). */
  rgba: Uint32Array;
  /** Number of lines. */
  count: number;
  /** Number of edges the lines stand for. */
  edges: number;
}

/** Line opacity: affiliations drawn quieter than interactions (as sigma-styles.ts does for edges). */
export function lineOpacity(kind: string): number {
  return isAffiliation(kind) ? 0.55 : 0.9;
}

/** `#rrggbb` and an opacity as four bytes r, g, b, a in memory order (little-endian 32-bit word). */
export function packRgba(hex: string, opacity: number): number {
  const value = /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : 0x999999;
  const r = (value >> 16) & 255;
  const g = (value >> 8) & 255;
  const b = value & 255;
  const a = Math.round(Math.max(0, Math.min(1, opacity)) * 255);
  return (r | (g << 8) | (b << 16) | (a << 24)) >>> 0;
}

export function unpackRgba(word: number): [number, number, number, number] {
  return [word & 255, (word >>> 8) & 255, (word >>> 16) & 255, word >>> 24];
}

/**
 * One line per unordered pair of nodes and kind among the edges that are not
 * hidden (and, when `only` is given, that are in it). Self-loops draw no line.
 */
export function edgeLines(graph: EdgeSource, hidden?: ReadonlySet<string>, only?: ReadonlySet<string>): EdgeLines {
  const seen = new Set<string>();
  const ends: string[] = [];
  const colours: number[] = [];
  const byKind = new Map<string, number>();
  let edges = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (hidden?.has(edge) || (only && !only.has(edge)) || source === target) return;
    edges++;
    const kind = String(attrs.kind);
    const key = source < target ? `${source}\u0000${target}\u0000${kind}` : `${target}\u0000${source}\u0000${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    ends.push(source, target);
    let colour = byKind.get(kind);
    if (colour === undefined) byKind.set(kind, (colour = packRgba(edgeColor(kind), lineOpacity(kind))));
    colours.push(colour);
  });
  return { ends, rgba: Uint32Array.from(colours), count: colours.length, edges };
}
