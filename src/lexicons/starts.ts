/**
 * Which phrase tries may match at each token: one lookup per token instead of
 * one per trie and per rule that asks. Most tokens start no phrase at all, and
 * the mention and relation rules ask at every token.
 */
import type { Token } from '../doc.js';
import type { Lexicons } from './load.js';

/** Bits of a token's entry: the tries with a phrase whose first word is the token. */
export const STARTS_NAME = 1;
export const STARTS_HEAD = 2;
export const STARTS_TITLE = 4;
export const STARTS_CUE = 8;
export const STARTS_CONTENT = 16;

/** First words (lower case) of every phrase of every trie, with the bits of the tries they start. */
export function firstWordBits(lex: Pick<Lexicons, 'names' | 'heads' | 'titles' | 'cues' | 'contentCues'>): Map<string, number> {
  const bits = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    // Names are matched case-sensitively: their lower-case first word is a superset the trie then checks exactly.
    for (const w of words) { const key = w.toLowerCase(); bits.set(key, (bits.get(key) ?? 0) | bit); }
  };
  mark(lex.names.firstWords(), STARTS_NAME);
  mark(lex.heads.firstWords(), STARTS_HEAD);
  mark(lex.titles.firstWords(), STARTS_TITLE);
  mark(lex.cues.firstWords(), STARTS_CUE);
  mark(lex.contentCues.firstWords(), STARTS_CONTENT);
  return bits;
}

// A Doc's tokens never change once segmented: the bits are computed once per token array and lexicon.
const cache = new WeakMap<readonly Token[], { lex: Lexicons; bits: Uint8Array }>();

/** For each token, the STARTS_* bits of the tries that may match there. */
export function phraseStarts(tokens: readonly Token[], lex: Lexicons): Uint8Array {
  const hit = cache.get(tokens);
  if (hit && hit.lex === lex) return hit.bits;
  const bits = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bits[i] = lex.firstWords.get(tokens[i].lower) ?? 0;
  cache.set(tokens, { lex, bits });
  return bits;
}
