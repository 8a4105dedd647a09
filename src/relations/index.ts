/** relations: affiliations and interactions between the resolved actors. */
import type { Doc } from '../doc.js';
import type { Lexicons } from '../lexicons/load.js';
import { affiliations } from './affiliations.js';
import { interactions } from './interactions.js';

export function relations(doc: Doc, lex: Lexicons): Doc {
  return { ...doc, relations: [...affiliations(doc, lex), ...interactions(doc, lex)] };
}
