import { describe, expect, it } from 'vitest';
import { command as path } from '../../src/cli/path.js';
import { SMALL_GRAPH_PATH } from '../query/helpers.js';
import { runCommand } from './run-command.js';

describe('demarche path', () => {
  it('prints the shortest path with the relation kinds of each hop', async () => {
    expect(await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Lavrov'])).toEqual({
      code: 0, stderr: '', stdout: 'Antony Blinken -[consult]-> Sergei Lavrov  (1 hop)\n',
    });
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Peskov'])).stdout).toBe('Antony Blinken -[member_of]-> United States <-[statement]- Dmitry Peskov  (2 hops)\n');
  });

  it('--evidence prints each hop\'s sentences', async () => {
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Peskov', 'Blinken', '--evidence'])).stdout).toBe([
      'Dmitry Peskov -[statement]-> United States <-[member_of]- Antony Blinken  (2 hops)',
      '    2022-02-01  Dmitry Peskov statement United States: Peskov said: "Washington is not listening to our concerns."',
      '    2022-02-01  Antony Blinken member_of United States: Blinken spoke by phone with Foreign Minister Sergei Lavrov.',
      '',
    ].join('\n'));
  });

  it('--max lists all paths; parallel and opposite edges show as counts on both arrows', async () => {
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Peskov', '--max', '4'])).stdout).toBe([
      'Antony Blinken -[member_of]-> United States <-[statement]- Dmitry Peskov  (2 hops)',
      'Antony Blinken -[member_of]-> United States -[reject×2|accuse]-> <-[demand×2]- Russia <-[part_of]- Kremlin <-[member_of]- Dmitry Peskov  (4 hops)',
      'Antony Blinken -[consult]-> Sergei Lavrov -[member_of]-> Russia -[demand×2]-> <-[reject×2|accuse]- United States <-[statement]- Dmitry Peskov  (4 hops)',
      'Antony Blinken -[consult]-> Sergei Lavrov -[member_of]-> Russia <-[part_of]- Kremlin <-[member_of]- Dmitry Peskov  (4 hops)',
      '',
    ].join('\n'));
  });

  it('--kinds and --directed restrict the walk; no path is not an error', async () => {
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Russia', '--kinds', 'consult,member_of'])).stdout).toBe('Antony Blinken -[consult]-> Sergei Lavrov -[member_of]-> Russia  (2 hops)\n');
    expect(await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Peskov', '--directed'])).toEqual({ code: 0, stderr: '', stdout: 'no path between Blinken and Peskov\n' });
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Russia', '--kinds', 'demands'])).stderr).toBe(
      "demarche path: unknown relation kind 'demands'. Expecting one of statement, appeal, intent, consult, cooperate, aid, demand, accuse, reject, threaten, protest, sanction, force, member_of, part_of\n",
    );
  });

  it('--json gives the path object, null when none', async () => {
    const result = await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Lavrov', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ nodes: ['person:antony-blinken', 'person:sergei-lavrov'], length: 1 });
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Jane Smith', 'Lavrov', '--json'])).stdout).toBe('null\n');
    expect(JSON.parse((await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Peskov', '--json', '--max', '2'])).stdout)).toHaveLength(1);
  });

  it('unknown and ambiguous actors exit 2 with one line', async () => {
    expect(await runCommand(path, [SMALL_GRAPH_PATH, 'Atlantis', 'Lavrov'])).toEqual({
      code: 2, stdout: '', stderr: "demarche/query/unknown-actor: no actor named 'Atlantis' in the graph (did you mean 'NATO'?). Expecting a label, alias or node key such as 'country:rus'\n",
    });
    expect(await runCommand(path, [SMALL_GRAPH_PATH, 'Smith', 'Lavrov'])).toEqual({
      code: 2, stdout: '', stderr: "demarche/query/ambiguous-actor: 'Smith' matches 2 actors: person:jane-smith, person:john-smith. Expecting one of these keys\n",
    });
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Smith'])).code).toBe(2);
    expect((await runCommand(path, [SMALL_GRAPH_PATH, 'Blinken', 'Lavrov', '--max', '0'])).code).toBe(2);
  });
});
