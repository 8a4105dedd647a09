/**
 * Compiles the lexicons once: country names from the world-countries package
 * plus what news calls them (data/countries-news.json), institutions, titles,
 * institution heads, interaction cues and word lists, each into a phrase trie.
 * No stage imports a data file; they all receive the compiled Lexicons.
 */
import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import countriesNews from './data/countries-news.json' with { type: 'json' };
import institutionsData from './data/institutions.json' with { type: 'json' };
import titlesData from './data/titles.json' with { type: 'json' };
import headsData from './data/institution-heads.json' with { type: 'json' };
import cuesData from './data/cues.json' with { type: 'json' };
import wordsData from './data/words.json' with { type: 'json' };
import contentCuesData from './data/content-cues.json' with { type: 'json' };
import { CAMEO_ROOT } from '../doc.js';
import type { InteractionKind } from '../doc.js';
import { DemarcheError } from '../errors.js';
import { phraseTokens } from '../segment/tokens.js';
import { PhraseTrie } from './trie.js';
import { indexFirstWords, type FirstWord } from './starts.js';
import type { CountryNewsData, CueRecord, HeadRecord, InstitutionRecord, LexiconExtension, TitleRecord, WordLists } from './schema.js';

export interface CountryEntry {
  key: string;
  iso3: string;
  label: string;
  names: string[];
  capitals: string[];
  demonyms: string[];
}

export interface InstitutionEntry {
  key: string;
  label: string;
  names: string[];
  placeNames: string[];
  category: string;
  /** Country node key. */
  partOf?: string;
}

/** What a proper-name phrase in the text can be (one object shape for both: see compileCue). */
export type NameHit =
  | { type: 'country'; key: string; form: 'name' | 'capital' | 'demonym' }
  | { type: 'institution'; key: string; form: undefined };

export interface CompiledCue extends CueRecord {
  preps: string[];
  speech: boolean;
  mutual: boolean;
  cameo: string;
  tokens: string[];
}

export type ContentKind = Extract<InteractionKind, 'threaten' | 'accuse' | 'demand' | 'intent' | 'cooperate'>;

export interface CompiledHead extends HeadRecord {
  label: string;
  country: boolean;
  place: boolean;
  anaphor: boolean;
}

export interface CompiledTitle extends TitleRecord {
  head: boolean;
}

/*
 * The compiled records below are built field by field, every field present, in one order, whatever
 * keys the JSON record (or a user's extension) has: the rules read them at every cue, head and title,
 * and records of one shape keep those reads monomorphic. Spread from the JSON, each combination of
 * optional keys was a shape of its own, and the reads in the relation stage went megamorphic.
 */
function compileCue(c: CueRecord, tokens: string[]): CompiledCue {
  return {
    pattern: c.pattern, forms: c.forms, relation: c.relation, pos: c.pos ?? 'verb', preps: c.preps ?? [],
    speech: c.speech === true, mutual: c.mutual === true, disabled: c.disabled, cameo: CAMEO_ROOT[c.relation], tokens,
  };
}

function compileHead(h: HeadRecord): CompiledHead {
  const label = h.label ?? h.head.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return { head: h.head, category: h.category, label, country: h.country === true, place: h.place === true, anaphor: h.anaphor === true };
}

function compileTitle(t: TitleRecord): CompiledTitle {
  return { title: t.title, head: t.head === true, role: t.role };
}

export interface Lexicons {
  countries: Map<string, CountryEntry>;
  institutions: Map<string, InstitutionEntry>;
  /** Case-sensitive: country names, capitals, demonyms, institution names. */
  names: PhraseTrie<NameHit>;
  /** Case-insensitive. */
  titles: PhraseTrie<CompiledTitle>;
  titleModifiers: Set<string>;
  heads: PhraseTrie<CompiledHead>;
  /** Words that end an organisation's proper name ("Forces", "Party"). */
  nameEndings: Set<string>;
  /** Nouns that name an earlier act ("the accusation", "the launch"), with the kinds of act they may name. */
  actNouns: Map<string, InteractionKind[]>;
  /** Capitals that are also given names ("Victoria"): before another capitalised word, a person's name. */
  givenNameCapitals: Set<string>;
  cues: PhraseTrie<CompiledCue>;
  /** Words in reported speech that code it as another kind, and the order in which kinds win. */
  contentCues: PhraseTrie<ContentKind>;
  contentPriority: ContentKind[];
  /** First words of all phrases, with the tries they start (see starts.ts). */
  firstWords: Map<string, FirstWord>;
  words: {
    abbreviations: Set<string>;
    sentenceStarters: Set<string>;
    months: Set<string>;
    weekdays: Set<string>;
    nameParticles: Set<string>;
    notNames: Set<string>;
    /** Nouns of unnamed sources ("analysts", "diplomats"): alone never a name, and as a speaker no actor. */
    anonymousSources: Set<string>;
    /** Verbs that, right after a noun, show it heads a subject ("restrictions were imposed"). */
    auxiliaries: Set<string>;
    placeWords: Set<string>;
    locatives: Set<string>;
    /** Words that are also surnames ("He"): a name's start before another unknown capitalised word. */
    surnamesAlsoWords: Set<string>;
    conditionalConjunctions: Set<string>;
    pronouns: Map<string, string>;
  };
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent: boolean | null;
  unMember: boolean;
}

