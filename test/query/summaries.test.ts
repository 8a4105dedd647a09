import { describe, expect, it } from 'vitest';
import { actorProfile, AmbiguousActorError, relationsBetween, timeline, topPairs, UnknownActorError } from '../../src/query/index.js';
import { smallGraph } from './helpers.js';

const graph = smallGraph();

describe('actorProfile', () => {
  it('sums up a country: members, counterparts by kind and count, dates', () => {
    expect(actorProfile(graph, 'moscow')).toEqual({
      key: 'country:rus', label: 'Russia', kind: 'country', aliases: ['Moscow', 'Russian Federation'], titles: [],
      mentions: 10, docs: ['d1', 'd2', 'd3'],
      affiliations: [],
      members: [
        { key: 'institution:kremlin', label: 'Kremlin', kind: 'part_of' },
        { key: 'person:sergei-lavrov', label: 'Sergei Lavrov', kind: 'member_of' },
      ],
      counterparts: [
        { key: 'country:usa', label: 'United States', kind: 'demand', direction: 'out', count: 2 },
        { key: 'country:usa', label: 'United States', kind: 'reject', direction: 'in', count: 2 },
        { key: 'country:ukr', label: 'Ukraine', kind: 'threaten', direction: 'out', count: 1 },
        { key: 'country:usa', label: 'United States', kind: 'accuse', direction: 'in', count: 1 },
        { key: 'institution:nato', label: 'NATO', kind: 'demand', direction: 'out', count: 1 },
        { key: 'institution:nato', label: 'NATO', kind: 'reject', direction: 'in', count: 1 },
        { key: 'person:ned-price', label: 'Ned Price', kind: 'statement', direction: 'in', count: 1 },
      ],
      interactions: { out: { demand: 3, threaten: 1 }, in: { reject: 3, accuse: 1, statement: 1 } },
      firstDate: '2022-01-15', lastDate: '2022-02-01',
    });
  });

  it('sums up a person: country, affiliations', () => {
    const lavrov = actorProfile(graph, 'Lavrov');
    expect(lavrov.country).toEqual({ key: 'country:rus', label: 'Russia' });
    expect(lavrov.affiliations).toEqual([{ key: 'country:rus', label: 'Russia', kind: 'member_of' }]);
    expect(lavrov.counterparts).toEqual([{ key: 'person:antony-blinken', label: 'Antony Blinken', kind: 'consult', direction: 'in', count: 1 }]);
    expect([lavrov.firstDate, lavrov.lastDate]).toEqual(['2022-02-01', '2022-02-01']);
  });

  it('has no dates for an actor with only undated acts, and throws on unknown or ambiguous names', () => {
    const marti = actorProfile(graph, 'Marti');
    expect(marti.firstDate).toBeUndefined();
    expect(marti.interactions).toEqual({ out: { appeal: 1 }, in: {} });
    expect(() => actorProfile(graph, 'Smith')).toThrow(AmbiguousActorError);
    expect(() => actorProfile(graph, 'Atlantis')).toThrow(UnknownActorError);
  });
});

describe('relationsBetween', () => {
  it('gives both directions with counts per kind', () => {
    const pair = relationsBetween(graph, 'Washington', 'Russia');
    expect(pair.a).toBe('country:usa');
    expect(pair.b).toBe('country:rus');
    expect(pair.aToB.map((r) => r.edge)).toEqual(['e4', 'e18', 'e14']);
    expect(pair.bToA.map((r) => r.edge)).toEqual(['e1', 'e3']);
    expect(pair.counts).toEqual({ aToB: { reject: 2, accuse: 1 }, bToA: { demand: 2 } });
  });

  it('applies extra filters', () => {
    const pair = relationsBetween(graph, 'Washington', 'Russia', { from: '2022-01-27' });
    expect([pair.aToB.map((r) => r.edge), pair.bToA.map((r) => r.edge)]).toEqual([['e18', 'e14'], ['e3']]);
  });
});

describe('topPairs', () => {
  it('ranks (source, kind, target) by count, ties by keys, interactions only', () => {
    expect(topPairs(graph, { limit: 3 })).toEqual([
      { source: 'country:rus', sourceLabel: 'Russia', target: 'country:usa', targetLabel: 'United States', kind: 'demand', count: 2, firstDate: '2022-01-15', lastDate: '2022-01-28' },
      { source: 'country:usa', sourceLabel: 'United States', target: 'country:rus', targetLabel: 'Russia', kind: 'reject', count: 2, firstDate: '2022-01-26', lastDate: '2022-01-27' },
      { source: 'country:rus', sourceLabel: 'Russia', target: 'country:ukr', targetLabel: 'Ukraine', kind: 'threaten', count: 1, firstDate: '2022-02-01', lastDate: '2022-02-01' },
    ]);
    expect(topPairs(graph).length).toBe(10);
    expect(topPairs(graph, { limit: 100 }).length).toBe(12);
  });

  it('answers "who accuses most whom" for one kind', () => {
    expect(topPairs(graph, { kind: 'accuse' }).map((p) => `${p.source} ${p.target} ${p.count}`)).toEqual([
      'country:usa country:rus 1',
      'person:vladimir-putin country:usa 1',
      'person:vladimir-putin institution:nato 1',
    ]);
    expect(topPairs(graph, { kind: 'member_of' }).map((p) => p.source)).toEqual(['person:antony-blinken', 'person:dmitry-peskov', 'person:sergei-lavrov']);
  });
});

describe('timeline', () => {
  it('groups by month with undated last', () => {
    expect(timeline(graph, { by: 'month' }).map((b) => [b.period, b.count])).toEqual([['2022-01', 6], ['2022-02', 10], ['undated', 2]]);
  });

  it('groups one actor\'s acts by day, with counts per kind', () => {
    const days = timeline(graph, { source: 'Russia' });
    expect(days.map((b) => [b.period, b.byKind])).toEqual([
      ['2022-01-15', { demand: 2 }],
      ['2022-01-28', { demand: 1 }],
      ['2022-02-01', { threaten: 1 }],
    ]);
    expect(days[0].relations.map((r) => r.edge)).toEqual(['e1', 'e2']);
    expect(timeline(graph, { by: 'year', kind: 'reject' })).toMatchObject([{ period: '2022', count: 3 }]);
  });
});
