#!/usr/bin/env node
/**
 * Viewer benchmark: load time and frames per second during pan and zoom, in
 * headless Chromium, for the seed graph and a generated graph of 20,000 nodes
 * and 100,000 edges. Reported, never asserted.
 *
 *   node scripts/bench-viewer.mjs           # runnable alone
 *   import { benchViewer } from './bench-viewer.mjs'; await benchViewer();  # from npm run bench
 *
 * Needs the built package (dist/, `npm run build`) and viewer (dist/web,
 * `npm run build:web`), and /usr/bin/chromium.
 */
import { random } from './corpus-generator.mjs';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = join(repo, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// The seeded PRNG of the corpus generator: the generated graph is the same every run.
const rng = random;

const INTERACTIONS = [
  ['statement', 40], ['consult', 10], ['demand', 8], ['accuse', 8], ['reject', 6], ['appeal', 5], ['intent', 5],
  ['cooperate', 5], ['threaten', 4], ['protest', 3], ['aid', 2], ['sanction', 2], ['force', 2],
];
const CAMEO = { statement: '01', appeal: '02', intent: '03', consult: '04', cooperate: '05', aid: '07', demand: '10', accuse: '11', reject: '12', threaten: '13', protest: '14', sanction: '16', force: '15' };

/**
 * A graphology JSON graph that follows demarche's schema: `nodes` actors
 * (60 % people, 25 % institutions, 15 % countries), `edges` relations (90 %
 * interactions with a heavy-tailed degree distribution, 10 % affiliations),
 * dated over 60 days, from 1,000 documents.
 */
export function generateGraph({ nodes = 20000, edges = 100000, seed = 42 } = {}) {
  const random = rng(seed);
  const pick = (n) => Math.floor(random() * n);
  const kinds = [];
  const nodeList = [];
  for (let i = 0; i < nodes; i++) {
    const r = random();
    const kind = r < 0.6 ? 'person' : r < 0.85 ? 'institution' : 'country';
    kinds.push(kind);
    const key = `${kind}:n${i}`;
    nodeList.push({
      key,
      attributes: {
        label: `${kind === 'person' ? 'Person' : kind === 'institution' ? 'Institution' : 'Country'} ${i}`,
        kind,
        aliases: i % 7 === 0 ? [`Alias ${i}`] : [],
        titles: kind === 'person' && i % 3 === 0 ? ['Minister'] : [],
        mentions: 1 + pick(20),
        docs: [`d${pick(1000)}`],
      },
    });
  }
  const total = INTERACTIONS.reduce((s, [, w]) => s + w, 0);
  const interaction = () => {
    let r = random() * total;
    for (const [kind, w] of INTERACTIONS) if ((r -= w) < 0) return kind;
    return 'statement';
  };
  // Endpoints drawn from earlier endpoints half of the time: a few hubs, many leaves.
  const endpoints = [];
  const endpoint = () => (endpoints.length && random() < 0.5 ? endpoints[pick(endpoints.length)] : pick(nodes));
  const edgeList = [];
  for (let i = 0; i < edges; i++) {
    const s = endpoint();
    let t = endpoint();
    if (t === s) t = (s + 1 + pick(nodes - 1)) % nodes;
    endpoints.push(s, t);
    const affiliation = random() < 0.1;
    const kind = affiliation ? (kinds[t] === 'country' ? 'part_of' : 'member_of') : interaction();
    const day = 1 + pick(60);
    const date = new Date(Date.UTC(2022, 0, day)).toISOString().slice(0, 10);
    const attributes = {
      kind,
      evidence: `Sentence ${i}: ${nodeList[s].attributes.label} and ${nodeList[t].attributes.label}.`,
      doc: `d${pick(1000)}`,
      sentence: pick(40),
      start: 0,
      end: 40,
    };
    if (!affiliation) Object.assign(attributes, { cameo: CAMEO[kind], date });
    edgeList.push({ key: `e${i}`, source: nodeList[s].key, target: nodeList[t].key, attributes });
  }
  const documents = Array.from({ length: 1000 }, (_, i) => ({ id: `d${i}`, title: `Article ${i}`, url: `https://example.org/${i}`, hash: '0'.repeat(64) }));
  return JSON.stringify({ attributes: { name: 'generated', documents }, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: nodeList, edges: edgeList });
}

async function seedGraphText() {
  const { buildGraph, writeJson } = await import(pathToFileURL(join(dist, 'src', 'index.js')).href);
  const { readArticles } = await import(pathToFileURL(join(dist, 'src', 'node', 'inputs.js')).href);
  const seeds = join(repo, 'seeds');
  const files = readdirSync(seeds).filter((f) => !f.startsWith('.')).sort().map((f) => join(seeds, f));
  const { articles } = await readArticles(files);
  return writeJson(buildGraph(articles));
}

/**
 * Pans (mouse drags) and zooms (wheel) `gestures` times over the graph; returns
 * the frames sigma drew per second of wall-clock time, and browser frames per second.
 */
async function panZoom(page, gestures) {
  const cx = 250 + (1280 - 250) / 2;
  const cy = 400;
  // A drag that starts on a node moves the node: on a dense graph most drags would. Pan and zoom are measured.
  // (A setting change redraws everything once: done, and drawn, before the clock starts.)
  await page.evaluate(() => window.__demarche.api.setSetting('enableNodeDrag', false));
  await page.evaluate(() => window.__demarche.api.frameMs());
  await page.evaluate(() => {
    const w = window;
    w.__benchFrames = 0;
    w.__benchRun = true;
    const tick = () => { w.__benchFrames++; if (w.__benchRun) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const renders0 = await page.evaluate(() => window.__demarche.api.renders());
  const started = Date.now();
  for (let i = 0; i < gestures; i++) {
    const dx = (i % 2 ? -1 : 1) * 120;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dx / 2, { steps: 8 });
    await page.mouse.up();
    await page.mouse.wheel(0, i % 2 ? 240 : -240);
  }
  const { frames, renders } = await page.evaluate(() => {
    window.__benchRun = false;
    return { frames: window.__benchFrames, renders: window.__demarche.api.renders() };
  });
  const elapsed = (Date.now() - started) / 1000;
  await page.evaluate(() => window.__demarche.api.setSetting('enableNodeDrag', true));
  return { fps: Math.round((frames / elapsed) * 10) / 10, renderFps: Math.round(((renders - renders0) / elapsed) * 10) / 10, seconds: Math.round(elapsed * 10) / 10 };
}

async function measure(context, serveViewer, name, graphText, { gestures, withLayout }) {
  const server = await serveViewer({ graphText, graphName: name, root: join(dist, 'web') });
  const page = await context.newPage();
  page.setDefaultTimeout(900000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(server.url);
    // Pause the layout at the first frame: pan and zoom are measured on a still graph. WebGL only queues
    // a frame: reading a pixel waits until it is drawn, so load ms is the time to a picture.
    await page.waitForFunction(() => {
      if (!window.__demarche?.ready) return false;
      const gl = document.querySelector('#graph canvas.sigma-stage')?.getContext('webgl2');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      window.__benchDrawnAt = performance.now();
      window.__demarche.api.pauseLayout();
      return true;
    }, null, { timeout: 900000, polling: 50 });
    const timing = await page.evaluate(() => ({
      order: window.__demarche.order,
      size: window.__demarche.size,
      // From navigation start to the first frame drawn.
      loadMs: Math.round(window.__benchDrawnAt),
      parseMs: window.__demarche.parseMs,
      // From the parsed graph to the first frame drawn (view copy, sigma, indexes, layout start, drawing).
      mountMs: Math.round(window.__benchDrawnAt - (window.__demarche.readyAt - window.__demarche.loadMs)),
    }));
    // Large graphs draw their edges over a few frames after the first: from navigation start to all edges on screen.
    const edgesMs = Math.round(await (await page.waitForFunction(() => {
      const api = window.__demarche.api;
      const at = typeof api.edgesCompleteAt === 'function' ? api.edgesCompleteAt() : window.__benchDrawnAt;
      return at === undefined ? undefined : Math.max(at, window.__benchDrawnAt);
    }, null, { polling: 50 })).jsonValue());
    // The median of three, each timed until the GPU has finished the frame.
    const median = async (full) => {
      const times = [];
      for (let i = 0; i < 3; i++) times.push(await page.evaluate((f) => window.__demarche.api.frameMs(f), full));
      return times.sort((a, b) => a - b)[1];
    };
    // Everything drawn again from scratch; then a frame where nothing but node states could have changed (a hover).
    const frameMs = await median(true);
    const stillMs = await median(false);
    const interaction = await panZoom(page, gestures);
    let layoutFps;
    if (withLayout) {
      // The same gestures while ForceAtlas2 runs in its worker and positions reach the renderer.
      await page.click('#layout-toggle');
      layoutFps = (await panZoom(page, gestures)).renderFps;
      await page.evaluate(() => window.__demarche.api.pauseLayout());
    }
    return { graph: name, nodes: timing.order, edges: timing.size, ...timing, edgesMs, frameMs, stillMs, ...interaction, layoutFps, errors: errors.length };
  } finally {
    await page.close();
    await server.close();
  }
}

/**
 * Runs the viewer benchmark and prints a table. Returns the rows, or
 * `{ skipped }` when Chromium or the build is missing.
 */
export async function benchViewer({ log = console.log, gestures = 6, nodes = 20000, edges = 100000, withLayout = true } = {}) {
  if (!existsSync(CHROMIUM)) {
    log('viewer bench skipped: /usr/bin/chromium is not installed.');
    return { skipped: 'no chromium' };
  }
  if (!existsSync(join(dist, 'web', 'index.html')) || !existsSync(join(dist, 'src', 'cli', 'view.js'))) {
    log('viewer bench skipped: build first (npm run build && npm run build:web).');
    return { skipped: 'not built' };
  }
  const { chromium } = await import('playwright-core');
  const { serveViewer } = await import(pathToFileURL(join(dist, 'src', 'cli', 'view.js')).href);
  const generatedAt = Date.now();
  const large = generateGraph({ nodes, edges });
  const generateMs = Date.now() - generatedAt;
  const profile = mkdtempSync(join(tmpdir(), 'demarche-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 },
  });
  const rows = [];
  try {
    rows.push(await measure(context, serveViewer, 'seeds', await seedGraphText(), { gestures, withLayout }));
    rows.push(await measure(context, serveViewer, `generated ${nodes / 1000}k/${edges / 1000}k`, large, { gestures, withLayout }));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  log(`\nViewer in headless Chromium (SwiftShader WebGL, no GPU); generated graph: ${(large.length / 1e6).toFixed(1)} MB JSON in ${generateMs} ms`);
  log('load ms: navigation to first frame drawn (parse ms: graph file to graph; mount ms: graph to first frame); edges ms: navigation to all edges drawn;');
  log('frame ms: one redraw of everything from scratch; still ms: one redraw with nothing moved (a hover: large graphs reuse their picture of the edges);');
  log(`fps: frames per second while panning and zooming (${gestures} drags of the stage and ${gestures} wheel turns, layout paused): browser frames, and frames sigma drew;`);
  log('layout fps: frames sigma drew during the same gestures with the layout running');
  log('graph                  nodes   edges  load ms  edges ms  parse ms  mount ms  frame ms  still ms   fps  sigma fps  layout fps');
  const pad = (v, n) => String(v ?? '-').padStart(n);
  for (const r of rows) {
    log(`${r.graph.padEnd(20)} ${pad(r.nodes, 7)} ${pad(r.edges, 7)} ${pad(r.loadMs, 8)} ${pad(r.edgesMs, 9)} ${pad(r.parseMs, 9)} ${pad(r.mountMs, 9)} ${pad(r.frameMs, 9)} ${pad(r.stillMs, 9)} ${pad(r.fps, 5)} ${pad(r.renderFps, 10)} ${pad(r.layoutFps, 11)}${r.errors ? `  (${r.errors} page errors)` : ''}`);
  }
  return { rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchViewer();
}
