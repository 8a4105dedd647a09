import type { Doc, Evidence } from '../doc.js';

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

/** The provenance of a relation read from sentence `si`. */
export function evidenceOf(doc: Doc, si: number, extra: Partial<Evidence> = {}): Evidence {
  const s = doc.sentences[si];
  return {
    doc: doc.id,
    sentence: si,
    text: sentenceText(doc, si),
    start: s.charStart,
    end: s.charEnd,
    ...(doc.meta.date ? { date: doc.meta.date } : {}),
    ...extra,
  };
}
