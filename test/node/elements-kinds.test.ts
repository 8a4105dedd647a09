// V8 builds `Array#map` results as holey arrays in optimised code and as packed ones in the interpreter.
// An array one stage hands to the next must keep one kind in every tier, or each optimised reader is
// thrown away and recompiled when its producer is optimised (most of a corpus build's JIT warm-up went
// there). This runs the compiled stages (dist/, built by `npm test`) in a Node with V8's test natives,
// forces every stage's optimised code, and checks the Doc they return.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

const script = `
const { ingest } = await import('./dist/src/ingest/index.js');
const { DEFAULT_STAGES } = await import('./dist/src/pipeline.js');
const { defaultLexiconsOnce } = await import('./dist/src/lexicons/load.js');
const { summarizeDoc } = await import('./dist/src/graph/build.js');
const { readFileSync, readdirSync } = await import('node:fs');
const lex = defaultLexiconsOnce();
const texts = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync('seeds/' + f, 'utf8'));
texts.push('Russian Foreign Minister Sergei Lavrov said on Monday that Ukraine had ignored warnings. NATO urged both sides to talk.');
const holey = new Set();
const check = (path, value, depth) => {
  if (Array.isArray(value)) {
    if (%HasHoleyElements(value)) holey.add(path);
    if (depth < 3) for (const item of value) check(path + '[]', item, depth + 1);
  } else if (value && typeof value === 'object' && depth < 3) {
    for (const [key, item] of Object.entries(value)) check(path + '.' + key, item, depth + 1);
  }
};
const run = () => {
  for (const text of texts) {
    let doc = ingest(text, { id: 'a' });
    for (const stage of DEFAULT_STAGES) { doc = stage.run(doc, lex); check(stage.name, doc, 0); }
    check('summary', summarizeDoc(doc), 0);
  }
};
for (const stage of DEFAULT_STAGES) %PrepareFunctionForOptimization(stage.run);
run(); run();
for (const stage of DEFAULT_STAGES) %OptimizeFunctionOnNextCall(stage.run);
run();
const optimised = DEFAULT_STAGES.filter((stage) => (%GetOptimizationStatus(stage.run) & 16) !== 0).map((s) => s.name);
console.log(JSON.stringify({ holey: [...holey].sort(), optimised }));
`;

describe('arrays the stages hand on', () => {
  it('are packed whether the stage runs optimised or not', () => {
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const { holey, optimised } = JSON.parse(out.trim().split('\n').pop()!) as { holey: string[]; optimised: string[] };
    // The check means something only if the stages did run as optimised code.
    expect(optimised.length).toBeGreaterThanOrEqual(3);
    expect(holey).toEqual([]);
  });
});
