/**
 * npm run eval: builds each article of ../shared/eval/dev on its own with the
 * CLI's --per-doc mode and scores the graphs with the benchmark's score.mjs.
 * Extra arguments go to score.mjs (--verbose, --json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../src/cli/main.js';

const root = resolve(import.meta.dirname, '..');
const evalDir = resolve(process.env.DEMARCHE_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const devDir = join(evalDir, 'dev');
if (!existsSync(devDir)) {
  console.error(`demarche eval: no benchmark at ${devDir}. Expecting ../shared/eval/dev beside the project (or DEMARCHE_EVAL_DIR)`);
  process.exit(2);
}
const outDir = join(root, 'out', 'eval');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const inputs = readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(devDir, f));
const code = await runCli(['build', ...inputs, '--per-doc', outDir, '--quiet']);
if (code !== 0) process.exit(code);
const score = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold-dir', devDir, '--pred-dir', outDir, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
