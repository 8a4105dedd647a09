/**
 * mentions: every mention of a person, institution or country in each
 * sentence, with its titles and the country or institution the text ties it
 * to. Two passes: atoms (lexicon phrases and capitalised runs, atoms.ts), then
 * the patterns news uses to name actors:
 *   institution  "Russia's Foreign Ministry", "the Chinese Embassy in London", "U.S. Southern Command"
 *   title + name "Russian Foreign Minister Sergei Lavrov", "State Department spokesman Ned Price"
 *   apposition   "Jens Stoltenberg, NATO's secretary general", "Japan's defense minister, Yasukazu Hamada"
 *   description  "the Russian president", "Iran's top diplomat" (resolved to a person later)
 */
import type { Doc, Mention, Token } from '../doc.js';
import type { Lexicons } from '../lexicons/load.js';
import { findAtoms, isNameToken, type Atom } from './atoms.js';
import { slug } from '../resolve/normalize.js';
import { sortSpans } from '../spans.js';

const INSTITUTION_MODIFIERS = new Set(['state', 'state-run', 'state-owned', 'official', 'national', 'main', 'ruling', 'top', 'federal']);
const DOCUMENT_WORDS = new Set(['charter', 'treaty', 'convention', 'resolution', 'declaration', 'protocol', 'act', 'accord', 'agreement', 'plan', 'summit', 'headquarters', 'building']);
const COUNTRY_REFERENCES = new Set(['kingdom', 'emirate', 'republic', 'island', 'country', 'nation', 'archipelago']);

type Owner = { country?: string; institution?: string; person?: boolean; start: number };

export function mentions(doc: Doc, lex: Lexicons): Doc {
  const found: Mention[] = [];
  doc.sentences.forEach((sentence, si) => {
    for (const m of sentenceMentions(doc.tokens, sentence.start, sentence.end, si, lex)) found.push(m);
  });
  return { ...doc, mentions: found };
}

