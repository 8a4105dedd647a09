/** The demarche command line: one subcommand per file, listed here. */
import { CliError, type CliIO, type Command } from './command.js';
import { DemarcheError } from '../errors.js';
import { readStdin } from '../node/inputs.js';
import { command as build } from './build.js';
import { command as query } from './query.js';
import { command as actor } from './actor.js';
import { command as path } from './path.js';
import { command as stats } from './stats.js';
import { command as exportCommand } from './export.js';
import { command as view } from './view.js';

export const COMMANDS: Command[] = [
  build,
  query,
  actor,
  path,
  stats,
  exportCommand,
  view,
];

const VERSION = '0.1.0';

function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: demarche <command> [options]',
    '',
    'Reads diplomatic news and builds a knowledge graph of who said, demanded,',
    'rejected or threatened what of whom.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run demarche <command> --help for its options.',
  ].join('\n');
}

export function defaultIO(): CliIO {
  return {
    stdout: (t) => { process.stdout.write(t); },
    stderr: (t) => { process.stderr.write(t); },
    readStdin,
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** Runs the CLI and returns its exit code; errors become one line on standard error. */
export async function runCli(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainUsage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') { io.stdout(`${VERSION}\n`); return 0; }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`demarche: unknown command "${name}". Expecting one of: ${COMMANDS.map((c) => c.name).join(', ')} (demarche --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) { io.stdout(command.usage + '\n'); return 0; }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const error = e as Error & { code?: string };
    if (e instanceof CliError) { io.stderr(error.message + '\n'); return e.exitCode; }
    if (e instanceof DemarcheError) { io.stderr(error.message + '\n'); return 2; }
    // parseArgs reports unknown options and missing values with these codes.
    if (typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`demarche ${name}: ${error.message.split('\n')[0]} (demarche ${name} --help)\n`);
      return 2;
    }
    io.stderr(`demarche ${name}: unexpected error: ${error.message?.split('\n')[0] ?? String(e)}\n`);
    return 1;
  }
}
