/**
 * A small pattern language over the graph, in the spirit of Cypher and Kumu:
 *
 *   (Russia)-[demand]->(?)                      what Russia demanded, of whom
 *   (person)-[statement|accuse]->(United States)
 *   (?a {kind: country})-[reject]->(Russia)
 *   (Blinken)-[consult]-(?)                     either direction
 *   (?x)-[accuse]->(?y)-[accuse]->(?x)          mutual accusations
 *   (Peskov)-[statement {from: 2022-02, quote: "letter"}]->(?)
 *
 * Hand-written tokenizer and recursive-descent parser (linear, no regex
 * backtracking); every error names the 1-based column and carries a caret line.
 */
import { AFFILIATION_KINDS, INTERACTION_KINDS, type ActorKind, type RelationKind } from '../doc.js';
import type { EdgeAttributes } from '../graph/attributes.js';
import type { DemarcheGraph } from '../graph/types.js';
import { PatternError, UnknownActorError } from './errors.js';
import { ACTOR_KINDS, resolveActors } from './find.js';
import { compareRecords, edgePredicate, RELATION_KINDS, toRelationRecord, type RelationFilter, type RelationRecord } from './relations.js';

// ---------------------------------------------------------------------------
// Tokens

type TokenType =
  | 'lparen' | 'rparen' | 'lbrack' | 'rbrack' | 'lbrace' | 'rbrace'
  | 'pipe' | 'colon' | 'comma' | 'arrow' | 'var' | 'word' | 'string' | 'end';

export interface PatternToken {
  type: TokenType;
  /** Text of the token: the name for words and strings (unquoted), the variable name without `?`. */
  text: string;
  /** 1-based column of its first character. */
  column: number;
}

const DESCRIBE: Record<TokenType, string> = {
  lparen: "'('", rparen: "')'", lbrack: "'['", rbrack: "']'", lbrace: "'{'", rbrace: "'}'", pipe: "'|'",
  colon: "':'", comma: "','", arrow: 'an arrow', var: 'a variable', word: 'a name', string: 'a quoted string', end: 'the end of the pattern',
};

