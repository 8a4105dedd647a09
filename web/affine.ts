/**
 * 2D affine transforms as sigma's 3×3 matrices (column-major, as WebGL reads
 * them: m[0] m[1] first column, m[6] m[7] the translation). Pure.
 */

export type Mat3 = ArrayLike<number>;

/** The point (x, y) transformed by `m`. */
export function apply(m: Mat3, x: number, y: number): [number, number] {
  return [m[0] * x + m[3] * y + m[6], m[1] * x + m[4] * y + m[7]];
}

/** The inverse of an affine `m` (its last row 0, 0, 1); undefined if it is singular. */
export function invert(m: Mat3): Float32Array | undefined {
  const det = m[0] * m[4] - m[3] * m[1];
  if (!det || !Number.isFinite(det)) return undefined;
  const a = m[4] / det;
  const b = -m[1] / det;
  const c = -m[3] / det;
  const d = m[0] / det;
  return Float32Array.of(a, b, 0, c, d, 0, -(a * m[6] + c * m[7]), -(b * m[6] + d * m[7]), 1);
}

/**
 * Where a picture drawn with camera matrix `then` (graph → clip space) lands
 * under camera matrix `now`: a triangle strip of four vertices (x, y in clip
 * space, u, v in the picture, 0 to 1) covering the old picture's corners. Both
 * matrices being affine, the picture moves, turns and scales as a whole.
 */
export function pictureQuad(then: Mat3, now: Mat3): Float32Array | undefined {
  const back = invert(then);
  if (!back) return undefined;
  const out = new Float32Array(16);
  const corners: Array<[number, number]> = [[-1, -1], [1, -1], [-1, 1], [1, 1]];
  corners.forEach(([cx, cy], i) => {
    const [gx, gy] = apply(back, cx, cy);
    const [x, y] = apply(now, gx, gy);
    out.set([x, y, (cx + 1) / 2, (cy + 1) / 2], i * 4);
  });
  return out;
}

/** Whether two matrices are the same, entry by entry. */
export function same(a: Mat3, b: Mat3): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
