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

// Records the rules read at every token (compiled cues, heads and titles, mention atoms) and every Doc's
// metadata must each have one object shape: built by spreading JSON records with different optional
// keys, they had a dozen, and the reads of the relation stage went megamorphic (slow lookups, and
// bigger, slower compiles of the hot functions).
const shapesScript = `
const { loadLexicons } = await import('./dist/src/lexicons/load.js');
const { findAtoms } = await import('./dist/src/mentions/atoms.js');
const { ingest } = await import('./dist/src/ingest/index.js');
const { segment } = await import('./dist/src/segment/index.js');
const lex = loadLexicons();
const shapes = (values) => { const reps = []; for (const v of values) if (!reps.some((r) => %HaveSameMap(r, v))) reps.push(v); return reps.length; };
const trieValues = (trie) => { const out = []; for (const w of trie.firstWords()) { const walk = (node) => { if (node.values) out.push(...node.values); for (const child of node.next.values()) walk(child); }; walk(trie.firstNode(w)); } return out; };
const text = "## Talks\\n\\nRussian Foreign Minister Sergei Lavrov said on Monday in Moscow that the U.S. State Department and NATO's Secretary General Mark Rutte's Russia's demands were rejected by the Kremlin.";
const doc = segment(ingest(text, { id: 'a' }), lex);
const atoms = doc.sentences.flatMap((s) => findAtoms(doc.tokens, s.start, s.end, lex));
const metas = [ingest('Plain words.', { id: 'b' }), ingest(text, { id: 'c' }), ingest('x', { id: 'd', meta: { url: 'https://e.org', date: '2024-01-02' } })].map((d) => d.meta);
console.log(JSON.stringify({
  cues: shapes(trieValues(lex.cues)), heads: shapes(trieValues(lex.heads)), titles: shapes(trieValues(lex.titles)), names: shapes(trieValues(lex.names)),
  atomKinds: new Set(atoms.map((a) => a.t)).size, atoms: shapes(atoms), metas: shapes(metas),
}));
`;

describe('records the rules read at every token', () => {
  it('have one object shape each', () => {
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', shapesScript], { cwd: root, encoding: 'utf8' });
    const s = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    // The sentence must give atoms of several kinds for the check to mean something.
    expect(s.atomKinds).toBeGreaterThanOrEqual(5);
    expect(s).toEqual({ cues: 1, heads: 1, titles: 1, names: 1, atomKinds: s.atomKinds, atoms: 1, metas: 1 });
  });
});