function describe(token: PatternToken): string {
  if (token.type === 'end') return DESCRIBE.end;
  if (token.type === 'word' || token.type === 'arrow') return `'${token.text}'`;
  if (token.type === 'var') return `'?${token.text}'`;
  if (token.type === 'string') return `"${token.text}"`;
  return DESCRIBE[token.type];
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isIdent = (c: string): boolean => /^[\p{L}\p{N}_]$/u.test(c);
const isArrowChar = (c: string): boolean => c === '-' || c === '<' || c === '>';

/**
 * Splits a pattern into tokens. What a character means depends on where it
 * is: names may hold spaces, hyphens and colons inside `( )` and `[ ]`, while
 * outside them only brackets and arrows are allowed.
 */
export function tokenizePattern(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  const error = (index: number, message: string): never => {
    throw new PatternError('query/pattern', pattern, index + 1, message);
  };
  // Which bracket we are in: '' (between elements), '(', '[', or '{' (props).
  const stack: Array<'(' | '[' | '{'> = [];
  let braceExpectsKey = true;
  let i = 0;
  const push = (type: TokenType, text: string, start: number): void => { tokens.push({ type, text, column: start + 1 }); };
  const context = (): '' | '(' | '[' | '{' => stack[stack.length - 1] ?? '';
  const closer: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

  while (i < pattern.length) {
    const c = pattern[i];
    if (isSpace(c)) { i++; continue; }
    const where = context();
    const start = i;

    if (c === '(' || c === '[' || c === '{') {
      if (c === '(' && where !== '') error(i, `unexpected '(' inside ${where === '[' ? 'a relation' : where === '{' ? 'properties' : 'an actor'}: close it with '${closer[where]}' first`);
      if (c === '[' && where !== '') error(i, `unexpected '[' inside ${where === '(' ? 'an actor' : 'properties'}: close it with '${closer[where]}' first`);
      if (c === '{' && where === '') error(i, "unexpected '{': properties go inside ( ) or [ ]");
      if (c === '{' && where === '{') error(i, "unexpected '{' inside properties");
      stack.push(c);
      if (c === '{') braceExpectsKey = true;
      push(c === '(' ? 'lparen' : c === '[' ? 'lbrack' : 'lbrace', c, i);
      i++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      const opener = c === ')' ? '(' : c === ']' ? '[' : '{';
      if (where !== opener) {
        error(i, where === '' ? `unexpected '${c}' with nothing to close` : `unexpected '${c}': expected '${closer[where]}' to close the '${where}'`);
      }
      stack.pop();
      push(c === ')' ? 'rparen' : c === ']' ? 'rbrack' : 'rbrace', c, i);
      i++;
      continue;
    }

    if (where === '') {
      if (isArrowChar(c)) {
        while (i < pattern.length && isArrowChar(pattern[i])) i++;
        push('arrow', pattern.slice(start, i), start);
        continue;
      }
      error(i, `unexpected '${c}' between elements. Expecting '(' to start an actor or an arrow such as -[kind]->`);
    }

    if (c === '|') { push('pipe', c, i); i++; if (where === '{') braceExpectsKey = false; continue; }
    if (where === '{' && c === ',') { push('comma', c, i); i++; braceExpectsKey = true; continue; }
    if (where === '{' && c === ':' && braceExpectsKey) { push('colon', c, i); i++; braceExpectsKey = false; continue; }
    if (c === '"' || c === "'") {
      i++;
      let text = '';
      while (i < pattern.length && pattern[i] !== c) {
        if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
        text += pattern[i];
        i++;
      }
      if (i >= pattern.length) error(start, `unterminated string: no closing ${c}`);
      i++;
      push('string', text, start);
      continue;
    }
    if (c === '?' && where !== '{') {
      i++;
      while (i < pattern.length && isIdent(pattern[i])) i++;
      push('var', pattern.slice(start + 1, i), start);
      continue;
    }
    if (where === '[' && isArrowChar(c)) {
      let end = i;
      while (end < pattern.length && isArrowChar(pattern[end])) end++;
      error(i, `expected ']' to close the relation, found '${pattern.slice(i, end)}'`);
    }
    // A bare name: runs to the next structural character; inner spaces kept, outer trimmed.
    const stops = where === '{' ? (braceExpectsKey ? ':,}|{' : ',}|{') : where === '[' ? ']{}|()[-<>' : '){}|([]';
    while (i < pattern.length && !stops.includes(pattern[i]) && pattern[i] !== '"') i++;
    let end = i;
    while (end > start && isSpace(pattern[end - 1])) end--;
    push('word', pattern.slice(start, end), start);
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    error(pattern.length, `unexpected end of pattern: expected '${closer[open]}'`);
  }
  tokens.push({ type: 'end', text: '', column: pattern.length + 1 });
  return tokens;
}

// ---------------------------------------------------------------------------
// Syntax tree

export interface NameTerm {
  text: string;
  column: number;
}

export interface NodePattern {
  /** Variable name without `?`; undefined for anonymous nodes. */
  variable?: string;
  /** Actor names or keys, any of which may match. */
  names: NameTerm[];
  /** Actor kinds written as terms, `(person|Russia)`: a person or Russia. */
  kinds: ActorKind[];
  /** `{kind: ...}`: narrows whatever the terms allow. */
  requiredKinds?: ActorKind[];
  /** `{country: ...}`: actors whose country is one of these. */
  countries?: NameTerm[];
  column: number;
}

export type PatternDirection = 'out' | 'in' | 'any';

export interface EdgePattern {
  variable?: string;
  /** Empty: any kind. */
  kinds: RelationKind[];
  direction: PatternDirection;
  filter: Pick<RelationFilter, 'from' | 'to' | 'doc' | 'quote' | 'text' | 'alleged'>;
  column: number;
}

export interface Pattern {
  source: string;
  nodes: NodePattern[];
  /** edges[i] joins nodes[i] and nodes[i + 1]. */
  edges: EdgePattern[];
}

// Maps, not object literals: a word of the query such as 'constructor' must not find Object's own properties.
const KIND_WORDS = new Map<string, ActorKind>([
  ['person', 'person'], ['persons', 'person'], ['people', 'person'],
  ['institution', 'institution'], ['institutions', 'institution'],
  ['country', 'country'], ['countries', 'country'],
]);
const RELATION_GROUPS = new Map<string, readonly RelationKind[]>([
  ['interaction', INTERACTION_KINDS], ['interactions', INTERACTION_KINDS],
  ['affiliation', AFFILIATION_KINDS], ['affiliations', AFFILIATION_KINDS],
]);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}

