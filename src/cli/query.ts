/** `demarche query <graph> '<pattern>'`: the relations a pattern matches, as a table, JSON or CSV. */
import { matchPattern, type PatternMatch } from '../query/pattern.js';
import type { Command } from './command.js';
import { CliError } from './command.js';
import { formatCsv, formatTable, guard, intOption, parseCommandArgs, printUsage, readGraphArgument, shorten } from './query-support.js';

const USAGE = `Usage: demarche query <graph.json|graph.gexf|-> '<pattern>' [options]

Prints the relations matching a pattern, oldest first.

Patterns:
  (Russia)-[demand]->(?)                        what Russia demanded, of whom
  (person)-[statement|accuse]->(United States)  kinds of actors, several relation kinds
  (?a {kind: country})-[reject]->(Russia)       properties narrow an actor
  (Blinken)-[consult]-(?)                       either direction; --> <-- -- for any kind
  (Peskov)-[statement {from: 2022-01, quote: "letter"}]->(?)
  (?x)-[accuse]->(?y)-[accuse]->(?x)            chains; a variable binds one actor
Actor properties: kind, country, name. Relation properties: from, to, date, doc, quote, text, alleged.

Options:
  --json         the matches as JSON (nodes, bindings, relations with evidence)
  --csv          one CSV row per relation
  --limit N      at most N matches
  --width N      evidence column width in the table (default 60)
  -h, --help     this text

Exit codes: 0 ok (also when nothing matches), 1 unreadable graph, 2 bad pattern or unknown actor.
`;

export const command: Command = {
  name: 'query',
  summary: 'list the relations matching a pattern such as (Russia)-[demand]->(?)',
  usage: USAGE,
  run: (args, io) => guard(io, async () => {
    const { values, positionals } = parseCommandArgs('query', args, {
      json: { type: 'boolean' }, csv: { type: 'boolean' }, limit: { type: 'string' }, width: { type: 'string' },
    });
    if (values.help) return printUsage(io, USAGE);
    if (positionals.length !== 2) throw new CliError(`demarche query: expected a graph file and a pattern, got ${positionals.length} argument(s). See demarche query --help`);
    if (values.json && values.csv) throw new CliError('demarche query: --json and --csv exclude each other');
    const limit = values.limit === undefined ? undefined : intOption('query', 'limit', values.limit, 0);
    const width = intOption('query', 'width', values.width, 60);
    const graph = await readGraphArgument('query', positionals[0], io);
    const matches = matchPattern(graph, positionals[1], { limit });
    if (values.json) io.stdout(JSON.stringify(matches, null, 2) + '\n');
    else if (values.csv) io.stdout(matchesCsv(matches));
    else if (!matches.length) io.stderr('no match\n');
    else io.stdout(matchesTable(matches, width));
    return 0;
  }),
};

const multiHop = (matches: readonly PatternMatch[]): boolean => matches.some((m) => m.relations.length > 1);

export function matchesTable(matches: readonly PatternMatch[], width = 60): string {
  const numbered = multiHop(matches);
  const rows: string[][] = [];
  matches.forEach((match, i) => {
    for (const r of match.relations) {
      const cells = [r.sourceLabel, r.alleged ? `${r.kind} (alleged)` : r.kind, r.targetLabel, r.date ?? '', shorten(r.evidence, width)];
      rows.push(numbered ? [String(i + 1), ...cells] : cells);
    }
  });
  const headers = ['source', 'kind', 'target', 'date', 'evidence'];
  return formatTable(numbered ? ['#', ...headers] : headers, rows);
}

export function matchesCsv(matches: readonly PatternMatch[]): string {
  const headers = ['match', 'source', 'source_key', 'kind', 'target', 'target_key', 'date', 'cameo', 'alleged', 'doc', 'url', 'sentence', 'quote', 'evidence', 'edge'];
  const rows = matches.flatMap((m, i) => m.relations.map((r) => [
    i + 1, r.sourceLabel, r.source, r.kind, r.targetLabel, r.target, r.date, r.cameo, r.alleged ? 'true' : undefined,
    r.doc, r.url, r.sentence, r.quote, r.evidence, r.edge,
  ]));
  return formatCsv(headers, rows);
}
