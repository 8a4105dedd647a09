/** `demarche path <graph> <a> <b>`: how two actors are connected. */
import type { RelationKind } from '../doc.js';
import { allPaths, shortestPath, type ActorPath } from '../query/paths.js';
import { RELATION_KINDS } from '../query/relations.js';
import type { Command } from './command.js';
import { CliError } from './command.js';
import { guard, intOption, parseCommandArgs, printUsage, readGraphArgument, shorten } from './query-support.js';

const USAGE = `Usage: demarche path <graph.json|graph.gexf|-> <actor a> <actor b> [options]

Prints the shortest path between two actors (edge direction ignored unless
--directed), with the evidence of every hop. Quote names with spaces.

Options:
  --max N        every simple path of up to N hops instead of the shortest one
  --kinds K,K    only walk relations of these kinds (e.g. demand,reject,member_of)
  --directed     follow relations from actor to target only
  --evidence     also print each hop's sentences
  --json         the path(s) as JSON
  -h, --help     this text

Exit codes: 0 ok (also when no path exists), 1 unreadable graph, 2 unknown or ambiguous actor.
`;

export const command: Command = {
  name: 'path',
  summary: 'show how two actors are connected (shortest or all paths)',
  usage: USAGE,
  run: (args, io) => guard(io, async () => {
    const { values, positionals } = parseCommandArgs('path', args, {
      max: { type: 'string' }, kinds: { type: 'string' }, directed: { type: 'boolean' }, json: { type: 'boolean' }, evidence: { type: 'boolean' },
    });
    if (values.help) return printUsage(io, USAGE);
    if (positionals.length !== 3) throw new CliError(`demarche path: expected a graph file and two actors, got ${positionals.length} argument(s). See demarche path --help`);
    let kinds: RelationKind[] | undefined;
    if (typeof values.kinds === 'string') {
      kinds = values.kinds.split(',').map((k) => k.trim()).filter(Boolean) as RelationKind[];
      const bad = kinds.find((k) => !RELATION_KINDS.includes(k));
      if (bad) throw new CliError(`demarche path: unknown relation kind '${bad}'. Expecting one of ${RELATION_KINDS.join(', ')}`);
    }
    const directed = Boolean(values.directed);
    const graph = await readGraphArgument('path', positionals[0], io);
    const [, a, b] = positionals;
    const paths = values.max === undefined
      ? [shortestPath(graph, a, b, { kinds, directed })].filter((p): p is ActorPath => p !== null)
      : allPaths(graph, a, b, { kinds, directed, maxLength: intOption('path', 'max', values.max, 3) });
    if (values.json) {
      io.stdout(JSON.stringify(values.max === undefined ? paths[0] ?? null : paths, null, 2) + '\n');
      return 0;
    }
    if (!paths.length) {
      io.stdout(`no path between ${a} and ${b}${values.max === undefined ? '' : ` of up to ${String(values.max)} hops`}\n`);
      return 0;
    }
    io.stdout(paths.map((p) => formatPath(p, Boolean(values.evidence))).join(''));
    return 0;
  }),
};

/** One line per path: `A -[consult]-> B <-[reject]- C`; hop evidence below when asked. */
export function formatPath(path: ActorPath, evidence = false): string {
  let line = path.labels[0];
  for (const hop of path.hops) {
    const forward = new Map<string, number>();
    const backward = new Map<string, number>();
    for (const r of hop.relations) {
      const side = r.source === hop.from ? forward : backward;
      side.set(r.kind, (side.get(r.kind) ?? 0) + 1);
    }
    const kinds = (m: Map<string, number>): string => [...m].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join('|');
    const arrows = [forward.size ? `-[${kinds(forward)}]->` : '', backward.size ? `<-[${kinds(backward)}]-` : ''].filter(Boolean).join(' ');
    line += ` ${arrows} ${hop.toLabel}`;
  }
  const lines = [`${line}  (${path.length} hop${path.length === 1 ? '' : 's'})`];
  if (evidence) {
    for (const hop of path.hops) {
      for (const r of hop.relations) {
        lines.push(`    ${r.date ?? 'undated'}  ${r.sourceLabel} ${r.kind} ${r.targetLabel}: ${shorten(r.evidence, 90)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
