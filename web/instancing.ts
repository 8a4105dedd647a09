/**
 * Pure helpers to draw an instanced sigma program as one plain triangle list
 * (see deinstance.ts for why). Importable without a browser.
 *
 * An instanced program holds `verticesPerItem` constant vertices (the shape of
 * one item: a node's quad, an edge's strip) and one record per item. The
 * expanded form repeats the constant vertices for every item, each vertex
 * followed by its item's record, and indexes them as triangles.
 */

/**
 * Triangle-list indices for `items` items of `verticesPerItem` vertices each,
 * laid out one item after another. `strip`: each item's vertices form a
 * triangle strip (k, k+1, k+2 for every k); `list`: they already are triangles.
 */
export function triangleIndices(mode: 'strip' | 'list', verticesPerItem: number, items: number): Uint32Array {
  const per = indicesPerItem(mode, verticesPerItem);
  const out = new Uint32Array(per * items);
  let o = 0;
  for (let i = 0; i < items; i++) {
    const base = i * verticesPerItem;
    if (mode === 'list') {
      for (let k = 0; k < verticesPerItem; k++) out[o++] = base + k;
    } else {
      for (let k = 0; k + 2 < verticesPerItem; k++) {
        out[o++] = base + k;
        out[o++] = base + k + 1;
        out[o++] = base + k + 2;
      }
    }
  }
  return out;
}

/** How many indices one item takes in `triangleIndices`. */
export function indicesPerItem(mode: 'strip' | 'list', verticesPerItem: number): number {
  return mode === 'list' ? verticesPerItem : Math.max(0, verticesPerItem - 2) * 3;
}

/**
 * Interleaves the constant vertices (`constant`: `verticesPerItem` vertices of
 * `constantSlots` 32-bit slots) with the item records (`records`: `itemSlots`
 * slots per item) for the first `items` items: vertex v of item i is the
 * constant vertex v followed by record i. Slots are copied as raw 32-bit words,
 * so packed colours and ids pass unchanged (a float copy could rewrite NaN bit patterns).
 */
export function interleave(
  constant: Uint32Array, constantSlots: number, verticesPerItem: number,
  records: Uint32Array, itemSlots: number, items: number,
  out: Uint32Array = new Uint32Array(items * verticesPerItem * (constantSlots + itemSlots)),
): Uint32Array {
  let o = 0;
  for (let i = 0; i < items; i++) {
    const r = i * itemSlots;
    for (let v = 0; v < verticesPerItem; v++) {
      const c = v * constantSlots;
      for (let k = 0; k < constantSlots; k++) out[o++] = constant[c + k];
      for (let k = 0; k < itemSlots; k++) out[o++] = records[r + k];
    }
  }
  return out;
}
