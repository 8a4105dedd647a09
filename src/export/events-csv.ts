/**
 * One CSV row per interaction, in the column layout of GDELT 2.0's event table
 * (61 columns, same names and order) so rows line up with GDELT exports.
 * Filled where demarche knows the value: dates, actor names (upper case, as
 * GDELT writes them), ISO3 country codes, CAMEO root code, QuadClass, counts,
 * source URL. Actor type, ethnic, religion and geo columns stay empty.
 * Four demarche columns follow (edge key, kind, evidence, quote).
 * Unlike GDELT's tab-separated files, this is RFC 4180 CSV with a header row.
 */
import type { DemarcheGraph } from '../graph/types.js';
import { compareRecords, toRelationRecord, type RelationRecord } from '../query/relations.js';

const ACTOR_COLUMNS = (n: 1 | 2): string[] => [
  `Actor${n}Code`, `Actor${n}Name`, `Actor${n}CountryCode`, `Actor${n}KnownGroupCode`, `Actor${n}EthnicCode`,
  `Actor${n}Religion1Code`, `Actor${n}Religion2Code`, `Actor${n}Type1Code`, `Actor${n}Type2Code`, `Actor${n}Type3Code`,
];
const GEO_COLUMNS = (prefix: string): string[] => [
  `${prefix}_Type`, `${prefix}_FullName`, `${prefix}_CountryCode`, `${prefix}_ADM1Code`, `${prefix}_ADM2Code`,
  `${prefix}_Lat`, `${prefix}_Long`, `${prefix}_FeatureID`,
];

/** GDELT 2.0 event table columns, in order. */
export const GDELT_EVENT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR_COLUMNS(1), ...ACTOR_COLUMNS(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO_COLUMNS('Actor1Geo'), ...GEO_COLUMNS('Actor2Geo'), ...GEO_COLUMNS('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

export const DEMARCHE_EVENT_COLUMNS: readonly string[] = ['DemarcheEdge', 'DemarcheKind', 'DemarcheEvidence', 'DemarcheQuote'];

/** CAMEO QuadClass of a root code: 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20). */
export function quadClass(rootCode: string): number | undefined {
  const root = Number(rootCode);
  if (!Number.isInteger(root) || root < 1 || root > 20) return undefined;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/** ISO3 code (upper case) of an actor: its own key for countries, its `country` attribute otherwise. */
export function actorCountryCode(graph: DemarcheGraph, key: string): string {
  const countryKey = key.startsWith('country:') ? key : graph.getNodeAttribute(key, 'country');
  return countryKey?.startsWith('country:') ? countryKey.slice('country:'.length).toUpperCase() : '';
}

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | undefined>): string {
  return values.map(csvField).join(',') + '\r\n';
}

function dateFields(date: string | undefined): [string, string, string, string] {
  // Only full dates: GDELT has no notion of a month-only event date.
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return ['', '', '', ''];
  const [year, month, day] = date.split('-');
  // GDELT's own approximation: (MONTH * 30 + DAY) / 365.
  const fraction = (Number(year) + (Number(month) * 30 + Number(day)) / 365).toFixed(4);
  return [`${year}${month}${day}`, `${year}${month}`, year, fraction];
}

export interface EventsCsvOptions {
  /** Also write alleged acts (default true; their DemarcheKind reads e.g. `threaten (alleged)`). */
  alleged?: boolean;
}

function eventRow(graph: DemarcheGraph, id: number, r: RelationRecord): string {
  const [sqlDate, monthYear, year, fraction] = dateFields(r.date);
  const actor = (key: string, label: string): string[] => {
    const country = actorCountryCode(graph, key);
    return [country, label.toLocaleUpperCase('en'), country, '', '', '', '', '', '', ''];
  };
  const code = r.cameo ?? '';
  const quad = quadClass(code);
  const geo = ['', '', '', '', '', '', '', ''];
  return csvRow([
    id, sqlDate, monthYear, year, fraction,
    ...actor(r.source, r.sourceLabel), ...actor(r.target, r.targetLabel),
    '', code, code, code, quad, '', 1, 1, 1, '',
    ...geo, ...geo, ...geo,
    '', r.url ?? '',
    r.edge, r.alleged ? `${r.kind} (alleged)` : r.kind, r.evidence, r.quote ?? '',
  ]);
}

/**
 * The events CSV (header included) as chunks, so large graphs stream.
 * Interactions only (member_of/part_of are not events), oldest first, then
 * by document, sentence and edge key; GLOBALEVENTID numbers rows from 1.
 */
export function* eventsCsvChunks(graph: DemarcheGraph, options: EventsCsvOptions = {}): Generator<string> {
  yield csvRow([...GDELT_EVENT_COLUMNS, ...DEMARCHE_EVENT_COLUMNS]);
  const records: RelationRecord[] = [];
  graph.forEachEdge((edge, attrs) => {
    if (attrs.kind === 'member_of' || attrs.kind === 'part_of') return;
    if (options.alleged === false && attrs.alleged) return;
    records.push(toRelationRecord(graph, edge));
  });
  records.sort(compareRecords);
  let id = 0;
  let chunk = '';
  for (const r of records) {
    chunk += eventRow(graph, ++id, r);
    if (chunk.length > 65536) { yield chunk; chunk = ''; }
  }
  if (chunk) yield chunk;
}

export function writeEventsCsv(graph: DemarcheGraph, options: EventsCsvOptions = {}): string {
  return [...eventsCsvChunks(graph, options)].join('');
}
