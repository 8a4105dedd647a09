import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DemarcheError } from '../../src/errors.js';
import { matchPattern, matchRelations, parsePattern, PatternError, tokenizePattern } from '../../src/query/index.js';
import { smallGraph } from './helpers.js';

const graph = smallGraph();
const edges = (pattern: string): string[][] => matchPattern(graph, pattern).map((m) => m.relations.map((r) => r.edge));
const flat = (pattern: string): string[] => edges(pattern).map((m) => m.join('+'));

describe('tokenizePattern', () => {
  it('splits a pattern into tokens with 1-based columns', () => {
    expect(tokenizePattern('(Russia)-[demand]->(?)')).toEqual([
      { type: 'lparen', text: '(', column: 1 }, { type: 'word', text: 'Russia', column: 2 }, { type: 'rparen', text: ')', column: 8 },
      { type: 'arrow', text: '-', column: 9 }, { type: 'lbrack', text: '[', column: 10 }, { type: 'word', text: 'demand', column: 11 },
      { type: 'rbrack', text: ']', column: 17 }, { type: 'arrow', text: '->', column: 18 }, { type: 'lparen', text: '(', column: 20 },
      { type: 'var', text: '', column: 21 }, { type: 'rparen', text: ')', column: 22 }, { type: 'end', text: '', column: 23 },
    ]);
  });

  it('keeps spaces, hyphens, dots and colons inside names; reads quoted strings and props', () => {
    expect(tokenizePattern('( United States )').map((t) => [t.type, t.text])).toEqual([['lparen', '('], ['word', 'United States'], ['rparen', ')'], ['end', '']]);
    expect(tokenizePattern('(country:rus|U.S.)').map((t) => t.text)).toEqual(['(', 'country:rus', '|', 'U.S.', ')', '']);
    expect(tokenizePattern('(?a {kind: country, name: "Al-Assad"})').map((t) => [t.type, t.text])).toEqual([
      ['lparen', '('], ['var', 'a'], ['lbrace', '{'], ['word', 'kind'], ['colon', ':'], ['word', 'country'], ['comma', ','],
      ['word', 'name'], ['colon', ':'], ['string', 'Al-Assad'], ['rbrace', '}'], ['rparen', ')'], ['end', ''],
    ]);
  });
});

describe('parsePattern', () => {
  it('builds nodes and edges', () => {
    expect(parsePattern('(?a {kind: country})-[reject|accuse {from: 2022-01}]->(Russia)')).toEqual({
      source: '(?a {kind: country})-[reject|accuse {from: 2022-01}]->(Russia)',
      nodes: [
        { variable: 'a', names: [], kinds: [], requiredKinds: ['country'], column: 1 },
        { names: [{ text: 'Russia', column: 56 }], kinds: [], column: 55 },
      ],
      edges: [{ kinds: ['reject', 'accuse'], direction: 'out', filter: { from: '2022-01' }, column: 21 }],
    });
  });

  it('reads kinds of actors, directions and shorthands', () => {
    const p = parsePattern('(person|Russia)<-[consult]-(?)--(institution)-->(?x)<--(?)');
    expect(p.nodes.map((n) => [n.names.map((t) => t.text), n.kinds, n.variable])).toEqual([
      [['Russia'], ['person'], undefined], [[], [], undefined], [[], ['institution'], undefined], [[], [], 'x'], [[], [], undefined],
    ]);
    expect(p.edges.map((e) => [e.direction, e.kinds])).toEqual([['in', ['consult']], ['any', []], ['out', []], ['in', []]]);
  });

  it("reads a word that is one of Object's own properties as an actor's name", () => {
    // Once, kind words were a plain object: "(constructor)" asked for actors of kind [Function].
    const p = parsePattern('(constructor|valueOf)-->(?)');
    expect(p.nodes[0].kinds).toEqual([]);
    expect(p.nodes[0].names.map((t) => t.text)).toEqual(['constructor', 'valueOf']);
  });
});