class Parser {
  private index = 0;
  constructor(private readonly source: string, private readonly tokens: PatternToken[]) {}

  private peek(): PatternToken { return this.tokens[this.index]; }
  private advance(): PatternToken { return this.tokens[this.index++]; }
  private fail(token: PatternToken, message: string): never {
    throw new PatternError('query/pattern', this.source, token.column, message);
  }
  private expect(type: TokenType, what: string): PatternToken {
    if (this.peek().type !== type) this.fail(this.peek(), `expected ${what}, found ${describe(this.peek())}`);
    return this.advance();
  }

  parse(): Pattern {
    if (this.peek().type === 'end') this.fail(this.peek(), 'empty pattern. Expecting something like (Russia)-[demand]->(?)');
    const nodes = [this.node()];
    const edges: EdgePattern[] = [];
    while (this.peek().type !== 'end') {
      edges.push(this.edge());
      nodes.push(this.node());
    }
    if (!edges.length) this.fail(this.peek(), "expected a relation after the actor, such as -[demand]->(?)");
    return { source: this.source, nodes, edges };
  }

  private node(): NodePattern {
    const open = this.expect('lparen', "'(' to start an actor");
    const node: NodePattern = { names: [], kinds: [], column: open.column };
    if (this.peek().type === 'var') node.variable = this.advance().text || undefined;
    if (this.peek().type === 'word' || this.peek().type === 'string') {
      for (;;) {
        const term = this.expect(this.peek().type === 'string' ? 'string' : 'word', 'an actor name or kind');
        const kind = term.type === 'word' ? KIND_WORDS.get(term.text.toLowerCase()) : undefined;
        if (kind) node.kinds.push(kind);
        else if (term.type === 'word' && (term.text === '?' || term.text === '*')) { /* any actor */ }
        else if (!term.text.trim()) this.fail(term, 'empty actor name');
        else node.names.push({ text: term.text, column: term.column });
        if (this.peek().type !== 'pipe') break;
        this.advance();
        if (this.peek().type !== 'word' && this.peek().type !== 'string') this.fail(this.peek(), `expected an actor name or kind after '|', found ${describe(this.peek())}`);
      }
    }
    if (this.peek().type === 'lbrace') this.nodeProps(node);
    if (this.peek().type !== 'rparen') {
      this.fail(this.peek(), `expected ')' to close the actor, found ${describe(this.peek())}`);
    }
    this.advance();
    return node;
  }

  /** Reads `{key: value|value, ...}` as [key token, value tokens] pairs. */
  private props(): Array<[PatternToken, PatternToken[]]> {
    this.expect('lbrace', "'{'");
    const out: Array<[PatternToken, PatternToken[]]> = [];
    while (this.peek().type !== 'rbrace') {
      const key = this.expect('word', 'a property name');
      this.expect('colon', `':' after '${key.text}'`);
      const values: PatternToken[] = [];
      for (;;) {
        if (this.peek().type !== 'word' && this.peek().type !== 'string') this.fail(this.peek(), `expected a value for '${key.text}', found ${describe(this.peek())}`);
        values.push(this.advance());
        if (this.peek().type !== 'pipe') break;
        this.advance();
      }
      out.push([key, values]);
      if (this.peek().type === 'comma') { this.advance(); continue; }
      if (this.peek().type !== 'rbrace') this.fail(this.peek(), `expected ',' or '}' after the value of '${key.text}', found ${describe(this.peek())}`);
    }
    this.advance();
    return out;
  }

  private actorKinds(values: PatternToken[]): ActorKind[] {
    return values.map((v) => KIND_WORDS.get(v.text.toLowerCase()) ?? this.fail(v, `unknown actor kind '${v.text}'. Expecting ${ACTOR_KINDS.join(', ')}`));
  }

