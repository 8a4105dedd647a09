#!/usr/bin/env node
/**
 * Query latency on a generated 100,000-edge graph: pattern match, actor
 * lookup, paths. Reported, never asserted.
 *
 * Uses the compiled API in dist/src (run `npm run build` first). `npm run
 * bench` imports `benchQuery`; `node scripts/bench-query.mjs [edges]` runs it
 * alone. The graph is generated from a fixed seed, so every run measures the
 * same graph and the same queries.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import graphology from 'graphology';
import { random } from './corpus-generator.mjs';

const { MultiDirectedGraph } = graphology;
const DIST_QUERY = new URL('../dist/src/query/index.js', import.meta.url);


const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'zo', 'an', 'el', 'or', 'ul', 'iv', 'ber', 'dan', 'gor', 'lev', 'mar', 'pol'];
const INTERACTIONS = ['statement', 'statement', 'statement', 'appeal', 'intent', 'consult', 'consult', 'cooperate', 'aid', 'demand', 'accuse', 'reject', 'threaten', 'protest', 'sanction', 'force'];
const CAMEO = { statement: '01', appeal: '02', intent: '03', consult: '04', cooperate: '05', aid: '07', demand: '10', accuse: '11', reject: '12', threaten: '13', protest: '14', sanction: '16', force: '15' };

function name(rand, parts) {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * A graph shaped like ours: 200 countries, 800 institutions, 4,000 persons
 * (each a member of a country), hubs by a skewed choice of actors, dates over
 * two years, 5,000 documents. `edges` counts every edge, affiliations included.
 */
export function generateGraph(edges = 100_000, seed = 20220201) {
  const rand = random(seed);
  const graph = new MultiDirectedGraph();
  const documents = [];
  for (let d = 0; d < 5000; d++) {
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 730) * 86400000).toISOString().slice(0, 10);
    documents.push({ id: `doc${d}`, date: day, url: `https://news.example/${d}`, hash: String(d) });
  }
  graph.replaceAttributes({ name: 'bench', documents });
  const keys = [];
  const add = (key, label, kind, extra = {}) => {
    graph.addNode(key, { label, kind, aliases: [], titles: [], mentions: 1 + Math.floor(rand() * 50), docs: [], ...extra });
    keys.push(key);
  };
  const countries = [];
  for (let i = 0; i < 200; i++) {
    const key = `country:c${String(i).padStart(3, '0')}`;
    add(key, `${name(rand, 2)}ia ${i}`, 'country', { aliases: [`${name(rand, 2)}grad ${i}`] });
    countries.push(key);
  }
  for (let i = 0; i < 800; i++) add(`institution:i${i}`, `${name(rand, 2)} Ministry ${i}`, 'institution', { country: countries[i % 200] });
  const persons = [];
  for (let i = 0; i < 4000; i++) {
    const first = name(rand, 2);
    const last = name(rand, 3);
    const key = `person:p${i}`;
    add(key, `${first} ${last}`, 'person', { aliases: [last], country: countries[Math.floor(rand() * 200)] });
    persons.push(key);
  }
  let n = 0;
  for (const person of persons) {
    graph.addEdgeWithKey(`a${n++}`, person, graph.getNodeAttribute(person, 'country'), { kind: 'member_of', evidence: 'affiliation', doc: 'doc0', sentence: 0, start: 0, end: 1 });
  }
  // Skewed choice: a few actors take part in many acts, as in the news.
  const pick = () => keys[Math.floor(keys.length * rand() ** 2.5)];
  while (n < edges) {
    const source = pick();
    let target = pick();
    if (target === source) target = keys[(keys.indexOf(source) + 1) % keys.length];
    const kind = INTERACTIONS[Math.floor(rand() * INTERACTIONS.length)];
    const doc = `doc${Math.floor(rand() * 5000)}`;
    const attrs = { kind, cameo: CAMEO[kind], evidence: `${graph.getNodeAttribute(source, 'label')} ${kind} ${graph.getNodeAttribute(target, 'label')}.`, doc, sentence: Math.floor(rand() * 40), start: 0, end: 10 };
    if (rand() < 0.2) attrs.quote = `quote ${n}`;
    graph.addEdgeWithKey(`e${n++}`, source, target, attrs);
  }
  return graph;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

/**
 * Runs the query benchmark and returns its measurements (milliseconds).
 * `first` is the first call (it builds the name index or path view the later
 * calls reuse); `median` is over `runs` calls with varying arguments.
 */
export async function benchQuery({ edges = 100_000, runs = 21, log = (line) => console.log(line) } = {}) {
  if (!existsSync(DIST_QUERY)) throw new Error('bench-query: dist/src/query/index.js is missing. Run `npm run build` first');
  const api = await import(DIST_QUERY.href);
  const [buildMs, graph] = time(() => generateGraph(edges));
  const rand = random(7);
  const hubs = api.degreeRanking(graph, { limit: 50, actorKind: 'country' }).map((r) => r.key);
  const persons = graph.filterNodes((_k, a) => a.kind === 'person');
  const any = () => persons[Math.floor(rand() * persons.length)];

  const cases = [
    ['pattern (country)-[demand]->(?)', (i) => api.matchPattern(graph, `(${graph.getNodeAttribute(hubs[i % hubs.length], 'label')})-[demand]->(?)`).length],
    ['pattern (person)-[accuse|threaten]->(country)', () => api.matchPattern(graph, '(person)-[accuse|threaten]->(country)').length],
    ['pattern (?x)-[accuse]->(?y)-[accuse]->(?x)', () => api.matchPattern(graph, '(?x)-[accuse]->(?y)-[accuse]->(?x)').length],
    ['actor lookup by surname', () => api.findActors(graph, graph.getNodeAttribute(any(), 'aliases')[0]).length],
    ['actor lookup by full name, accents folded', () => api.findActors(graph, graph.getNodeAttribute(any(), 'label').toUpperCase()).length],
    ['relations filter (source, kind, month)', (i) => api.findRelations(graph, { source: hubs[i % hubs.length], kind: 'statement', from: '2021-06', to: '2021-06' }).length],
    ['shortest path (undirected)', () => api.shortestPath(graph, any(), any())?.length ?? -1],
    ['shortest path (demand|reject only, directed)', () => api.shortestPath(graph, any(), any(), { kinds: ['demand', 'reject'], directed: true })?.length ?? -1],
    ['all paths up to 2 hops', () => api.allPaths(graph, hubs[0], hubs[1], { maxLength: 2 }).length],
  ];
  log(`bench-query: ${graph.order} actors, ${graph.size} edges, generated in ${buildMs.toFixed(0)} ms`);
  const results = [];
  for (const [name, run] of cases) {
    const [first] = time(() => run(0));
    const samples = [];
    for (let i = 1; i <= runs; i++) samples.push(time(() => run(i))[0]);
    const result = { name, firstMs: Number(first.toFixed(2)), medianMs: Number(median(samples).toFixed(2)), runs };
    results.push(result);
    log(`  ${name.padEnd(48)} median ${result.medianMs.toFixed(2).padStart(8)} ms   first ${result.firstMs.toFixed(2).padStart(8)} ms`);
  }
  return { edges: graph.size, actors: graph.order, generateMs: Number(buildMs.toFixed(0)), results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fileURLToPath(pathToFileURL(process.argv[1]))) {
  const edges = process.argv[2] ? Number(process.argv[2]) : 100_000;
  benchQuery({ edges }).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
