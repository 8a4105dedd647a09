import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command as exportCommand } from '../../src/cli/export.js';
import { writeEventsCsv } from '../../src/export/events-csv.js';
import { parseGraph } from '../../src/graph/load.js';
import { smallGraph, SMALL_GRAPH_PATH } from '../query/helpers.js';
import { runCommand } from './run-command.js';

const dir = mkdtempSync(join(tmpdir(), 'demarche-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demarche export', () => {
  it('-o events.csv --format events writes the GDELT-layout CSV', async () => {
    const result = await runCommand(exportCommand, [SMALL_GRAPH_PATH, '-o', 'events.csv', '--format', 'events'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const text = readFileSync(join(dir, 'events.csv'), 'utf8');
    expect(text).toBe(writeEventsCsv(smallGraph()));
    expect(text.split('\r\n')[1]).toBe(`1,20220115,202201,2022,2022.1233,RUS,RUSSIA,RUS,,,,,,,,USA,UNITED STATES,USA,,,,,,,,,10,10,10,3,,1,1,1${','.repeat(27)}https://example.org/d1,e1,demand,Russia demanded security guarantees from the United States.,`);
  });

  it('defaults the format from the extension, and writes to stdout without -o', async () => {
    expect((await runCommand(exportCommand, [SMALL_GRAPH_PATH])).stdout).toBe(writeEventsCsv(smallGraph()));
    expect((await runCommand(exportCommand, [SMALL_GRAPH_PATH, '--no-alleged'])).stdout.split('\r\n').length).toBe(1 + 13 + 1);
    await runCommand(exportCommand, [SMALL_GRAPH_PATH, '-o', 'copy.json'], { cwd: dir });
    await runCommand(exportCommand, [SMALL_GRAPH_PATH, '-o', 'copy.gexf'], { cwd: dir });
    const fromJson = parseGraph(readFileSync(join(dir, 'copy.json'), 'utf8'));
    const fromGexf = parseGraph(readFileSync(join(dir, 'copy.gexf'), 'utf8'));
    expect([fromJson.order, fromJson.size, fromGexf.order, fromGexf.size]).toEqual([13, 18, 13, 18]);
    expect(fromGexf.getEdgeAttribute('e6', 'kind')).toBe('statement');
  });

  it('bad formats, bad arguments and unwritable paths', async () => {
    expect(await runCommand(exportCommand, [SMALL_GRAPH_PATH, '--format', 'xlsx'])).toEqual({ code: 2, stdout: '', stderr: "demarche export: unknown format 'xlsx'. Expecting events, json, gexf\n" });
    expect((await runCommand(exportCommand, [])).code).toBe(2);
    const unwritable = await runCommand(exportCommand, [SMALL_GRAPH_PATH, '-o', join(dir, 'missing', 'x.csv')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toBe(`demarche export: cannot write ${join(dir, 'missing', 'x.csv')} (ENOENT)\n`);
  });
});
