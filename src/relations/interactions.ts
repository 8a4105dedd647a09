/**
 * Interactions: statements, demands and the other CAMEO-style acts, read
 * around the cue words of the lexicon (data/cues.json).
 *
 * For each cue in a sentence:
 *   source  the subject: the nearest actor on its left in the same clause
 *           (with its coordinated partners: "the U.S. and NATO rejected"), the
 *           agent of a passive ("was rejected by Ankara"), the speaker after a
 *           quote ('"…," said X'), a pronoun resolved to the last actor of its
 *           kind ("it said"), or the owner of a noun cue ("Russia's demand").
 *   target  the object ("accused the U.S. and NATO", "rejected Russia's
 *           demand" → Russia), the actor after one of the cue's prepositions
 *           ("talks with X", "called on X"), or for speech the addressee
 *           ("told Macron") or else the actors the reported words are about.
 * Negated cues ("did not meet") give nothing; acts nested in an accusation
 * ("accusing Russia of threatening Ukraine") are marked alleged.
 */
import type { Actor, Doc, InteractionKind, Mention, Quote, Relation, Token } from '../doc.js';
import type { CompiledCue, ContentKind, Lexicons } from '../lexicons/load.js';
import { CAMEO_ROOT } from '../doc.js';
import { startsAt, STARTS_CUE } from '../lexicons/starts.js';
import { actDate } from './dates.js';
import { evidenceOf, makeRelation } from './evidence.js';
import { isNegated } from './negation.js';
import { sortSpans } from '../spans.js';
import { byId, joinTexts, mapPacked } from '../arrays.js';

interface Slot { actor: string; start: number; end: number }
type CueHit = { end: number; values: CompiledCue[] } | null;

const CLAUSE_BREAKS = new Set([';', ':', 'which', 'that', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'because', 'although', 'though', 'if', 'when', 'after', 'before', 'since', 'until', 'as']);
// Words by which a clause says what must be done ("insisted that the issue be settled"): a demand.
const OBLIGATION_WORDS = new Set(['must', 'should', 'need', 'needs', 'needed', 'be', 'stop', 'withdraw', 'end', 'leave', 'release', 'return', 'halt', 'cease']);
// Verbs whose object does what the infinitive after it says ("told Iran to stop", "invited Kishida to visit").
const OBJECT_CONTROL = new Set(['tell', 'invite', 'encourage', 'press', 'allow', 'force', 'order', 'persuade', 'help', 'authorize', 'advise', 'instruct']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
// Kinds whose verbs take a direct object: their participle before a preposition is passive ("deployed on", "imposed on").
const TRANSITIVE_ACTS = new Set(['force', 'sanction', 'aid', 'accuse', 'threaten', 'reject']);
// Adverbs that may stand between an auxiliary and its participle ("was also condemned", "were previously hosted").
const isAdverb = (word: string) => (word.length > 4 && word.endsWith('ly')) || word === 'also' || word === 'later' || word === 'then' || word === 'again' || word === 'since' || word === 'once';
// Nouns of meetings: a participle after one qualifies the meeting ("talks hosted by Oman").
const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'ceremony', 'summit', 'negotiations', 'round', 'conference', 'consultations', 'discussions', 'session', 'dinner', 'banquet', 'reception']);
const PREPOSITIONS = new Set(['of', 'to', 'with', 'from', 'for', 'in', 'on', 'at', 'by', 'about', 'against', 'between', 'into', 'over', 'under', 'near', 'through', 'without', 'toward', 'towards', 'among', 'amid', 'across', 'after', 'before', 'during', 'despite', 'including']);
const GERUND_BLOCKERS = new Set(['to', 'in', 'by', 'for', 'after', 'before', 'without', 'from', 'on', 'about', 'while', 'despite']);
// Maps, not object literals: looked up by any word of the text, and "constructor" is no pronoun.
const PRONOUN_KIND = new Map<string, 'person' | 'other' | 'any'>([['he', 'person'], ['she', 'person'], ['it', 'other'], ['they', 'any'], ['we', 'any']]);
const POSSESSIVE_PRONOUNS = new Map<string, 'person' | 'other' | 'any'>([['his', 'person'], ['her', 'person'], ['its', 'other'], ['their', 'any']]);
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D']);
const MAX_OBJECT_DISTANCE = 8;
const MAX_CONTENT_TOKENS = 80;
// Verbs whose object is the act itself ("announced a $375 million aid package"): their subject performs it.
const OBJECT_TAKING = new Set(['announced', 'announces', 'announcing', 'unveiled', 'unveils', 'pledged', 'pledges', 'promised', 'promises', 'offered', 'offers', 'approved', 'approves', 'proposed', 'proposes', 'imposed', 'imposes', 'launched', 'launches']);
// Cues that report someone else's words ("Kim warned …, the agency said").
const REPORTING = new Set(['say', 'tell', 'add', 'state', 'claim', 'report', 'write', 'cite', 'quote', 'declare', 'announce', 'accord', 'warn', 'insist', 'deny']);
// Statement verbs that take their addressee as a direct object ("told Moscow").
const ADDRESSED_STATEMENTS = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'briefed', 'assured', 'assures', 'assuring']);
const CONTRAST = new Set(['while', 'whereas', 'although', 'though', 'but']);
const GROUP_REFERENCES = new Set(['leaders', 'sides', 'countries', 'governments', 'allies', 'neighbors', 'neighbours', 'rivals', 'parties', 'nations', 'capitals', 'presidents', 'ministers', 'men', 'generals', 'commanders']);
// Who speaks for an actor: "a spokesperson for the ministry said" is the ministry speaking.
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen']);
// Group nouns that mean people ("the three leaders"); the others mean countries or institutions ("both governments").
const PEOPLE_GROUP_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'men', 'generals', 'commanders']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'both', 'all']);
// Nouns after a demonym that make it stand for its country: "the Iranian delegation", "Chinese officials".
const GROUP_NOUNS = new Set(['delegation', 'delegations', 'side', 'government', 'officials', 'forces', 'troops', 'military', 'army', 'navy', 'warplanes', 'jets', 'authorities', 'leadership', 'diplomats', 'team', 'negotiators', 'envoys', 'regime', 'leaders', 'administration', 'counterparts', 'ministers', 'lawmakers', 'parliament', 'president', 'coast', 'vessels', 'ships', 'mediators', 'envoys', 'diplomats', 'warplanes', 'soldiers']);

