/** A token-sequence trie for longest-match phrase lookup (spaCy's PhraseMatcher idea). */
import type { Token } from '../doc.js';

/** A node of the trie: the phrases so far, and what may follow. */
export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

const APOSTROPHE = /['\u2019]/;

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
  constructor(private readonly caseSensitive: boolean) {}

  /**
   * Adds a phrase. News text writes apostrophes straight or curly ("Côte d’Ivoire", "People’s
   * Liberation Army"), so a phrase with one is added in both spellings.
   */
  add(tokens: readonly string[], value: V): void {
    if (tokens.length === 0) return;
    if (!tokens.some((t) => APOSTROPHE.test(t))) { this.addPath(tokens, value); return; }
    const straight = tokens.map((t) => t.replace(/\u2019/g, "'"));
    this.addPath(straight, value);
    this.addPath(straight.map((t) => t.replace(/'/g, '\u2019')), value);
  }

  private addPath(tokens: readonly string[], value: V): void {
    let node = this.root;
    for (const raw of tokens) {
      const key = this.caseSensitive ? raw : raw.toLowerCase();
      let child = node.next.get(key);
      if (!child) { child = { next: new Map(), values: [] }; node.next.set(key, child); }
      node = child;
    }
    node.values.push(value);
  }

  /** The first word of every phrase (as matched: lower case unless the trie is case-sensitive). */
  firstWords(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** The node after a phrase's first word (lower case unless the trie is case-sensitive). */
  firstNode(word: string): TrieNode<V> | undefined {
    return this.root.next.get(word);
  }

  /**
   * Longest phrase starting at tokens[start] and ending before `limit`; null when none.
   * `first`, when given, is firstNode() of tokens[start], looked up beforehand (see starts.ts):
   * the root's map is the largest, and the same first word is asked about by several rules.
   */
  longest(tokens: readonly Token[], start: number, limit = tokens.length, first?: TrieNode<V> | null): { end: number; values: V[] } | null {
    let node = this.root;
    let best: { end: number; values: V[] } | null = null;
    let i = start;
    if (first !== undefined) {
      if (first === null || start >= limit) return null;
      node = first;
      i = start + 1;
      if (node.values.length) best = { end: i, values: node.values };
    }
    for (; i < limit; i++) {
      const child = node.next.get(this.caseSensitive ? tokens[i].text : tokens[i].lower);
      if (!child) break;
      node = child;
      if (node.values.length) best = { end: i + 1, values: node.values };
    }
    return best;
  }
}
