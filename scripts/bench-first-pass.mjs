/**
 * One first pass over the bench's generated corpus in this fresh process:
 * text in, merged graph out, with the JIT cold. Prints one JSON line
 * ({ seconds, bytes }). Run by bench.mjs in child processes,
 * so that the first-pass figure is a median of several processes, not one
 * draw of a machine whose speed varies from minute to minute.
 *
 *   node --max-semi-space-size=64 --min-semi-space-size=64 scripts/bench-first-pass.mjs MB
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus-generator.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const megabytes = Number(process.argv[2] ?? 20);
const { buildArticles } = await import(join(ROOT, 'dist/src/cli/build.js'));
const { articles, bytes } = generateCorpus({ bytes: megabytes * 1024 * 1024 });
const t0 = performance.now();
buildArticles(articles);
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds, bytes }));
