import { describe, expect, it } from 'vitest';
import { command as actor } from '../../src/cli/actor.js';
import { actorProfile } from '../../src/query/index.js';
import { smallGraph, SMALL_GRAPH_PATH } from '../query/helpers.js';
import { runCommand } from './run-command.js';

describe('demarche actor', () => {
  it('prints a profile', async () => {
    expect(await runCommand(actor, [SMALL_GRAPH_PATH, 'lavrov'])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Sergei Lavrov (person:sergei-lavrov), person',
        '  aliases     Lavrov',
        '  titles      Foreign Minister',
        '  country     Russia (country:rus)',
        '  mentions    3 in 1 document',
        '  active      2022-02-01 to 2022-02-01',
        '  belongs to  Russia (member_of)',
        '  counterparts',
        '      1  <-[consult]- Antony Blinken',
        '',
      ].join('\n'),
    });
  });

  it('joins a name given in several words, and lists counterparts most first', async () => {
    const result = await runCommand(actor, [SMALL_GRAPH_PATH, 'russian', 'federation']);
    expect(result.stdout.split('\n').slice(0, 1)).toEqual(['Russia (country:rus), country']);
    expect(result.stdout).toContain('  members     Kremlin (part_of), Sergei Lavrov (member_of)\n  counterparts\n      2  -[demand]-> United States\n      2  <-[reject]- United States\n');
  });

  it('prints every candidate of an ambiguous name, a blank line apart', async () => {
    const result = await runCommand(actor, [SMALL_GRAPH_PATH, 'Smith']);
    expect(result.stdout).toBe([
      'Jane Smith (person:jane-smith), person',
      '  country     United States (country:usa)',
      '  mentions    2 in 0 documents',
      '',
      'John Smith (person:john-smith), person',
      '  country     United States (country:usa)',
      '  mentions    2 in 0 documents',
      '',
    ].join('\n'));
  });

  it('--json and --kind', async () => {
    const result = await runCommand(actor, [SMALL_GRAPH_PATH, 'Kremlin', '--json']);
    expect(JSON.parse(result.stdout)).toEqual([JSON.parse(JSON.stringify(actorProfile(smallGraph(), 'institution:kremlin')))]);
    expect((await runCommand(actor, [SMALL_GRAPH_PATH, 'Kremlin', '--kind', 'person'])).code).toBe(2);
    expect((await runCommand(actor, [SMALL_GRAPH_PATH, 'Kremlin', '--kind', 'planet'])).stderr).toBe("demarche actor: unknown kind 'planet'. Expecting one of person, institution, country\n");
  });

  it('an unknown actor: one line on stderr, exit 2', async () => {
    expect(await runCommand(actor, [SMALL_GRAPH_PATH, 'Lavro'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "demarche/query/unknown-actor: no actor named 'Lavro' in the graph (did you mean 'Sergei Lavrov'?). Expecting a label, alias or node key such as 'country:rus'\n",
    });
    expect((await runCommand(actor, [SMALL_GRAPH_PATH])).code).toBe(2);
  });
});
