/**
 * A graph of 1,000,000 edges built and streamed to GEXF: prints build time,
 * export time, file size and this process's peak memory. Run by bench.mjs in
 * a child process so the peak is its own.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { random } from './corpus-generator.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { createGraph } = await import(join(ROOT, 'dist/src/graph/build.js'));
const { writeGraphFile } = await import(join(ROOT, 'dist/src/cli/build.js'));

const EDGES = 1_000_000;
const NODES = 100_000;
const KINDS = ['statement', 'demand', 'accuse', 'reject', 'threaten', 'consult', 'cooperate', 'sanction'];
const rand = random(7);
const t0 = performance.now();
const graph = createGraph();
for (let i = 0; i < NODES; i++) {
  const kind = i % 10 === 0 ? 'country' : i % 3 === 0 ? 'institution' : 'person';
  graph.addNode(`${kind}:n${i}`, { label: `Actor ${i}`, kind, aliases: [`A${i}`], titles: [], mentions: 1, docs: [`d${i % 5000}`] });
}
const keys = graph.nodes();
for (let i = 0; i < EDGES; i++) {
  const s = keys[Math.floor(rand() * NODES)];
  let t = keys[Math.floor(rand() * NODES)];
  if (t === s) t = keys[(keys.indexOf(s) + 1) % NODES];
  const kind = KINDS[i % KINDS.length];
  graph.addDirectedEdgeWithKey(`d${i % 5000}#${i}#${kind}#${s}>${t}`, s, t, {
    kind, evidence: `Sentence ${i} of a generated article, long enough to be a real sentence of evidence.`, doc: `d${i % 5000}`, sentence: i % 40, start: 0, end: 80, date: '2022-02-01', verb: 'said',
  });
}
const built = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'demarche-million-'));
const path = join(dir, 'million.gexf');
await writeGraphFile(graph, path, 'gexf');
const written = performance.now();
const line = (label, value) => console.log(`${label.padEnd(44)} ${value}`);
line('1M-edge graph built (100k nodes)', `${((built - t0) / 1000).toFixed(1)} s`);
line('  streamed to GEXF', `${((written - built) / 1000).toFixed(1)} s, ${(statSync(path).size / 1048576).toFixed(0)} MB`);
line('  peak memory (build + export)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