export function interactions(doc: Doc, lex: Lexicons): Relation[] {
  const out: Relation[] = [];
  // Acts read without an addressee ("North Korea fired a missile"): a later response to the act ("condemned the launch")
  // is addressed to its actor. The last few of each kind, newest last: a lookup stays short however long the article.
  const untargetedActs = new Map<InteractionKind, Array<{ source: string; sentence: number }>>();
  const rememberAct = (kind: InteractionKind, source: string, sentence: number) => {
    let acts = untargetedActs.get(kind);
    if (!acts) { acts = []; untargetedActs.set(kind, acts); }
    if (acts.length >= 4) acts.shift();
    acts.push({ source, sentence });
  };
  /** The latest remembered act of one of `kinds` by someone other than `sources`. */
  const latestAct = (kinds: readonly InteractionKind[], sources: readonly Slot[]) => {
    let latest: { source: string; sentence: number } | undefined;
    for (const kind of kinds) {
      for (const act of untargetedActs.get(kind) ?? []) {
        if (!sources.some((x) => x.actor === act.source) && (!latest || act.sentence >= latest.sentence)) latest = act;
      }
    }
    return latest;
  };
  const actors = byId(doc.actors);
  const tokens = doc.tokens;
  const { bits: starts, firsts } = startsAt(tokens, lex);
  // Affiliation links: a speaker's own country or institution is not what it talks about.
  // Kept as sets per actor: `related` runs for every candidate pair and must not build strings.
  const linked = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = linked.get(a);
    if (!set) { set = new Set(); linked.set(a, set); }
    set.add(b);
    let back = linked.get(b);
    if (!back) { back = new Set(); linked.set(b, back); }
    back.add(a);
  };
  for (const a of doc.actors) if (a.country) link(a.id, a.country);
  for (const m of doc.mentions) {
    if (m.actor && m.institution) link(m.actor, m.institution);
    if (m.actor && m.country) link(m.actor, m.country);
  }
  // One hop further: a spokesman of the NSC is related to the United States the NSC belongs to.
  const direct: Array<[string, string]> = [];
  for (const [a, set] of linked) for (const b of set) direct.push([a, b]);
  for (const [a, b] of direct) {
    const country = actors.get(b)?.kind === 'institution' ? actors.get(b)?.country : undefined;
    if (country && country !== a) link(a, country);
  }
  // A person and an institution of the person's own country ("Russia's ambassador" and "the Russian mission") are one side.
  const institutionsByCountry = new Map<string, string[]>();
  for (const inst of doc.actors) {
    if (inst.kind !== 'institution' || !inst.country) continue;
    const list = institutionsByCountry.get(inst.country);
    if (list) list.push(inst.id); else institutionsByCountry.set(inst.country, [inst.id]);
  }
  for (const person of doc.actors) {
    if (person.kind !== 'person' || !person.country) continue;
    for (const inst of institutionsByCountry.get(person.country) ?? []) link(person.id, inst);
  }
  const related = (a: string, b: string) => a === b || (linked.get(a)?.has(b) ?? false);
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m); else mentionsBySentence.set(m.sentence, [m]);
  }
  // The last actor of each kind seen as a subject, for pronouns.
  const salient: { person?: string; other?: string } = {};
  // The last actors named together ("Biden, Kishida and Yoon"), for "the three leaders", "both sides", "they";
  // people and other actors also apart, so that "the leaders" still means the leaders after "Washington, Tokyo and Seoul".
  let lastGroup: string[] = [];
  let lastPeople: string[] = [];
  let lastOthers: string[] = [];
  const rememberGroup = (list: readonly Slot[]) => {
    const ids: string[] = [];
    for (const x of list) if (!ids.includes(x.actor)) ids.push(x.actor);
    if (ids.length < 2) return;
    lastGroup = ids;
    const people = ids.filter((id) => actors.get(id)?.kind === 'person');
    if (people.length > 1) lastPeople = people;
    if (ids.length - people.length > 1) lastOthers = ids.filter((id) => actors.get(id)?.kind !== 'person');
  };
  /** The group a group noun means: people for "leaders", any for "sides" and "parties", others for "countries". */
  const groupFor = (noun: string): string[] => (PEOPLE_GROUP_NOUNS.has(noun) ? lastPeople : noun === 'sides' || noun === 'parties' ? lastGroup : lastOthers);

  doc.sentences.forEach((sentence, si) => {
    const hasComma = (from: number, to: number) => { for (let i = from; i < to; i++) if (tokens[i].text === ',') return true; return false; };
    const sentenceMentions = mentionsBySentence.get(si) ?? [];
    // The per-sentence indexes below are built only when the sentence has something to put in them:
    // most sentences have no qualified person, apposition, singular demonym or quote.
    let qualifiedPersons: Map<number, Mention[]> | undefined;
    let appositionStarts: Set<number> | undefined;
    // Singular demonyms are adjectives ("Russian borders"); plural ones name the people or government ("the Iranians").
    // Keyed by span as one number (start · 2^24 + end; articles are far below 2^24 tokens): no string per lookup.
    let demonymSlots: Set<number> | undefined;
    const candidates: Slot[] = [];
    for (const m of sentenceMentions) {
      if (m.kind === 'person' && (m.country || m.institution)) {
        qualifiedPersons ??= new Map();
        const list = qualifiedPersons.get(m.start);
        if (list) list.push(m); else qualifiedPersons.set(m.start, [m]);
      }
      if (m.rule === 'apposition-before') (appositionStarts ??= new Set()).add(m.start);
      if (m.rule === 'country:demonym' && !m.text.endsWith('s')) (demonymSlots ??= new Set()).add(m.start * 0x1000000 + m.end);
      if (m.actor && actors.has(m.actor)) candidates.push({ actor: m.actor, start: m.start, end: m.end });
    }
    sortSpans(candidates);
    // Nested spans (a country inside an institution's name) are the larger mention: one sweep, sorted by start.
    const outside = outsideLarger();
    const slots: Slot[] = [];
    for (const s of candidates) {
      if (!outside(s)) continue;
      // A country or institution that only qualifies a person's title ("French President Emmanuel Macron") is not an argument.
      if (qualifiedPersons && qualifiesTitle(s, qualifiedPersons)) continue;
      slots.push(s);
    }
    function qualifiesTitle(s: Slot, persons: Map<number, Mention[]>): boolean {
      for (let at = s.end; at <= s.end + 5; at++) {
        for (const p of persons.get(at) ?? []) {
          if ((p.country === s.actor || p.institution === s.actor) && (p.rule === 'apposition-before' || !hasComma(s.end, p.start))) return true;
        }
      }
      return false;
    }
    const isDemonym = (x: Slot) => demonymSlots !== undefined && demonymSlots.has(x.start * 0x1000000 + x.end);
    const quotes = doc.quotes.length ? doc.quotes.filter((q) => q.charStart >= sentence.charStart - 1 && q.charEnd <= sentence.charEnd + 1) : NO_QUOTES;
    let quoted: Uint8Array | undefined;
    if (quotes.length) {
      quoted = new Uint8Array(sentence.end - sentence.start);
      for (const q of quotes) for (let t = sentence.start; t < sentence.end; t++) if (tokens[t].start >= q.charStart && tokens[t].end <= q.charEnd) quoted[t - sentence.start] = 1;
    }
    const inQuote = (t: number) => quoted !== undefined && t >= sentence.start && t < sentence.end && quoted[t - sentence.start] === 1;
    // The sentence's first subject (or, without cues, its first actor) is what a later "it" or "he" most likely means.
    const firstSlot = () => slots.find((x) => !inQuote(x.start) && !isDemonym(x));
    // A sentence where no cue can start yields no relation: only its first actor is remembered.
    let cueStart = false;
    for (let t = sentence.start; t < sentence.end && !cueStart; t++) cueStart = (starts[t] & STARTS_CUE) !== 0;
    if (!cueStart) { remember(firstSlot()?.actor); return; }
    // The act's date: looked up only for sentences that yield a relation.
    let dateResolved = false;
    let dateValue: string | undefined;
    const actDateOf = () => {
      if (!dateResolved) { dateValue = actDate(tokens, sentence.start, sentence.end, doc.meta.date); dateResolved = true; }
      return dateValue;
    };
    const emit = (source: string, target: string, cue: CompiledCue, cueStart: number, allegedBy?: string, quote?: string) => {
      // A spokesman "addressing" his own ministry or a minister her own country is the text's framing, not an interaction.
      if (source === target || !actors.has(source) || !actors.has(target) || related(source, target)) return;
      const verb = cue.tokens.length === 1 ? tokens[cueStart].text : joinTexts(tokens, cueStart, cueStart + cue.tokens.length);
      out.push(makeRelation(source, target, cue.relation, evidenceOf(doc, si, verb, actDateOf(), quote), cue.cameo, allegedBy));
    };

    // Looked up at every token by the rules below: computed once per sentence.
    const base = sentence.start;
    const covering: Array<Slot | undefined> = new Array(sentence.end - base);
    const ending = new Map<number, Slot>();
    for (const slot of slots) {
      for (let t = slot.start; t < slot.end; t++) covering[t - base] ??= slot;
      if (!ending.has(slot.end)) ending.set(slot.end, slot);
    }
    const slotAt = (t: number) => (t >= base && t < sentence.end ? covering[t - base] : undefined);
    const slotEndingAt = (t: number) => ending.get(t);
    // An actor just before a word makes it a verb ("Russia demands"), unless the actor is an adjective ("a Russian demand").
    const isSubjectEnd = (t: number) => { const s = ending.get(t); return s !== undefined && !isDemonym(s); };
    const cueHits = new Array<CueHit | undefined>(sentence.end - base);
    /** The longest cue starting at t that ends by `limit` (the sentence end by default). */
    const cueAt = (t: number, limit = sentence.end): CueHit => {
      if (t < base || t >= sentence.end) return null;
      let hit = cueHits[t - base];
      if (hit === undefined) { hit = lex.cues.longest(tokens, t, sentence.end, firsts[t].cue); cueHits[t - base] = hit; }
      if (hit && hit.end > limit) return lex.cues.longest(tokens, t, limit, firsts[t].cue);
      return hit;
    };

    /** True when tokens[from, to) hold no comma, conjunction or cue: only titles and modifiers. */
    const onlyTitlesBetween = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const x = tokens[i];
        if (x.text === ',' || x.lower === 'and' || x.lower === 'or' || cueAt(i, to) !== null) return false;
        // "the Palestinian Authority, not Hamas": only titles and their modifiers may stand between.
        if (!/^\p{Lu}/u.test(x.text) && !lex.titleModifiers.has(x.lower) && x.lower !== 'the' && !lex.titles.longest(tokens, i, to)) return false;
      }
      return true;
    };

    /** Coordinated actors around a slot: "the U.S. and NATO", "Britain, China, France, Germany and Russia". */
    const coordinatedRight = (first: Slot, limit: number): Slot[] => {
      const list = [first];
      let t = first.end;
      for (;;) {
        let j = t;
        if (tokens[j]?.text === ',') j++;
        if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') j++;
        if (j === t) break;
        if (tokens[j]?.lower === 'the') j++;
        // "Kishida and South Korean President Yoon Suk Yeol": titles may stand before the next actor.
        const next = slots.find((s) => s.start >= j && s.start <= j + 4 && s.start < limit && onlyTitlesBetween(j, s.start));
        if (!next) break;
        list.push(next);
        t = next.end;
      }
      return list;
    };
    const coordinatedLeft = (last: Slot, floor: number): Slot[] => {
      const list = [last];
      let t = last.start;
      // The link next to the verb must be "and"/"or" ("A, B and C said"); earlier links may be commas.
      let needConjunction = true;
      for (;;) {
        let j = t - 1;
        // "Warsaw and its EU allies", "Moscow and the EU".
        if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'its' || tokens[j]?.lower === 'their') j--;
        const conjunction = tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or';
        if (!conjunction && (tokens[j]?.text !== ',' || needConjunction)) break;
        needConjunction = false;
        j--;
        if (tokens[j]?.text === ',') j--;
        let prev = slots.find((s) => s.end === j + 1 && s.start >= floor);
        const pronoun = PRONOUN_KIND.get(tokens[j]?.lower ?? '');
        if (!prev && pronoun && j >= floor) {
          // "it and NATO rejected".
          const actor = pronounActor(j, pronoun);
          if (actor) prev = { actor, start: j, end: j + 1 };
        }
        if (!prev) break;
        list.unshift(prev);
        t = prev.start;
      }
      return list;
    };

    /** The subject of a cue at token c: nearest actor on the left in the same clause. */
    const subjectOf = (c: number, forNoun = false): Slot[] => {
      // "Kosovo, a former Serbian province …, declared", "Wennesland, the U.N. coordinator …, who worked …, urged":
      // the subject stands before the apposition or relative clause that ends at the comma.
      let a = c - 1;
      while (a > sentence.start && AUXILIARY_WORDS.has(tokens[a].lower)) a--;
      // "…, diplomats said": an unnamed source speaks; no actor named earlier in the sentence does.
      // ("Iranian officials said" is Iran: a demonym ends right before the noun.)
      if (lex.words.anonymousSources.has(tokens[a]?.lower ?? '') && !slotAt(a) && !slotEndingAt(a)) return [];
      if (tokens[a]?.text === ',') {
        for (let t = a - 1; t > sentence.start && t > a - 40; t--) {
          if (tokens[t].text !== ',') continue;
          const s = slotEndingAt(t);
          if (s && !isDemonym(s)) return coordinatedLeft(s, sentence.start);
          // "The Iranian delegation, led by …, held talks": a demonym with the group it qualifies.
          const group = GROUP_NOUNS.has(tokens[t - 1]?.lower ?? '') ? slotEndingAt(t - 1) : undefined;
          if (group) return coordinatedLeft(group, sentence.start);
        }
      }
      let t = c - 1;
      let depth = 0;
      while (t >= sentence.start) {
        const tok = tokens[t];
        if (QUOTE_MARKS.has(tok.text) && inQuoteBoundary(t)) break;
        if (tok.text === ')') depth++;
        if (tok.text === '(') depth = Math.max(0, depth - 1);
        if (depth === 0 && CLAUSE_BREAKS.has(tok.lower) && !(tok.lower === 'that' && t === c - 1)) {
          // "X, who …, said": the relative clause is skipped to reach X.
          if ((tok.lower === 'who' || tok.lower === 'which') && tokens[t - 1]?.text === ',') {
            const s = slotEndingAt(t - 1);
            if (s) return coordinatedLeft(s, sentence.start);
          }
          break;
        }
        const slot = depth === 0 ? slotEndingAt(t + 1) : undefined;
        if (slot) {
          // Skip an actor that is the object of a preposition ("the spokesman for the ministry said").
          const beforeAt = tokens[slot.start - 1]?.lower === 'the' ? slot.start - 2 : slot.start - 1;
          const beforeThe = tokens[beforeAt];
          // "a spokesperson for the Chinese Foreign Ministry said": who speaks for it makes it the speaker.
          if (beforeThe && (beforeThe.lower === 'for' || beforeThe.lower === 'of') && SPOKESPEOPLE.has(tokens[beforeAt - 1]?.lower ?? '')) return [slot];
          // "after", "before", "since" may also open a clause ("after ECOWAS closed …"): then the actor is its subject.
          if (beforeThe && PREPOSITIONS.has(beforeThe.lower) && beforeThe.lower !== 'according' && !CLAUSE_BREAKS.has(beforeThe.lower)) { t = slot.start - 1; continue; }
          // A demonym is an adjective unless it qualifies a group that acts ("the Iranian delegation").
          if (isDemonym(slot) && !GROUP_NOUNS.has(tokens[slot.end]?.lower ?? '')) { t = slot.start - 1; continue; }
          // Skip an apposition: "Jens Stoltenberg, NATO's secretary general, said".
          return coordinatedLeft(slot, sentence.start);
        }
        // A participial phrase set off by commas ("Kishida, speaking in Bangkok, said") does not hide the subject.
        const participle = tok.lower.endsWith('ing') && tokens[t - 1]?.text === ',';
        // For a noun cue, even the verb just before it is another predicate: "X said sanctions on Y" are not X's sanctions.
        const objectTaking = forNoun && OBJECT_TAKING.has(tok.lower);
        const blocking = depth === 0 && !participle && !objectTaking && (t < c - 1 || forNoun) && tok.lower !== 'was' && tok.lower !== 'were' ? cueAt(t, c) : null;
        // Only a verb reading is another predicate ("used his visit to urge" keeps going past "visit").
        if (blocking && blocking.values.some((v) => v.pos === 'verb') && !DETERMINERS.has(tokens[t - 1]?.lower ?? '') && !/^['\u2019]s?$/.test(tokens[t - 1]?.text ?? '')) {
          // Another predicate stands between: its subject is not ours, unless coordinated verbs ("said … and added").
          break;
        }
        t--;
      }
      // A group named before: "the three leaders denounced", "both sides agreed", "they pledged".
      const group = groupReference(c);
      if (group) return group;
      // Pronoun subject: "it said", "he told".
      for (let p = c - 1; p >= Math.max(sentence.start, c - 4); p--) {
        const kind = PRONOUN_KIND.get(tokens[p].lower);
        if (kind) {
          const actor = pronounActor(p, kind);
          if (!actor) return [];
          const slot = { actor, start: p, end: p + 1 };
          // "it and NATO rejected": a pronoun can lead a coordination.
          const and = tokens[p + 1]?.lower === 'and' ? slots.find((x) => x.start === p + 2 || (tokens[p + 2]?.lower === 'the' && x.start === p + 3)) : undefined;
          return and ? [slot, and] : [slot];
        }
      }
      return [];
    };
    /** The kinds of act a noun in tokens[from, to) answers: "the accusation" an accusation, "the demand" a demand. */
    const answeredAct = (from: number, to: number): InteractionKind[] | undefined => {
      for (let i = from; i < to; i++) {
        const kinds = lex.actNouns.get(tokens[i].lower);
        if (kinds) return kinds;
      }
      return undefined;
    };
    /** "the (two|three) leaders", "both sides", "they" just before the cue: the last group of actors named together. */
    const groupReference = (c: number): Slot[] | undefined => {
      let p = c - 1;
      while (p > sentence.start && AUXILIARY_WORDS.has(tokens[p].lower)) p--;
      const word = tokens[p]?.lower ?? '';
      const isGroupNoun = GROUP_REFERENCES.has(word) && (tokens[p - 1]?.lower === 'the' || tokens[p - 1]?.lower === 'both' || NUMBER_WORDS.has(tokens[p - 1]?.lower ?? ''));
      // "leaders" are people; "sides", "countries" and "governments" are countries or institutions.
      const people = PEOPLE_GROUP_NOUNS.has(word);
      // "the two governments", "both sides": the two actors of the latest exchange between two of that kind.
      const two = isGroupNoun && (tokens[p - 1]?.lower === 'two' || tokens[p - 1]?.lower === 'both');
      if (two) {
        const pair = out.findLast((r) => r.evidence.sentence < si && (actors.get(r.source)?.kind === 'person') === people && (actors.get(r.target)?.kind === 'person') === people && !related(r.source, r.target));
        if (pair) return [{ actor: pair.source, start: p, end: p + 1 }, { actor: pair.target, start: p, end: p + 1 }];
      }
      if (!(isGroupNoun || (word === 'they' && lastGroup.length > 1)) || lastGroup.length < 2) return undefined;
      const members = word === 'they' ? lastGroup : groupFor(word);
      return members.length > 1 ? mapPacked(members, (actor) => ({ actor, start: p, end: p + 1 })) : undefined;
    };
    /** "the two sides", "both countries" anywhere in tokens[from, to): the last group. */
    const groupIn = (from: number, to: number): Slot[] | undefined => {
      for (let t = from + 1; t < to; t++) {
        const noun = tokens[t].lower;
        const before = tokens[t - 1].lower;
        const group = GROUP_REFERENCES.has(noun) && (before === 'both' || NUMBER_WORDS.has(before)) ? groupFor(noun) : undefined;
        if (group && group.length > 1) {
          return mapPacked(group, (actor) => ({ actor, start: t, end: t + 1 }));
        }
      }
      return undefined;
    };
    /** A pronoun's actor: the nearest compatible actor before it in the sentence (outside quotes), else the salient one. */
    const pronounActor = (p: number, kind: 'person' | 'other' | 'any'): string | undefined => {
      const fits = (id: string) => { const k = actors.get(id)?.kind; return kind === 'any' || (kind === 'person') === (k === 'person'); };
      for (let i = slots.length - 1; i >= 0; i--) {
        const s = slots[i];
        if (s.end <= p && !inQuote(s.start) && fits(s.actor) && !isDemonym(s)) return s.actor;
      }
      return kind === 'person' ? salient.person : kind === 'other' ? salient.other : salient.other ?? salient.person;
    };
    const inQuoteBoundary = (t: number) => quotes.some((q) => tokens[t].end === q.charStart || tokens[t].start === q.charEnd);

    /** Objects after position t (the cue's end): direct object, or after one of the cue's prepositions. */
    const objectsAfter = (t: number, cue: CompiledCue, direct: boolean): { slots: Slot[]; owner: boolean } => {
      let limit = Math.min(sentence.end, t + MAX_OBJECT_DISTANCE);
      let i = t;
      let viaPreposition = false;
      let viaCuePreposition = false;
      // "condemned the attack by Russia", "welcomed the agreement between Serbia and Kosovo": the act's
      // agent or parties, named in the object's own phrase, are whom the response is addressed to.
      const actObject = direct && DETERMINERS.has(tokens[t]?.lower ?? '');
      while (i < limit) {
        const tok = tokens[i];
        const apposed = tok.text === ',' && appositionStarts !== undefined && appositionStarts.has(i + 1);
        if (apposed) { i++; continue; }
        if (tok.text === ',' || tok.text === ';' || tok.lower === 'that' || tok.lower === 'which' || tok.lower === 'who' || QUOTE_MARKS.has(tok.text)) break;
        // Another cue ends the object, but for the act an object names ("condemned the attack by …").
        if (cueAt(i, sentence.end) && i > t && !PREPOSITIONS.has(tok.lower) && !(actObject && i === t + 1)) break;
        const slot = slotAt(i);
        if (slot && slot.start === i) {
          const prev = tokens[i - 1]?.lower === 'the' ? tokens[i - 2] : tokens[i - 1];
          const afterPreposition = prev !== undefined && PREPOSITIONS.has(prev.lower) && i > t;
          const allowedPreposition = afterPreposition && cue.preps !== undefined && cue.preps.includes(prev.lower);
          // "banned imports of Russian diamonds": the actor qualifying the direct object.
          const ofComplement = direct && afterPreposition && prev.lower === 'of' && !viaPreposition;
          if (actObject && afterPreposition && !viaPreposition && (prev.lower === 'by' || prev.lower === 'between')) {
            return { slots: coordinatedRight(slot, sentence.end), owner: false };
          }
          if ((direct && !afterPreposition) || ofComplement) {
            const owner = tokens[slot.end] && /^['\u2019]s?$/.test(tokens[slot.end].text);
            const list = coordinatedRight(slot, sentence.end);
            // "his Armenian and Azerbaijani counterparts, Ararat Mirzoyan and Jeyhun Bayramov": the people named after them.
            if (list.every((x) => isDemonym(x))) {
              const last = list[list.length - 1];
              for (let j = last.end; j < Math.min(sentence.end, last.end + 4); j++) {
                if (tokens[j].text !== ',') continue;
                const named = slotAt(j + 1);
                if (named && named.start === j + 1 && actors.get(named.actor)?.kind === 'person') return { slots: coordinatedRight(named, sentence.end), owner: false };
                break;
              }
            }
            return { slots: list, owner: Boolean(owner) };
          }
          // "with Russian Foreign Minister Sergei Lavrov": titles may stand between the preposition and the actor.
          if (allowedPreposition || (viaCuePreposition && !afterPreposition) || (viaPreposition && afterPreposition && (prev.lower === 'from' || prev.lower === 'of'))) {
            return { slots: coordinatedRight(slot, sentence.end), owner: false };
          }
          if (afterPreposition) viaPreposition = true;
          // Past the whole list the preposition governs: "between Serbia and Kosovo" holds no direct object.
          const governed = afterPreposition ? coordinatedRight(slot, sentence.end) : [slot];
          i = governed[governed.length - 1].end;
          continue;
        }
        if (cue.preps !== undefined && cue.preps.includes(tok.lower)) {
          // "held talks in Brussels last month with China's commerce minister, Wang Wentao": the cue's own preposition
          // opens the object afresh, once, so the scan stays short (not for statements: "said Blinken expects to hear
          // Putin" has no addressee).
          if (!viaPreposition && cue.relation !== 'statement') limit = Math.min(sentence.end, Math.max(limit, i + MAX_OBJECT_DISTANCE));
          viaPreposition = true;
          viaCuePreposition = true;
        }
        else if (PREPOSITIONS.has(tok.lower)) viaCuePreposition = false;
        i++;
      }
      return { slots: [], owner: false };
    };

    /** The kind the reported words in tokens[from, to) call for, if more than a statement; the lexicon's priority decides. */
    const contentKind = (from: number, to: number): ContentKind | undefined => {
      const found = new Set<ContentKind>();
      for (let i = from; i < to; i++) {
        const hit = lex.contentCues.longest(tokens, i, to, firsts[i].content);
        if (!hit) continue;
        hit.values.forEach((k) => found.add(k));
        i = hit.end - 1;
      }
      return lex.contentPriority.find((k) => found.has(k));
    };

    /** Actors the reported words are about: after the cue ("said that …"), or in the quote before it. */
    const contentActors = (from: number, to: number, speakers: readonly string[]): string[] => {
      const found: string[] = [];
      // The reported clause ends where another predicate starts ("… after it and NATO rejected …").
      let passedActor = false;
      // Reported words rarely run past a few dozen tokens; the cap keeps hostile sentences linear.
      to = Math.min(to, from + MAX_CONTENT_TOKENS);
      for (let t = from + 1; t < to; t++) {
        const at = slotAt(t);
        if (at) { if (!speakers.some((sp) => related(sp, at.actor))) passedActor = true; continue; }
        if (inQuote(t)) continue;
        // ", while the ministry accused …" starts another clause with its own speaker.
        if (tokens[t - 1]?.text === ',' && CONTRAST.has(tokens[t].lower)) { to = t; break; }
        // "…, and warned that …": the speaker's next predicate, whose words are its own.
        if (tokens[t].lower === 'and' && cueAt(t + 1)?.values.some((v) => v.pos === 'verb')) { to = t; break; }
        const hit = cueAt(t, to);
        if (hit && passedActor && hit.values.some((v) => v.pos === 'verb') && !/^\p{Lu}/u.test(tokens[t].text)) { to = t; break; }
      }
      for (const s of slots) {
        if (s.start < from || s.end > to) continue;
        if (isDemonym(s) && !GROUP_NOUNS.has(tokens[s.end]?.lower ?? '')) continue;
        // "announced the agreement at the White House": a place, not what the words are about.
        const before = tokens[s.start - 1]?.lower === 'the' ? tokens[s.start - 2] : tokens[s.start - 1];
        if (before && lex.words.locatives.has(before.lower)) continue;
        if (speakers.some((sp) => related(sp, s.actor))) continue;
        if (!found.includes(s.actor)) found.push(s.actor);
      }
      return found;
    };

    let firstSubject: string | undefined;
    let lastSources: Slot[] = [];
    let firstSources: Slot[] = [];
    let lastTargets: Slot[] = [];
    let lastVerb: { end: number; sources: Slot[]; objectActs: boolean } | undefined;
    for (let c = sentence.start; c < sentence.end; c++) {
      if (slotAt(c)) continue;
      const hit = cueAt(c, sentence.end);
      if (!hit) continue;
      const cueEnd = hit.end;
      const cue = pickCue(hit.values, tokens, c, isSubjectEnd);
      if (!cue) continue;
      if (inQuote(c)) { c = cueEnd - 1; continue; }
      // A capitalised cue word inside a sentence is part of a name ("Secretary of State").
      if (c > sentence.start && /^\p{Lu}/u.test(tokens[c].text) && !QUOTE_MARKS.has(tokens[c - 1].text)) { c = cueEnd - 1; continue; }
      const negated = isNegated(tokens, c, sentence.start);
      const prev = tokens[c - 1]?.lower;
      // ", provided Baku guaranteed …", "providing that …": a conjunction opening a condition, not the cue (words.json).
      if (lex.words.conditionalConjunctions.has(tokens[c].lower) && (prev === ',' || tokens[cueEnd]?.lower === 'that')) { c = cueEnd - 1; continue; }
      // A gerund after a preposition is not a predicate ("in addition to blocking"), except an accusation's content.
      const gerund = tokens[cueEnd - 1].lower.endsWith('ing');
      const alleging = gerund && prev === 'of' ? out.find((r) => r.kind === 'accuse' && r.evidence.sentence === si) : undefined;
      // "thanked Iran for supplying the group", "accused Russia of threatening Ukraine": the gerund's subject is the object before it.
      const objectBefore = gerund && (prev === 'of' || prev === 'for') ? lastTargets : [];
      if (gerund && prev && GERUND_BLOCKERS.has(prev) && !alleging && !objectBefore.length) { c = cueEnd - 1; continue; }
      // ", accusing Tehran of …": a participle after a comma has the main clause's subject.
      const afterComma = prev === ',' || (QUOTE_MARKS.has(tokens[c - 1]?.text ?? '') && tokens[c - 2]?.text === ',');
      const participleOfMain = gerund && afterComma && firstSources.length > 0;
      if (negated) { c = cueEnd - 1; continue; }

      if (cue.pos === 'noun') {
        nounCue(c, cueEnd, cue);
        c = cueEnd - 1;
        continue;
      }

      // Passive: "the demand was rejected by Ankara", "was also condemned by", "were previously hosted by".
      const byAgent = tokens[cueEnd]?.lower === 'by' && cue.relation !== 'statement';
      let auxiliary = c - 1;
      while (auxiliary > sentence.start && c - auxiliary <= 2 && isAdverb(tokens[auxiliary].lower)) auxiliary--;
      // "at talks hosted by Gonsalves": a participle after a meeting noun is passive too; its subject is the meeting.
      const meetingParticiple = byAgent && prev !== undefined && MEETING_NOUNS.has(prev) && tokens[cueEnd - 1].lower.endsWith('ed');
      const passive = byAgent && (PASSIVE_AUX.has(tokens[auxiliary]?.lower ?? '') || meetingParticiple);
      // "a monitoring mission deployed on the border", "the sanctions imposed on Russia": a transitive verb's participle
      // right before a preposition, after a common noun, qualifies the noun ("the allies agreed at Camp David" acts).
      if (!byAgent && !passive && TRANSITIVE_ACTS.has(cue.relation) && tokens[cueEnd - 1].lower.endsWith('ed') && prev !== undefined && /^\p{Ll}+$/u.test(tokens[c - 1].text)
        && PREPOSITIONS.has(tokens[cueEnd]?.lower ?? '') && !AUX_OR_ADVERB.has(prev) && !PRONOUNS.has(prev) && !PREPOSITIONS.has(prev)
        && !CLAUSE_BREAKS.has(prev) && !GROUP_NOUNS.has(prev) && !GROUP_REFERENCES.has(prev) && !isAdverb(prev) && !slotEndingAt(c)) { c = cueEnd - 1; continue; }
      let sources: Slot[];
      let targets: Slot[];
      if (tokens[c].lower === 'according' && tokens[cueEnd]?.lower === 'to') {
        // "According to the Kremlin, …" / "…, according to X": X speaks about the rest of the sentence.
        const speaker = slots.find((x) => x.start > cueEnd && x.start <= cueEnd + 3);
        if (speaker) {
          const about = [...contentActors(sentence.start, c, [speaker.actor]), ...contentActors(speaker.end, sentence.end, [speaker.actor])];
          for (const actor of [...new Set(about)].slice(0, 1)) emit(speaker.actor, actor, cue, c);
          remember(speaker.actor);
        }
        c = cueEnd - 1;
        continue;
      }
      if (passive) {
        const agent = slots.find((s) => s.start > cueEnd && s.start <= cueEnd + 6 && !someToken(tokens, cueEnd + 1, s.start, (t) => t.text === ',' || t.text === ';'));
        sources = agent ? coordinatedRight(agent, sentence.end) : [];
        targets = meetingParticiple ? [] : subjectOf(c - 1);
        // "… met in Argyle, at talks hosted by Gonsalves", "Talks between the two sides were hosted by Iraq": the guests are the sentence's subjects or the group named.
        if (!targets.length && cue.relation === 'consult') targets = groupIn(sentence.start, c) ?? firstSources;
      } else {
        // "accused Beijing … and said …": a coordinated predicate shares the first one's subject.
        let a = c - 1;
        while (a > sentence.start && AUXILIARY_WORDS.has(tokens[a].lower)) a--;
        // ", then warned": a sequence of the main subject's acts.
        const sequenced = tokens[c - 1]?.lower === 'then' && tokens[c - 2]?.text === ',' && firstSources.length > 0;
        const coordinated = (tokens[a]?.lower === 'and' && a < c && lastSources.length > 0) || sequenced;
        // ", and urged …" after a nested clause goes back to the sentence's main subject.
        const shared = tokens[a - 1]?.text === ',' || sequenced ? firstSources : lastSources;
        // "summoned Japan's ambassador to protest …": an infinitive after a verb that does not hand its object
        // the act ("urged Turkey to …" does) has that verb's subject.
        const purpose = prev === 'to' && lastVerb !== undefined && !lastVerb.objectActs && lastVerb.sources.length > 0 && objectThenInfinitive(lastVerb.end, c - 1);
        // "quoted Ali Shamkhani as saying …": the one quoted speaks.
        const quoted = prev === 'as' && cue.speech && gerund ? slotEndingAt(c - 1) : undefined;
        sources = objectBefore.length ? objectBefore : participleOfMain ? firstSources : purpose ? lastVerb!.sources : quoted ? [quoted] : coordinated && shared.length ? shared : subjectOf(c);
        // '"…," said Price' / '"…," Price said': the speaker follows the quote.
        if (!sources.length && cue.speech && (tokens[c - 1]?.text === ',' || QUOTE_MARKS.has(tokens[c - 1]?.text ?? ''))) {
          // '"…," said Greek Foreign Minister Nikos Dendias': the first actor after the verb, past its titles.
          const after = slots.find((s) => s.start >= cueEnd && s.start <= cueEnd + 6 && !someToken(tokens, cueEnd, s.start, (t) => t.text === ',' || t.lower === 'that'));
          if (after) sources = [after];
        }
        const objects = objectsAfter(cueEnd, cue, cue.relation !== 'statement' || ADDRESSED_STATEMENTS.has(tokens[c].lower));
        targets = objects.slots;
        if (cue.speech || ((cue.relation === 'demand' || cue.relation === 'appeal' || cue.relation === 'threaten') && !targets.length)) {
          if (!targets.length || cue.relation === 'statement') {
            const speakers = mapPacked(sources, (s) => s.actor);
            let about = mapPacked(targets, (t) => t.actor);
            if (!about.length) {
              const quote = quotes.find((q) => q.charEnd <= tokens[c].start && q.charEnd >= sentence.charStart);
              about = tokens[cueEnd] && (tokens[cueEnd].lower === 'that' || cue.relation !== 'statement' || !quote)
                ? contentActors(cueEnd, sentence.end, speakers)
                : quote ? contentActors(sentence.start, c, speakers) : contentActors(cueEnd, sentence.end, speakers);
              // "…, Moscow said Tuesday.": the reported words come before the speaker.
              if (!about.length && sources.length && cue.speech) about = contentActors(sentence.start, Math.min(...mapPacked(sources, (x) => x.start)), speakers);
            }
            targets = mapPacked(about.slice(0, cue.relation === 'statement' ? 2 : 3), (actor) => ({ actor, start: 0, end: 0 }));
          }
        }
      }
      // "Saudi Arabia and Iran agreed to restore relations": a mutual act between the coordinated subjects.
      if (!targets.length && sources.length > 1 && cue.mutual) {
        for (const x of sources) for (const y of sources) if (!related(x.actor, y.actor)) emit(x.actor, y.actor, cue, c);
      }
      // A statement whose reported words accuse or threaten is coded by what it says (CAMEO's way).
      let coded = cue;
      // "insisted that Sweden had delivered": an assertion, not a demand, unless the clause says what must be done.
      if (cue.relation === 'demand' && cue.speech && tokens[cueEnd]?.lower === 'that' && !someToken(tokens, cueEnd, Math.min(sentence.end, cueEnd + MAX_CONTENT_TOKENS), (t) => OBLIGATION_WORDS.has(t.lower))) {
        coded = { ...cue, relation: 'statement', cameo: CAMEO_ROOT.statement };
      }
      if (coded.relation === 'statement' && targets.length) {
        // The reported words: a quote before the speaker ('"…," X said'), else what follows the verb.
        const quoteFirst = quotes.some((q) => q.charEnd <= tokens[c].start) && !quotes.some((q) => q.charStart >= tokens[c].end);
        const from = quoteFirst ? sentence.start : cueEnd;
        const to = quoteFirst ? c : sentence.end;
        // Words that report another speaker ("Kim warned …, the agency said") are coded for that speaker, not this one.
        let quoting = false;
        for (let t = from; t < to && !quoting; t++) quoting = t !== c && !inQuote(t) && (cueAt(t)?.values.some((v) => v.speech && REPORTING.has(v.pattern)) ?? false);
        const kind = quoting ? undefined : contentKind(from, to);
        if (kind) coded = { ...coded, relation: kind, cameo: CAMEO_ROOT[kind] };
      }
      // "rejected the accusation", "The accusation was dismissed by the Kremlin", "Iran denies the charge":
      // a response to an act named before is addressed to whoever made it.
      if (!targets.length && sources.length && (cue.relation === 'reject' || cue.relation === 'accuse' || cue.relation === 'protest' || tokens[c].lower.startsWith('den'))) {
        const from = passive ? sentence.start : cueEnd;
        const to = passive ? c : Math.min(sentence.end, cueEnd + 4);
        const answered = answeredAct(from, to);
        if (answered) {
          const earlier = latestRelation(out, (r) => answered.includes(r.kind as InteractionKind) && r.evidence.sentence <= si && !sources.some((x) => x.actor === r.source));
          const earlierAct = latestAct(answered, sources);
          // The latest of the two; at one sentence, the act with an addressee.
          const actor = earlierAct && (!earlier || earlierAct.sentence > earlier.evidence.sentence) ? earlierAct.source : earlier?.source;
          if (actor) {
            targets = [{ actor, start: 0, end: 0 }];
            // Denying an accusation rejects it; condemning sanctions stays an accusation.
            if (cue.relation === 'statement') coded = { ...cue, relation: 'reject', cameo: CAMEO_ROOT.reject };
          }
        }
      }
      const quote = cue.speech ? quotes.find((q) => q.charStart >= sentence.charStart - 1 && q.charEnd <= sentence.charEnd + 1)?.text : undefined;
      if (!firstSubject && sources.length) firstSubject = sources[0].actor;
      if (sources.length) lastSources = sources;
      if (!targets.length) for (const s of sources) rememberAct(coded.relation, s.actor, si);
      // A meeting's participants are one group ("Biden hosted Kishida and Yoon … the three leaders").
      if (coded.relation === 'consult') rememberGroup([...sources, ...targets]);
      else { rememberGroup(sources); rememberGroup(targets); }
      lastTargets = targets.filter((t) => t.end > t.start);
      lastVerb = { end: cueEnd, sources, objectActs: cue.relation === 'appeal' || cue.relation === 'demand' || OBJECT_CONTROL.has(cue.pattern) };
      if (sources.length && !firstSources.length) firstSources = sources;
      for (const s of sources) {
        for (const t of targets) {
          if (related(s.actor, t.actor) && cue.relation === 'statement') continue;
          emit(s.actor, t.actor, coded, c, alleging?.source, quote?.replace(/[,.]$/, ''));
        }
      }
      // "Sweden's demand was rejected by Ankara": the demand was made of the agent.
      if (cue.relation === 'reject' && passive) {
        const subjectStart = targets.length ? targets[0].end : c;
        const demandBefore = someToken(tokens, subjectStart, c, (t) => DEMAND_NOUN.test(t.lower));
        if (demandBefore) for (const t of targets) for (const s of sources) {
          out.push(makeRelation(t.actor, s.actor, 'demand', evidenceOf(doc, si, 'demand', actDateOf()), '10'));
        }
      }
      // "rejected Russia's demand": the demand was made of those who reject it.
      if (cue.relation === 'reject' && !passive) {
        const demandNoun = tokenIndex(tokens, cueEnd, Math.min(sentence.end, cueEnd + 6), (t) => DEMAND_NOUN.test(t.lower));
        if (demandNoun >= 0) {
          for (const t of targets) for (const s of sources) {
            out.push(makeRelation(t.actor, s.actor, 'demand', evidenceOf(doc, si, tokens[cueEnd + demandNoun].text, actDateOf()), '10'));
          }
        }
      }
      c = cueEnd - 1;
    }

    /** Whether tokens[verbEnd, to) are just the verb's object, maybe with "on <day>" after it ("summoned Japan's ambassador on Sunday"). */
    function objectThenInfinitive(verbEnd: number, to: number): boolean {
      let k = to;
      if (k - 2 >= verbEnd && tokens[k - 2].lower === 'on' && /^\p{Lu}/u.test(tokens[k - 1].text)) k -= 2;
      const object = slotEndingAt(k);
      return object !== undefined && object.start >= verbEnd && object.start - verbEnd <= 4;
    }

    /** Noun cues: "Russia's demand to …", "U.S. sanctions on Iran", "talks with X". */
    function nounCue(c: number, cueEnd: number, cue: CompiledCue) {
      let j = c - 1;
      // Adjectives between owner and noun: "Moscow's sweeping demands".
      while (j >= sentence.start && j >= c - 3 && /^\p{Ll}/u.test(tokens[j].text) && !PREPOSITIONS.has(tokens[j].lower) && tokens[j].lower !== 'the' && !POSSESSIVE_PRONOUNS.has(tokens[j].lower) && !cueAt(j, c)) j--;
      let ownerSlot: Slot | undefined;
      if (tokens[j] && /^['\u2019]s?$/.test(tokens[j].text)) ownerSlot = slotEndingAt(j);
      else ownerSlot = slotEndingAt(j + 1);
      // "his demands", "its sanctions": a possessive pronoun points back like its subject form.
      const possessive = tokens[j] ? POSSESSIVE_PRONOUNS.get(tokens[j].lower) : undefined;
      if (!ownerSlot && possessive) {
        const actor = pronounActor(j, possessive);
        if (actor) ownerSlot = { actor, start: j, end: j + 1 };
      }
      const objects = objectsAfter(cueEnd, cue, false);
      const byAgent = tokens[cueEnd]?.lower === 'by' ? slots.find((s) => s.start === cueEnd + 1 || (tokens[cueEnd + 1]?.lower === 'the' && s.start === cueEnd + 2)) : undefined;
      let sources = ownerSlot ? [ownerSlot] : byAgent ? [byAgent] : [];
      let targets = objects.slots;
      // "talks between Ali Shamkhani … and Musaed al-Aiban": each side with the other.
      const between = tokenIndex(tokens, cueEnd, Math.min(sentence.end, cueEnd + 5), (t) => t.lower === 'between');
      if ((cue.mutual || cue.relation === 'consult') && between >= 0) {
        const first = slots.find((x) => x.start > cueEnd + between && x.start <= cueEnd + between + 3);
        if (first) {
          const sides = [first];
          // The second side may follow an apposition: "between A, the secretary of …, and B".
          let and = -1;
          for (let i = first.end; i < sentence.end; i++) if (tokens[i].lower === 'and') { and = i; break; }
          const second = and >= 0 ? slots.find((x) => x.start > and && x.start <= and + 2) : undefined;
          if (second) sides.push(second);
          for (const x of sides) for (const y of sides) if (!related(x.actor, y.actor)) emit(x.actor, y.actor, cue, c);
          return;
        }
      }
      if (!sources.length && cue.relation === 'consult' && targets.length) {
        // "during Tuesday's phone call with Lavrov": the clause's subject holds the talks.
        sources = clauseSubject(c);
      } else if (!sources.length && targets.length) {
        // "unveiled fresh sanctions against Russia": whoever is the subject of the verb.
        sources = subjectOf(c, true);
      }
      if (sources.length && !targets.length && cue.relation === 'demand') {
        // A demand with no addressee in its phrase is addressed to the nearest other actor.
        const others = slots.filter((s) => s.end <= c && !sources.some((x) => related(x.actor, s.actor)));
        if (others.length) targets = [others[others.length - 1]];
      }
      for (const s of sources) for (const t of targets) emit(s.actor, t.actor, cue, c);
    }

    remember(firstSubject ?? firstSlot()?.actor);

    function clauseSubject(c: number): Slot[] {
      let from = sentence.start;
      for (let t = c - 1; t > sentence.start; t--) {
        const hit = cueAt(t, c);
        if (hit && hit.values.some((v) => v.speech)) { from = hit.end; break; }
      }
      const first = slots.find((s) => s.start >= from && s.end <= c);
      return first ? [first] : [];
    }
  });

  function remember(actor: string | undefined) {
    if (!actor) return;
    const a: Actor | undefined = actors.get(actor);
    if (!a) return;
    if (a.kind === 'person') salient.person = actor; else salient.other = actor;
  }
  // Subjects of sentences without cues also become salient, in order.
  return dedupe(out);
}

const NO_QUOTES: readonly Quote[] = [];
const DEMAND_NOUN = /^(demands?|ultimatums?|proposals?|requests?)$/;

/** Whether a token in tokens[from, to) passes `test`: a slice's test without the slice. */
function someToken(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  return tokenIndex(tokens, from, to, test) >= 0;
}

/** Offset from `from` of the first token in tokens[from, to) that passes `test`, or -1. */
function tokenIndex(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  const end = Math.min(to, tokens.length);
  for (let i = Math.max(0, from); i < end; i++) if (test(tokens[i])) return i - from;
  return -1;
}

/** Keeps the spans not strictly inside a larger one; expects them sorted by start, longest first. Linear. */
function outsideLarger(): (s: Slot) => boolean {
  let coverEnd = -1;
  let coverSize = 0;
  return (s) => {
    const size = s.end - s.start;
    const inside = s.end <= coverEnd && size < coverSize;
    if (s.end > coverEnd) { coverEnd = s.end; coverSize = size; }
    return !inside;
  };
}


const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'that', 'those']);
const AUXILIARY_WORDS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'then', 'later', 'repeatedly', 'again']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
const AUX_OR_ADVERB = new Set(['also', 'then', 'later', 'again', 'repeatedly', 'publicly', 'has', 'have', 'had', 'will', 'would', 'could', 'did', 'does', 'do', 'and', 'but', 'not', 'never', 'reportedly', 'already', 'still', 'once', 'only', 'to']);

