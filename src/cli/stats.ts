/** `demarche stats <graph>`: counts, top actors, top pairs, communities. */
import type { ActorKind, RelationKind } from '../doc.js';
import type { DemarcheGraph } from '../graph/types.js';
import { RELATION_KINDS } from '../query/relations.js';
import { communities, degreeRanking, pagerankRanking, type CommunityResult, type DegreeRank, type PagerankRank } from '../query/structure.js';
import { topPairs, type PairCount } from '../query/summaries.js';
import type { Command } from './command.js';
import { CliError } from './command.js';
import { formatTable, guard, intOption, parseCommandArgs, printUsage, readGraphArgument } from './query-support.js';

const USAGE = `Usage: demarche stats <graph.json|graph.gexf|-> [options]

Prints counts (documents, actors per kind, relations per kind), the top actors
by degree and PageRank, the strongest pairs per relation kind and the Louvain
communities (seeded, so runs repeat).

Options:
  --top N        rows per ranking (default 10)
  --json         everything as JSON
  -h, --help     this text
`;

export interface GraphStats {
  documents: number;
  actors: number;
  actorsByKind: Record<ActorKind, number>;
  relations: number;
  relationsByKind: Partial<Record<RelationKind, number>>;
  topByDegree: DegreeRank[];
  topByPagerank: PagerankRank[];
  topPairs: PairCount[];
  communities: CommunityResult;
}

export function graphStats(graph: DemarcheGraph, top = 10): GraphStats {
  const actorsByKind: Record<ActorKind, number> = { person: 0, institution: 0, country: 0 };
  graph.forEachNode((_key, attrs) => { actorsByKind[attrs.kind] += 1; });
  const relationsByKind: Partial<Record<RelationKind, number>> = {};
  graph.forEachEdge((_edge, attrs) => { relationsByKind[attrs.kind] = (relationsByKind[attrs.kind] ?? 0) + 1; });
  const ordered: Partial<Record<RelationKind, number>> = {};
  for (const kind of RELATION_KINDS) if (relationsByKind[kind]) ordered[kind] = relationsByKind[kind];
  return {
    documents: (graph.getAttribute('documents') ?? []).length,
    actors: graph.order,
    actorsByKind,
    relations: graph.size,
    relationsByKind: ordered,
    topByDegree: degreeRanking(graph, { limit: top }),
    topByPagerank: pagerankRanking(graph, { limit: top }),
    topPairs: topPairs(graph, { limit: top }),
    communities: communities(graph),
  };
}

export const command: Command = {
  name: 'stats',
  summary: 'counts, top actors, top pairs and communities of a graph',
  usage: USAGE,
  run: (args, io) => guard(io, async () => {
    const { values, positionals } = parseCommandArgs('stats', args, { top: { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) return printUsage(io, USAGE);
    if (positionals.length !== 1) throw new CliError(`demarche stats: expected one graph file, got ${positionals.length}. See demarche stats --help`);
    const top = intOption('stats', 'top', values.top, 10);
    const stats = graphStats(await readGraphArgument('stats', positionals[0], io), top);
    io.stdout(values.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats, top));
    return 0;
  }),
};

export function formatStats(stats: GraphStats, top = 10): string {
  const out: string[] = [];
  const kinds = (counts: Partial<Record<string, number>>): string => Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');
  out.push(`documents  ${stats.documents}`);
  out.push(`actors     ${stats.actors} (${kinds(stats.actorsByKind)})`);
  out.push(`relations  ${stats.relations}${stats.relations ? ` (${kinds(stats.relationsByKind)})` : ''}`);
  out.push('', 'Top actors by degree');
  out.push(formatTable(['actor', 'kind', 'degree', 'in', 'out'], stats.topByDegree.map((r) => [r.label, r.kind, String(r.degree), String(r.inDegree), String(r.outDegree)])));
  out.push('Top actors by PageRank');
  out.push(formatTable(['actor', 'kind', 'pagerank'], stats.topByPagerank.map((r) => [r.label, r.kind, r.score.toFixed(4)])));
  out.push('Top pairs');
  out.push(formatTable(['source', 'kind', 'target', 'count', 'first', 'last'], stats.topPairs.map((p) => [p.sourceLabel, p.kind, p.targetLabel, String(p.count), p.firstDate ?? '', p.lastDate ?? ''])));
  const c = stats.communities;
  out.push(`Communities  ${c.count} (modularity ${c.modularity.toFixed(3)})`);
  for (const community of c.communities.slice(0, top)) {
    const names = community.members.map((m) => m.label);
    out.push(`  ${String(community.id).padStart(3)}  ${names.length} actor${names.length === 1 ? '' : 's'}: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}`);
  }
  return out.join('\n') + '\n';
}