const news = countriesNews as CountryNewsData;

function buildCountries(): Map<string, CountryEntry> {
  const include = new Set(news.include);
  const skip = new Set(news.ambiguous.skipAltSpellings);
  const notActors = new Set(news.ambiguous.demonymsNotActors);
  const out = new Map<string, CountryEntry>();
  for (const c of worldCountries as unknown as WorldCountry[]) {
    if (!(c.independent || c.unMember || include.has(c.cca3))) continue;
    const extra = news.countries[c.cca3] ?? {};
    // Two-letter codes ("RU", "IN") and names in other scripts are not how English news names countries.
    const alt = c.altSpellings.filter((s) => s.length > 2 && !skip.has(s) && /^[\p{Script=Latin}\s.'’()-]+$/u.test(s) && !s.includes(','));
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extra.demonyms ?? [])]) {
      // "Bosnian, Herzegovinian" lists two.
      for (const part of (d ?? '').split(',')) if (part.trim() && !notActors.has(part.trim())) demonyms.add(part.trim());
    }
    const label = extra.label ?? c.name.common;
    const names = [...new Set([label, c.name.common, c.name.official, ...alt, ...(extra.names ?? [])])];
    // "Washington D.C." is written "Washington" when it stands for the government.
    const capitals = [...new Set([...c.capital.map((x) => x.replace(/\s+D\.C\.$/, '')), ...(extra.capitals ?? [])])];
    const key = `country:${c.cca3.toLowerCase()}`;
    out.set(key, { key, iso3: c.cca3, label, names, capitals, demonyms: [...demonyms] });
  }
  return out;
}

function applyExtension<T>(base: T[], extension: Array<Partial<T> & { disabled?: boolean }> | undefined, key: keyof T): T[] {
  if (!extension?.length) return base;
  const byKey = new Map(base.map((e) => [String(e[key]), e]));
  for (const entry of extension) {
    const k = String(entry[key]);
    if (entry.disabled) { byKey.delete(k); continue; }
    byKey.set(k, { ...(byKey.get(k) ?? {}), ...entry } as T);
  }
  return [...byKey.values()];
}

const CUE_KINDS = new Set(Object.keys(CAMEO_ROOT));

function validateExtension(extension: LexiconExtension, index: number): void {
  const where = `lexicon extension ${index + 1}`;
  for (const [i, cue] of (extension.cues ?? []).entries()) {
    if (typeof cue.pattern !== 'string' || !cue.pattern) throw new DemarcheError('lexicons/load', `${where}: cue ${i + 1} has no "pattern". Expecting {"pattern": "lambasted", "relation": "accuse"}`);
    if (!cue.disabled && cue.relation !== undefined && !CUE_KINDS.has(cue.relation)) {
      throw new DemarcheError('lexicons/load', `${where}: cue "${cue.pattern}" has unknown relation "${String(cue.relation)}". Expecting one of ${[...CUE_KINDS].join(', ')}`);
    }
  }
  for (const [i, inst] of (extension.institutions ?? []).entries()) {
    if (typeof inst.id !== 'string' || !inst.id) throw new DemarcheError('lexicons/load', `${where}: institution ${i + 1} has no "id". Expecting {"id": "roscosmos", "label": "Roscosmos", "names": ["Roscosmos"]}`);
  }
}

