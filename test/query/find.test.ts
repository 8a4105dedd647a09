import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/graph/attributes.js';
import type { DemarcheGraph } from '../../src/graph/types.js';
import { AmbiguousActorError, findActors, QueryOptionError, resolveActor, resolveActors, UnknownActorError } from '../../src/query/index.js';
import { smallGraph } from './helpers.js';

const keys = (graph: DemarcheGraph, query: string, options = {}): string[] => findActors(graph, query, options).map((m) => m.key);

describe('findActors', () => {
  const graph = smallGraph();

  it('finds a country by an alias, case-insensitively ("moscow" → Russia)', () => {
    expect(findActors(graph, 'moscow')).toEqual([{ key: 'country:rus', label: 'Russia', kind: 'country', matched: 'Moscow', level: 'exact' }]);
    expect(keys(graph, '  MOSCOW ')).toEqual(['country:rus']);
  });

  it('finds a person by surname ("Lavrov" → Sergei Lavrov) and by a word of the label', () => {
    expect(keys(graph, 'Lavrov')).toEqual(['person:sergei-lavrov']);
    expect(findActors(graph, 'sergei')).toEqual([{ key: 'person:sergei-lavrov', label: 'Sergei Lavrov', kind: 'person', matched: 'Sergei Lavrov', level: 'words' }]);
  });

  it('ignores accents and punctuation', () => {
    expect(keys(graph, 'jose marti')).toEqual(['person:jose-marti']);
    expect(keys(graph, 'JOSÉ MARTÍ')).toEqual(['person:jose-marti']);
    expect(keys(graph, 'u.s.')).toEqual(['country:usa']);
    expect(keys(graph, 'US')).toEqual(['country:usa']);
  });

  it('matches node keys and key slugs (ISO3 codes)', () => {
    expect(findActors(graph, 'country:rus')).toEqual([{ key: 'country:rus', label: 'Russia', kind: 'country', matched: 'country:rus', level: 'key' }]);
    expect(keys(graph, 'USA')).toEqual(['country:usa']);
    expect(keys(graph, 'vladimir putin')).toEqual(['person:vladimir-putin']);
  });

  it('returns every candidate of an ambiguous name, most mentioned first then by key', () => {
    expect(findActors(graph, 'Smith')).toEqual([
      { key: 'person:jane-smith', label: 'Jane Smith', kind: 'person', matched: 'Jane Smith', level: 'words' },
      { key: 'person:john-smith', label: 'John Smith', kind: 'person', matched: 'John Smith', level: 'words' },
    ]);
  });

  it('prefers an exact name over word matches', () => {
    // "Russia" is exactly country:rus; "Russian Federation" (an alias of the same node) must not add others.
    expect(keys(graph, 'Russia')).toEqual(['country:rus']);
  });

  it('filters by kind', () => {
    expect(keys(graph, 'Lavrov', { kind: 'country' })).toEqual([]);
    expect(keys(graph, 'Kremlin', { kind: ['person', 'institution'] })).toEqual(['institution:kremlin']);
    expect(() => findActors(graph, 'Kremlin', { kind: 'planet' as never })).toThrow(QueryOptionError);
  });

  it('matches prefixes only when asked', () => {
    expect(keys(graph, 'lavr')).toEqual([]);
    expect(findActors(graph, 'lavr', { partial: true })).toEqual([
      { key: 'person:sergei-lavrov', label: 'Sergei Lavrov', kind: 'person', matched: 'Sergei Lavrov', level: 'prefix' },
    ]);
  });

  it('returns [] for unknown and empty names', () => {
    expect(findActors(graph, 'Atlantis')).toEqual([]);
    expect(findActors(graph, ' ... ')).toEqual([]);
  });

  it('sees changes made to the graph after a first lookup', () => {
    const g: DemarcheGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    g.addNode('country:fra', { label: 'France', kind: 'country', aliases: [], titles: [], mentions: 1, docs: [] });
    expect(keys(g, 'Paris')).toEqual([]);
    g.setNodeAttribute('country:fra', 'aliases', ['Paris']);
    expect(keys(g, 'paris')).toEqual(['country:fra']);
    g.addNode('person:emmanuel-macron', { label: 'Emmanuel Macron', kind: 'person', aliases: ['Macron'], titles: [], mentions: 1, docs: [] });
    expect(keys(g, 'macron')).toEqual(['person:emmanuel-macron']);
  });
});

describe('resolveActor and resolveActors', () => {
  const graph = smallGraph();

  it('resolves one actor or throws a one-line error', () => {
    expect(resolveActor(graph, 'Peskov')).toBe('person:dmitry-peskov');
    expect(() => resolveActor(graph, 'Smith')).toThrow(AmbiguousActorError);
    expect(() => resolveActor(graph, 'Smith')).toThrow("demarche/query/ambiguous-actor: 'Smith' matches 2 actors: person:jane-smith, person:john-smith. Expecting one of these keys");
    expect(() => resolveActor(graph, 'Nobody')).toThrow(UnknownActorError);
    expect(() => resolveActor(graph, 'Nobody')).toThrow("demarche/query/unknown-actor: no actor named 'Nobody' in the graph. Expecting a label, alias or node key such as 'country:rus'");
  });

  it('suggests close names for unknown actors', () => {
    expect(() => resolveActor(graph, 'Lavrof')).toThrow("no actor named 'Lavrof' in the graph (did you mean 'Sergei Lavrov'?)");
  });

  it('resolves selectors: a kind, a name narrowed by kind, a country', () => {
    expect(resolveActors(graph, { kind: 'country' })).toEqual(['country:rus', 'country:ukr', 'country:usa']);
    expect(resolveActors(graph, { name: 'Smith', kind: 'person' })).toEqual(['person:jane-smith', 'person:john-smith']);
    expect(resolveActors(graph, { country: 'Moscow' })).toEqual(['institution:kremlin', 'person:dmitry-peskov', 'person:sergei-lavrov', 'person:vladimir-putin']);
    expect(resolveActors(graph, { kind: 'person', country: 'U.S.' })).toEqual(['person:antony-blinken', 'person:jane-smith', 'person:john-smith', 'person:ned-price']);
  });
});
