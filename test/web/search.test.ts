import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, searchNodes } from '../../web/search.js';
import { fixture } from './helpers.js';

describe('fold', () => {
  it('ignores case, accents, dots and apostrophes', () => {
    expect(fold('U.S.')).toBe('us');
    expect(fold('Türkiye')).toBe('turkiye');
    expect(fold("Russia's  Foreign-Ministry")).toBe('russias foreign ministry');
  });
});

describe('searchNodes', () => {
  const index = buildSearchIndex(fixture('small.json'));

  it('finds a country by an alias ("Moscow" finds Russia) and says which alias', () => {
    const [hit] = searchNodes(index, 'Moscow');
    expect(hit).toMatchObject({ node: 'country:rus', label: 'Russia', alias: 'Moscow' });
  });

  it('finds people by surname, case-insensitively', () => {
    expect(searchNodes(index, 'putin')[0].node).toBe('person:vladimir-putin');
    expect(searchNodes(index, 'PESKOV')[0].node).toBe('person:dmitry-peskov');
  });

  it('matches dotted abbreviations without the dots', () => {
    expect(searchNodes(index, 'us')[0].node).toBe('country:usa');
    expect(searchNodes(index, 'U.S.')[0].node).toBe('country:usa');
  });

  it('ranks exact and prefix matches before substrings, and labels before aliases', () => {
    const hits = searchNodes(index, 'state');
    expect(hits[0].node).toBe('institution:us-state-department');
    const nato = searchNodes(index, 'nato');
    expect(nato[0]).toMatchObject({ node: 'institution:nato', rank: 0 });
    expect(nato[0].alias).toBeUndefined();
  });

  it('returns nothing for an empty or unmatched query, and respects the limit', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
    expect(searchNodes(index, 'zzzz')).toEqual([]);
    expect(searchNodes(index, 'e', 3)).toHaveLength(3);
  });
});