describe('matchPattern on the fixture graph', () => {
  it('(Russia)-[demand]->(?): what Russia demanded, of whom', () => {
    const matches = matchPattern(graph, '(Russia)-[demand]->(?)');
    expect(matches.map((m) => m.nodes)).toEqual([['country:rus', 'country:usa'], ['country:rus', 'institution:nato'], ['country:rus', 'country:usa']]);
    expect(matches.map((m) => m.relations[0].edge)).toEqual(['e1', 'e2', 'e3']);
    expect(matches[0].relations[0]).toMatchObject({ evidence: 'Russia demanded security guarantees from the United States.', date: '2022-01-15', url: 'https://example.org/d1' });
    expect(matches[0].bindings).toEqual({});
  });

  it('(person)-[statement|accuse]->(United States): kinds of actors, several relation kinds', () => {
    expect(flat('(person)-[statement|accuse]->(United States)')).toEqual(['e6', 'e7']);
  });

  it('(?a {kind: country})-[reject]->(Russia): variables and properties', () => {
    const matches = matchPattern(graph, '(?a {kind: country})-[reject]->(Russia)');
    expect(matches.map((m) => [m.bindings, m.relations[0].edge])).toEqual([[{ a: 'country:usa' }, 'e4'], [{ a: 'country:usa' }, 'e18']]);
    expect(flat('(?a {kind: institution})-[reject]->(Russia)')).toEqual(['e5']);
  });

  it('directions: <-[kind]-, -[kind]- (either), -->, <--, --', () => {
    expect(flat('(Russia)<-[reject]-(?)')).toEqual(['e4', 'e5', 'e18']);
    expect(flat('(Blinken)-[consult]-(?)')).toEqual(['e9']);
    expect(flat('(Lavrov)-[consult]-(?)')).toEqual(['e9']);
    expect(flat('(Lavrov)-[consult]->(?)')).toEqual([]);
    expect(flat('(?)-->(Ukraine)')).toEqual(['e15', 'e17']);
    expect(flat('(Ukraine)<--(?)')).toEqual(['e15', 'e17']);
    expect(flat('(Ukraine)--(?)')).toEqual(['e15', 'e17']);
  });

  it('counts an undirected match once, however it is read', () => {
    expect(matchPattern(graph, '(?)-[consult]-(?)').map((m) => m.nodes)).toEqual([['person:antony-blinken', 'person:sergei-lavrov']]);
  });

  it('chains bind a variable to one actor: mutual hostility', () => {
    const matches = matchPattern(graph, '(?x)-[accuse]->(?y)-[demand]->(?x)');
    expect(matches.map((m) => [m.bindings, m.relations.map((r) => r.edge)])).toEqual([
      [{ x: 'country:usa', y: 'country:rus' }, ['e14', 'e1']],
      [{ x: 'country:usa', y: 'country:rus' }, ['e14', 'e3']],
    ]);
    expect(edges('(Blinken)-[consult]->(?)-[member_of]->(?c)')).toEqual([['e9', 'e10']]);
    // The closing variable in each direction.
    expect(edges('(?x)-[accuse]->(?y)-[demand]-(?x)')).toEqual([['e14', 'e1'], ['e14', 'e3']]);
    expect(edges('(?x)-[accuse]->(?y)<-[reject]-(?x)')).toEqual([['e14', 'e4'], ['e14', 'e18']]);
    expect(edges('(?x)-[reject]->(?y)<-[accuse]-(?x)')).toEqual([['e4', 'e14'], ['e18', 'e14']]);
  });

  it('never uses one edge twice in a match', () => {
    expect(edges('(Washington)-[reject]->(?y)<-[reject]-(Washington)')).toEqual([['e4', 'e18'], ['e18', 'e4']]);
  });

  it('relation properties: dates, quotes, text, documents, alleged', () => {
    expect(flat('(Peskov)-[statement {quote: "NOT listening"}]->(?)')).toEqual(['e6']);
    expect(flat('(?)-[* {from: 2022-01-27, to: 2022-01-31}]->(?)')).toEqual(['e18', 'e3']);
    expect(flat('(?)-[{date: 2022-01-15}]->(?)')).toEqual(['e1', 'e2']);
    expect(flat("(?)-[{alleged: true}]->(?)")).toEqual(['e15']);
    expect(flat('(?)-[{doc: d3}]->(?)')).toEqual(['e16', 'e17']);
    expect(flat('(?)-[{text: "state department"}]->(?)')).toEqual(['e14', 'e15']);
  });

  it('actor properties and alternatives: country, names, keys, quoted names', () => {
    expect(flat('(person {country: Russia})-[accuse]->(?)')).toEqual(['e7', 'e8']);
    expect(flat('("U.S.")-[reject]->(?)')).toEqual(['e4', 'e18']);
    expect(flat('(U.S.)-[reject]->(?)')).toEqual(['e4', 'e18']);
    expect(flat('(Russia|NATO)-[demand|reject]->(?)')).toEqual(['e1', 'e2', 'e5', 'e3']);
    expect(flat('(country:rus)-[demand]->(institution)')).toEqual(['e2']);
    expect(flat('(? {name: moscow})-[threaten]->(?)')).toEqual(['e15']);
  });

  it('kind groups, edge variables, limits', () => {
    expect(flat('(?)-[interaction]->(?)').length).toBe(14);
    expect(flat('(?)-[affiliation]->(?)')).toEqual(['e12', 'e13', 'e10', 'e11']);
    expect(matchPattern(graph, '(Russia)-[?r demand]->(NATO)')[0].bindings).toEqual({ r: 'e2' });
    expect(matchPattern(graph, '(Russia)-[demand]->(?)', { limit: 2 }).map((m) => m.relations[0].edge)).toEqual(['e1', 'e2']);
  });

  it('an ambiguous name stands for all its actors', () => {
    expect(matchPattern(graph, '(Smith)-->(?)')).toEqual([]);
  });

  it('matchRelations gives the distinct edges of all matches', () => {
    expect(matchRelations(graph, '(?x)-[accuse]->(?y)-[demand]->(?x)').map((r) => r.edge)).toEqual(['e1', 'e3', 'e14']);
  });
});

