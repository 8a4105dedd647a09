/**
 * Whatever the text, buildGraph finishes and gives a graph that keeps the
 * contract (notes/CONTRACT.md). Fixed hostile inputs run under vitest's
 * default timeout: a catastrophic regular expression or a quadratic loop over
 * a huge sentence shows up as a timeout.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, INTERACTION_KINDS, AFFILIATION_KINDS, type DemarcheGraph } from '../src/index.js';
import { writeGexf } from '../src/export/gexf.js';
import { writeJson } from '../src/export/json.js';
import { parseGraph } from '../src/graph/load.js';

const KINDS = new Set(['person', 'institution', 'country']);
const RELATIONS = new Set<string>([...INTERACTION_KINDS, ...AFFILIATION_KINDS]);
const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Every contract violation of a graph built from one document `docId`, as readable strings (empty when valid). */
function violations(graph: DemarcheGraph, docId: string): string[] {
  const out: string[] = [];
  graph.forEachNode((node, a) => {
    if (!/^(person|institution|country):\S+$/.test(node)) out.push(`node key ${node}`);
    if (typeof a.label !== 'string' || !a.label) out.push(`${node}: label`);
    if (!KINDS.has(a.kind)) out.push(`${node}: kind ${String(a.kind)}`);
    if (!node.startsWith(`${a.kind}:`)) out.push(`${node}: key does not match kind ${a.kind}`);
    if (!isStringArray(a.aliases)) out.push(`${node}: aliases`);
    if (!isStringArray(a.titles)) out.push(`${node}: titles`);
    if (!isCount(a.mentions)) out.push(`${node}: mentions ${String(a.mentions)}`);
    if (!isStringArray(a.docs) || !a.docs.includes(docId)) out.push(`${node}: docs`);
    // A country key; not necessarily a node ("The Kremlin spoke." gives institution:kremlin with country:rus and no Russia node).
    if (a.country !== undefined && (typeof a.country !== 'string' || !/^country:[a-z]{3}$/.test(a.country))) out.push(`${node}: country ${String(a.country)}`);
    for (const reserved of ['type', 'x', 'y', 'size', 'color']) if (reserved in a) out.push(`${node}: reserved attribute ${reserved}`);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!graph.hasNode(source) || !graph.hasNode(target)) out.push(`${edge}: endpoint missing`);
    if (source === target) out.push(`${edge}: self loop`);
    if (typeof a.kind !== 'string' || !RELATIONS.has(a.kind)) out.push(`${edge}: kind ${String(a.kind)}`);
    if (typeof a.evidence !== 'string') out.push(`${edge}: evidence`);
    if (a.doc !== docId) out.push(`${edge}: doc ${String(a.doc)}`);
    if (!isCount(a.sentence)) out.push(`${edge}: sentence`);
    if (!isCount(a.start) || !isCount(a.end) || a.start > a.end) out.push(`${edge}: span ${a.start}-${a.end}`);
    if (a.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) out.push(`${edge}: date ${a.date}`);
    if (a.alleged !== undefined && typeof a.alleged !== 'boolean') out.push(`${edge}: alleged`);
    if (a.allegedBy !== undefined && !graph.hasNode(a.allegedBy)) out.push(`${edge}: allegedBy ${a.allegedBy}`);
    if ('type' in a) out.push(`${edge}: reserved attribute type`);
  });
  const docs = graph.getAttribute('documents');
  if (!Array.isArray(docs) || docs.length !== 1 || docs[0].id !== docId || !/^[0-9a-f]{64}$/.test(docs[0].hash)) out.push('documents');
  return out;
}

function check(text: string): DemarcheGraph {
  const graph = buildGraph([{ id: 'x', text }]);
  expect(violations(graph, 'x')).toEqual([]);
  return graph;
}

