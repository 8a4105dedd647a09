/** Types of the lexicon data files under data/ and of user extension files. */
import type { InteractionKind } from '../doc.js';

export interface CountryNewsData {
  include: string[];
  countries: Record<string, { label?: string; names?: string[]; capitals?: string[]; demonyms?: string[] }>;
  ambiguous: { skipAltSpellings: string[]; demonymsNotActors: string[]; capitalsAlsoGivenNames: string[] };
}

export interface InstitutionRecord {
  id: string;
  label: string;
  names: string[];
  category: string;
  /** ISO3 of the country the institution belongs to. */
  partOf?: string;
  /** Names that are also places ("Brussels"): not the institution after "in" or "at". */
  placeNames?: string[];
}

export interface HeadRecord {
  head: string;
  category: string;
  label?: string;
  /** The head stands for the country itself ("Mali's government"). */
  country?: boolean;
  /** The head takes "in <city>" ("Embassy in Washington"). */
  place?: boolean;
  /** Only refers back ("the bloc"): never makes a new actor. */
  anaphor?: boolean;
}

export interface TitleRecord {
  title: string;
  /** The holder speaks for the country ("the president"). */
  head?: boolean;
  /** Office shared by several titles ("top diplomat", "foreign minister"). */
  role?: string;
}

export interface CueRecord {
  pattern: string;
  forms: string[];
  relation: InteractionKind;
  pos: 'verb' | 'noun';
  /** Prepositions that introduce the target after the cue. */
  preps?: string[];
  /** Opens reported speech ("said that", "warned that"). */
  speech?: boolean;
  /** Between the coordinated subjects when no one else is named ("Saudi Arabia and Iran agreed"). */
  mutual?: boolean;
  disabled?: boolean;
}

export interface WordLists {
  abbreviations: string[];
  sentenceStarters: string[];
  months: string[];
  weekdays: string[];
  nameParticles: string[];
  notNames: string[];
  anonymousSources: string[];
  auxiliaries: string[];
  placeWords: string[];
  locativePrepositions: string[];
  surnamesAlsoWords: string[];
  conditionalConjunctions: string[];
  pronouns: Record<string, string>;
}

/**
 * A user's extension: any of the record lists. An entry replaces a built-in
 * one with the same key (cue `pattern`, institution `id`, title `title`,
 * head `head`); `disabled: true` removes it.
 */
export interface LexiconExtension {
  cues?: Array<Partial<CueRecord> & { pattern: string }>;
  institutions?: Array<Partial<InstitutionRecord> & { id: string; disabled?: boolean }>;
  titles?: Array<TitleRecord & { disabled?: boolean }>;
  heads?: Array<HeadRecord & { disabled?: boolean }>;
}
