/** segment: tokens, sentences and quotes of the prose paragraphs. */
import type { Doc } from '../doc.js';
import type { Lexicons } from '../lexicons/load.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';

export { tokenize } from './tokens.js';
export { splitSentences } from './sentences.js';
export { findQuotes } from './quotes.js';

export function segment(doc: Doc, lexicons: Lexicons): Doc {
  const { tokens, sentences } = splitSentences(doc.text, doc.paragraphs, lexicons.words);
  return { ...doc, tokens, sentences, quotes: findQuotes(doc.text, doc.paragraphs) };
}
