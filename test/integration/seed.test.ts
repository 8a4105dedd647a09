/** From the seed article to a graph: specific actors, names, affiliations and interactions with their sentences. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, parseGraph, writeGexf, writeJson } from '../../src/index.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const file = readdirSync(seedDir).find((f) => f.endsWith('.txt'))!;
const text = readFileSync(new URL(file, seedDir), 'utf8');
const graph = buildGraph([{ id: 'seed', text }]);

const edge = (source: string, kind: string, target: string) =>
  graph.filterOutEdges(source, (_e, a, _s, t) => a.kind === kind && t === target).map((e) => graph.getEdgeAttributes(e));

describe('seed article → graph', () => {
  it('keeps the title, date and the URL joined across its break', () => {
    expect(graph.getAttribute('documents')).toEqual([expect.objectContaining({
      id: 'seed',
      title: 'Russia Says Still Working on Written Follow-Up to U.S. Security Demands Response',
      date: '2022-02-01',
      url: 'https://www.themoscowtimes.com/2022/02/01/russia-says-still-working-on-written-follow-up-to-us-security-demands-response-a76214',
    })]);
  });

  it('has the people, institutions and countries of the article, each once', () => {
    const kinds = Object.fromEntries(graph.mapNodes((n, a) => [n, a.kind]));
    expect(kinds).toMatchObject({
      'person:vladimir-putin': 'person', 'person:antony-blinken': 'person', 'person:sergei-lavrov': 'person',
      'person:dmitry-peskov': 'person', 'person:ned-price': 'person', 'person:emmanuel-macron': 'person',
      'institution:kremlin': 'institution', 'institution:nato': 'institution', 'institution:us-state-department': 'institution',
      'institution:russian-foreign-ministry': 'institution', 'institution:russian-embassy-in-washington': 'institution',
      'institution:washington-post': 'institution', 'institution:ria-novosti': 'institution',
      'country:rus': 'country', 'country:usa': 'country', 'country:ukr': 'country', 'country:fra': 'country',
    });
    // "Putin" is not a second node beside "Vladimir Putin".
    expect(graph.filterNodes((_n, a) => /putin/i.test(a.label))).toEqual(['person:vladimir-putin']);
  });

  it('keeps every name an actor goes by', () => {
    expect(graph.getNodeAttribute('country:rus', 'aliases')).toContain('Moscow');
    expect(graph.getNodeAttribute('country:usa', 'aliases')).toEqual(expect.arrayContaining(['U.S.', 'Washington']));
    expect(graph.getNodeAttribute('person:vladimir-putin', 'aliases')).toContain('Putin');
    expect(graph.getNodeAttribute('institution:russian-embassy-in-washington', 'aliases')).toEqual(expect.arrayContaining(['Embassy']));
    expect(graph.getNodeAttribute('person:antony-blinken', 'titles')).toContain('Secretary of State');
    expect(graph.getNodeAttribute('person:vladimir-putin', 'country')).toBe('country:rus');
  });

  it('reads affiliations from titles, possessives and the lexicon', () => {
    expect(edge('person:antony-blinken', 'member_of', 'country:usa')).toHaveLength(1);
    expect(edge('person:sergei-lavrov', 'member_of', 'country:rus')).toHaveLength(1);
    expect(edge('person:emmanuel-macron', 'member_of', 'country:fra')).toHaveLength(1);
    expect(edge('person:ned-price', 'member_of', 'institution:us-state-department')).toHaveLength(1);
    expect(edge('institution:russian-foreign-ministry', 'part_of', 'country:rus')).toHaveLength(1);
    expect(edge('institution:russian-embassy-in-washington', 'part_of', 'country:rus')).toHaveLength(1);
  });

  it("the Kremlin's statement", () => {
    const [s] = edge('institution:kremlin', 'statement', 'country:usa');
    expect(s).toMatchObject({ verb: 'said', cameo: '01', doc: 'seed', date: '2022-02-01' });
    expect(s.evidence).toMatch(/^The Kremlin said that Moscow had delivered "different ideas" to Washington/);
  });

  it("Putin's accusation of the U.S. and NATO, by 'the Russian president'", () => {
    for (const target of ['country:usa', 'institution:nato']) {
      const [a] = edge('person:vladimir-putin', 'accuse', target);
      expect(a.evidence).toMatch(/^The Russian president accused U\.S\. and NATO of turning down his demands/);
      expect(a.cameo).toBe('11');
    }
  });

  it("the rejection of Russia's demand by the U.S. and NATO, and the demand itself", () => {
    for (const source of ['country:usa', 'institution:nato']) {
      const evidence = edge(source, 'reject', 'country:rus').map((r) => r.evidence);
      expect(evidence.some((e) => e.includes("after it and NATO rejected Russia's demand to block Ukraine"))).toBe(true);
      expect(edge('country:rus', 'demand', source).length).toBeGreaterThan(0);
    }
  });

  it('the Blinken–Lavrov phone call', () => {
    const [c] = edge('person:antony-blinken', 'consult', 'person:sergei-lavrov');
    expect(c.verb).toBe('phone call');
    expect(c.evidence).toContain("during Tuesday's phone call with Russian Foreign Minister Sergei Lavrov");
  });

  it("the State Department's accusation, and the threat it alleges", () => {
    expect(edge('institution:us-state-department', 'accuse', 'country:rus')).toHaveLength(1);
    const [t] = edge('country:rus', 'threaten', 'country:ukr');
    expect(t).toMatchObject({ alleged: true, allegedBy: 'institution:us-state-department' });
  });

  it('the Embassy speaks as "it" and as "the Embassy"', () => {
    const [quoted] = edge('institution:russian-embassy-in-washington', 'statement', 'country:usa');
    expect(quoted.quote).toBe('[It] is Washington, not Moscow that generates tensions');
    expect(quoted.date).toBe('2022-02-01');
    expect(edge('institution:russian-embassy-in-washington', 'threaten', 'country:usa')).toHaveLength(1);
  });

  it('every interaction carries its sentence and span', () => {
    graph.forEachEdge((_e, a) => {
      expect(a.evidence.length).toBeGreaterThan(10);
      expect(text.slice(a.start, a.end).replace(/\s+/g, ' ')).toBe(a.evidence);
    });
  });

  it('is deterministic and survives the GEXF round trip', () => {
    expect(writeJson(buildGraph([{ id: 'seed', text }]))).toBe(writeJson(graph));
    const back = parseGraph(writeGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttribute('person:vladimir-putin', 'aliases')).toEqual(graph.getNodeAttribute('person:vladimir-putin', 'aliases'));
  });
});
