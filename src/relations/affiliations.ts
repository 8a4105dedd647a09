/**
 * Affiliations: `member_of` (person → country or institution) from titles,
 * possessives and appositions the mention finder attached; `part_of`
 * (institution → country) where the text ties them ("Russia's Foreign
 * Ministry") or the lexicon knows it and the country is in the article.
 * Patterns whose owner is only known once resolved are read here, over the
 * resolved mentions: appositions ("Pablo Beltran, the ELN's chief
 * negotiator", "Esmaeil Baghaei, a spokesperson for the Foreign Ministry of
 * Iran"), "Nigeria, whose president, Bola Tinubu", "Burhan, who heads the
 * Sovereign Council" and "an ECOWAS delegation led by Abdulsalami Abubakar".
 */
import type { Doc, Mention, Relation } from '../doc.js';
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
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of doc.mentions) {
    if (m.actor && !byStart.has(m.start)) byStart.set(m.start, m);
    if (m.actor) byEnd.set(m.end, m);
  }
  for (const m of doc.mentions) {
    if (!m.actor) continue;
    const actor = actors.get(m.actor);
    if (!actor) continue;
    // Any mention of a person counts, "Iran's top diplomat" resolved to one as much as a title before a name.
    if (actor.kind === 'person') {
      const institution = m.institution ? actors.get(m.institution) : undefined;
      if (institution) emit(actor.id, institution.id, 'member_of', m.sentence);
      if (m.country) emit(actor.id, m.country, 'member_of', m.sentence);
      for (const owner of [appositionOwner(doc, lex, m, byStart), whoseOwner(doc, lex, m, byEnd), ledBody(doc, m, byStart), leaderOf(doc, m, byEnd)]) {
        if (owner && actors.get(owner)?.kind !== 'person') emit(actor.id, owner, 'member_of', m.sentence);
      }
    } else if (actor.kind === 'institution') {
      const country = m.country ?? lex.institutions.get(actor.id)?.partOf;
      if (country) emit(actor.id, country, 'part_of', m.sentence);
    }
  }
  return out;
}

const ARTICLES = new Set(['a', 'an', 'the']);

// Verbs by which a person leads a body: "who heads Sudan's Sovereign Council", "chairs ECOWAS".
const LEADS = new Set(['leads', 'led', 'heads', 'headed', 'chairs', 'chaired', 'runs', 'ran']);
const OBJECT_ENDS = new Set(['with', 'against', 'in', 'on', 'at', 'to', 'for', 'from', 'of', 'by', 'over', 'and', 'that', 'who', 'which']);

/** "Burhan, who heads Sudan's ruling Sovereign Council", "Tinubu, chairs ECOWAS": the body a person leads. */
function ledBody(doc: Doc, person: Mention, byStart: ReadonlyMap<number, Mention>): string | undefined {
  const tokens = doc.tokens;
  let k = person.end;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower === 'who') k++;
  if (!LEADS.has(tokens[k]?.lower ?? '')) return undefined;
  // The body, as the verb's object, within a few words: "the anti-immigrant Stram Kurs party", "Sudan's ruling
  // Sovereign Council". A preposition ends the object: "who led the talks with China" leads no China.
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    if (tokens[j].text === ',' || tokens[j].text === '.' || tokens[j].text === ';' || OBJECT_ENDS.has(tokens[j].lower)) return undefined;
    const body = byStart.get(j);
    // A country before "'s" owns the body that follows ("Sudan's ruling Sovereign Council").
    if (body && body.kind !== 'person' && !/^['\u2019]s?$/.test(tokens[body.end]?.text ?? '')) return body.actor;
  }
  return undefined;
}

// Groups a person may lead for a country or a body: "an ECOWAS delegation led by …".
const LED_GROUPS = new Set(['delegation', 'delegations', 'team', 'mission', 'panel', 'coalition', 'force', 'forces', 'negotiators']);

/** "an ECOWAS delegation led by former Nigerian leader Abdulsalami Abubakar", "The Iranian delegation, led by …". */
function leaderOf(doc: Doc, person: Mention, byEnd: ReadonlyMap<number, Mention>): string | undefined {
  const tokens = doc.tokens;
  // "led by", then the person's titles: a few words at most.
  for (let b = person.start - 1; b >= 1 && b >= person.start - 5; b--) {
    if (tokens[b].lower !== 'by') continue;
    if (tokens[b - 1].lower !== 'led') return undefined;
    let g = b - 2;
    if (tokens[g]?.text === ',') g--;
    if (!LED_GROUPS.has(tokens[g]?.lower ?? '')) return undefined;
    const owner = byEnd.get(g);
    return owner && owner.kind !== 'person' ? owner.actor : undefined;
  }
  return undefined;
}

/** "Nigeria, whose president, Bola Tinubu, …": the actor before "whose <title>," is the person's. */
function whoseOwner(doc: Doc, lex: Lexicons, person: Mention, byEnd: ReadonlyMap<number, Mention>): string | undefined {
  const tokens = doc.tokens;
  if (tokens[person.start - 1]?.text !== ',') return undefined;
  // The title between "whose" and the comma: a few words at most.
  for (let w = person.start - 2; w >= 0 && w >= person.start - 6; w--) {
    if (tokens[w].lower !== 'whose') continue;
    const title = lex.titles.longest(tokens, w + 1, person.start - 1);
    if (!title || title.end !== person.start - 1 || tokens[w - 1]?.text !== ',') return undefined;
    const owner = byEnd.get(w - 1);
    return owner && owner.kind !== 'person' ? owner.actor : undefined;
  }
  return undefined;
}

/**
 * The actor an apposition after a person names as theirs: "X, the ELN's chief
 * negotiator," (the owner before the title) or "X, a spokesperson for the
 * Foreign Ministry of Iran," (the actor after the title's "for" or "of").
 */
function appositionOwner(doc: Doc, lex: Lexicons, person: Mention, byStart: ReadonlyMap<number, Mention>): string | undefined {
  const tokens = doc.tokens;
  if (tokens[person.end]?.text !== ',') return undefined;
  let j = person.end + 1;
  if (ARTICLES.has(tokens[j]?.lower ?? '')) j++;
  const owner = byStart.get(j);
  if (owner && owner.kind !== 'person' && /^['\u2019]s?$/.test(tokens[owner.end]?.text ?? '')) {
    return lex.titles.longest(tokens, owner.end + 1) ? owner.actor : undefined;
  }
  const title = lex.titles.longest(tokens, j);
  if (!title) return undefined;
  let k = title.end;
  if (tokens[k]?.lower !== 'for' && tokens[k]?.lower !== 'of') return undefined;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const body = byStart.get(k);
  return body && body.kind !== 'person' ? body.actor : undefined;
}
