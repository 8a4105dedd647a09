/**
 * resolve: within one article, merge every mention of one actor into one
 * Actor. Countries and lexicon institutions merge by their key; persons by
 * name ("Putin" joins "Vladimir Putin", "Kim" joins "Kim Jong Un", "Bagheri
 * Kani" joins "Ali Bagheri Kani"); a bare "the Embassy" joins the one embassy
 * named before; descriptions ("the Russian president", "Iran's top diplomat")
 * join the person whose title and country agree, the nearest one before.
 */
import type { Actor, Doc, Mention } from '../doc.js';
import type { Lexicons } from '../lexicons/load.js';
import { mapPacked } from '../arrays.js';
import { nameWords, normalizeName, personKey, slug } from './normalize.js';

export { normalizeName, slug, personKey, canonicalNameWords } from './normalize.js';

interface Draft {
  actor: Actor;
  /** Indices (in text order) of the mentions resolved to this actor. */
  positions: number[];
  /** Normalised name tokens of persons' full names. */
  nameTokens: Array<readonly string[]>;
  roles: Set<string>;
  head: boolean;
}

const titleCore = (title: string, lex: Lexicons) =>
  title.toLowerCase().split(/\s+/).filter((w) => !lex.titleModifiers.has(w)).join(' ');

// A title's office is looked up once per lexicon, not once per mention.
const titleCache = new WeakMap<Lexicons, Map<string, { core: string; role?: string; head: boolean }>>();
function titleRecordOf(title: string, lex: Lexicons): { core: string; role?: string; head: boolean } {
  let cache = titleCache.get(lex);
  if (!cache) { cache = new Map(); titleCache.set(lex, cache); }
  let info = cache.get(title);
  if (!info) {
    const core = titleCore(title, lex);
    const words = (text: string) => text.toLowerCase().split(/\s+/).map((w) => ({ start: 0, end: 0, text: w, lower: w }));
    // "top diplomat" is an office of its own; "deputy foreign minister" is a foreign minister's office.
    const whole = lex.titles.longest(words(title), 0);
    const record = (whole && whole.end === words(title).length ? whole : lex.titles.longest(words(core), 0))?.values[0];
    info = { core, role: record?.role, head: Boolean(record?.head) };
    cache.set(title, info);
  }
  return info;
}

// A country's names in lower case, for "the kingdom" and "the republic": made once per lexicon and country.
const lowerNameCache = new WeakMap<Lexicons, Map<string, readonly string[]>>();
function lowerNames(lex: Lexicons, country: string): readonly string[] {
  let cache = lowerNameCache.get(lex);
  if (!cache) { cache = new Map(); lowerNameCache.set(lex, cache); }
  let names = cache.get(country);
  if (!names) { names = (lex.countries.get(country)?.names ?? []).map((n) => n.toLowerCase()); cache.set(country, names); }
  return names;
}

