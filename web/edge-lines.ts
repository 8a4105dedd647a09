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
 * hidden. Self-loops draw no line.
 */
export function edgeLines(graph: EdgeSource, hidden?: ReadonlySet<string>): EdgeLines {
  // Pairs and kinds are numbered as they come, so the line key is a number (much faster than a string
  // key on 100,000 edges) while ids stay under 2^24 and kinds under 32; past that, a string key.
  const nodeIds = new Map<string, number>();
  const kindIds = new Map<string, number>();
  const colourOf: number[] = [];
  const id = (node: string) => {
    let n = nodeIds.get(node);
    if (n === undefined) nodeIds.set(node, (n = nodeIds.size));
    return n;
  };
  const seen = new Set<number | string>();
  const ends: string[] = [];
  const colours: number[] = [];
  let edges = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (hidden?.has(edge) || source === target) return;
    edges++;
    const kindName = String(attrs.kind);
    let kind = kindIds.get(kindName);
    if (kind === undefined) {
      kindIds.set(kindName, (kind = kindIds.size));
      colourOf.push(packRgba(edgeColor(kindName), lineOpacity(kindName)));
    }
    const a = id(source);
    const b = id(target);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = hi < 2 ** 24 && kind < 32 ? (lo * 2 ** 24 + hi) * 32 + kind : `${lo} ${hi} ${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    ends.push(source, target);
    colours.push(colourOf[kind]);
  });
  return { ends, rgba: Uint32Array.from(colours), count: colours.length, edges };
}