  private nodeProps(node: NodePattern): void {
    for (const [key, values] of this.props()) {
      switch (key.text.toLowerCase()) {
        case 'kind':
          node.requiredKinds = [...(node.requiredKinds ?? []), ...this.actorKinds(values)];
          break;
        case 'country':
          node.countries = [...(node.countries ?? []), ...values.map((v) => ({ text: v.text, column: v.column }))];
          break;
        case 'name': case 'label': case 'key':
          node.names.push(...values.map((v) => ({ text: v.text, column: v.column })));
          break;
        default:
          this.fail(key, `unknown actor property '${key.text}'. Expecting kind, country or name`);
      }
    }
  }

  private edge(): EdgePattern {
    const left = this.expect('arrow', 'an arrow such as -[kind]-> or <-[kind]- between two actors');
    const edge: EdgePattern = { kinds: [], direction: 'any', filter: {}, column: left.column };
    // Shorthands without a kind: -->, <--, --.
    if (left.text === '-->' || left.text === '<--' || left.text === '--') {
      edge.direction = left.text === '-->' ? 'out' : left.text === '<--' ? 'in' : 'any';
      return edge;
    }
    if (left.text !== '-' && left.text !== '<-') this.fail(left, `malformed arrow '${left.text}'. Expecting -[kind]->, <-[kind]-, -[kind]-, -->, <-- or --`);
    this.expect('lbrack', `'[' after '${left.text}'`);
    if (this.peek().type === 'var') edge.variable = this.advance().text || undefined;
    if (this.peek().type === 'word') {
      for (;;) {
        const word = this.expect('word', 'a relation kind');
        const text = word.text.toLowerCase();
        if (text === '*' || text === '?') { /* any kind */ }
        else if (RELATION_GROUPS.has(text)) edge.kinds.push(...RELATION_GROUPS.get(text)!);
        else if ((RELATION_KINDS as readonly string[]).includes(text)) edge.kinds.push(text as RelationKind);
        else {
          const guess = closest(text, RELATION_KINDS);
          this.fail(word, `unknown relation kind '${word.text}'${guess ? ` (did you mean '${guess}'?)` : ''}. Expecting one of ${RELATION_KINDS.join(', ')}`);
        }
        if (this.peek().type !== 'pipe') break;
        this.advance();
        if (this.peek().type !== 'word') this.fail(this.peek(), `expected a relation kind after '|', found ${describe(this.peek())}`);
      }
    }
    if (this.peek().type === 'lbrace') this.edgeProps(edge);
    this.expect('rbrack', "']' to close the relation");
    const right = this.expect('arrow', `'-' or '->' after ']'`);
    if (right.text !== '-' && right.text !== '->') this.fail(right, `malformed arrow '${right.text}' after ']'. Expecting '->' or '-'`);
    if (left.text === '<-' && right.text === '->') this.fail(right, "a relation cannot point both ways: write -[kind]- for either direction");
    edge.direction = left.text === '<-' ? 'in' : right.text === '->' ? 'out' : 'any';
    return edge;
  }

  private edgeProps(edge: EdgePattern): void {
    for (const [key, values] of this.props()) {
      const name = key.text.toLowerCase();
      const value = values[0];
      if (values.length > 1 && name !== 'doc') this.fail(values[1], `'${key.text}' takes one value`);
      switch (name) {
        case 'from': case 'to': case 'date':
          if (!DATE.test(value.text)) this.fail(value, `'${value.text}' is not a date. Expecting YYYY, YYYY-MM or YYYY-MM-DD`);
          if (name !== 'to') edge.filter.from = value.text;
          if (name !== 'from') edge.filter.to = value.text;
          break;
        case 'doc':
          edge.filter.doc = values.map((v) => v.text);
          break;
        case 'quote':
          edge.filter.quote = value.text;
          break;
        case 'text':
          edge.filter.text = value.text;
          break;
        case 'alleged':
          if (value.text !== 'true' && value.text !== 'false') this.fail(value, `'${value.text}' is not a boolean. Expecting true or false`);
          edge.filter.alleged = value.text === 'true';
          break;
        default:
          this.fail(key, `unknown relation property '${key.text}'. Expecting from, to, date, doc, quote, text or alleged`);
      }
    }
  }
}

