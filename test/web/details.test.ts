import { describe, expect, it } from 'vitest';
import { describeEdge, describeNode, safeHttpUrl } from '../../web/details.js';
import { fixture } from './helpers.js';

describe('safeHttpUrl', () => {
  it('keeps http(s) URLs only', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeHttpUrl('/relative')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});

describe('describeNode', () => {
  const graph = fixture('small.json');

  it("groups Putin's acts by kind and counterpart, with sentence, date and source", () => {
    const details = describeNode(graph, 'person:vladimir-putin');
    expect(details).toMatchObject({ label: 'Vladimir Putin', kind: 'person', aliases: ['Putin'], titles: ['President'] });
    expect(details.country).toMatchObject({ key: 'country:rus', label: 'Russia' });
    const groups = details.outgoing.map((g) => `${g.kind} ${g.counterpart.key} ${g.items.length}`);
    expect(groups).toEqual([
      'accuse institution:nato 1',
      'accuse country:usa 1',
      'demand country:usa 1',
      'statement country:usa 1',
    ]);
    const accuse = details.outgoing[1].items[0];
    expect(accuse.evidence).toContain('accused U.S. and NATO of turning down his demands');
    expect(accuse.date).toBe('2022-02-01');
    expect(accuse.source).toMatchObject({ doc: 'doc1', url: expect.stringMatching(/^https:\/\/www\.themoscowtimes\.com\//) });
    expect(details.outgoing[3].items[0].quote).toBe('carefully study');
    expect(details.incoming.map((g) => `${g.kind} ${g.counterpart.key}`)).toEqual(['statement person:ned-price']);
  });

  it('lists affiliations and members apart from acts', () => {
    expect(describeNode(graph, 'person:dmitry-peskov').affiliations).toEqual([
      { kind: 'member_of', target: { key: 'institution:kremlin', label: 'Kremlin', kind: 'institution' } },
    ]);
    const kremlin = describeNode(graph, 'institution:kremlin');
    expect(kremlin.members.map((m) => m.source.key)).toEqual(['person:dmitry-peskov']);
    expect(kremlin.affiliations.map((a) => `${a.kind} ${a.target.key}`)).toEqual(['part_of country:rus']);
    expect(kremlin.outgoing).toEqual([]);
  });

  it('marks alleged acts and who alleges them', () => {
    const [threat] = describeNode(graph, 'country:rus').outgoing.filter((g) => g.kind === 'threaten');
    expect(threat.items[0]).toMatchObject({ alleged: true, allegedBy: { key: 'institution:us-state-department' } });
  });

  it('drops links that are not http(s) and keeps hostile text as data', () => {
    const hostile = fixture('hostile.json');
    const details = describeNode(hostile, 'person:hostile');
    expect(details.label).toBe('<img src=x onerror="window.__pwned=1">');
    const items = details.outgoing.flatMap((g) => g.items);
    expect(items.every((i) => i.source?.url === undefined)).toBe(true);
    expect(items.some((i) => i.quote === '<script>window.__pwned=2</script>')).toBe(true);
    expect(describeNode(hostile, 'country:rus').outgoing[0].items[0].source?.url).toBe('https://example.org/a?q=%3Cscript%3E');
  });
});

describe('describeEdge', () => {
  it('gives the kind, both ends and the evidence', () => {
    const graph = fixture('small.json');
    const edge = graph.findEdge('person:vladimir-putin', 'institution:nato', () => true)!;
    const summary = describeEdge(graph, edge);
    expect(summary.kind).toBe('accuse');
    expect(summary.source.label).toBe('Vladimir Putin');
    expect(summary.target.label).toBe('NATO');
    expect(summary.evidence.evidence).toContain('accused U.S. and NATO');
  });
});
