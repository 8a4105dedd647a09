/** `demarche export <graph> -o events.csv --format events`: writes a graph in another format. */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { once } from 'node:events';
import { eventsCsvChunks } from '../export/events-csv.js';
import { gexfChunks } from '../export/gexf.js';
import { jsonChunks } from '../export/json.js';
import type { DemarcheGraph } from '../graph/types.js';
import type { CliIO, Command } from './command.js';
import { CliError } from './command.js';
import { guard, parseCommandArgs, printUsage, readGraphArgument } from './query-support.js';

const USAGE = `Usage: demarche export <graph.json|graph.gexf|-> [-o FILE] [--format events|json|gexf]

Writes the graph in another format, to FILE or standard output.

Formats:
  events   one CSV row per interaction in the column layout of GDELT 2.0's event
           table (SQLDATE, Actor1Name, Actor1CountryCode, Actor2…, EventRootCode,
           QuadClass, SOURCEURL…), plus DemarcheEdge, DemarcheKind,
           DemarcheEvidence and DemarcheQuote columns
  json     graphology JSON
  gexf     GEXF 1.3 (Gephi)
The format defaults from the output extension (.csv → events, .json, .gexf), else events.

Options:
  -o, --output FILE   where to write (default: standard output)
  --format F          events, json or gexf
  --no-alleged        events: leave out acts the source only alleges
  -h, --help          this text
`;

const FORMATS = ['events', 'json', 'gexf'] as const;
type Format = (typeof FORMATS)[number];

function chunks(graph: DemarcheGraph, format: Format, alleged: boolean): Iterable<string> {
  if (format === 'events') return eventsCsvChunks(graph, { alleged });
  if (format === 'gexf') return gexfChunks(graph);
  return jsonChunks(graph);
}

async function writeOut(io: CliIO, output: string | undefined, parts: Iterable<string>): Promise<void> {
  if (output === undefined || output === '-') {
    for (const part of parts) io.stdout(part);
    return;
  }
  const path = resolve(io.cwd, output);
  const stream = createWriteStream(path);
  try {
    // once() rejects on the stream's 'error' event, so a failed open or write lands in the catch.
    await once(stream, 'open');
    for (const part of parts) if (!stream.write(part)) await once(stream, 'drain');
    stream.end();
    await once(stream, 'finish');
  } catch (error) {
    stream.destroy();
    throw new CliError(`demarche export: cannot write ${output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 1);
  }
}

export const command: Command = {
  name: 'export',
  summary: 'write a graph as GDELT-like events CSV, JSON or GEXF',
  usage: USAGE,
  run: (args, io) => guard(io, async () => {
    const { values, positionals } = parseCommandArgs('export', args, {
      output: { type: 'string', short: 'o' }, format: { type: 'string' }, 'no-alleged': { type: 'boolean' },
    });
    if (values.help) return printUsage(io, USAGE);
    if (positionals.length !== 1) throw new CliError(`demarche export: expected one graph file, got ${positionals.length}. See demarche export --help`);
    const output = values.output as string | undefined;
    let format = values.format as string | undefined;
    if (format === undefined) format = output?.endsWith('.json') ? 'json' : output?.endsWith('.gexf') ? 'gexf' : 'events';
    if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`demarche export: unknown format '${format}'. Expecting ${FORMATS.join(', ')}`);
    const graph = await readGraphArgument('export', positionals[0], io);
    await writeOut(io, output, chunks(graph, format as Format, !values['no-alleged']));
    return 0;
  }),
};