describe('pattern errors', () => {
  const cases: Array<[string, number, string]> = [
    ['', 1, 'empty pattern. Expecting something like (Russia)-[demand]->(?)'],
    ['(Russia)-[demnd]->(?)', 11, "unknown relation kind 'demnd' (did you mean 'demand'?). Expecting one of statement, appeal, intent, consult, cooperate, aid, demand, accuse, reject, threaten, protest, sanction, force, member_of, part_of"],
    ['(Russia)-[demand->(?)', 17, "expected ']' to close the relation, found '->'"],
    ['(Russia', 8, "unexpected end of pattern: expected ')'"],
    ['(Russia)', 9, 'expected a relation after the actor, such as -[demand]->(?)'],
    ['(Russia) x', 10, "unexpected 'x' between elements. Expecting '(' to start an actor or an arrow such as -[kind]->"],
    ['(Russia)<-[demand]->(?)', 19, 'a relation cannot point both ways: write -[kind]- for either direction'],
    ['(Russia)-[demand]>(?)', 18, "malformed arrow '>' after ']'. Expecting '->' or '-'"],
    ['(Russia)->(?)', 9, "malformed arrow '->'. Expecting -[kind]->, <-[kind]-, -[kind]-, -->, <-- or --"],
    ['(Russia)-[demand]->', 20, "expected '(' to start an actor, found the end of the pattern"],
    ['(?a {knd: country})-->(?)', 6, "unknown actor property 'knd'. Expecting kind, country or name"],
    ['(?a {kind: planet})-->(?)', 12, "unknown actor kind 'planet'. Expecting person, institution, country"],
    ['(?a {kind country})-->(?)', 18, "expected ':' after 'kind country', found '}'"],
    ['(?)-[demand {from: yesterday}]->(?)', 20, "'yesterday' is not a date. Expecting YYYY, YYYY-MM or YYYY-MM-DD"],
    ['(?)-[demand {alleged: maybe}]->(?)', 23, "'maybe' is not a boolean. Expecting true or false"],
    ['(Russia)-[demand]->("Atlantis', 21, 'unterminated string: no closing "'],
    [')(', 1, "unexpected ')' with nothing to close"],
    ['(Russia (NATO))', 9, "unexpected '(' inside an actor: close it with ')' first"],
    ['(Russia)-[demand|]->(?)', 18, "expected a relation kind after '|', found ']'"],
    // Words that are Object's own properties: once a TypeError, now an unknown kind like any other word.
    ['(Russia)-[constructor]->(?)', 11, "unknown relation kind 'constructor'. Expecting one of statement, appeal, intent, consult, cooperate, aid, demand, accuse, reject, threaten, protest, sanction, force, member_of, part_of"],
    ['(?a {kind: constructor})-->(?)', 12, "unknown actor kind 'constructor'. Expecting person, institution, country"],
  ];

  it.each(cases)('%j → column %i', (pattern, column, message) => {
    let caught: unknown;
    try { matchPattern(graph, pattern); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(PatternError);
    expect(caught).toBeInstanceOf(DemarcheError);
    const error = caught as PatternError;
    expect(error.code).toBe('query/pattern');
    expect(error.column).toBe(column);
    expect(error.message).toBe(`demarche/query/pattern: column ${column}: ${message}`);
    expect(error.message).not.toContain('\n');
    expect(error.caret).toBe(`${pattern}\n${' '.repeat(column - 1)}^`);
  });

  it('points at an unknown actor with code query/unknown-actor', () => {
    let caught: unknown;
    try { matchPattern(graph, '(Russia)-[demand]->(Atlantis)'); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(PatternError);
    expect((caught as PatternError).code).toBe('query/unknown-actor');
    expect((caught as PatternError).column).toBe(21);
    expect((caught as PatternError).message).toBe("demarche/query/unknown-actor: column 21: no actor named 'Atlantis' in the graph (did you mean 'NATO'?). Expecting a label, alias or node key such as 'country:rus'");
    expect(() => matchPattern(graph, '(? {country: Atlantis})-->(?)')).toThrow('column 14');
  });

  it('never fails other than with a PatternError, at a column inside the pattern (property)', () => {
    const alphabet = fc.constantFrom('(', ')', '[', ']', '{', '}', '-', '>', '<', '|', '?', ':', ',', '"', ' ', 'a', 'demand', 'Russia', 'kind', 'person', '*');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (pattern) => {
      try {
        parsePattern(pattern);
      } catch (error) {
        if (!(error instanceof PatternError)) return false;
        return error.column >= 1 && error.column <= pattern.length + 1 && !error.message.includes('\n');
      }
      return true;
    }), { numRuns: 2000, seed: 42 });
  });

  it('parses long hostile input in linear time (no backtracking)', () => {
    const long = `(${'a'.repeat(200000)}`;
    expect(() => parsePattern(long)).toThrow('column 200002');
    expect(() => parsePattern(`(x)${'-'.repeat(100000)}(y)`)).toThrow(PatternError);
  });
});
