import { describe, expect, it } from 'vitest';
import { command as stats, graphStats } from '../../src/cli/stats.js';
import { smallGraph, SMALL_GRAPH_PATH } from '../query/helpers.js';
import { runCommand } from './run-command.js';

describe('demarche stats', () => {
  it('prints counts, top actors, top pairs and communities', async () => {
    const result = await runCommand(stats, [SMALL_GRAPH_PATH, '--top', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([
      'documents  3',
      'actors     13 (person 8, institution 2, country 3)',
      'relations  18 (statement 2, appeal 1, consult 1, demand 3, accuse 3, reject 3, threaten 1, member_of 3, part_of 1)',
      '',
      'Top actors by degree',
      'actor          kind         degree  in  out',
      '-------------  -----------  ------  --  ---',
      'Russia         country      11      7   4',
      'United States  country      8       5   3',
      'NATO           institution  3       2   1',
      '',
      'Top actors by PageRank',
      'actor          kind     pagerank',
      '-------------  -------  --------',
      'Russia         country  0.3570',
      'United States  country  0.2019',
      'Ukraine        country  0.1167',
      '',
      'Top pairs',
      'source         kind      target         count  first       last',
      '-------------  --------  -------------  -----  ----------  ----------',
      'Russia         demand    United States  2      2022-01-15  2022-01-28',
      'United States  reject    Russia         2      2022-01-26  2022-01-27',
      'Russia         threaten  Ukraine        1      2022-02-01  2022-02-01',
      '',
      'Communities  6 (modularity 0.208)',
      '    0  5 actors: Russia, United States, NATO, Ned Price, Vladimir Putin',
      '    1  2 actors: Ukraine, José Martí',
      '    2  2 actors: Kremlin, Dmitry Peskov',
      '',
    ].join('\n'));
  });

  it('--json gives the same numbers', async () => {
    const result = await runCommand(stats, [SMALL_GRAPH_PATH, '--json']);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(graphStats(smallGraph()))));
    expect(parsed.relationsByKind).toEqual({ statement: 2, appeal: 1, consult: 1, demand: 3, accuse: 3, reject: 3, threaten: 1, member_of: 3, part_of: 1 });
    expect(parsed.topByDegree).toHaveLength(10);
  });

  it('usage errors exit 2', async () => {
    expect((await runCommand(stats, [])).code).toBe(2);
    expect((await runCommand(stats, [SMALL_GRAPH_PATH, '--top', '-1'])).code).toBe(2);
  });
});
