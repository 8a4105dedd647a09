import type { Doc, Relation } from '../doc.js';
import type { Lexicons } from '../lexicons/load.js';

export function interactions(_doc: Doc, _lex: Lexicons): Relation[] {
  return [];
}