// Words that make the pipeline work: countries, capitals, demonyms, titles, names, cues, abbreviations.
const NEWS_WORDS = [
  'Russia', 'France', 'Germany', 'Ukraine', 'Moscow', 'Washington', 'Kyiv', 'Beijing', 'NATO', 'Kremlin', 'U.S.', 'U.N.', 'U.K.', 'EU',
  'Russian', 'French', 'American', 'President', 'Foreign', 'Minister', 'Ministry', 'State', 'Department', 'spokesman', 'Embassy',
  'Vladimir', 'Putin', 'Antony', 'Blinken', 'Gen.', 'Mr.', 'Dr.', 'J.', 'the', 'a', 'of', 'to', 'and', 'with', 'on', 'that', 'he', 'it', 'they',
  'said', 'told', 'accused', 'demands', 'demanded', 'rejected', 'threatened', 'warned', 'urged', 'sanctions', 'met', 'not', 'denied',
  "'s", '’s', '"', '“', '”', "'", '(', ')', ',', '.', '!', '?', ':', ';', '—', '-', '\n', '\n\n', '## ', 'February 01, 2022', 'Tuesday', '100,000',
];
const newsLike = fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 60 }).map((words) => words.join(' '));
const newsLikeTight = fc.array(fc.oneof(fc.constantFrom(...NEWS_WORDS), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((w) => w.join(''));

describe('buildGraph never throws and keeps the contract', () => {
  it('on any string of graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => { check(text); }), { numRuns: 200 });
  });

  it('on any string of UTF-16 code units (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => { check(text); }), { numRuns: 200 });
  });

  it('on news-like strings of names, cues, quotes and punctuation', () => {
    fc.assert(fc.property(newsLike, (text) => { check(text); }), { numRuns: 200 });
  });

  it('on news-like strings glued together with random characters', () => {
    fc.assert(fc.property(newsLikeTight, (text) => { check(text); }), { numRuns: 200 });
  });

  it('on news-like strings wrapped in a Markdown article', () => {
    const article = fc.tuple(newsLike, newsLike, newsLike).map(([title, a, b]) => `## ${title}\n\nFebruary 01, 2022\n\n${a}\n\n${b}\n\n## Original url:\n\nhttps://example.com/x`);
    fc.assert(fc.property(article, (text) => { check(text); }), { numRuns: 100 });
  });

  it('on news-like strings inside HTML', () => {
    const html = fc.tuple(newsLike, newsLike).map(([a, b]) => `<html><body><h1>${a}</h1><p>${b}</p><div><p>${a}</div></body></html>`);
    fc.assert(fc.property(html, (text) => { check(text); }), { numRuns: 100 });
  });

  it('and the JSON export reads back to the same nodes and edges', () => {
    fc.assert(fc.property(newsLike, (text) => {
      const g = check(text);
      const back = parseGraph(writeJson(g));
      // The writer orders nodes and edges by key (so bytes depend on content only): compare as sets.
      expect(back.nodes().sort()).toEqual(g.nodes().sort());
      expect(back.edges().sort()).toEqual(g.edges().sort());
      for (const e of g.edges()) expect(back.getEdgeAttributes(e)).toEqual(g.getEdgeAttributes(e));
    }), { numRuns: 100 });
  });
});

