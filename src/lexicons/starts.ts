/**
 * Which phrase tries may match at each token: one lookup per token instead of
 * one per trie and per rule that asks. Most tokens start no phrase at all, and
 * the mention and relation rules ask at every token.
 */
import type { Token } from '../doc.js';
import type { CompiledCue, CompiledHead, CompiledTitle, ContentKind, Lexicons } from './load.js';
import type { PhraseTrie, TrieNode } from './trie.js';

/** Bits of a token's entry: the tries with a phrase whose first word is the token. */
export const STARTS_NAME = 1;
export const STARTS_HEAD = 2;
export const STARTS_TITLE = 4;
export const STARTS_CUE = 8;
export const STARTS_CONTENT = 16;

/**
 * A word that starts phrases: the STARTS_* bits of their tries and, for the
 * case-insensitive tries, the node after the word, so that the rules' lookups
 * at this token start there instead of in the tries' largest map, the root's.
 */
export interface FirstWord {
  bits: number;
  head: TrieNode<CompiledHead> | null;
  title: TrieNode<CompiledTitle> | null;
  cue: TrieNode<CompiledCue> | null;
  content: TrieNode<ContentKind> | null;
}

type Tries = Pick<Lexicons, 'names' | 'heads' | 'titles' | 'cues' | 'contentCues'>;

/** First words (lower case) of every phrase of every trie. */
export function indexFirstWords(lex: Tries): Map<string, FirstWord> {
  const index = new Map<string, FirstWord>();
  const entry = (key: string) => {
    let e = index.get(key);
    if (!e) { e = { bits: 0, head: null, title: null, cue: null, content: null }; index.set(key, e); }
    return e;
  };
  // Names are matched case-sensitively: their lower-case first word is a superset the trie then checks exactly.
  for (const w of lex.names.firstWords()) entry(w.toLowerCase()).bits |= STARTS_NAME;
  const mark = <V>(trie: PhraseTrie<V>, bit: number, set: (e: FirstWord, node: TrieNode<V>) => void) => {
    for (const w of trie.firstWords()) { const e = entry(w); e.bits |= bit; set(e, trie.firstNode(w)!); }
  };
  mark(lex.heads, STARTS_HEAD, (e, node) => { e.head = node; });
  mark(lex.titles, STARTS_TITLE, (e, node) => { e.title = node; });
  mark(lex.cues, STARTS_CUE, (e, node) => { e.cue = node; });
  mark(lex.contentCues, STARTS_CONTENT, (e, node) => { e.content = node; });
  return index;
}

/** What starts at each token of a Doc. */
export interface PhraseStarts {
  /** STARTS_* bits per token. */
  bits: Uint8Array;
  /** The FirstWord of each token that starts a phrase, NO_FIRST_WORD elsewhere. */
  firsts: readonly FirstWord[];
}

/** The entry of a token that starts no phrase: every trie answers null. */
export const NO_FIRST_WORD: FirstWord = Object.freeze({ bits: 0, head: null, title: null, cue: null, content: null });

// A Doc's tokens never change once segmented: computed once per token array and lexicon.
const cache = new WeakMap<readonly Token[], { lex: Lexicons; starts: PhraseStarts }>();

/** For each token, the tries that may match there and where their phrases go on. */
export function startsAt(tokens: readonly Token[], lex: Lexicons): PhraseStarts {
  const hit = cache.get(tokens);
  if (hit && hit.lex === lex) return hit.starts;
  const bits = new Uint8Array(tokens.length);
  const firsts: FirstWord[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const first = lex.firstWords.get(tokens[i].lower) ?? NO_FIRST_WORD;
    bits[i] = first.bits;
    firsts[i] = first;
  }
  const starts = { bits, firsts };
  cache.set(tokens, { lex, starts });
  return starts;
}

/** For each token, the STARTS_* bits of the tries that may match there. */
export function phraseStarts(tokens: readonly Token[], lex: Lexicons): Uint8Array {
  return startsAt(tokens, lex).bits;
}
