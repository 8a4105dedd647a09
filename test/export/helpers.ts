/** Shared by the export and graph/load tests: the seed graph, a hand-made graph and a comparison. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { buildGraph, createGraph, type DemarcheGraph } from '../../src/index.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export function seedTexts(): Array<{ id: string; text: string }> {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(SEEDS_DIR + f, 'utf8') }));
}

/** The graph of the first seed article, built under the id "seed". */
export function seedGraph(): DemarcheGraph {
  return buildGraph([{ id: 'seed', text: seedTexts()[0].text }]);
}

/** Two actors with two parallel statements, an affiliation, and hostile text in labels and evidence. */
export function handGraph(): DemarcheGraph {
  const g = createGraph();
  g.setAttribute('documents', [{ id: 'd1', hash: '0'.repeat(64), title: 'Hand <made> & "quoted"' }]);
  g.addNode('person:ana-lima', {
    label: 'Ana <script>alert(1)</script> & Lima', kind: 'person',
    aliases: ['A, B', 'say "hi"', 'x]', "it's", 'Lima'], titles: ['Foreign Minister'], mentions: 3, docs: ['d1'], country: 'country:fra',
  });
  g.addNode('country:fra', { label: 'France', kind: 'country', aliases: ['Paris'], titles: [], mentions: 2, docs: ['d1'] });
  g.addNode('institution:un', { label: 'United Nations', kind: 'institution', aliases: [], titles: [], mentions: 1, docs: ['d1'] });
  g.addDirectedEdgeWithKey('d1#0#statement#person:ana-lima>country:fra', 'person:ana-lima', 'country:fra', {
    kind: 'statement', cameo: '01', evidence: 'Lima said <b>x</b> & "y" to France.', doc: 'd1', sentence: 0, start: 0, end: 34, verb: 'said', quote: 'x & y', date: '2022-02-01',
  });
  g.addDirectedEdgeWithKey('d1#1#statement#person:ana-lima>country:fra', 'person:ana-lima', 'country:fra', {
    kind: 'statement', cameo: '01', evidence: 'Lima told France again.', doc: 'd1', sentence: 1, start: 35, end: 58, verb: 'told', alleged: true, allegedBy: 'institution:un',
  });
  g.addDirectedEdgeWithKey('d1#2#member_of#person:ana-lima>country:fra', 'person:ana-lima', 'country:fra', {
    kind: 'member_of', evidence: 'French Foreign Minister Ana Lima.', doc: 'd1', sentence: 2, start: 59, end: 92,
  });
  g.addDirectedEdgeWithKey('d1#3#demand#country:fra>institution:un', 'country:fra', 'institution:un', {
    kind: 'demand', cameo: '10', evidence: 'France demanded a U.N. vote.', doc: 'd1', sentence: 3, start: 93, end: 121, verb: 'demanded',
  });
  return g;
}

export interface EdgeView { key: string; source: string; target: string; kind: string; evidence: string }

export function edgeViews(g: DemarcheGraph): EdgeView[] {
  return g.mapEdges((key, a, source, target) => ({ key, source, target, kind: String(a.kind), evidence: String(a.evidence) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function nodeViews(g: DemarcheGraph) {
  return g.mapNodes((key, a) => ({ key, label: a.label, kind: a.kind, aliases: a.aliases, titles: a.titles, mentions: a.mentions, docs: a.docs, country: a.country }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Parses XML strictly; returns the document and every warning or error xmldom reported. */
export function parseXml(xml: string): { doc: Document; problems: string[] } {
  const problems: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: (m: unknown) => problems.push(`warning: ${String(m)}`),
      error: (m: unknown) => problems.push(`error: ${String(m)}`),
      fatalError: (m: unknown) => problems.push(`fatal: ${String(m)}`),
    },
  });
  const doc = parser.parseFromString(xml, 'application/xml') as unknown as Document;
  return { doc, problems };
}