const text = (tokens: readonly Token[], start: number, end: number) => {
  let out = '';
  for (let i = start; i < end; i++) out += (i > start && tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return out;
};

export function sentenceMentions(tokens: readonly Token[], start: number, end: number, si: number, lex: Lexicons): Mention[] {
  const atoms = findAtoms(tokens, start, end, lex);
  const out: Mention[] = [];
  // Atoms used up by a longer mention, by index: a flag per atom (a sentence's atoms are few and dense).
  const consumed = new Uint8Array(atoms.length + 3);
  const institutionAt = new Map<number, Mention>();
  const lower = (a: Atom | undefined) => (a ? tokens[a.start].lower : '');
  const isThe = (a: Atom | undefined) => a?.t === 'tok' && (lower(a) === 'the' || lower(a) === 'a' || lower(a) === 'an');
  const isComma = (a: Atom | undefined) => a?.t === 'tok' && tokens[a.start].text === ',';
  const countryEntry = (key: string) => lex.countries.get(key);
  const demonymOf = (key: string) => countryEntry(key)?.demonyms[0] ?? countryEntry(key)?.label ?? key;

  /** Owner before atom index k: "Russia's", "Russian", "NATO's", "State Department", "Putin's". Returns its first atom index. */
  const ownerBefore = (k: number): Owner | undefined => {
    const prev = atoms[k - 1];
    if (!prev) return undefined;
    if (prev.t === 'poss') {
      const owner = atoms[k - 2];
      if (owner?.t === 'country') return { country: owner.key, start: k - 2 };
      if (owner?.t === 'inst') return { institution: owner.key, start: k - 2 };
      if (owner?.t === 'name') return { person: true, start: k - 2 };
      return undefined;
    }
    if (prev.t === 'country' && prev.form !== 'capital') return { country: prev.key, start: k - 1 };
    if (prev.t === 'inst') return { institution: prev.key, start: k - 1 };
    // "Chinese Foreign Ministry spokesperson Wang Wenbin": an institution read in pass 1.
    const institution = institutionAt.get(k - 1);
    if (institution?.kind === 'institution' && institution.entry) return { institution: institution.entry, start: k - 1 };
    return undefined;
  };

  /** Marks atoms as used, except countries and institutions, which stay mentions of their own actors. */
  const consumeRange = (from: number, to: number) => {
    for (let x = from; x <= to; x++) {
      const t = atoms[x]?.t;
      if (t !== 'country' && t !== 'inst' && !institutionAt.has(x)) consumed[x] = 1;
    }
  };

  // Every mention gets the same fields in the same order (absent ones undefined): later stages read
  // millions of them, and objects of one shape keep those reads monomorphic.
  const mention = (m: Omit<Mention, 'sentence' | 'text'> & { text?: string }): Mention => {
    const full: Mention = {
      start: m.start, end: m.end, kind: m.kind, entry: m.entry, actor: m.actor, titles: m.titles,
      country: m.country, institution: m.institution, category: m.category, label: m.label,
      text: m.text ?? text(tokens, m.start, m.end), rule: m.rule, sentence: si,
    };
    out.push(full);
    return full;
  };

  /** A generic institution ("Foreign Ministry") owned by a country: its key and label. */
  const genericInstitution = (headAtom: Extract<Atom, { t: 'head' }>, country: string | undefined, place: string | undefined) => {
    const base = headAtom.head.label;
    const label = (country ? `${demonymOf(country)} ${base}` : base) + (place ? ` in ${place}` : '');
    return { key: country ? `institution:${slug(label)}` : undefined, label };
  };

  /** "in Washington" after an embassy; returns the place text and the atom index after it. */
  const placeAfter = (k: number): { place: string; next: number } | undefined => {
    const inAtom = atoms[k];
    if (inAtom?.t !== 'tok' || lower(inAtom) !== 'in') return undefined;
    let j = k + 1;
    if (isThe(atoms[j])) j++;
    const p = atoms[j];
    if (p && (p.t === 'country' || p.t === 'name')) return { place: text(tokens, p.start, p.end), next: j + 1 };
    return undefined;
  };

  /** A title group: consecutive title atoms from k; returns their texts and the next index. */
  const titlesFrom = (k: number) => {
    const titles: string[] = [];
    let j = k;
    while (atoms[j]?.t === 'title') { titles.push((atoms[j] as Extract<Atom, { t: 'title' }>).title); j++; }
    return { titles, next: j };
  };

  /** "of the IAEA", "for the U.S. State Department", "of Iran's Supreme National Security Council". */
  const complementAfter = (k: number): { country?: string; institution?: string; next: number; headAt?: number } | undefined => {
    const prep = atoms[k];
    if (prep?.t !== 'tok' || !['of', 'for', 'at', 'to'].includes(lower(prep))) return undefined;
    let j = k + 1;
    if (isThe(atoms[j])) j++;
    const a = atoms[j];
    if (a?.t === 'inst') return { institution: a.key, next: j + 1 };
    if (a?.t === 'country') {
      if (atoms[j + 1]?.t === 'poss' && atoms[j + 2]?.t === 'head') return { country: a.key, next: j + 3, headAt: j + 2 };
      if (atoms[j + 1]?.t === 'head') return { country: a.key, next: j + 2, headAt: j + 1 };
      return { country: a.key, next: j + 1 };
    }
    return undefined;
  };

  // Pass 1: institutions owned by a country, and lexicon institutions extended by a head ("RIA Novosti news agency").
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    if (a.t === 'head') {
      const capitalisedHead = /^\p{Lu}/u.test(tokens[a.start].text);
      const run = atoms[k - 1];
      if (run?.t === 'name' && consumed[k - 1] !== 1 && capitalisedHead && tokens[run.end - 1].end + 1 >= tokens[a.start].start) {
        // "National News Agency", "National Liberation Army": a proper name ending in a head.
        const owner = ownerBefore(k - 1);
        const country = owner?.country;
        const label = text(tokens, run.start, a.end);
        const first = country ? owner!.start : k - 1;
        const m = mention({ start: atoms[first].start, end: a.end, kind: 'institution', entry: `institution:${slug(label)}`, country, rule: 'name+head', label, category: a.head.category });
        consumeRange(first, k);
        institutionAt.set(k, m);
        continue;
      }
      if (a.head.anaphor) {
        // "the bloc", "the Commission": refers back only.
        if (isThe(atoms[k - 1])) {
          mention({ start: a.start, end: a.end, kind: 'institution', rule: `anaphor:${a.head.category}`, label: a.head.label });
          consumed[k] = 1;
        }
        continue;
      }
      // "Sudan's state news agency", "Lebanon's state-run National News Agency": a modifier between owner and head.
      const owner = ownerBefore(k) ?? (atoms[k - 1]?.t === 'tok' && INSTITUTION_MODIFIERS.has(lower(atoms[k - 1])) ? ownerBefore(k - 1) : undefined);
      const country = owner?.country;
      if (a.head.country) {
        // "the junta", "the government" with no owner: the country the article is about, found by resolve.
        if (!country && isThe(atoms[k - 1])) {
          mention({ start: a.start, end: a.end, kind: 'description', rule: 'country-ref:government' });
          consumed[k] = 1;
          continue;
        }
        // "Mali's government", "the Lebanese government": the country itself.
        if (country) {
          const m = mention({ start: atoms[owner!.start].start, end: a.end, kind: 'country', entry: country, rule: `head:${a.head.head}` });
          institutionAt.set(k, m);
          for (let x = owner!.start; x <= k; x++) consumed[x] = 1;
        }
        continue;
      }
      if (owner?.institution && a.head.category === 'media') {
        // "the state-run RIA Novosti news agency": one institution.
        const m = mention({ start: atoms[owner.start].start, end: a.end, kind: 'institution', entry: owner.institution, rule: 'institution+head' });
        institutionAt.set(k, m);
        for (let x = owner.start; x <= k; x++) consumed[x] = 1;
        continue;
      }
      let ownerCountry = country;
      let next = k + 1;
      if (!ownerCountry) {
        // "Ministry of Foreign Affairs of Russia", "the Embassy of Japan".
        const of = atoms[k + 1];
        const c = atoms[k + 2];
        if (of?.t === 'tok' && lower(of) === 'of' && c?.t === 'country') { ownerCountry = c.key; next = k + 3; }
      }
      let place = a.head.place ? placeAfter(next) : undefined;
      if (!ownerCountry && !a.head.place) {
        // "the defense ministry in Warsaw": the capital says whose ministry it is.
        const inAtom = atoms[next];
        const city = atoms[next + 1];
        if (inAtom?.t === 'tok' && lower(inAtom) === 'in' && city?.t === 'country' && city.form === 'capital') {
          ownerCountry = city.key;
          place = { place: '', next: next + 2 };
        }
      }
      const capitalised = /^\p{Lu}/u.test(tokens[a.start].text);
      // A bare lower-case head is too vague to be a new actor; after "the" it may name one already met ("the army").
      if (!ownerCountry && !capitalised) {
        if (isThe(atoms[k - 1])) {
          mention({ start: a.start, end: a.end, kind: 'institution', rule: `anaphor:${a.head.category}`, label: a.head.label });
          consumed[k] = 1;
        }
        continue;
      }
      const { key, label } = genericInstitution(a, ownerCountry, place?.place || undefined);
      const first = owner?.country ? owner.start : k;
      const last = place ? place.next - 1 : next - 1;
      const m = mention({ start: atoms[first].start, end: atoms[last].end, kind: 'institution', entry: key, country: ownerCountry, rule: `head:${a.head.head}`, label, category: a.head.category });
      consumeRange(first, last);
      institutionAt.set(k, m);
      k = last;
    } else if (a.t === 'name' && consumed[k] !== 1) {
      // "U.S. Southern Command", "Venezuela's National Electoral Council", "Rapid Support Forces".
      const lastWord = tokens[a.end - 1].text;
      const after = atoms[k + 1];
      if (after && (after.t === 'tok' || after.t === 'head') && after.end - after.start === 1 && /^\p{Ll}/u.test(tokens[after.start].text) && lex.nameEndings.has(tokens[after.start].lower) && !isThe(atoms[k - 1])) {
        // "the anti-immigrant Stram Kurs party": the name is the institution, "party" says what it is.
        const label = text(tokens, a.start, a.end);
        const m = mention({ start: a.start, end: a.end, kind: 'institution', entry: `institution:${slug(label)}`, rule: 'name+kind-word', label });
        consumed[k] = 1;
        institutionAt.set(k, m);
        continue;
      }
      if (!lex.nameEndings.has(lastWord)) continue;
      const owner = ownerBefore(k);
      const first = owner?.country ? owner.start : k;
      const possessive = owner?.country !== undefined && atoms[k - 1]?.t === 'poss';
      const label = possessive || !owner?.country ? text(tokens, a.start, a.end) : text(tokens, atoms[first].start, a.end);
      const m = mention({ start: atoms[first].start, end: a.end, kind: 'institution', entry: `institution:${slug(label)}`, country: owner?.country, rule: 'name-ending', label });
      consumeRange(first, k);
      institutionAt.set(k, m);
    }
  }

  /** Apposition after a name at atom k: ", NATO's secretary general", ", spokesman for the U.S. State Department". */
  const appositionAfter = (k: number): { titles: string[]; country?: string; institution?: string; next: number } | undefined => {
    if (!isComma(atoms[k + 1])) return undefined;
    let j = k + 2;
    if (isThe(atoms[j])) j++;
    let ownerEnd = j;
    let owner: Owner | undefined;
    // Owner of the title: "NATO's", "the European Union's", "Iran's", "Russian".
    if ((atoms[j]?.t === 'country' || atoms[j]?.t === 'inst') && atoms[j + 1]?.t === 'poss') ownerEnd = j + 2;
    else if (atoms[j]?.t === 'country' && (atoms[j] as { form: string }).form !== 'capital' && atoms[j + 1]?.t === 'title') ownerEnd = j + 1;
    else if (atoms[j]?.t === 'inst' && atoms[j + 1]?.t === 'title') ownerEnd = j + 1;
    if (ownerEnd > j) owner = ownerBefore(ownerEnd);
    if (atoms[ownerEnd]?.t !== 'title') return undefined;
    const group = titlesFrom(ownerEnd);
    let country = owner?.country;
    let institution = owner?.institution;
    const complement = complementAfter(group.next);
    if (complement && !owner) {
      country = complement.country;
      institution = complement.institution ?? institutionAt.get(complement.headAt ?? -1)?.entry;
    }
    if (complement?.headAt !== undefined && !institution) institution = institutionAt.get(complement.headAt)?.entry;
    const next = complement ? complement.next : group.next;
    consumeRange(k + 1, next - 1);
    return { titles: group.titles, country, institution, next };
  };

  // Pass 2: persons with titles, appositions and descriptions.
  for (let k = 0; k < atoms.length; k++) {
    if (consumed[k] === 1) continue;
    const a = atoms[k];
    if (a.t === 'title') {
      const { titles, next } = titlesFrom(k);
      const owner = ownerBefore(k);
      const ownerUsable = owner && (consumed[owner.start] !== 1 || institutionAt.has(owner.start)) ? owner : undefined;
      const nameAtom = atoms[next];
      if (nameAtom?.t === 'name' && consumed[next] !== 1) {
        // Title + name: "Russian Foreign Minister Sergei Lavrov".
        const m = mention({ start: nameAtom.start, end: nameAtom.end, kind: 'person', titles, country: ownerUsable?.country, institution: ownerUsable?.institution, rule: 'title+name' });
        consumeRange(k, next);
        k = next;
        // "Foreign Minister Wang Yi, China's top diplomat": the apposition adds to the same person.
        const apposition = appositionAfter(next);
        if (apposition) {
          m.titles = [...(m.titles ?? []), ...apposition.titles];
          m.country ??= apposition.country;
          m.institution ??= apposition.institution;
          k = apposition.next - 1;
        }
        continue;
      }
      // Reverse apposition: "Japan's defense minister, Yasukazu Hamada".
      let complement = complementAfter(next);
      const afterTitle = complement ? complement.next : next;
      if (isComma(atoms[afterTitle])) {
        let n = afterTitle + 1;
        const extraTitles = titlesFrom(n);
        n = extraTitles.next;
        const name = atoms[n];
        if (name?.t === 'name' && consumed[n] !== 1 && (!atoms[n + 1] || isComma(atoms[n + 1]) || atoms[n + 1].t === 'tok' || atoms[n + 1].t === 'poss')) {
          const useComplement = !ownerUsable && complement;
          mention({
            start: name.start, end: name.end, kind: 'person', titles: [...titles, ...extraTitles.titles],
            country: ownerUsable?.country ?? (useComplement ? complement!.country : undefined),
            institution: ownerUsable?.institution ?? (useComplement ? complement!.institution ?? institutionAt.get(complement!.headAt ?? -1)?.entry : undefined),
            rule: 'apposition-before',
          });
          consumeRange(k, n);
          k = n;
          continue;
        }
      }
      // Description: "the Russian president", "Iran's top diplomat", "the minister".
      const before = ownerUsable ? atoms[ownerUsable.start - 1] : atoms[k - 1];
      // "the bloc's foreign policy chief": an owner that is itself a reference.
      const possessiveReference = !ownerUsable && atoms[k - 1]?.t === 'poss' && atoms[k - 2] !== undefined;
      if (isThe(before) || (ownerUsable && !ownerUsable.person) || possessiveReference) {
        const first = ownerUsable ? ownerUsable.start : possessiveReference ? k - 2 : k;
        mention({
          start: atoms[first].start, end: atoms[next - 1].end, kind: 'description', titles,
          country: ownerUsable?.country ?? complement?.country, institution: ownerUsable?.institution ?? complement?.institution,
          rule: 'description',
        });
        consumeRange(first, next - 1);
        k = next - 1;
      }
      continue;
    }
    if (a.t === 'name') {
      const apposition = appositionAfter(k);
      if (apposition) {
        mention({ start: a.start, end: a.end, kind: 'person', titles: apposition.titles, country: apposition.country, institution: apposition.institution, rule: 'apposition-after' });
        consumed[k] = 1;
        k = apposition.next - 1;
        continue;
      }
    }
  }
  // "Netanyahu's office", "Putin's office": the office of a named person is an institution.
  for (let k = 0; k + 2 < atoms.length; k++) {
    const name = atoms[k];
    if (name.t !== 'name' || atoms[k + 1].t !== 'poss') continue;
    const office = atoms[k + 2];
    if (!(office.t === 'tok' || office.t === 'head') || tokens[office.start].lower !== 'office' || office.end - office.start !== 1) continue;
    const person = out.find((m) => m.kind === 'person' && m.start === name.start);
    const surname = tokens[name.end - 1].text;
    // Named after the office where the text gives it ("Israeli Prime Minister's Office"), known by the holder's name.
    const title = person?.titles?.[0];
    const label = title && person?.country
      ? `${demonymOf(person.country)} ${title.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}'s Office`
      : `${surname}'s office`;
    mention({ start: name.start, end: office.end, kind: 'institution', entry: `institution:${slug(label)}`, country: person?.country, rule: 'person-office', label, text: `${surname}'s office` });
    consumed[k + 1] = 1;
    consumed[k + 2] = 1;
  }

  // "the kingdom", "the country", "the island": a country named before.
  for (let k = 1; k < atoms.length; k++) {
    const a = atoms[k];
    if (consumed[k] === 1 || a.t !== 'tok' || !isThe(atoms[k - 1])) continue;
    const word = lower(a);
    if (!COUNTRY_REFERENCES.has(word)) continue;
    mention({ start: a.start, end: a.end, kind: 'description', rule: `country-ref:${word}` });
    consumed[k] = 1;
  }

  // Pass 3: what is left — countries, institutions, bare names.
  for (let k = 0; k < atoms.length; k++) {
    if (consumed[k] === 1) continue;
    const a = atoms[k];
    const prev = atoms[k - 1];
    if (a.t === 'country') {
      // "in Tehran" is a place; "Tehran said" is the government.
      if (a.form === 'capital' && prev?.t === 'tok' && lex.words.locatives.has(lower(prev))) continue;
      mention({ start: a.start, end: a.end, kind: 'country', entry: a.key, rule: `country:${a.form}` });
    } else if (a.t === 'inst') {
      // "in Brussels" is the city; "Brussels said" the EU.
      const placeName = lex.institutions.get(a.key)?.placeNames.includes(text(tokens, a.start, a.end));
      if (placeName && prev?.t === 'tok' && lex.words.locatives.has(lower(prev))) continue;
      // "the U.N. Charter", "the EU Treaty": a document named after the body, not the body.
      const next = tokens[a.end];
      if (next && a.end < end && /^\p{Lu}/u.test(next.text) && DOCUMENT_WORDS.has(next.lower)) continue;
      mention({ start: a.start, end: a.end, kind: 'institution', entry: a.key, rule: 'institution' });
      // "U.S. State Department" also names the United States.
      const inner = lex.names.longest(tokens, a.start, a.end - 1);
      const country = inner?.values.find((v) => v.type === 'country');
      if (inner && country && country.type === 'country' && inner.end < a.end) mention({ start: a.start, end: inner.end, kind: 'country', entry: country.key, rule: 'owner:name' });
    } else if (a.t === 'name') {
      const m = bareName(a, k);
      if (m) mention(m);
    } else if (a.t === 'acronym') {
      // "Rapid Support Forces (RSF)": the acronym names the institution just before it.
      const open = atoms[k - 1];
      const close = atoms[k + 1];
      const named = atoms[k - 2];
      if (open?.t === 'tok' && tokens[open.start].text === '(' && close?.t === 'tok' && tokens[close.start].text === ')' && named) {
        const inst = out.find((m) => m.kind === 'institution' && m.end === named.end);
        if (inst) mention({ start: a.start, end: a.end, kind: 'institution', entry: inst.entry, country: inst.country, rule: 'acronym', label: inst.label, category: inst.category });
      } else if (isComma(atoms[k + 1]) && (institutionAt.has(k + 4) || institutionAt.has(k + 5)) && atoms[k + 3]?.t === 'poss' && atoms[k + 2]?.t === 'country') {
        // "SUNA, Sudan's state news agency": the apposition says what the acronym is.
        const described = (institutionAt.get(k + 4) ?? institutionAt.get(k + 5))!;
        const label = tokens[a.start].text;
        mention({ start: a.start, end: a.end, kind: 'institution', entry: `institution:${slug(label)}`, country: described.country, rule: 'acronym+apposition', label, category: described.category });
        // The apposition is another name of the same body.
        described.entry = `institution:${slug(label)}`;
        described.label = label;
      } else {
        // "the ELN's commander": an acronym defined earlier in the article; resolve keeps it only then.
        mention({ start: a.start, end: a.end, kind: 'institution', rule: 'acronym-ref', label: tokens[a.start].text });
      }
    }
  }

  function bareName(a: Extract<Atom, { t: 'name' }>, k: number): Omit<Mention, 'sentence' | 'text'> | undefined {
    const w = lex.words;
    let first = a.start;
    // A capitalised word opening the sentence may be an ordinary word ("Talks", "Under").
    if (first === start || (first === start + 1 && /^["“'(]$/.test(tokens[start].text))) {
      // ("He Lifeng" keeps its surname: the atom finder only starts a name there before an unknown capitalised word.)
      if (w.sentenceStarters.has(tokens[first].lower) && !(w.surnamesAlsoWords.has(tokens[first].lower) && a.end - first >= 2)) first++;
    }
    if (first >= a.end) return undefined;
    const n = a.end - first;
    const words = tokens.slice(first, a.end);
    if (words.some((t) => w.placeWords.has(t.lower))) return undefined;
    const prev = atoms[k - 1];
    // "the Palais Coburg", "at the Great Hall": people are not named with an article.
    if (prev?.t === 'tok' && (lower(prev) === 'the' || lower(prev) === 'a')) return undefined;
    // "at Camp David", "in Ohrid": a name after a locative preposition is a place.
    if (prev?.t === 'tok' && lex.words.locatives.has(lower(prev))) return undefined;
    const atSentenceStart = first === start || (first === start + 1 && /^["“'(]$/.test(tokens[start].text));
    if (n === 1) {
      // "Analysts said" opens a sentence as "Lavrov said" does; an unnamed source alone is no name
      // (inside one it stays a word of it: "People Power Party", "Citizens United").
      if (w.anonymousSources.has(words[0].lower)) return undefined;
      // A single word is a person only where resolve can tie it to a full name, or it speaks.
      return { start: first, end: a.end, kind: 'person', rule: atSentenceStart ? 'single-name:start' : 'single-name' };
    }
    if (!words.every((t) => isNameToken(t) || w.nameParticles.has(t.lower))) return undefined;
    return { start: first, end: a.end, kind: 'person', rule: 'name' };
  }

  sortSpans(out);
  return out;
}
