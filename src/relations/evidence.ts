import type { Doc, Evidence, Relation, RelationKind } from '../doc.js';

// One line per sentence, computed once per Doc however many edges cite it.
// Whitespace other than single spaces: what the one-line form changes.
const ODD_SPACE = /[^\S ]| {2}/;
const sentenceTexts = new WeakMap<Doc, string[]>();

function sentenceText(doc: Doc, si: number): string {
  let texts = sentenceTexts.get(doc);
  if (!texts) { texts = []; sentenceTexts.set(doc, texts); }
  let text = texts[si];
  if (text === undefined) {
    const s = doc.sentences[si];
    // One line: the sentence may span a paragraph break in the source. Split and joined rather than
    // replaced: V8 returns a global replace as a tree of pieces, which every edge citing it would keep.
    const raw = doc.text.slice(s.charStart, s.charEnd);
    text = ODD_SPACE.test(raw) ? raw.split(/\s+/).join(' ') : raw;
    texts[si] = text;
  }
  return text;
}

/**
 * Evidence and Relation objects are built by these constructors rather than
 * as object literals. V8 "pretenures" a literal's allocation site once the
 * objects it made were found alive at a young-generation collection, which
 * happens here whenever one lands while a batch of parsed articles waits for
 * the graph; from then on every relation is allocated in the old generation,
 * where these short-lived objects are swept only by full collections. A
 * constructor has no allocation site to pretenure. It also gives every
 * Evidence and every Relation the same fields in the same order, absent ones
 * undefined: one object shape keeps the stages and the graph that read them
 * monomorphic (a shape per combination of optional fields deoptimised them).
 */
class EvidenceRecord implements Evidence {
  constructor(
    public doc: string,
    public sentence: number,
    public text: string,
    public start: number,
    public end: number,
    public quote: string | undefined,
    public verb: string | undefined,
    public date: string | undefined,
  ) {}
}

class RelationRecord implements Relation {
  constructor(
    public source: string,
    public target: string,
    public kind: RelationKind,
    public cameo: string | undefined,
    public alleged: true | undefined,
    public allegedBy: string | undefined,
    public evidence: Evidence,
  ) {}
}

/** The provenance of a relation read from sentence `si`. */
export function evidenceOf(doc: Doc, si: number, verb?: string, date?: string, quote?: string): Evidence {
  const s = doc.sentences[si];
  // The act's own date when the sentence gives one, else the article's.
  return new EvidenceRecord(doc.id, si, sentenceText(doc, si), s.charStart, s.charEnd, quote || undefined, verb, date || doc.meta.date || undefined);
}

/** Evidence as it was, with the sentence's text put back (see unpackSummary in node/parallel). */
export function evidenceWithText(e: Omit<Evidence, 'text'>, text: string): Evidence {
  return new EvidenceRecord(e.doc, e.sentence, text, e.start, e.end, e.quote, e.verb, e.date);
}

/** A relation, in the one shape every relation has. */
export function makeRelation(source: string, target: string, kind: RelationKind, evidence: Evidence, cameo?: string, allegedBy?: string): Relation {
  return new RelationRecord(source, target, kind, cameo, allegedBy === undefined ? undefined : true, allegedBy, evidence);
}
