#!/usr/bin/env node
/**
 * npm start: builds the graph of seeds/ with the built package (dist/), then
 * serves the viewer on 127.0.0.1 with that graph loaded and prints the URL.
 * Builds dist/ (tsc) and dist/web (vite) first if they are missing.
 *
 *   npm start                 # port 5178, or a free one if taken
 *   npm start -- --port 8080  # or PORT=8080 npm start
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = join(repo, 'dist');

function run(label, args) {
  process.stderr.write(`demarche: ${label}…\n`);
  const result = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`demarche: ${label} failed (exit ${result.status}).\n`);
    process.exit(1);
  }
}

function parsePort() {
  const i = process.argv.indexOf('--port');
  const raw = i >= 0 ? process.argv[i + 1] : process.env.PORT;
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`demarche: --port needs a port number (0-65535), not "${raw}".\n`);
    process.exit(2);
  }
  return port;
}

const port = parsePort();
if (!['src/index.js', 'src/cli/view.js', 'src/node/inputs.js'].every((f) => existsSync(join(dist, f)))) {
  run('building the package (tsc)', [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
}
if (!existsSync(join(dist, 'web', 'index.html'))) {
  run('building the viewer (vite)', [join(repo, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
}

const { buildGraph, writeJson } = await import(join(dist, 'src', 'index.js'));
const { readArticles } = await import(join(dist, 'src', 'node', 'inputs.js'));
const { serveViewerOnPreferredPort, DEFAULT_VIEW_PORT } = await import(join(dist, 'src', 'cli', 'view.js'));

const seeds = join(repo, 'seeds');
const files = readdirSync(seeds).filter((f) => !f.startsWith('.')).sort().map((f) => join(seeds, f));
const { articles, failures } = await readArticles(files);
for (const failure of failures) process.stderr.write(`demarche: skipped ${failure.name}: ${failure.reason}\n`);
const started = Date.now();
const graph = buildGraph(articles);
process.stderr.write(`demarche: ${articles.length} article(s) from seeds/ → ${graph.order} actors, ${graph.size} relations (${Date.now() - started} ms)\n`);

const server = await serveViewerOnPreferredPort({
  graphText: writeJson(graph),
  graphName: 'seeds',
  port: port ?? DEFAULT_VIEW_PORT,
});
process.stdout.write(`demarche viewer: ${server.url}\n`);
process.stderr.write('Ctrl-C to stop.\n');
const stop = () => { void server.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
