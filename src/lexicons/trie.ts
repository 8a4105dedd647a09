/** A token-sequence trie for longest-match phrase lookup (spaCy's PhraseMatcher idea). */
import type { Token } from '../doc.js';

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
  constructor(private readonly caseSensitive: boolean) {}

  add(tokens: readonly string[], value: V): void {
    if (tokens.length === 0) return;
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

  /** Longest phrase starting at tokens[start] and ending before `limit`; null when none. */
  longest(tokens: readonly Token[], start: number, limit = tokens.length): { end: number; values: V[] } | null {
    let node = this.root;
    let best: { end: number; values: V[] } | null = null;
    for (let i = start; i < limit; i++) {
      const child = node.next.get(this.caseSensitive ? tokens[i].text : tokens[i].lower);
      if (!child) break;
      node = child;
      if (node.values.length) best = { end: i + 1, values: node.values };
    }
    return best;
  }
}