// How far back a response looks for the act it answers: recent acts only, and a long article stays linear.
const ANSWER_WINDOW = 256;

/** The latest of the last ANSWER_WINDOW relations that passes `test`. */
function latestRelation(relations: readonly Relation[], test: (r: Relation) => boolean): Relation | undefined {
  for (let i = relations.length - 1; i >= 0 && i >= relations.length - ANSWER_WINDOW; i--) if (test(relations[i])) return relations[i];
  return undefined;
}

/**
 * Among cues sharing a surface form ("visit" noun and verb), the one the
 * context calls for. After a determiner or possessive only a noun reading is
 * possible ("its written responses" is no statement).
 */
function pickCue(values: readonly CompiledCue[], tokens: readonly Token[], c: number, isSlotEnd: (t: number) => boolean): CompiledCue | undefined {
  const prev = tokens[c - 1];
  const p = prev?.lower;
  const determiner = p === 'the' || p === 'a' || p === 'an' || p === 'its' || p === 'their' || p === 'his' || p === 'her' || p === 'our' || p === 'this' || p === 'these'
    || (p === 'of' && !tokens[c].lower.endsWith('ing'))
    || (prev !== undefined && /^['\u2019]s?$/.test(prev.text));
  // The first noun and the first verb reading, found without building lists: asked at every cue.
  let noun: CompiledCue | undefined;
  let verb: CompiledCue | undefined;
  for (const v of values) {
    if (v.pos === 'noun') noun ??= v;
    else if (v.pos === 'verb') verb ??= v;
  }
  if (determiner) return noun;
  const verbContext = prev === undefined || isSlotEnd(c) || PRONOUNS.has(p!) || AUX_OR_ADVERB.has(p!) || p!.endsWith('ly') || prev.text === ',';
  if (verb && (verbContext || !noun)) return verb;
  return noun ?? verb;
}

/**
 * One edge per (source, target, kind, sentence); the first reading wins.
 * Relations come sentence by sentence, so a duplicate can only be among the
 * kept ones of the same sentence at the end of the list: a short scan back,
 * no key string per relation. A sentence with very many relations (a long
 * list of coordinated actors) switches to keys, so the scan stays linear.
 */
function dedupe(relations: Relation[]): Relation[] {
  const kept: Relation[] = [];
  let sentence = -1;
  let sentenceStart = 0;
  let keys: Set<string> | undefined;
  for (const r of relations) {
    if (r.evidence.sentence !== sentence) { sentence = r.evidence.sentence; sentenceStart = kept.length; keys = undefined; }
    let duplicate = false;
    if (keys === undefined && kept.length - sentenceStart > 32) {
      keys = new Set();
      for (let j = sentenceStart; j < kept.length; j++) keys.add(relationKey(kept[j]));
    }
    if (keys) {
      const key = relationKey(r);
      duplicate = keys.has(key);
      if (!duplicate) keys.add(key);
    } else {
      for (let j = kept.length - 1; j >= sentenceStart; j--) {
        const k = kept[j];
        if (k.source === r.source && k.target === r.target && k.kind === r.kind) { duplicate = true; break; }
      }
    }
    if (!duplicate) kept.push(r);
  }
  return kept;
}

const relationKey = (r: Relation) => `${r.source}|${r.target}|${r.kind}`;

