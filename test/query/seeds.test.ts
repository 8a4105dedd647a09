/**
 * The query API on the graph the parser builds from seeds/. Asserts facts the
 * seed article states, so it follows the parser: a failure here means either
 * the parser lost a fact or a query broke.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { command as query } from '../../src/cli/query.js';
import { writeEventsCsv } from '../../src/export/events-csv.js';
import { writeJson } from '../../src/export/json.js';
import { buildGraph } from '../../src/index.js';
import {
  actorProfile, findActors, findRelations, matchPattern, relationsBetween, shortestPath, topPairs,
} from '../../src/query/index.js';
import { runCommand } from '../cli/run-command.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const inputs = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS, f), 'utf8') }));
const graph = buildGraph(inputs);
const targets = (pattern: string): string[] => [...new Set(matchPattern(graph, pattern).map((m) => m.nodes[m.nodes.length - 1]))].sort();

describe('queries on the graph built from seeds/', () => {
  it('finds actors by alias, surname and key', () => {
    expect(findActors(graph, 'moscow').map((m) => m.key)).toEqual(['country:rus']);
    expect(findActors(graph, 'Lavrov').map((m) => m.key)).toEqual(['person:sergei-lavrov']);
    expect(findActors(graph, 'peskov').map((m) => m.key)).toEqual(['person:dmitry-peskov']);
    expect(findActors(graph, 'u.s.').map((m) => m.key)).toEqual(['country:usa']);
  });

  it('Putin accused the U.S. and NATO, with the sentence, date and URL as evidence', () => {
    const matches = matchPattern(graph, '(Putin)-[accuse]->(?)');
    expect(matches.map((m) => m.nodes[1]).sort()).toEqual(['country:usa', 'institution:nato']);
    for (const { relations: [r] } of matches) {
      expect(r.evidence).toContain('accused U.S. and NATO');
      expect(r.date).toBe('2022-02-01');
      expect(r.url).toMatch(/^https:\/\/www\.themoscowtimes\.com\/2022\/02\/01\//);
    }
  });

  it('Peskov made a statement, read from the sentence that names him', () => {
    // Its target (the U.S. letter's sender, or "the president") is the parser's call; the statement is not.
    const said = findRelations(graph, { source: 'Peskov', kind: 'statement' });
    expect(said.length).toBeGreaterThanOrEqual(1);
    expect(said[0].evidence).toContain('Dmitry Peskov added');
  });

  it('Blinken and Lavrov consult, and are connected', () => {
    expect(findRelations(graph, { between: ['Blinken', 'Lavrov'], kind: 'consult' }).length).toBeGreaterThanOrEqual(1);
    expect(relationsBetween(graph, 'Blinken', 'Lavrov').aToB.map((r) => r.kind)).toContain('consult');
    expect(shortestPath(graph, 'Blinken', 'Lavrov')?.length).toBe(1);
  });

  it('Lavrov is a member of Russia; Russia demanded of the U.S. and NATO; NATO rejected Russia', () => {
    expect(targets('(Lavrov)-[member_of]->(?)')).toEqual(['country:rus']);
    expect(targets('(Russia)-[demand]->(?)')).toEqual(expect.arrayContaining(['country:usa', 'institution:nato']));
    expect(targets('(Russia)<-[reject]-(?)')).toContain('institution:nato');
    expect(actorProfile(graph, 'Lavrov').affiliations.map((a) => a.key)).toContain('country:rus');
  });

  it('the State Department tweet: an accusation, and an alleged threat against Ukraine', () => {
    expect(targets('(State Department)-[accuse]->(?)')).toEqual(['country:rus']);
    const alleged = matchPattern(graph, '(Russia)-[threaten {alleged: true}]->(Ukraine)');
    expect(alleged.length).toBe(1);
    expect(matchPattern(graph, '(Russia)-[threaten {alleged: false}]->(Ukraine)')).toEqual([]);
  });

  it('who demands most of whom: Russia of the U.S.', () => {
    expect(topPairs(graph, { kind: 'demand', limit: 1 })).toMatchObject([{ source: 'country:rus', target: 'country:usa' }]);
  });

  it('exports Putin\'s accusations as GDELT-like rows with RUS as actor 1 country', () => {
    const rows = writeEventsCsv(graph).split('\r\n').filter((row) => row.includes(',VLADIMIR PUTIN,') && row.includes(',accuse,'));
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toMatch(/^\d+,20220201,202202,2022,2022\.\d{4},RUS,VLADIMIR PUTIN,RUS,/);
  });

  describe('through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarche-seeds-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'seeds.json');
    writeFileSync(file, writeJson(graph));

    it('demarche query prints Putin\'s accusations', async () => {
      const result = await runCommand(query, [file, '(Putin)-[accuse]->(?)']);
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('source          kind    target         date        evidence');
      expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 4).join(' | ')).sort()).toEqual([
        'Vladimir Putin | accuse | NATO | 2022-02-01',
        'Vladimir Putin | accuse | United States | 2022-02-01',
      ]);
    });
  });
});