export function resolve(doc: Doc, lex: Lexicons): Doc {
  const drafts = new Map<string, Draft>();
  const mentions = mapPacked(doc.mentions, (m) => ({ ...m }));
  const order = mapPacked(mentions, (_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
  // Position of each mention in text order, for "the nearest one before".
  // rank[i]: the place of mention i in text order (an array: every mention has one).
  const rank: number[] = new Array(mentions.length);
  order.forEach((mi, r) => { rank[mi] = r; });
  const nearestBefore = (pool: Draft[], mi: number): Draft => {
    const r = rank[mi] ?? 0;
    let best: Draft | undefined;
    let bestPos = -1;
    for (const d of pool) for (const pos of d.positions) if (pos < r && pos > bestPos) { best = d; bestPos = pos; }
    if (best) return best;
    // None before: the first one after.
    let first = pool[0];
    let firstPos = Infinity;
    for (const d of pool) for (const pos of d.positions) if (pos < firstPos) { first = d; firstPos = pos; }
    return first;
  };

  const titleInfo = (titles: readonly string[] | undefined) => {
    const roles = new Set<string>();
    let head = false;
    for (const t of titles ?? []) {
      const info = titleRecordOf(t, lex);
      roles.add(info.core);
      if (info.role) roles.add(info.role);
      if (info.head) head = true;
    }
    return { roles, head };
  };

  const add = (id: string, kind: Actor['kind'], label: string, m: Mention, index: number): Draft => {
    let draft = drafts.get(id);
    if (!draft) {
      // Every actor has a country field, undefined until one is known: one object shape for the stages that read actors.
      draft = { actor: { id, kind, label, aliases: [], titles: [], country: undefined, mentions: 0 }, positions: [], nameTokens: [], roles: new Set(), head: false };
      drafts.set(id, draft);
    }
    const d = draft;
    d.actor.mentions++;
    d.positions.push(rank[index] ?? index);
    if (m.text && m.text !== d.actor.label && m.rule !== 'country:demonym' && m.rule !== 'owner:demonym') d.actor.aliases.push(m.text);
    for (const t of m.titles ?? []) if (!d.actor.titles.includes(t)) d.actor.titles.push(t);
    const info = titleInfo(m.titles);
    info.roles.forEach((r) => d.roles.add(r));
    d.head ||= info.head;
    if (m.country && !d.actor.country && kind !== 'country') d.actor.country = m.country;
    m.actor = id;
    return d;
  };

  // 1. Countries and keyed institutions.
  for (const i of order) {
    const m = mentions[i];
    if (m.kind === 'country' && m.entry) {
      add(m.entry, 'country', lex.countries.get(m.entry)?.label ?? m.text, m, i);
    } else if (m.kind === 'institution' && m.entry) {
      add(m.entry, 'institution', lex.institutions.get(m.entry)?.label ?? m.label ?? m.text, m, i);
    }
  }
  // Kinds of institution ("military", "group"), from the lexicon or the head that named them.
  const categories = new Map<string, string | undefined>();
  for (const m of mentions) if (m.kind === 'institution' && m.entry && !categories.has(m.entry)) categories.set(m.entry, lex.institutions.get(m.entry)?.category ?? m.category);
  // A keyed institution's country comes from the lexicon when the text does not give one.
  for (const d of drafts.values()) {
    const partOf = lex.institutions.get(d.actor.id)?.partOf;
    if (d.actor.kind === 'institution' && !d.actor.country && partOf) d.actor.country = partOf;
  }

  // 2. Persons with full names (two words or more), longest names first so short forms join them.
  const personIndices = order.filter((i) => mentions[i].kind === 'person');
  const tokensOf = (m: Mention) => nameWords(m.text);
  const full = personIndices.filter((i) => tokensOf(mentions[i]).length >= 2).sort((a, b) => tokensOf(mentions[b]).length - tokensOf(mentions[a]).length || a - b);
  const persons: Draft[] = [];
  for (const i of full) {
    const m = mentions[i];
    const words = tokensOf(m);
    // "Bagheri Kani" is part of "Ali Bagheri Kani", "Musaed al-Aiban" of "Musaed bin Mohammed al-Aiban": the same person.
    const existing = persons.find((p) => p.nameTokens.some((n) => isShortFormOf(words, n)));
    if (existing) { add(existing.actor.id, 'person', existing.actor.label, m, i); continue; }
    const d = add(personKey(m.text), 'person', m.text, m, i);
    d.nameTokens.push(words);
    persons.push(d);
  }
  // 3. Single names: the person whose name ends (or, for "Kim", "Xi", begins) with it, the most recent first.
  for (const i of personIndices) {
    const m = mentions[i];
    const words = tokensOf(m);
    if (words.length !== 1) continue;
    const w = words[0];
    const byLast = persons.filter((p) => p.nameTokens.some((n) => n[n.length - 1] === w));
    const byAny = byLast.length ? byLast : persons.filter((p) => p.nameTokens.some((n) => n.includes(w)));
    if (byAny.length) {
      const target = nearestBefore(byAny, i);
      add(target.actor.id, 'person', target.actor.label, m, i);
      continue;
    }
    // An unknown single name is kept only where the text marks it as a person: a title, or it speaks or acts.
    const titled = (m.titles?.length ?? 0) > 0;
    const sentenceEnd = doc.sentences[m.sentence].end;
    const cue = m.end < sentenceEnd ? lex.cues.longest(doc.tokens, m.end, sentenceEnd) : null;
    // At a sentence's start the capital may be the sentence's, not a name's: a word before a noun that an
    // auxiliary follows only qualifies that noun ("Visa restrictions were imposed"); "Erdogan offers to
    // mediate" and "Blinken visits Kyiv" still act.
    const qualifiesSubject = cue !== null && !cue.values.some((v) => v.pos === 'verb') && lex.words.auxiliaries.has(doc.tokens[cue.end]?.lower ?? '');
    if (titled || (cue !== null && (m.rule !== 'single-name:start' || (!qualifiesSubject && /^\p{Lu}\p{Ll}+$/u.test(m.text))))) {
      const d = add(personKey(m.text), 'person', m.text, m, i);
      d.nameTokens.push(words);
      persons.push(d);
    }
  }

  // 4. Institutions named by their head alone ("the Embassy", "Foreign Ministry").
  for (const i of order) {
    const m = mentions[i];
    if (m.kind !== 'institution' || m.entry) continue;
    const headLabel = normalizeName(m.label ?? m.text);
    const anaphor = m.rule.startsWith('anaphor:') ? m.rule.slice('anaphor:'.length) : undefined;
    const acronym = m.rule === 'acronym-ref';
    const kindsOf = (category: string | undefined) => (category === 'group' || category === 'military' ? ['group', 'military'] : [category]);
    const candidates = [...drafts.values()].filter((d) => d.actor.kind === 'institution' && (acronym
      ? d.actor.aliases.includes(m.text) || d.actor.label === m.text
      : normalizeName(d.actor.label).split(' ').includes(headLabel) ||
        normalizeName(d.actor.label).includes(headLabel) ||
        (anaphor !== undefined && kindsOf(anaphor).includes(categories.get(d.actor.id)))));
    // References ("the bloc", "the army", "the ELN") only join an actor already named.
    if ((anaphor !== undefined || acronym) && !candidates.length) continue;
    if (candidates.length) {
      const target = nearestBefore(candidates, i);
      add(target.actor.id, 'institution', target.actor.label, m, i);
    } else {
      add(`institution:${slug(m.label ?? m.text)}`, 'institution', m.label ?? m.text, m, i);
    }
  }

  // 5a. "the kingdom", "the country": the nearest country before, one whose official name says so where the word does.
  const countryDrafts = () => [...drafts.values()].filter((d) => d.actor.kind === 'country');
  for (const i of order) {
    const m = mentions[i];
    if (m.kind !== 'description' || !m.rule.startsWith('country-ref:')) continue;
    const word = m.rule.slice('country-ref:'.length);
    const all = countryDrafts();
    const named = all.filter((d) => lowerNames(lex, d.actor.id).some((n) => n.includes(word)));
    const pool = word === 'country' || word === 'nation' || !named.length ? all : named;
    if (!pool.length) continue;
    const r = rank[i] ?? 0;
    // Only a country already named: a reference never reaches forward.
    if (!pool.some((d) => d.positions.some((pos) => pos < r))) continue;
    // The topic of the last sentence that names one of them: its first such country ("Guyana asked Brazil … The country").
    const ids = new Set(mapPacked(pool, (d) => d.actor.id));
    // A demonym ("French officials") is an adjective, not the topic.
    const earlier = order.filter((j) => (rank[j] ?? 0) < r && mentions[j].kind === 'country' && !mentions[j].rule.endsWith(':demonym') && mentions[j].actor && ids.has(mentions[j].actor!));
    const lastSentence = earlier.length ? mentions[earlier[earlier.length - 1]].sentence : -1;
    const topic = earlier.find((j) => mentions[j].sentence === lastSentence);
    const target = topic !== undefined ? drafts.get(mentions[topic].actor!)! : nearestBefore(pool, i);
    m.actor = target.actor.id;
    target.actor.mentions++;
    target.positions.push(r);
  }

  // 5. Descriptions: the person with a matching title (and country), the nearest before.
  for (const i of order) {
    const m = mentions[i];
    if (m.kind !== 'description' || m.rule.startsWith('country-ref:')) continue;
    const info = titleInfo(m.titles);
    // Same office and no disagreeing country; a bare "leader"-type title needs the country to agree.
    const fits = (p: Draft) => {
      if (m.country && p.actor.country && p.actor.country !== m.country) return false;
      if ([...info.roles].some((r) => p.roles.has(r))) return true;
      // "his American guest", "his Saudi counterpart": any person of that country.
      if (info.roles.has('any')) return Boolean(m.country) && p.actor.country === m.country;
      return info.head && p.head && (!m.country || p.actor.country === m.country);
    };
    const candidates = persons.filter((p) => fits(p) && p.actor.mentions > 0);
    if (!candidates.length) continue;
    const target = nearestBefore(candidates, i);
    m.actor = target.actor.id;
    target.actor.mentions++;
    target.positions.push(rank[i] ?? i);
    if (m.country && !target.actor.country) target.actor.country = m.country;
  }

  // Aliases: unique, sorted, without the label; the label of a person is its longest name.
  const actors = mapPacked([...drafts.values()], ({ actor }) => ({
    ...actor,
    aliases: [...new Set(actor.aliases)].filter((a) => a !== actor.label).sort(),
    titles: [...actor.titles].sort(),
  }));
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...doc, mentions, actors };
}

/**
 * A short form keeps the full name's words in order and shares its last word
 * ("Bagheri Kani", "Musaed al-Aiban"), or is a prefix of it ("Ali Bagheri").
 */
export function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length > full.length) return false;
  const prefix = short.every((w, i) => full[i] === w);
  if (prefix) return true;
  if (short[short.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const w of full) if (w === short[j]) j++;
  return j === short.length;
}