describe('hostile inputs finish (default timeout)', () => {
  it('a 1 MB sentence without punctuation', () => {
    const g = check('## T\n\n' + 'word '.repeat(200_000) + 'Russia said France');
    expect(g.hasNode('country:rus')).toBe(true);
  });

  it('10,000 unbalanced quotes', () => {
    check('"'.repeat(10_000));
    check('## T\n\n' + 'word "no '.repeat(10_000) + '\n\nRussia accused France.');
    check('## T\n\n' + '\u201Copen '.repeat(10_000));
  });

  // Regression test (found while testing, fixed): the relations stage is quadratic in the mentions of one sentence (`.filter((s, i, all) => !all.some(…))` over the sentence's slots, line ~67). 100,000 capitalised names in one sentence take ~12 s.
  it('100,000 capitalised words in a row', () => {
    const names = ['Russia', 'France', 'Big', 'Minister', 'John', 'Smith', 'State', 'Department'];
    check('## T\n\n' + Array.from({ length: 100_000 }, (_, i) => names[i % names.length]).join(' '));
  });

  it('100,000 capitalised unknown words in a row', () => {
    check('## T\n\n' + 'Alpha '.repeat(100_000));
  });

  // Same product bug: 50,000 "U.S." mentions in one sentence take ~6-12 s in relations; with
  // 50,000 "U.K." between them (100,000 mentions) ~4 times that, so this fails by timeout on any machine.
  it('50,000 "U.S." tokens (with 50,000 "U.K." between them)', () => {
    const g = check('## T\n\n' + 'U.S. U.K. '.repeat(50_000));
    expect(g.hasNode('country:usa')).toBe(true);
  });

  it('5,000 "U.S." tokens', () => {
    expect(check('## T\n\n' + 'U.S. '.repeat(5_000)).hasNode('country:usa')).toBe(true);
  });

  // Regression test (found while testing, fixed): each sentence filters all of the document's mentions, so relations is O(sentences × mentions) over the whole article: 15,000 short sentences (450 KB, far below the 10 MB input limit) take ~11-15 s.
  it('an article of 15,000 short sentences', () => {
    check('## T\n\n' + 'Germany urged Poland to talk. '.repeat(15_000));
  });

  // Regression test (found while testing, fixed): a sentence with many speech cues and open quotes is about cubic: "Russia said \"no " × 1,500 (24 KB) takes ~8-14 s, × 2,000 ~26 s.
  it('"Russia said \\"no " repeated 1,500 times', () => {
    check('## T\n\n' + 'Russia said "no '.repeat(1_500));
  });

  // Each response to a named act ("condemned the launch") looks back for the act; without a bound on how far,
  // 30,000 of them after as many statements took ~10 s.
  it('30,000 responses to a named act that never happened, between 30,000 statements', () => {
    check('## T\n\n' + 'Germany said Poland was ready. Japan condemned the launch. '.repeat(30_000));
  });

  it('100,000 nested <div> elements', () => {
    const g = check('<div>'.repeat(100_000) + 'Russia accused France of lying.' + '</div>'.repeat(100_000));
    expect(g.hasNode('country:rus')).toBe(true);
  });

  it('names and sentences containing <img onerror> and <script> stay plain text', () => {
    const text = [
      '## Russia <script>alert(1)</script> Warns France', '', 'February 01, 2022', '',
      'Russian Foreign Minister <img src=x onerror=alert(1)> Sergei Lavrov accused France of "lying <script>alert(2)</script>".', '',
      'President Jean <script>alert(3)</script> Dupont of France said "<img src=x onerror=alert(4)>" to Russia.', '',
      'The <b onmouseover=alert(5)>Kremlin</b> & NATO rejected <scr<script>ipt>alert(6)</script> demands.',
    ].join('\n');
    const g = check(text);
    expect(g.order).toBeGreaterThan(0);
    // Stored as plain text: the JSON export keeps it byte for byte, the GEXF export escapes it.
    const back = parseGraph(writeJson(g));
    g.forEachEdge((e, a) => expect(back.getEdgeAttribute(e, 'evidence')).toBe(a.evidence));
    const evidence = g.mapEdges((_e, a) => a.evidence).join('\n');
    for (const e of g.mapEdges((_e, a) => a.evidence)) expect(text).toContain(e);
    const gexf = writeGexf(g);
    expect(gexf).not.toMatch(/<script|<img|<b /);
    if (evidence.includes('<script>')) expect(gexf).toContain('&lt;script&gt;');
    const fromGexf = parseGraph(gexf);
    g.forEachNode((n, a) => expect(fromGexf.getNodeAttribute(n, 'label')).toBe(a.label));
  });
});
