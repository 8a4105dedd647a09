import { describe, expect, it } from 'vitest';
import { byId, joinTexts, mapPacked } from '../src/arrays.js';

describe('array helpers', () => {
  it('mapPacked gives what Array#map gives, index included', () => {
    const list = ['a', 'bb', 'ccc'];
    expect(mapPacked(list, (x, i) => `${i}:${x.length}`)).toEqual(list.map((x, i) => `${i}:${x.length}`));
    expect(mapPacked([], (x) => x)).toEqual([]);
  });
  it('joinTexts joins a token range by single spaces', () => {
    const tokens = ['called', 'on', 'Moscow', 'to'].map((text) => ({ text }));
    expect(joinTexts(tokens, 0, 2)).toBe('called on');
    expect(joinTexts(tokens, 2, 3)).toBe('Moscow');
  });
  it('byId maps items by id, the last of a duplicated id winning', () => {
    const map = byId([{ id: 'x', n: 1 }, { id: 'y', n: 2 }, { id: 'x', n: 3 }]);
    expect([...map.keys()]).toEqual(['x', 'y']);
    expect(map.get('x')?.n).toBe(3);
  });
});
