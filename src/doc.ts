/**
 * The document model. As in spaCy, a Doc owns its text and tokens; sentences,
 * quotes and mentions are spans into them. Each pipeline stage reads some
 * fields and returns a new Doc with others filled in.
 */

export type ActorKind = 'person' | 'institution' | 'country';

export type AffiliationKind = 'member_of' | 'part_of';
export type InteractionKind =
  | 'statement' | 'appeal' | 'intent' | 'consult' | 'cooperate' | 'aid' | 'demand'
  | 'accuse' | 'reject' | 'threaten' | 'protest' | 'sanction' | 'force';
export type RelationKind = AffiliationKind | InteractionKind;

export const INTERACTION_KINDS: readonly InteractionKind[] = [
  'statement', 'appeal', 'intent', 'consult', 'cooperate', 'aid', 'demand',
  'accuse', 'reject', 'threaten', 'protest', 'sanction', 'force',
];
export const AFFILIATION_KINDS: readonly AffiliationKind[] = ['member_of', 'part_of'];

/** CAMEO root code of each interaction kind (force spans 15, 17–20; we use 15's neighbour 18 for assault-like acts only by lexicon). */
export const CAMEO_ROOT: Readonly<Record<InteractionKind, string>> = {
  statement: '01', appeal: '02', intent: '03', consult: '04', cooperate: '05', aid: '07',
  demand: '10', accuse: '11', reject: '12', threaten: '13', protest: '14', sanction: '16', force: '15',
};

/** A token: character offsets into Doc.text (end exclusive). */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Token offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Character offsets of the sentence in Doc.text. */
  charStart: number;
  charEnd: number;
}

/** A quoted passage, in character offsets (without the quote marks). */
export interface Quote {
  charStart: number;
  charEnd: number;
  text: string;
}

/** A block of the document: prose is segmented, the rest is metadata. Character offsets. */
export interface Paragraph {
  start: number;
  end: number;
  kind: 'body' | 'caption' | 'title' | 'date' | 'related' | 'url';
}

export interface DocMeta {
  title?: string;
  /** ISO date (YYYY-MM-DD) of the article, where the text gives one. */
  date?: string;
  url?: string;
  /** File name or id given by the caller. */
  source?: string;
  /** Input format detected by ingest. */
  format?: 'text' | 'markdown' | 'html';
  /** sha256 (hex) of the input as read, line endings normalised: what incremental builds compare. */
  hash?: string;
}

export interface Mention extends Span {
  /** Kind of thing mentioned. `pronoun` and `description` mentions refer back to an actor. */
  kind: ActorKind | 'pronoun' | 'description';
  /** Canonical key of the lexicon entry it matched, if any (e.g. `country:rus`). */
  entry?: string;
  /** Actor id, set by resolve. */
  actor?: string;
  /** Titles or roles attached to the mention ("Foreign Minister"). */
  titles?: string[];
  /** Country key implied by a demonym or possessive in front of the mention. */
  country?: string;
  /** Institution key implied by a title or apposition ("State Department spokesman"). */
  institution?: string;
  /** Kind of institution ("ministry", "military", "group"), for references such as "the army" or "the group". */
  category?: string;
  /** Canonical label the mention proposes for a new actor ("Russian Foreign Ministry"). */
  label?: string;
  /** Surface text of the mention's name, without title words. */
  text: string;
  /** Name of the lexicon entry or pattern that fired: provenance below the edge level. */
  rule: string;
  /** Sentence index. */
  sentence: number;
}

export interface Actor {
  id: string;
  kind: ActorKind;
  label: string;
  aliases: string[];
  titles: string[];
  /** Country actor id, where the text ties the actor to one. */
  country?: string;
  mentions: number;
}

export interface Evidence {
  doc: string;
  sentence: number;
  text: string;
  /** Character span of the sentence in the document text. */
  start: number;
  end: number;
  quote?: string;
  verb?: string;
  date?: string;
}

export interface Relation {
  source: string;
  target: string;
  kind: RelationKind;
  cameo?: string;
  /** Reported, not witnessed: "a tweet accusing Russia of threatening Ukraine". */
  alleged?: boolean;
  /** Actor id of who alleges it. */
  allegedBy?: string;
  evidence: Evidence;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  paragraphs: Paragraph[];
  tokens: Token[];
  sentences: Sentence[];
  quotes: Quote[];
  mentions: Mention[];
  actors: Actor[];
  relations: Relation[];
  diagnostics: Diagnostic[];
}

export function createDoc(id: string, text: string, meta: DocMeta = {}): Doc {
  return { id, text, meta, paragraphs: [], tokens: [], sentences: [], quotes: [], mentions: [], actors: [], relations: [], diagnostics: [] };
}
