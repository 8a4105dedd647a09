import type { Doc, Evidence } from '../doc.js';

/** The provenance of a relation read from sentence `si`. */
export function evidenceOf(doc: Doc, si: number, extra: Partial<Evidence> = {}): Evidence {
  const s = doc.sentences[si];
  return {
    doc: doc.id,
    sentence: si,
    // One line: the sentence may span a paragraph break in the source.
    text: doc.text.slice(s.charStart, s.charEnd).replace(/\s+/g, ' '),
    start: s.charStart,
    end: s.charEnd,
    ...(doc.meta.date ? { date: doc.meta.date } : {}),
    ...extra,
  };
}
