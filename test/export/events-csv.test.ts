import { describe, expect, it } from 'vitest';
import { actorCountryCode, GDELT_EVENT_COLUMNS, quadClass, writeEventsCsv } from '../../src/export/events-csv.js';
import { smallGraph } from '../query/helpers.js';

/** Minimal RFC 4180 reader for the assertions. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

const graph = smallGraph();

describe('events CSV (GDELT 2.0 event table layout)', () => {
  const rows = parseCsv(writeEventsCsv(graph));
  const header = rows[0];
  const col = (row: string[], name: string): string => row[header.indexOf(name)];

  it('has GDELT 2.0\'s 61 columns in order, then four demarche columns', () => {
    expect(GDELT_EVENT_COLUMNS.length).toBe(61);
    expect(header.length).toBe(65);
    expect(header.slice(0, 8)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode']);
    expect([header[15], header[16], header[17]]).toEqual(['Actor2Code', 'Actor2Name', 'Actor2CountryCode']);
    expect(header.slice(25, 35)).toEqual(['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
    expect(header.slice(35, 43)).toEqual(['Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID']);
    expect(header.slice(59)).toEqual(['DATEADDED', 'SOURCEURL', 'DemarcheEdge', 'DemarcheKind', 'DemarcheEvidence', 'DemarcheQuote']);
  });

  it('writes one row per interaction, oldest first, affiliations left out', () => {
    expect(rows.length).toBe(1 + 14);
    expect(rows.slice(1).map((r) => col(r, 'DemarcheEdge'))).toEqual(['e1', 'e2', 'e4', 'e5', 'e18', 'e3', 'e6', 'e7', 'e8', 'e9', 'e14', 'e15', 'e16', 'e17']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(rows.every((r) => r.length === 65)).toBe(true);
  });

  it('fills dates, names, country codes, CAMEO codes, QuadClass, counts and URL', () => {
    const first = rows[1];
    expect([col(first, 'SQLDATE'), col(first, 'MonthYear'), col(first, 'Year'), col(first, 'FractionDate')]).toEqual(['20220115', '202201', '2022', '2022.1233']);
    expect([col(first, 'Actor1Code'), col(first, 'Actor1Name'), col(first, 'Actor1CountryCode')]).toEqual(['RUS', 'RUSSIA', 'RUS']);
    expect([col(first, 'Actor2Name'), col(first, 'Actor2CountryCode')]).toEqual(['UNITED STATES', 'USA']);
    expect([col(first, 'EventCode'), col(first, 'EventBaseCode'), col(first, 'EventRootCode'), col(first, 'QuadClass')]).toEqual(['10', '10', '10', '3']);
    expect([col(first, 'NumMentions'), col(first, 'NumSources'), col(first, 'NumArticles'), col(first, 'GoldsteinScale')]).toEqual(['1', '1', '1', '']);
    expect(col(first, 'SOURCEURL')).toBe('https://example.org/d1');
    // A person's country comes from its `country` attribute; an institution without one has none.
    const peskov = rows.find((r) => col(r, 'DemarcheEdge') === 'e6') ?? [];
    expect([col(peskov, 'Actor1Name'), col(peskov, 'Actor1CountryCode'), col(peskov, 'EventRootCode'), col(peskov, 'QuadClass')]).toEqual(['DMITRY PESKOV', 'RUS', '01', '1']);
    expect(col(peskov, 'DemarcheEvidence')).toBe('Peskov said: "Washington is not listening to our concerns."');
    expect(col(peskov, 'DemarcheQuote')).toBe('Washington is not listening to our concerns.');
    const nato = rows.find((r) => col(r, 'DemarcheEdge') === 'e5') ?? [];
    expect([col(nato, 'Actor1Code'), col(nato, 'Actor1Name'), col(nato, 'Actor1CountryCode')]).toEqual(['', 'NATO', '']);
  });

  it('leaves dates empty for undated acts and marks alleged ones', () => {
    const undated = rows.find((r) => col(r, 'DemarcheEdge') === 'e17') ?? [];
    expect([col(undated, 'SQLDATE'), col(undated, 'Year'), col(undated, 'SOURCEURL'), col(undated, 'Actor1Name')]).toEqual(['', '', '', 'JOSÉ MARTÍ']);
    const alleged = rows.find((r) => col(r, 'DemarcheEdge') === 'e15') ?? [];
    expect(col(alleged, 'DemarcheKind')).toBe('threaten (alleged)');
    expect(parseCsv(writeEventsCsv(graph, { alleged: false })).length).toBe(1 + 13);
  });

  it('maps CAMEO root codes to QuadClass and actors to ISO3 codes', () => {
    expect(['01', '04', '05', '07', '10', '14', '15', '20', 'x'].map(quadClass)).toEqual([1, 1, 1, 2, 3, 3, 4, 4, undefined]);
    expect(actorCountryCode(graph, 'person:antony-blinken')).toBe('USA');
    expect(actorCountryCode(graph, 'country:ukr')).toBe('UKR');
    expect(actorCountryCode(graph, 'person:jose-marti')).toBe('');
  });

  it('writes the same bytes twice', () => {
    expect(writeEventsCsv(smallGraph())).toBe(writeEventsCsv(graph));
  });
});
