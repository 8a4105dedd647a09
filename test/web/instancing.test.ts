/**
 * The plain triangle lists that replace sigma's instanced draws (deinstance.ts).
 */
import { describe, expect, it } from 'vitest';
import { indicesPerItem, interleave, triangleIndices } from '../../web/instancing.js';

describe('triangle lists for instanced programs', () => {
  it('turns each item\'s strip into its triangles, item after item', () => {
    expect([...triangleIndices('strip', 4, 2)]).toEqual([0, 1, 2, 1, 2, 3, 4, 5, 6, 5, 6, 7]);
    expect(indicesPerItem('strip', 4)).toBe(6);
    expect(indicesPerItem('strip', 22)).toBe(60);
    expect([...triangleIndices('list', 3, 2)]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(triangleIndices('strip', 2, 5).length).toBe(0);
  });

  it('repeats the constant vertices for every item, each followed by the item\'s record', () => {
    // Two constant vertices of one slot, items of two slots.
    const constant = Uint32Array.of(10, 11);
    const records = Uint32Array.of(1, 2, 3, 4, 5, 6);
    expect([...interleave(constant, 1, 2, records, 2, 2)]).toEqual([10, 1, 2, 11, 1, 2, 10, 3, 4, 11, 3, 4]);
  });

  it('copies raw 32-bit words, so packed colours and NaN patterns survive', () => {
    const nan = 0x7fc00001; // a NaN a float copy may rewrite
    const out = interleave(Uint32Array.of(0), 1, 1, Uint32Array.of(nan, 0xffffffff), 2, 1);
    expect([...out]).toEqual([0, nan, 0xffffffff]);
  });
});
