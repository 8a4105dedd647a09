import { describe, expect, it } from 'vitest';
import { command as query } from '../../src/cli/query.js';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { matchPattern } from '../../src/query/index.js';
import { smallGraph, SMALL_GRAPH_PATH } from '../query/helpers.js';
import { runCommand } from './run-command.js';
import { readFileSync } from 'node:fs';

describe('demarche query', () => {
  it('prints a table: source, kind, target, date, evidence', async () => {
    const result = await runCommand(query, [SMALL_GRAPH_PATH, '(Russia)-[demand]->(?)']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'source  kind    target         date        evidence',
        '------  ------  -------------  ----------  -----------------------------------------------------------',
        'Russia  demand  United States  2022-01-15  Russia demanded security guarantees from the United States.',
        'Russia  demand  NATO           2022-01-15  Russia demanded that NATO stop expanding.',
        'Russia  demand  United States  2022-01-28  Moscow again demanded guarantees from Washington.',
        '',
      ].join('\n'),
    });
  });

  it('shortens evidence, marks alleged acts, numbers chain matches', async () => {
    const result = await runCommand(query, [SMALL_GRAPH_PATH, '(?x)-[accuse]->(?y)-[demand|threaten]->(?z)', '--width', '30']);
    expect(result.stdout).toBe([
      '#  source         kind                target         date        evidence',
      '-  -------------  ------------------  -------------  ----------  ------------------------------',
      '1  United States  accuse              Russia         2022-02-01  A State Department tweet accu…',
      '1  Russia         demand              United States  2022-01-15  Russia demanded security guar…',
      '2  United States  accuse              Russia         2022-02-01  A State Department tweet accu…',
      '2  Russia         demand              NATO           2022-01-15  Russia demanded that NATO sto…',
      '3  United States  accuse              Russia         2022-02-01  A State Department tweet accu…',
      '3  Russia         demand              United States  2022-01-28  Moscow again demanded guarant…',
      '4  United States  accuse              Russia         2022-02-01  A State Department tweet accu…',
      '4  Russia         threaten (alleged)  Ukraine        2022-02-01  A State Department tweet accu…',
      '',
    ].join('\n'));
    const quoted = await runCommand(query, [SMALL_GRAPH_PATH, '(Peskov)-[statement]->(?)']);
    expect(quoted.stdout.split('\n')[2]).toBe('Dmitry Peskov  statement  United States  2022-02-01  Peskov said: "Washington is not listening to our concerns."');
  });

  it('--json gives the matches with their evidence', async () => {
    const result = await runCommand(query, [SMALL_GRAPH_PATH, '(person)-[statement|accuse]->(United States)', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(matchPattern(smallGraph(), '(person)-[statement|accuse]->(United States)'))));
  });

  it('--csv gives one row per relation', async () => {
    const result = await runCommand(query, [SMALL_GRAPH_PATH, '(Peskov)-[statement]->(?)', '--csv']);
    expect(result.stdout).toBe(
      'match,source,source_key,kind,target,target_key,date,cameo,alleged,doc,url,sentence,quote,evidence,edge\r\n' +
      '1,Dmitry Peskov,person:dmitry-peskov,statement,United States,country:usa,2022-02-01,01,,d2,https://example.org/d2,1,' +
      'Washington is not listening to our concerns.,"Peskov said: ""Washington is not listening to our concerns.""",e6\r\n',
    );
  });

  it('says "no match" on stderr and exits 0 when nothing matches', async () => {
    expect(await runCommand(query, [SMALL_GRAPH_PATH, '(Russia)-[reject]->(?)'])).toEqual({ code: 0, stdout: '', stderr: 'no match\n' });
    expect((await runCommand(query, [SMALL_GRAPH_PATH, '(Russia)-[reject]->(?)', '--json'])).stdout).toBe('[]\n');
  });

  it('reads the graph from stdin with -', async () => {
    const result = await runCommand(query, ['-', '(Blinken)-[consult]-(?)', '--csv'], { stdin: readFileSync(SMALL_GRAPH_PATH, 'utf8') });
    expect(result.stdout.split('\r\n')[1]).toMatch(/^1,Antony Blinken,person:antony-blinken,consult,Sergei Lavrov,/);
  });

  it('a malformed pattern: one error line, the pattern with a caret, exit 2', async () => {
    const result = await runCommand(query, [SMALL_GRAPH_PATH, '(Russia)-[demand->(?)']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "demarche/query/pattern: column 17: expected ']' to close the relation, found '->'\n  (Russia)-[demand->(?)\n                  ^\n",
    });
  });

  it('an unknown actor: exit 2 with a suggestion', async () => {
    const result = await runCommand(query, [SMALL_GRAPH_PATH, '(Lavrof)-[consult]-(?)']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("demarche/query/unknown-actor: column 2: no actor named 'Lavrof' in the graph (did you mean 'Sergei Lavrov'?). Expecting a label, alias or node key such as 'country:rus'");
  });

  it('usage errors exit 2; an unreadable graph exits 1', async () => {
    expect((await runCommand(query, [SMALL_GRAPH_PATH])).code).toBe(2);
    expect((await runCommand(query, [SMALL_GRAPH_PATH, '(a)-->(b)', '--json', '--csv'])).code).toBe(2);
    expect((await runCommand(query, [SMALL_GRAPH_PATH, '(a)-->(b)', '--limit', 'x'])).stderr).toBe("demarche query: --limit 'x' is not a positive whole number\n");
    const unknownOption = await runCommand(query, [SMALL_GRAPH_PATH, '(a)-->(b)', '--tabel']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/^demarche query: Unknown option '--tabel'/);
    const missing = await runCommand(query, ['/nonexistent/graph.json', '(Russia)-->(?)']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'demarche query: cannot read /nonexistent/graph.json (ENOENT)\n' });
    const garbage = await runCommand(query, ['-', '(Russia)-->(?)'], { stdin: 'not a graph' });
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toBe('demarche/graph/load: unrecognised graph file. Expecting graphology JSON or GEXF (in -)\n');
  });

  it('is reachable through the main CLI with the same exit codes', async () => {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: async () => Buffer.from(''), isTTY: false, cwd: process.cwd() };
    expect(await runCli(['query', SMALL_GRAPH_PATH, '(Russia)-[demand]->(NATO)', '--csv'], io)).toBe(0);
    expect(stdout.split('\r\n')[1]).toMatch(/^1,Russia,country:rus,demand,NATO,institution:nato,2022-01-15,/);
    expect(await runCli(['query', SMALL_GRAPH_PATH, '(Russia)-[demand]>(NATO)'], io)).toBe(2);
    expect(stderr.split('\n')[0]).toBe("demarche/query/pattern: column 18: malformed arrow '>' after ']'. Expecting '->' or '-'");
  });
});
