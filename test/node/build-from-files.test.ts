import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphFromFiles } from '../../src/node/index.js';

describe('buildGraphFromFiles', () => {
  it('builds from a folder and reports what it could not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarche-files-'));
    writeFileSync(join(dir, 'a.md'), '## A\n\nMarch 01, 2023\n\nPoland accused Belarus of provocations.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const { graph, failures } = await buildGraphFromFiles([dir, join(dir, 'missing.txt')]);
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(['a']);
    expect(graph.filterEdges((_e, a) => a.kind === 'accuse').map((e) => `${graph.source(e)}>${graph.target(e)}`)).toEqual(['country:pol>country:blr']);
    expect(failures.map((f) => f.reason)).toEqual([expect.stringContaining('no such file'), expect.stringContaining('empty file')]);
    rmSync(dir, { recursive: true, force: true });
  });
});
