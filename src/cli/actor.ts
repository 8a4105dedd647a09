/** `demarche actor <graph> <name>`: the profile of every actor the name designates. */
import type { ActorKind } from '../doc.js';
import { ACTOR_KINDS, findActors } from '../query/find.js';
import { UnknownActorError } from '../query/errors.js';
import { actorProfile, type ActorProfile } from '../query/summaries.js';
import type { Command } from './command.js';
import { CliError } from './command.js';
import { guard, parseCommandArgs, printUsage, readGraphArgument } from './query-support.js';

const USAGE = `Usage: demarche actor <graph.json|graph.gexf|-> <name> [options]

Prints an actor's profile: names, titles, country, affiliations, counterparts
per relation kind, first and last dates. The name may be a label, an alias or a
node key, in any case, with or without accents ("moscow", "Lavrov",
"country:rus"). A name several actors share prints each profile.

Options:
  --kind K       only actors of this kind (person, institution, country)
  --json         the profiles as JSON
  -h, --help     this text

Exit codes: 0 ok, 1 unreadable graph, 2 unknown actor.
`;

export const command: Command = {
  name: 'actor',
  summary: "print an actor's profile: affiliations, counterparts, dates",
  usage: USAGE,
  run: (args, io) => guard(io, async () => {
    const { values, positionals } = parseCommandArgs('actor', args, { json: { type: 'boolean' }, kind: { type: 'string' } });
    if (values.help) return printUsage(io, USAGE);
    if (positionals.length < 2) throw new CliError('demarche actor: expected a graph file and a name. See demarche actor --help');
    const kind = values.kind as string | undefined;
    if (kind !== undefined && !(ACTOR_KINDS as readonly string[]).includes(kind)) {
      throw new CliError(`demarche actor: unknown kind '${kind}'. Expecting one of ${ACTOR_KINDS.join(', ')}`);
    }
    const graph = await readGraphArgument('actor', positionals[0], io);
    const name = positionals.slice(1).join(' ');
    const found = findActors(graph, name, { kind: kind as ActorKind | undefined });
    if (!found.length) {
      const partial = findActors(graph, name, { kind: kind as ActorKind | undefined, partial: true });
      throw new UnknownActorError(name, partial.slice(0, 3).map((m) => m.label));
    }
    const profiles = found.map((m) => actorProfile(graph, m.key));
    io.stdout(values.json ? JSON.stringify(profiles, null, 2) + '\n' : profiles.map(formatProfile).join('\n'));
    return 0;
  }),
};

export function formatProfile(p: ActorProfile): string {
  const lines = [`${p.label} (${p.key}), ${p.kind}`];
  const field = (name: string, value: string): void => { if (value) lines.push(`  ${name.padEnd(12)}${value}`); };
  field('aliases', p.aliases.join(', '));
  field('titles', p.titles.join(', '));
  field('country', p.country ? `${p.country.label} (${p.country.key})` : '');
  field('mentions', `${p.mentions} in ${p.docs.length} document${p.docs.length === 1 ? '' : 's'}`);
  field('active', p.firstDate ? `${p.firstDate} to ${p.lastDate}` : '');
  const links = (list: ActorProfile['affiliations']): string => list.map((l) => `${l.label} (${l.kind})`).join(', ');
  field('belongs to', links(p.affiliations));
  field('members', links(p.members));
  if (p.counterparts.length) {
    lines.push('  counterparts');
    for (const c of p.counterparts) {
      const arrow = c.direction === 'out' ? `-[${c.kind}]->` : `<-[${c.kind}]-`;
      lines.push(`    ${String(c.count).padStart(3)}  ${arrow} ${c.label}`);
    }
  }
  return lines.join('\n') + '\n';
}
