/**
 * Attributes of the graph demarche builds: the contract between the parser,
 * the exports, the query API and the viewer. Display attributes (x, y, size,
 * color) are never written here: the viewer derives them.
 */
import type { ActorKind, RelationKind } from '../doc.js';

export interface NodeAttributes {
  label: string;
  kind: ActorKind;
  /** Every surface form the actor goes by, the label excluded, sorted. */
  aliases: string[];
  /** Titles and roles ("Foreign Minister", "spokesman"), sorted. */
  titles: string[];
  /** Key of the country node the actor belongs to, where the text says so. */
  country?: string;
  /** Number of mentions over all documents. */
  mentions: number;
  /** Ids of the documents that mention the actor, sorted. */
  docs: string[];
}

export interface EdgeAttributes {
  /** Relation kind: member_of, part_of, or an interaction (never `type`: sigma reserves it). */
  kind: RelationKind;
  /** CAMEO root code of an interaction ("10" for demand). */
  cameo?: string;
  /** The sentence the edge was read from. */
  evidence: string;
  /** Document id (see the graph's `documents` attribute for title, date, URL). */
  doc: string;
  /** Sentence index in the document. */
  sentence: number;
  /** Character span of the sentence in the document text. */
  start: number;
  end: number;
  /** ISO date of the act: the sentence's own date where it gives one, else the article's. */
  date?: string;
  /** Direct quote, where the statement has one. */
  quote?: string;
  /** The cue word or phrase ("accused", "demands"). */
  verb?: string;
  /** True for acts the source only alleges ("a tweet accusing Russia of threatening Ukraine"). */
  alleged?: boolean;
  /** Node key of who alleges it. */
  allegedBy?: string;
}

export interface DocumentRecord {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  /** sha256 of the document text, hex. */
  hash: string;
}

export interface GraphAttributes {
  name?: string;
  /** Every document the graph was built from, sorted by id. */
  documents: DocumentRecord[];
}
