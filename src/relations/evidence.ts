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
 * The provenance of a relation read from sentence `si`. Every Evidence and
 * Relation has the same fields in the same order, absent ones undefined:
 * one object shape keeps the stages and the graph that read them
 * monomorphic (a shape per combination of optional fields deoptimised them).
 */
export function evidenceOf(doc: Doc, si: number, verb?: string, date?: string, quote?: string): Evidence {
  const s = doc.sentences[si];
  return {
    doc: doc.id,
    sentence: si,
    text: sentenceText(doc, si),
    start: s.charStart,
    end: s.charEnd,
    quote: quote || undefined,
    verb,
    // The act's own date when the sentence gives one, else the article's.
    date: date || doc.meta.date || undefined,
  };
}

/** A relation, in the one shape every relation has (see evidenceOf). */
export function makeRelation(source: string, target: string, kind: RelationKind, evidence: Evidence, cameo?: string, allegedBy?: string): Relation {
  return { source, target, kind, cameo, alleged: allegedBy === undefined ? undefined : true, allegedBy, evidence };
}