/** Parses a pattern; throws PatternError (code `query/pattern`) with the column of the first mistake. */
export function parsePattern(pattern: string): Pattern {
  return new Parser(pattern, tokenizePattern(pattern)).parse();
}

// ---------------------------------------------------------------------------
// Matching

export interface PatternMatch {
  /** The actor bound to each node of the pattern, in pattern order. */
  nodes: string[];
  /** Named variables (`?a`, and edge variables) → node or edge key. */
  bindings: Record<string, string>;
  /** The edge bound to each relation of the pattern, in pattern order. */
  relations: RelationRecord[];
}

export interface MatchOptions {
  /** Keep at most this many matches (after sorting). */
  limit?: number;
}

function resolveNode(graph: DemarcheGraph, pattern: Pattern, node: NodePattern): ReadonlySet<string> | null {
  const unknown = (term: NameTerm, error: unknown): never => {
    if (error instanceof UnknownActorError) {
      throw new PatternError('query/unknown-actor', pattern.source, term.column, error.message.replace(/^demarche\/query\/unknown-actor: /, ''));
    }
    throw error;
  };
  let allowed: Set<string> | null = null;
  if (node.names.length || node.kinds.length) {
    allowed = new Set<string>();
    for (const term of node.names) {
      let keys: string[] = [];
      try { keys = resolveActors(graph, term.text); } catch (error) { unknown(term, error); }
      for (const key of keys) allowed.add(key);
    }
    if (node.kinds.length) {
      const kinds = new Set(node.kinds);
      graph.forEachNode((key, attrs) => { if (kinds.has(attrs.kind)) allowed?.add(key); });
    }
  }
  const required = node.requiredKinds ? new Set(node.requiredKinds) : null;
  let countries: Set<string> | null = null;
  if (node.countries) {
    countries = new Set<string>();
    for (const term of node.countries) {
      let keys: string[] = [];
      try { keys = resolveActors(graph, { name: term.text, kind: 'country' }); } catch (error) { unknown(term, error); }
      for (const key of keys) countries.add(key);
    }
  }
  if (required === null && countries === null) return allowed;
  const narrowed = new Set<string>();
  const consider = (key: string): void => {
    const attrs = graph.getNodeAttributes(key);
    if (required !== null && !required.has(attrs.kind)) return;
    if (countries !== null && (attrs.country === undefined || !countries.has(attrs.country))) return;
    narrowed.add(key);
  };
  if (allowed) allowed.forEach(consider);
  else graph.forEachNode(consider);
  return narrowed;
}

interface Step {
  edge: EdgePattern;
  /** Direction as walked (flipped when the pattern is walked from its end). */
  direction: PatternDirection;
  accepts: (edge: string, attrs: EdgeAttributes) => boolean;
  kinds: ReadonlySet<RelationKind> | null;
}

const FLIP: Record<PatternDirection, PatternDirection> = { out: 'in', in: 'out', any: 'any' };

/**
 * Every way the pattern fits the graph, sorted by the relations' dates, then
 * documents and keys. An edge is used at most once per match, and matches
 * that use the same edges (an undirected relation read both ways) count once.
 * Throws PatternError for syntax mistakes and unknown actor names.
 */
