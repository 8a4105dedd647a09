/**
 * Corpora: one node per actor across articles, incremental builds, worker
 * threads, broken files and interrupted writes. The CLI runs from dist/
 * (compiled by `pretest`), as a user runs it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/index.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'demarche.js');
const tmp = mkdtempSync(join(tmpdir(), 'demarche-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Articles of our own that name the same actors in different forms.
const ARTICLES: Record<string, string> = {
  a1: '## Talks in Geneva\n\nMarch 01, 2023\n\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva. Lavrov said Washington had ignored Moscow\'s demands.\n',
  a2: '## Lavrov warns\n\nMarch 02, 2023\n\nRussia\'s top diplomat Sergey Lavrov accused NATO of provoking Ukraine. The U.S. Department of State rejected the claim.\n',
  a3: '## Kyiv\n\nMarch 03, 2023\n\nUkrainian President Volodymyr Zelenskyy thanked the State Department. Lavrov criticised the visit.\n',
  a4: '## Two Smiths\n\nMarch 04, 2023\n\nBritish Foreign Secretary John Smith met Canadian Trade Minister Jane Smith in Ottawa. John Smith praised Canada.\n',
  a5: '## Zelensky\n\nMarch 05, 2023\n\nPresident Volodymyr Zelensky urged Germany to send tanks.\n',
};

function writeCorpus(dir: string, names = Object.keys(ARTICLES)): string {
  const path = join(tmp, dir);
  execFileSync('mkdir', ['-p', path]);
  for (const name of names) writeFileSync(join(path, `${name}.md`), ARTICLES[name]);
  return path;
}

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tmp });

describe('merging the same actor across articles', () => {
  const graph = buildGraph(Object.entries(ARTICLES).map(([id, text]) => ({ id, text })));
  it('short, full and transliterated names are one node', () => {
    const lavrov = graph.filterNodes((_n, a) => a.kind === 'person' && /lavrov/i.test(a.label));
    expect(lavrov).toEqual(['person:sergei-lavrov']);
    const a = graph.getNodeAttributes('person:sergei-lavrov');
    expect(a.aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergey Lavrov']));
    expect(a.docs).toEqual(['a1', 'a2', 'a3']);
    expect(graph.filterNodes((_n, x) => /zelensk/i.test(x.label))).toHaveLength(1);
  });
  it('institution variants are one node', () => {
    const state = graph.filterNodes((_n, a) => /state/i.test(a.label) && a.kind === 'institution');
    expect(state).toEqual(['institution:us-state-department']);
    expect(graph.getNodeAttribute('institution:us-state-department', 'docs')).toEqual(['a2', 'a3']);
  });
  it('two people who share a surname stay apart', () => {
    expect(graph.hasNode('person:john-smith')).toBe(true);
    expect(graph.hasNode('person:jane-smith')).toBe(true);
    expect(graph.getNodeAttribute('person:john-smith', 'country')).toBe('country:gbr');
    expect(graph.getNodeAttribute('person:jane-smith', 'country')).toBe('country:can');
  });
  it('edges keep their own article and the graph lists every document', () => {
    const docs = new Set(graph.mapEdges((_e, a) => a.doc));
    expect([...docs].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    const records = graph.getAttribute('documents');
    expect(records.map((d) => d.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(records[1]).toMatchObject({ title: 'Lavrov warns', date: '2023-03-02' });
    expect(records[1].hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

// Each case starts the CLI several times: allow for a busy machine.
describe('incremental and parallel builds (CLI)', { timeout: 120_000 }, () => {
  it('an incremental build equals a full build, and adding again changes nothing', () => {
    const all = writeCorpus('all');
    const first = writeCorpus('first', ['a1', 'a2']);
    const rest = writeCorpus('rest', ['a3', 'a4', 'a5']);
    expect(cli('build', all, '-o', 'full.json', '-q').status).toBe(0);
    expect(cli('build', rest, '--into', 'inc.json', '-q').status).toBe(0);
    expect(cli('build', first, '--into', 'inc.json', '-q').status).toBe(0);
    const full = readFileSync(join(tmp, 'full.json'), 'utf8');
    expect(readFileSync(join(tmp, 'inc.json'), 'utf8')).toBe(full);
    const again = cli('build', all, '--into', 'inc.json');
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('5 articles were already in inc.json');
    expect(readFileSync(join(tmp, 'inc.json'), 'utf8')).toBe(full);
  });

  it('the number of worker threads does not change the output bytes', () => {
    const all = writeCorpus('workers');
    for (const n of ['1', '2', '3']) expect(cli('build', all, '-o', `w${n}.gexf`, '--workers', n, '-q').status).toBe(0);
    const one = readFileSync(join(tmp, 'w1.gexf'), 'utf8');
    expect(one).toContain('Sergei Lavrov');
    expect(readFileSync(join(tmp, 'w2.gexf'), 'utf8')).toBe(one);
    expect(readFileSync(join(tmp, 'w3.gexf'), 'utf8')).toBe(one);
    // Node run with V8 flags of its own (which a worker refuses): the workers still start, and the bytes are the same.
    const flagged = spawnSync(process.execPath, ['--max-semi-space-size=32', '--no-allocation-site-pretenuring', BIN, 'build', all, '-o', 'wf.gexf', '--workers', '2', '-q'], { encoding: 'utf8', cwd: tmp });
    expect(flagged.stderr).toBe('');
    expect(readFileSync(join(tmp, 'wf.gexf'), 'utf8')).toBe(one);
  });

  it('a corpus with broken files builds the rest and lists each failure', () => {
    const dir = writeCorpus('broken', ['a1', 'a2']);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 diplomatique', 'latin1'));
    writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'j1', title: 'JSONL', date: '2023-03-09', url: 'https://example.org/j1', text: 'Egypt urged Israel to halt the strikes.' })}\n{"id": "j2", "text": "Qatar met`);
    const run = cli('build', dir, '-o', 'broken.json', '--workers', '2');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/skipped .*empty\.txt: empty file/);
    expect(run.stderr).toMatch(/skipped .*binary\.txt: binary file/);
    expect(run.stderr).toMatch(/skipped .*latin1\.txt: not valid UTF-8/);
    expect(run.stderr).toMatch(/skipped .*corpus\.jsonl:2: malformed JSON line/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const graph = JSON.parse(readFileSync(join(tmp, 'broken.json'), 'utf8'));
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['a1', 'a2', 'j1']);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(['person:sergei-lavrov', 'country:egy', 'country:isr']));
  });

  it('a quoted glob is expanded; one that matches nothing is reported and nothing is written', () => {
    writeCorpus('globbed', ['a1', 'a4']);
    const run = cli('build', 'globbed/*.md', '-o', 'glob.json', '-q');
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(tmp, 'glob.json'), 'utf8')).attributes.documents.map((d: { id: string }) => d.id)).toEqual(['a1', 'a4']);
    const none = cli('build', 'nowhere/*.md', '-o', 'glob.json');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('skipped nowhere/*.md: no file matches this pattern');
    expect(JSON.parse(readFileSync(join(tmp, 'glob.json'), 'utf8')).attributes.documents).toHaveLength(2);
  });

  it('a build killed midway leaves the previous graph file intact', async () => {
    const dir = join(tmp, 'big');
    execFileSync('mkdir', ['-p', dir]);
    // Enough text that the build is still running when it is killed.
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `b${String(i).padStart(3, '0')}.md`), ARTICLES.a1.repeat(20).replace(/Geneva/g, `Geneva ${i}`));
    writeCorpus('small', ['a1']);
    expect(cli('build', join(tmp, 'small'), '-o', 'keep.json', '-q').status).toBe(0);
    const before = readFileSync(join(tmp, 'keep.json'), 'utf8');
    const child = spawn(process.execPath, [BIN, 'build', dir, '--into', 'keep.json', '-q', '--workers', '1'], { cwd: tmp });
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(readFileSync(join(tmp, 'keep.json'), 'utf8')).toBe(before);
  });
});

describe('a new version of an article', () => {
  it('replaces the edges of the old one', async () => {
    const { addDocToGraph, createGraph } = await import('../../src/graph/build.js');
    const { parse } = await import('../../src/index.js');
    const graph = createGraph();
    addDocToGraph(graph, parse('Poland accused Belarus of provocations.', { id: 'a' }));
    addDocToGraph(graph, parse('Poland praised Belarus for its restraint.', { id: 'a' }));
    expect(graph.mapEdges((_e, a) => a.kind)).toEqual(['cooperate']);
    expect(graph.getAttribute('documents')).toHaveLength(1);
  });
});

describe('merging keeps who alleges what', () => {
  it('an alleged act names the merged node as its accuser', () => {
    const graph = buildGraph([
      { id: 'a', text: 'Lavrov accused Ukraine of threatening Russia.' },
      { id: 'b', text: 'Russian Foreign Minister Sergei Lavrov spoke in Geneva.' },
    ]);
    expect(graph.hasNode('person:lavrov')).toBe(false);
    const threat = graph.filterEdges((_e, a) => a.kind === 'threaten').map((e) => graph.getEdgeAttributes(e));
    expect(threat).toEqual([expect.objectContaining({ alleged: true, allegedBy: 'person:sergei-lavrov' })]);
  });
});
