import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { writeGraphFile } from '../../src/cli/build.js';
import { parseGraph } from '../../src/graph/load.js';
import { createGraph } from '../../src/graph/build.js';
import { buildGraph } from '../../src/index.js';
import { writeJson } from '../../src/export/json.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const SEED_TEXT = readFileSync(join(SEEDS, SEED_FILES[0]), 'utf8');

interface Run { code: number; stdout: string; stderr: string }

async function cli(args: string[], stdin: string | Buffer = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: async () => (Buffer.isBuffer(stdin) ? stdin : Buffer.from(stdin)),
    isTTY: false,
    cwd: process.cwd(),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const GOOD = [
  '## Germany Urges Poland To Talk', '', 'March 03, 2022', '',
  'Germany urged Poland on Monday to resume talks with Lithuania.', '',
  'Poland accused Belarus of pushing migrants across the border.', '',
].join('\n');

let root: string;
beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'demarche-build-test-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

let counter = 0;
const freshDir = () => { const d = join(root, `case-${++counter}`); mkdirSync(d, { recursive: true }); return d; };
const tmpLeft = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('demarche build: outputs', () => {
  it('builds the seeds folder to -o out.json', async () => {
    const dir = freshDir();
    const out = join(dir, 'out.json');
    const r = await cli(['build', SEEDS, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(r.stderr).toMatch(/^\d+ articles?: \d+ actors/);
    const g = parseGraph(readFileSync(out, 'utf8'));
    expect(g.hasNode('country:rus')).toBe(true);
    expect(g.hasNode('person:vladimir-putin')).toBe(true);
    expect(g.getAttribute('documents').map((d) => d.id)).toEqual(SEED_FILES.map((f) => f.replace(/\.txt$/, '')));
    expect(tmpLeft(dir)).toEqual([]);
  });

  it('gives the same graph as buildGraph on the same articles', async () => {
    const dir = freshDir();
    const out = join(dir, 'out.json');
    expect((await cli(['build', SEEDS, '-o', out, '-q'])).code).toBe(0);
    const expected = buildGraph(SEED_FILES.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS, f), 'utf8'), fileName: join(SEEDS, f) })));
    const got = parseGraph(readFileSync(out, 'utf8'));
    expect(got.nodes().sort()).toEqual(expected.nodes().sort());
    expect(got.edges().sort()).toEqual(expected.edges().sort());
  });

  it('builds to -o out.gexf', async () => {
    const dir = freshDir();
    const out = join(dir, 'out.gexf');
    const r = await cli(['build', SEEDS, '-o', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('<gexf ');
    const g = parseGraph(text);
    expect(g.hasNode('country:usa')).toBe(true);
    expect(g.size).toBeGreaterThan(0);
    expect(tmpLeft(dir)).toEqual([]);
  });

  it('builds to -o out.graphml', async () => {
    const dir = freshDir();
    const out = join(dir, 'out.graphml');
    const r = await cli(['build', SEEDS, '-o', out]);
    expect(r.code).toBe(0);
    const g = graphml.parse(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect(g.hasNode('country:usa')).toBe(true);
    expect(g.size).toBeGreaterThan(0);
  });

  it('writes JSON to standard output without -o, and GEXF with --format gexf', async () => {
    const json = await cli(['build', SEEDS, '-q']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(parseGraph(json.stdout).hasNode('country:rus')).toBe(true);
    const gexf = await cli(['build', SEEDS, '-q', '--format', 'gexf']);
    expect(gexf.code).toBe(0);
    expect(gexf.stdout.startsWith('<?xml')).toBe(true);
    expect(parseGraph(gexf.stdout).hasNode('country:rus')).toBe(true);
  });

  it('lets --format win over the extension', async () => {
    const dir = freshDir();
    const out = join(dir, 'graph.out');
    const r = await cli(['build', SEEDS, '-o', out, '-f', 'gexf', '-q']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<gexf ');
  });

  it('--per-doc DIR writes DIR/<stem>.json per article', async () => {
    const dir = freshDir();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'alpha.txt'), GOOD);
    writeFileSync(join(corpus, 'beta.md'), SEED_TEXT);
    const perDoc = join(dir, 'per-doc');
    const out = join(dir, 'all.json');
    const r = await cli(['build', corpus, '--per-doc', perDoc, '-o', out, '-q']);
    expect(r.code).toBe(0);
    expect(readdirSync(perDoc).sort()).toEqual(['alpha.json', 'beta.json']);
    const alpha = parseGraph(readFileSync(join(perDoc, 'alpha.json'), 'utf8'));
    expect(alpha.getAttribute('documents').map((d) => d.id)).toEqual(['alpha']);
    expect(alpha.hasNode('country:pol')).toBe(true);
    expect(alpha.hasNode('country:rus')).toBe(false);
    const beta = parseGraph(readFileSync(join(perDoc, 'beta.json'), 'utf8'));
    expect(beta.hasNode('country:rus')).toBe(true);
    const all = parseGraph(readFileSync(out, 'utf8'));
    expect(all.getAttribute('documents').map((d) => d.id)).toEqual(['alpha', 'beta']);
  });

  it('- reads one article from standard input', async () => {
    const r = await cli(['build', '-', '-q'], Buffer.from(GOOD));
    expect(r.code).toBe(0);
    const g = parseGraph(r.stdout);
    expect(g.getAttribute('documents').map((d) => d.id)).toEqual(['stdin']);
    expect(g.hasNode('country:deu')).toBe(true);
    expect(g.hasNode('country:pol')).toBe(true);
  });

  it('reports empty standard input', async () => {
    const r = await cli(['build', '-', '-q'], Buffer.alloc(0));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>: empty file');
  });
});

describe('demarche build: bad inputs', () => {
  it('skips each unreadable file with its reason on one line, exit 1, and still builds the good one', async () => {
    const dir = freshDir();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'good.txt'), GOOD);
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x47, 0x65, 0x00, 0x72, 0x00, 0x6d]));
    writeFileSync(join(corpus, 'latin1.txt'), Buffer.from('Germany urged Poland to talk in the caf\xe9.', 'latin1'));
    writeFileSync(join(corpus, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 0x61));
    const missing = join(dir, 'missing.txt');
    const out = join(dir, 'out.json');
    const r = await cli(['build', corpus, missing, '-o', out]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('demarche build: skipped'));
    expect(lines).toHaveLength(5);
    const lineFor = (name: string) => lines.find((l) => l.includes(name)) ?? '';
    expect(lineFor('empty.txt')).toContain('empty file');
    expect(lineFor('binary.txt')).toContain('binary file');
    expect(lineFor('latin1.txt')).toContain('not valid UTF-8');
    expect(lineFor('huge.txt')).toContain('file too large');
    expect(lineFor('missing.txt')).toContain('no such file or directory');
    // One line each, no stack trace.
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('Error:');
    const g = parseGraph(readFileSync(out, 'utf8'));
    expect(g.getAttribute('documents').map((d) => d.id)).toEqual(['good']);
    expect(g.hasNode('country:deu')).toBe(true);
    expect(g.hasNode('country:pol')).toBe(true);
    expect(g.hasNode('country:blr')).toBe(true);
  });

  it('--max-size raises the limit for a large file', async () => {
    const dir = freshDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, GOOD + '\n' + 'x '.repeat(600_000) + '\n');
    const small = await cli(['build', big, '--max-size', '1', '-q']);
    expect(small.code).toBe(1);
    expect(small.stderr).toContain('file too large');
    const large = await cli(['build', big, '--max-size', '2', '-q']);
    expect(large.code).toBe(0);
  });

  it('rejects a bad --max-size with exit 2', async () => {
    const r = await cli(['build', SEEDS, '--max-size', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-size');
  });

  it('reads a JSON Lines corpus: builds the good lines and reports the truncated one by line number', async () => {
    const dir = freshDir();
    const corpus = join(dir, 'corpus.jsonl');
    const lines = [
      JSON.stringify({ id: 'one', title: 'First', date: '2022-03-03T10:00:00Z', url: 'https://example.com/1', text: 'Germany urged Poland to resume talks with Lithuania.' }),
      JSON.stringify({ id: 'two', text: 'France accused Mali of expelling its ambassador.' }),
      JSON.stringify({ id: 'three', text: 'Spain threatened Morocco with sanctions.' }).slice(0, 30),
    ];
    writeFileSync(corpus, lines.join('\n') + '\n');
    const out = join(dir, 'out.json');
    const r = await cli(['build', corpus, '-o', out]);
    expect(r.code).toBe(1);
    const skipped = r.stderr.split('\n').filter((l) => l.startsWith('demarche build: skipped'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain(`${corpus}:3`);
    expect(skipped[0]).toContain('malformed JSON line');
    const g = parseGraph(readFileSync(out, 'utf8'));
    const docs = g.getAttribute('documents');
    expect(docs.map((d) => d.id)).toEqual(['one', 'two']);
    expect(docs[0]).toMatchObject({ title: 'First', date: '2022-03-03', url: 'https://example.com/1' });
    expect(g.hasNode('country:mli')).toBe(true);
    expect(g.hasNode('country:esp')).toBe(false);
  });

  // Regression test (found while testing, fixed): --per-doc joins the JSON Lines id into the path unchecked, so an id "../escaped" writes <DIR>/../escaped.json, outside the --per-doc folder.
  it('--per-doc never writes outside its folder, whatever the JSON Lines ids', async () => {
    const dir = freshDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, JSON.stringify({ id: '../escaped', text: 'Germany urged Poland to talk.' }) + '\n');
    await cli(['build', corpus, '--per-doc', join(dir, 'per'), '-o', join(dir, 'out.json'), '-q']);
    expect(existsSync(join(dir, 'escaped.json'))).toBe(false);
  });

  // Regression test (found while testing, fixed): a JSON Lines id with a slash ("a/b") makes the --per-doc write fail after the article was already added to the graph: stderr says "skipped a/b: could not be analysed (ENOENT …)" while the combined gra…
  it('an article reported as skipped is not in the graph', async () => {
    const dir = freshDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, JSON.stringify({ id: 'a/b', text: 'France accused Mali of lying.' }) + '\n');
    const out = join(dir, 'out.json');
    const r = await cli(['build', corpus, '--per-doc', join(dir, 'per'), '-o', out, '-q']);
    const skipped = r.stderr.includes('skipped a/b');
    const inGraph = parseGraph(readFileSync(out, 'utf8')).hasNode('country:mli');
    expect(skipped && inGraph).toBe(false);
  });

  it('reports a JSON line without text', async () => {
    const dir = freshDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, '{"id": "a", "text": "France spoke to Italy."}\n{"id": "b"}\n');
    const r = await cli(['build', corpus, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${corpus}:2: no "text" field`);
  });

  it('errors with exit 2 when given no input', async () => {
    const r = await cli(['build']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no input');
  });

  it('errors when a folder holds no articles', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'image.png'), 'x');
    const r = await cli(['build', dir, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no articles found');
  });
});

describe('demarche: usage', () => {
  it('a bad lexicon file is one usage error before any article is read, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarche-lex-'));
    const lexicon = join(dir, 'extra.json');
    writeFileSync(lexicon, JSON.stringify({ cues: [{ pattern: 'bad', relation: 'nonsense' }] }));
    const r = await cli(['build', SEEDS, '--lexicon', lexicon, '-o', join(dir, 'g.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('unknown relation "nonsense"')]);
    expect(existsSync(join(dir, 'g.json'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('build --help prints the build usage on stdout, exit 0', async () => {
    const r = await cli(['build', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: demarche build');
    expect(r.stdout).toContain('--per-doc');
    expect(r.stderr).toBe('');
  });

  it('--help lists the commands, exit 0; no arguments prints it with exit 2', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: demarche <command>');
    expect(r.stdout).toMatch(/^\s+build\s+build a graph/m);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: demarche <command>');
  });

  it('an unknown command exits 2 with one line', async () => {
    const r = await cli(['bulid', SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown command "bulid"');
  });

  it('an unknown option exits 2 with one line', async () => {
    const r = await cli(['build', SEEDS, '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--frobnicate');
    expect(r.stderr.startsWith('demarche build:')).toBe(true);
  });

  it('--format xyz exits 2 with one line naming the formats', async () => {
    const r = await cli(['build', SEEDS, '--format', 'xyz']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('json|gexf|graphml');
  });

  // Regression test (found while testing, fixed): formatFromPath('stdout.json', 'xyz') reports 'cannot tell the output format of "stdout.json"', naming neither the bad value nor --format.
  it('--format xyz names the bad value in its message', async () => {
    const r = await cli(['build', SEEDS, '--format', 'xyz']);
    expect(r.stderr).toContain('xyz');
  });

  it('an output file with an unknown extension exits 2', async () => {
    const dir = freshDir();
    const r = await cli(['build', SEEDS, '-o', join(dir, 'graph.png')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot tell the output format');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeGraphFile: never a half file', () => {
  const g = buildGraph([{ id: 'good', text: GOOD }]);

  it.each(['json', 'gexf', 'graphml'] as const)('writes %s through a temporary file that does not remain', async (format) => {
    const dir = freshDir();
    const path = join(dir, `g.${format}`);
    await writeGraphFile(g, path, format);
    expect(readdirSync(dir)).toEqual([`g.${format}`]);
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(100);
  });

  it('replaces a previous file whole', async () => {
    const dir = freshDir();
    const path = join(dir, 'g.json');
    writeFileSync(path, 'previous');
    await writeGraphFile(g, path, 'json');
    expect(readFileSync(path, 'utf8')).toBe(writeJson(g));
  });

  it('a write that fails part-way leaves the previous file intact and no temporary file', async () => {
    const dir = freshDir();
    const path = join(dir, 'g.gexf');
    writeFileSync(path, 'previous graph');
    const broken = createGraph();
    broken.addNode('country:fra', { label: 'France', kind: 'country', aliases: [], titles: [], mentions: 1, docs: [] });
    // The second node's label throws when written: the GEXF stream is interrupted mid-document.
    broken.addNode('country:deu', { label: { toString() { throw new Error('disk gone'); } } as unknown as string, kind: 'country', aliases: [], titles: [], mentions: 1, docs: [] });
    await expect(writeGraphFile(broken, path, 'gexf')).rejects.toThrow(/cannot write .*disk gone/);
    expect(readFileSync(path, 'utf8')).toBe('previous graph');
    expect(tmpLeft(dir)).toEqual([]);
  });

  it('the CLI reports an output path that is a directory with exit 1, leaving no temporary file', async () => {
    const dir = freshDir();
    const out = join(dir, 'out.json');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'kept');
    const r = await cli(['build', SEEDS, '-o', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${out}`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(tmpLeft(dir)).toEqual([]);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('a failed CLI write leaves the previous output file intact', async () => {
    const dir = freshDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'previous graph');
    // The temporary file's name is taken by a directory, so the write itself fails.
    mkdirSync(`${out}.${process.pid}.tmp`);
    const r = await cli(['build', SEEDS, '-o', out, '-q']);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous graph');
    expect(existsSync(out)).toBe(true);
  });

  // Regression test (found while testing, fixed): writeGraphFile's cleanup `rmSync(tmp, { force: true })` throws EISDIR when the temporary path is a directory, so the CLI prints 'unexpected error: Path is a directory: rm returned EISDIR …' instead of…
  it('a failed CLI write is reported as "cannot write <path>"', async () => {
    const dir = freshDir();
    const out = join(dir, 'out.json');
    mkdirSync(`${out}.${process.pid}.tmp`);
    const r = await cli(['build', SEEDS, '-o', out, '-q']);
    expect(r.stderr).toContain(`cannot write ${out}`);
  });
});