export function matchPattern(graph: DemarcheGraph, pattern: string | Pattern, options: MatchOptions = {}): PatternMatch[] {
  const parsed = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
  const sets = parsed.nodes.map((node) => resolveNode(graph, parsed, node));
  // Walk from whichever end is constrained (smallest first) so unconstrained starts do not scan every node.
  const size = (s: ReadonlySet<string> | null): number => (s === null ? Infinity : s.size);
  const reversed = size(sets[sets.length - 1]) < size(sets[0]);
  const order = parsed.nodes.map((_, i) => (reversed ? parsed.nodes.length - 1 - i : i));
  const steps: Step[] = parsed.edges.map((edge) => ({
    edge, direction: edge.direction, accepts: edgePredicate(graph, edge.filter), kinds: edge.kinds.length ? new Set(edge.kinds) : null,
  }));
  const walk = reversed ? [...steps].reverse().map((s) => ({ ...s, direction: FLIP[s.direction] })) : steps;

  const found = new Map<string, PatternMatch>();
  const boundNodes: string[] = [];
  const boundEdges: string[] = [];
  const vars = new Map<string, string>();

  const bindVar = (name: string | undefined, value: string): boolean | 'new' => {
    if (name === undefined) return true;
    const current = vars.get(name);
    if (current === undefined) { vars.set(name, value); return 'new'; }
    return current === value;
  };

  const emit = (): void => {
    const nodes = reversed ? [...boundNodes].reverse() : [...boundNodes];
    const edges = reversed ? [...boundEdges].reverse() : [...boundEdges];
    const id = edges.join('\u0000');
    // No prototype: a variable may be called anything, '__proto__' included.
    const bindings: Record<string, string> = Object.create(null);
    for (const [name, value] of [...vars.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) bindings[name] = value;
    const match: PatternMatch = { nodes, bindings, relations: edges.map((e) => toRelationRecord(graph, e)) };
    const previous = found.get(id);
    if (!previous || compareMatches(match, previous) < 0) found.set(id, match);
  };

  const extend = (depth: number): void => {
    if (depth === walk.length) { emit(); return; }
    const step = walk[depth];
    const current = boundNodes[depth];
    const nextSet = sets[order[depth + 1]];
    const nextVar = parsed.nodes[order[depth + 1]].variable;
    const visit = (edge: string, attrs: EdgeAttributes, source: string, target: string): void => {
      if (step.kinds !== null && !step.kinds.has(attrs.kind)) return;
      if (boundEdges.includes(edge)) return;
      const other = source === current ? target : source;
      if (nextSet !== null && !nextSet.has(other)) return;
      if (!step.accepts(edge, attrs)) return;
      const nodeBound = bindVar(nextVar, other);
      if (!nodeBound) return;
      const edgeBound = bindVar(step.edge.variable, edge);
      if (!edgeBound) { if (nodeBound === 'new' && nextVar) vars.delete(nextVar); return; }
      boundNodes.push(other);
      boundEdges.push(edge);
      extend(depth + 1);
      boundNodes.pop();
      boundEdges.pop();
      if (edgeBound === 'new' && step.edge.variable) vars.delete(step.edge.variable);
      if (nodeBound === 'new' && nextVar) vars.delete(nextVar);
    };
    // A variable bound earlier in the chain (the closing ?x of a cycle): only edges to that actor can match.
    const bound = nextVar === undefined ? undefined : vars.get(nextVar);
    if (bound !== undefined) {
      const candidates = step.direction === 'out' ? graph.outEdges(current, bound)
        : step.direction === 'in' ? graph.outEdges(bound, current)
          : current === bound ? graph.outEdges(current, bound) : [...graph.outEdges(current, bound), ...graph.outEdges(bound, current)];
      for (const edge of candidates) visit(edge, graph.getEdgeAttributes(edge), graph.source(edge), graph.target(edge));
    } else if (step.direction === 'out') graph.forEachOutEdge(current, visit);
    else if (step.direction === 'in') graph.forEachInEdge(current, visit);
    else graph.forEachEdge(current, visit);
  };

  const startSet = sets[order[0]];
  const startVar = parsed.nodes[order[0]].variable;
  const starts = startSet === null ? graph.nodes() : [...startSet];
  for (const start of starts) {
    const bound = bindVar(startVar, start);
    boundNodes.push(start);
    extend(0);
    boundNodes.pop();
    if (bound === 'new' && startVar) vars.delete(startVar);
  }
  const matches = [...found.values()].sort(compareMatches);
  return options.limit === undefined ? matches : matches.slice(0, options.limit);
}

function compareMatches(a: PatternMatch, b: PatternMatch): number {
  for (let i = 0; i < a.relations.length; i++) {
    const c = compareRecords(a.relations[i], b.relations[i]);
    if (c !== 0) return c;
  }
  const x = a.nodes.join('\u0000');
  const y = b.nodes.join('\u0000');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The distinct edges of every match of a pattern, oldest first: a pattern as a relation filter. */
export function matchRelations(graph: DemarcheGraph, pattern: string | Pattern): RelationRecord[] {
  const byEdge = new Map<string, RelationRecord>();
  for (const match of matchPattern(graph, pattern)) for (const r of match.relations) byEdge.set(r.edge, r);
  return [...byEdge.values()].sort(compareRecords);
}
