/**
 * Affiliations: `member_of` (person → country or institution) from titles,
 * possessives and appositions the mention finder attached; `part_of`
 * (institution → country) where the text ties them ("Russia's Foreign
 * Ministry") or the lexicon knows it and the country is in the article.
 */
import type { Doc, Relation } from '../doc.js';
import type { Lexicons } from '../lexicons/load.js';
import { evidenceOf, makeRelation } from './evidence.js';
import { byId } from '../arrays.js';

export function affiliations(doc: Doc, lex: Lexicons): Relation[] {
  const actors = byId(doc.actors);
  const out: Relation[] = [];
  const seen = new Set<string>();
  const emit = (source: string, target: string, kind: 'member_of' | 'part_of', si: number) => {
    if (source === target || !actors.has(source) || !actors.has(target)) return;
    const key = `${source}|${target}|${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(makeRelation(source, target, kind, evidenceOf(doc, si)));
  };
  for (const m of doc.mentions) {
    if (!m.actor) continue;
    const actor = actors.get(m.actor);
    if (!actor) continue;
    // Any mention of a person counts, "Iran's top diplomat" resolved to one as much as a title before a name.
    if (actor.kind === 'person') {
      const institution = m.institution ? actors.get(m.institution) : undefined;
      if (institution) emit(actor.id, institution.id, 'member_of', m.sentence);
      if (m.country) emit(actor.id, m.country, 'member_of', m.sentence);
    } else if (actor.kind === 'institution') {
      const country = m.country ?? lex.institutions.get(actor.id)?.partOf;
      if (country) emit(actor.id, country, 'part_of', m.sentence);
    }
  }
  return out;
}