export function loadLexicons(extensions: readonly LexiconExtension[] = []): Lexicons {
  extensions.forEach(validateExtension);
  const w = wordsData as WordLists;
  const abbreviations = new Set(w.abbreviations);
  const tok = (phrase: string) => phraseTokens(phrase, abbreviations);

  const countries = buildCountries();
  const names = new PhraseTrie<NameHit>(true);
  for (const c of countries.values()) {
    for (const n of c.names) {
      names.add(tok(n), { type: 'country', key: c.key, form: 'name' });
      // "the Philippines", "the Netherlands" are also written without the article.
      if (n.startsWith('the ')) names.add(tok(n.slice(4)), { type: 'country', key: c.key, form: 'name' });
    }
    for (const n of c.capitals) names.add(tok(n), { type: 'country', key: c.key, form: 'capital' });
    for (const n of c.demonyms) names.add(tok(n), { type: 'country', key: c.key, form: 'demonym' });
  }

  let institutionRecords = (institutionsData as { entries: InstitutionRecord[] }).entries;
  let titleRecords = (titlesData as { titles: TitleRecord[] }).titles;
  let headRecords = (headsData as { heads: HeadRecord[] }).heads;
  let cueRecords = (cuesData as { cues: CueRecord[] }).cues;
  for (const ext of extensions) {
    institutionRecords = applyExtension(institutionRecords, ext.institutions, 'id');
    titleRecords = applyExtension(titleRecords, ext.titles, 'title');
    headRecords = applyExtension(headRecords, ext.heads, 'head');
    cueRecords = applyExtension(cueRecords, ext.cues as Array<Partial<CueRecord> & { disabled?: boolean }>, 'pattern');
  }

  const institutions = new Map<string, InstitutionEntry>();
  for (const r of institutionRecords) {
    const key = `institution:${r.id}`;
    const names_ = r.names?.length ? r.names : [r.label];
    institutions.set(key, { key, label: r.label ?? r.id, names: names_, placeNames: r.placeNames ?? [], category: r.category ?? 'organisation', partOf: r.partOf ? `country:${r.partOf.toLowerCase()}` : undefined });
    for (const n of names_) names.add(tok(n), { type: 'institution', key, form: undefined });
  }

  const titles = new PhraseTrie<CompiledTitle>(false);
  for (const t of titleRecords) titles.add(tok(t.title), compileTitle(t));
  const heads = new PhraseTrie<CompiledHead>(false);
  for (const h of headRecords) heads.add(tok(h.head), compileHead(h));
  const cues = new PhraseTrie<CompiledCue>(false);
  for (const c of cueRecords) {
    if (!c.relation || !CUE_KINDS.has(c.relation)) continue;
    const forms = c.forms?.length ? c.forms : [c.pattern];
    for (const f of forms) {
      const tokens = tok(f);
      cues.add(tokens, compileCue(c, tokens));
    }
  }

  const contentData = contentCuesData as unknown as { priority: ContentKind[] } & Record<ContentKind, string[]>;
  const contentCues = new PhraseTrie<ContentKind>(false);
  for (const kind of contentData.priority) for (const phrase of contentData[kind] ?? []) contentCues.add(tok(phrase), kind);

  return {
    countries,
    institutions,
    firstWords: indexFirstWords({ names, heads, titles, cues, contentCues }),
    contentCues,
    contentPriority: contentData.priority,
    names,
    titles,
    titleModifiers: new Set((titlesData as { modifiers: string[] }).modifiers),
    heads,
    nameEndings: new Set((headsData as { nameEndings: { words: string[] } }).nameEndings.words),
    givenNameCapitals: new Set(news.ambiguous.capitalsAlsoGivenNames),
    actNouns: actNounsOf(cuesData as { actNouns?: Record<string, unknown> }),
    cues,
    words: {
      abbreviations,
      sentenceStarters: new Set(w.sentenceStarters),
      months: new Set(w.months),
      weekdays: new Set(w.weekdays),
      nameParticles: new Set(w.nameParticles),
      notNames: new Set(w.notNames),
      anonymousSources: new Set(w.anonymousSources),
      auxiliaries: new Set(w.auxiliaries),
      placeWords: new Set(w.placeWords),
      locatives: new Set(w.locativePrepositions),
      surnamesAlsoWords: new Set(w.surnamesAlsoWords),
      conditionalConjunctions: new Set(w.conditionalConjunctions),
      pronouns: new Map(Object.entries(w.pronouns)),
    },
  };
}

/** The act nouns of the cue data, without its "about" note. */
function actNounsOf(data: { actNouns?: Record<string, unknown> }): Map<string, InteractionKind[]> {
  const out = new Map<string, InteractionKind[]>();
  for (const [noun, kinds] of Object.entries(data.actNouns ?? {})) if (Array.isArray(kinds)) out.set(noun, kinds as InteractionKind[]);
  return out;
}

let defaultLexicons: Lexicons | undefined;
/** The built-in lexicons, compiled on first use and shared. */
export function defaultLexiconsOnce(): Lexicons {
  defaultLexicons ??= loadLexicons();
  return defaultLexicons;
}
