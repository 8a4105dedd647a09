import { describe, expect, it } from 'vitest';
import { findRelations, QueryOptionError, UnknownActorError, type RelationFilter } from '../../src/query/index.js';
import { smallGraph } from './helpers.js';

const graph = smallGraph();
const edges = (filter: RelationFilter): string[] => findRelations(graph, filter).map((r) => r.edge);

describe('findRelations', () => {
  it('"everything Peskov said about the U.S." carries the evidence', () => {
    expect(findRelations(graph, { source: 'Peskov', target: 'U.S.', kind: 'statement' })).toEqual([{
      edge: 'e6', source: 'person:dmitry-peskov', sourceLabel: 'Dmitry Peskov', kind: 'statement',
      target: 'country:usa', targetLabel: 'United States', cameo: '01', date: '2022-02-01', doc: 'd2',
      url: 'https://example.org/d2', title: 'Kremlin answers', sentence: 1,
      evidence: 'Peskov said: "Washington is not listening to our concerns."',
      quote: 'Washington is not listening to our concerns.', verb: 'said',
    }]);
  });

  it('"who demanded what of whom": every demand, oldest first', () => {
    expect(findRelations(graph, { kind: 'demand' }).map((r) => [r.sourceLabel, r.targetLabel, r.date])).toEqual([
      ['Russia', 'United States', '2022-01-15'],
      ['Russia', 'NATO', '2022-01-15'],
      ['Russia', 'United States', '2022-01-28'],
    ]);
  });

  it('"what was rejected of Russia in the last week of January": target and date range', () => {
    expect(edges({ target: 'Russia', kind: 'reject' })).toEqual(['e4', 'e5', 'e18']);
    expect(edges({ target: 'Russia', kind: 'reject', from: '2022-01-27', to: '2022-01-31' })).toEqual(['e18']);
    expect(edges({ source: 'Russia', kind: 'reject' })).toEqual([]);
  });

  it('filters by either end, or both ends in both directions', () => {
    // Same date, document and sentence: ties break by edge key.
    expect(edges({ actor: 'Blinken' })).toEqual(['e11', 'e9']);
    expect(edges({ between: ['Lavrov', 'Blinken'] })).toEqual(['e9']);
    expect(edges({ between: ['Russia', 'United States'], kind: ['demand', 'reject'] })).toEqual(['e1', 'e4', 'e18', 'e3']);
  });

  it('filters by several kinds and leaves out affiliations when asked', () => {
    expect(edges({ source: 'Putin', kind: ['accuse', 'statement'] })).toEqual(['e7', 'e8']);
    expect(edges({ actor: 'Peskov' })).toEqual(['e12', 'e6']);
    expect(edges({ actor: 'Peskov', interactionsOnly: true })).toEqual(['e6']);
  });

  it('takes date prefixes as whole months; undated edges drop out of ranges', () => {
    expect(edges({ to: '2022-01' })).toEqual(['e1', 'e2', 'e4', 'e5', 'e18', 'e3']);
    expect(edges({ from: '2022-02' })).toEqual(['e12', 'e13', 'e6', 'e7', 'e8', 'e10', 'e11', 'e9', 'e14', 'e15']);
    expect(edges({ from: '2022' }).length).toBe(16);
  });

  it('filters by document id or URL', () => {
    expect(edges({ doc: 'd3' })).toEqual(['e16', 'e17']);
    expect(edges({ doc: 'https://example.org/d1' })).toEqual(['e1', 'e2', 'e4', 'e5']);
    expect(edges({ doc: ['d3', 'https://example.org/d1'] })).toEqual(['e1', 'e2', 'e4', 'e5', 'e16', 'e17']);
  });

  it('searches quotes and evidence text, case- and accent-insensitive', () => {
    expect(edges({ quote: 'matters MOST' })).toEqual(['e16']);
    expect(edges({ quote: 'not listening' })).toEqual(['e6']);
    expect(edges({ text: 'state department' })).toEqual(['e14', 'e15']);
    expect(edges({ text: 'marti' })).toEqual(['e17']);
  });

  it('separates alleged acts', () => {
    expect(findRelations(graph, { alleged: true })).toMatchObject([{ edge: 'e15', kind: 'threaten', alleged: true, allegedBy: 'country:usa' }]);
    expect(edges({ alleged: false }).length).toBe(17);
  });

  it('gives undated edges from undated documents no date and no URL, and puts them last', () => {
    const all = findRelations(graph);
    expect(all.length).toBe(18);
    expect(all.slice(-2).map((r) => [r.edge, r.date, r.url])).toEqual([['e16', undefined, undefined], ['e17', undefined, undefined]]);
  });

  it('treats an ambiguous name as all its actors, and rejects unknown names and bad options', () => {
    expect(edges({ actor: 'Smith' })).toEqual([]);
    expect(() => edges({ source: 'Atlantis' })).toThrow(UnknownActorError);
    expect(() => edges({ kind: 'demands' as never })).toThrow(QueryOptionError);
    expect(() => edges({ from: 'last week' })).toThrow("demarche/query/options: from 'last week' is not a date. Expecting YYYY, YYYY-MM or YYYY-MM-DD");
  });

  it('accepts selectors as ends', () => {
    expect(edges({ source: { kind: 'person' }, target: { kind: 'institution' } })).toEqual(['e12', 'e8']);
    expect(edges({ source: { country: 'Russia' }, kind: 'accuse' })).toEqual(['e7', 'e8']);
  });
});
