/**
 * First pass of the mention finder: the tokens of one sentence become atoms,
 * the longest lexicon phrase at each position (country, institution, title,
 * institution head), a run of capitalised words, a possessive, or a plain token.
 */
import type { Token } from '../doc.js';
import type { CompiledHead, CompiledTitle, Lexicons, NameHit } from '../lexicons/load.js';
import { startsAt, STARTS_CUE, STARTS_NAME } from '../lexicons/starts.js';
import { joinTexts } from '../arrays.js';

export type Atom =
  | { t: 'country'; start: number; end: number; key: string; form: 'name' | 'capital' | 'demonym' }
  | { t: 'inst'; start: number; end: number; key: string }
  | { t: 'title'; start: number; end: number; title: string; record: CompiledTitle }
  | { t: 'head'; start: number; end: number; head: CompiledHead }
  | { t: 'name'; start: number; end: number }
  | { t: 'acronym'; start: number; end: number }
  | { t: 'poss'; start: number; end: number }
  | { t: 'tok'; start: number; end: number };

/**
 * An atom with every field of every kind, those of other kinds undefined: the
 * mention rules read atoms of all kinds at the same sites, and one object
 * shape keeps those reads monomorphic (eight shapes made them megamorphic).
 */
function atom(t: Atom['t'], start: number, end: number, key?: string, form?: NameHit['form'], head?: CompiledHead, title?: string, record?: CompiledTitle): Atom {
  return { t, start, end, key, form, head, title, record } as Atom;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u;
const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|ben|abu|de|van|von|da|di|du|la|le)[-'’]\p{Lu}/u;
const POSSESSIVE = /^['’][sS]?$/;

// "Union-brokered", "Chinese-made", "Thirty-five": a compound ending in a lower-case word is an adjective, not a name.
const LOWER_COMPOUND = /[-\u2010\u2011]\p{Ll}[\p{Ll}-]*$/u;

// Asked of every token: a look at the first characters settles most of them (lower-case words,
// punctuation, numbers) before any regular expression runs.
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/** A particle prefix ("al-", "bin-", "de'") has its hyphen or apostrophe third or fourth. */
const mayHaveParticle = (text: string) => {
  const c2 = text.charCodeAt(2);
  const c3 = text.charCodeAt(3);
  return c2 === 45 || c2 === 39 || c2 === 0x2019 || c3 === 45 || c3 === 39 || c3 === 0x2019;
};

export function isNameToken(t: Token): boolean {
  const text = t.text;
  const c = text.charCodeAt(0);
  if (c < 128 && !isAsciiUpper(c)) return isAsciiLower(c) && mayHaveParticle(text) && PARTICLE_PREFIX.test(text);
  if (PARTICLE_PREFIX.test(text)) return true;
  return CAPITALISED.test(text) && (HAS_LOWER.test(text) || text.length <= 2) && !LOWER_COMPOUND.test(text);
}

export function isAcronym(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128 && !isAsciiUpper(c)) return false;
  return ACRONYM.test(t.text) && !t.text.includes('.');
}

function pickName(values: NameHit[]): NameHit {
  // An institution's full name wins over a country's ("Washington Post" is not Washington).
  return values.find((v) => v.type === 'institution') ?? values[0];
}

export function findAtoms(tokens: readonly Token[], start: number, end: number, lex: Lexicons): Atom[] {
  const atoms: Atom[] = [];
  const w = lex.words;
  const { bits: starts, firsts } = startsAt(tokens, lex);
  /** Whether a lexicon name, title or head starts at j: where a run of capitalised words stops. */
  const phraseAt = (j: number) => (starts[j] & STARTS_NAME && lex.names.longest(tokens, j, end)) || lex.titles.longest(tokens, j, end, firsts[j].title) || lex.heads.longest(tokens, j, end, firsts[j].head);
  let i = start;
  while (i < end) {
    const token = tokens[i];
    // Possessive 's, or the bare apostrophe after a plural ("the allies' demands").
    const first = token.text.charCodeAt(0);
    if ((first === 39 || first === 0x2019) && POSSESSIVE.test(token.text) && i > start && tokens[i - 1].end === token.start) {
      atoms.push(atom('poss', i, i + 1));
      i++;
      continue;
    }
    const name = starts[i] & STARTS_NAME ? lex.names.longest(tokens, i, end) : null;
    const head = lex.heads.longest(tokens, i, end, firsts[i].head);
    // Modifiers ("deputy", "top", "former") belong to the title that follows them.
    let titleStart = i;
    while (titleStart < end && lex.titleModifiers.has(tokens[titleStart].lower)) titleStart++;
    // "foreign policy chief" is a title although "foreign" is also a modifier.
    const plainTitle = lex.titles.longest(tokens, i, end, firsts[i].title);
    const modifiedTitle = titleStart > i && titleStart < end ? lex.titles.longest(tokens, titleStart, end, firsts[titleStart].title) : null;
    const title = modifiedTitle && (!plainTitle || modifiedTitle.end > plainTitle.end) ? modifiedTitle : plainTitle;
    const nameEnd = name ? name.end : -1;
    const headEnd = head ? head.end : -1;
    const titleEnd = title ? title.end : -1;
    // "Victoria Nuland": a capital that is also a given name, before another capitalised word, starts a person's name.
    const givenName = name !== null && nameEnd === i + 1 && nameEnd < end && lex.givenNameCapitals.has(tokens[i].text) && isNameToken(tokens[nameEnd]);
    if (name && !givenName && nameEnd >= headEnd && nameEnd >= titleEnd) {
      const hit = pickName(name.values);
      atoms.push(atom(hit.type === 'country' ? 'country' : 'inst', i, nameEnd, hit.key, hit.form));
      i = nameEnd;
      continue;
    }
    if (head && headEnd >= titleEnd) {
      atoms.push(atom('head', i, headEnd, undefined, undefined, head.values[0]));
      i = headEnd;
      continue;
    }
    if (title) {
      const text = joinTexts(tokens, i, titleEnd);
      atoms.push(atom('title', i, titleEnd, undefined, undefined, undefined, text, title.values[0]));
      i = titleEnd;
      continue;
    }
    if (isAcronym(token) && !w.notNames.has(token.lower)) {
      atoms.push(atom('acronym', i, i + 1));
      i++;
      continue;
    }
    // "He Yadong": a word that is also a surname starts a name before an unknown capitalised word (a pronoun never precedes one).
    const surname = w.surnamesAlsoWords.has(token.lower) && i + 1 < end && isNameToken(tokens[i + 1]) && !w.notNames.has(tokens[i + 1].lower)
      && !(starts[i + 1] & STARTS_CUE) && !phraseAt(i + 1);
    if (isNameToken(token) && (surname || !w.notNames.has(token.lower)) && !w.months.has(token.lower) && !w.weekdays.has(token.lower)) {
      let j = i + 1;
      while (j < end) {
        const next = tokens[j];
        if (phraseAt(j)) break;
        if (isNameToken(next) && !w.notNames.has(next.lower) && !w.months.has(next.lower) && !w.weekdays.has(next.lower)) { j++; continue; }
        // Particles inside a name: "Musaed bin Mohammed al-Aiban", "Ursula von der Leyen".
        let p = j;
        while (p < end && w.nameParticles.has(tokens[p].lower) && !/^\p{Lu}/u.test(tokens[p].text)) p++;
        if (p > j && p < end && isNameToken(tokens[p])) { j = p + 1; continue; }
        break;
      }
      atoms.push(atom('name', i, j));
      i = j;
      continue;
    }
    atoms.push(atom('tok', i, i + 1));
    i++;
  }
  return atoms;
}
