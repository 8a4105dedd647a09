import { describe, expect, it } from 'vitest';
import { defaultLexiconsOnce, loadLexicons } from '../../src/lexicons/load.js';
import type { LexiconExtension } from '../../src/lexicons/schema.js';
import { DemarcheError } from '../../src/errors.js';
import { parse } from '../../src/index.js';
import { INTERACTION_KINDS } from '../../src/doc.js';

const edges = (text: string, lexicons?: readonly LexiconExtension[]) =>
  parse(text, { lexicons }).relations.map((r) => `${r.source} ${r.kind} ${r.target}`);

function errorOf(fn: () => unknown): DemarcheError {
  try { fn(); } catch (e) { return e as DemarcheError; }
  throw new Error('expected an error');
}

describe('loadLexicons', () => {
  it('act nouns name interaction kinds of the vocabulary, and lower-case words', () => {
    const { actNouns } = defaultLexiconsOnce();
    expect(actNouns.get('launch')).toEqual(['force']);
    expect(actNouns.has('about')).toBe(false);
    for (const [noun, kinds] of actNouns) {
      expect(noun).toBe(noun.toLowerCase());
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds) expect(INTERACTION_KINDS).toContain(kind);
    }
  });
  it('compiles the built-in lexicons once and shares them', () => {
    const a = defaultLexiconsOnce();
    expect(defaultLexiconsOnce()).toBe(a);
    expect(a.countries.get('country:rus')?.label).toBe('Russia');
    expect(a.countries.get('country:usa')?.capitals).toContain('Washington');
    expect(a.institutions.has('institution:nato')).toBe(true);
    expect(a.words.abbreviations.has('gen.')).toBe(true);
  });

  it('an extension adds a cue: "pilloried" becomes an accuse edge Germany → France', () => {
    const text = 'Germany pilloried France over the deal.';
    expect(edges(text).filter((e) => e.includes(' accuse '))).toEqual([]);
    const ext: LexiconExtension = { cues: [{ pattern: 'pillory', forms: ['pilloried'], relation: 'accuse', pos: 'verb' }] };
    expect(edges(text, [ext])).toEqual(['country:deu accuse country:fra']);
    const relation = parse(text, { lexicons: [ext] }).relations[0];
    expect(relation.cameo).toBe('11');
    expect(relation.evidence.verb).toBe('pilloried');
  });

  it('the brief\'s "lambasted" extension gives an accuse edge Germany → France', () => {
    const ext: LexiconExtension = { cues: [{ pattern: 'lambasted', forms: ['lambasted'], relation: 'accuse', pos: 'verb' }] };
    expect(edges('Germany lambasted France over the deal.', [ext])).toEqual(['country:deu accuse country:fra']);
  });

  it('a cue without forms matches its pattern', () => {
    const ext: LexiconExtension = { cues: [{ pattern: 'pilloried', relation: 'accuse' }] };
    expect(edges('Germany pilloried France over the deal.', [ext])).toEqual(['country:deu accuse country:fra']);
  });

  it('disabled: true removes a built-in cue', () => {
    const text = 'Germany accused France of lying.';
    expect(edges(text)).toEqual(['country:deu accuse country:fra']);
    expect(edges(text, [{ cues: [{ pattern: 'accuse', disabled: true }] }]).filter((e) => e.includes(' accuse '))).toEqual([]);
  });

  it('an entry with the same key replaces the built-in one', () => {
    const text = 'Germany accused France of lying.';
    const ext: LexiconExtension = { cues: [{ pattern: 'accuse', relation: 'protest' }] };
    expect(edges(text, [ext])).toEqual(['country:deu protest country:fra']);
  });

  it('does not change the shared default lexicons', () => {
    loadLexicons([{ cues: [{ pattern: 'accuse', disabled: true }] }]);
    expect(edges('Germany accused France of lying.')).toEqual(['country:deu accuse country:fra']);
  });

  it('an extension adds an institution', () => {
    const ext: LexiconExtension = { institutions: [{ id: 'zorg-agency', label: 'Zorg Agency', names: ['Zorg Agency'], category: 'agency', partOf: 'DEU' }] };
    const lex = loadLexicons([ext]);
    expect(lex.institutions.get('institution:zorg-agency')).toMatchObject({ label: 'Zorg Agency', partOf: 'country:deu' });
    const doc = parse('The Zorg Agency accused France of lying.', { lexicons: [ext] });
    expect(doc.actors.map((a) => a.id)).toContain('institution:zorg-agency');
  });

  it('throws on an unknown relation', () => {
    const e = errorOf(() => loadLexicons([{ cues: [{ pattern: 'hug', relation: 'embrace' as never }] }]));
    expect(e).toBeInstanceOf(DemarcheError);
    expect(e.message).toMatch(/^demarche\/lexicons\/load: lexicon extension 1: cue "hug" has unknown relation "embrace"/);
    expect(e.message).toContain('accuse');
    expect(e.message).not.toContain('\n');
  });

  it('parse() surfaces the same error', () => {
    expect(() => parse('Germany hugged France.', { lexicons: [{ cues: [{ pattern: 'hug', relation: 'embrace' as never }] }] }))
      .toThrow(/^demarche\/lexicons\/load: /);
  });

  it('throws on a cue without a pattern and an institution without an id, naming the extension', () => {
    expect(errorOf(() => loadLexicons([{}, { cues: [{ pattern: '' }] }])).message).toMatch(/^demarche\/lexicons\/load: lexicon extension 2: cue 1 has no "pattern"/);
    expect(errorOf(() => loadLexicons([{ institutions: [{ id: '' }] as never }])).message).toMatch(/^demarche\/lexicons\/load: lexicon extension 1: institution 1 has no "id"/);
  });

  it('allows an unknown relation on a disabled cue', () => {
    expect(() => loadLexicons([{ cues: [{ pattern: 'accuse', relation: 'whatever' as never, disabled: true }] }])).not.toThrow();
  });
});

describe('phrases with an apostrophe', () => {
  it('match it straight or curly, as news text writes it either way', () => {
    const actorsOf = (text: string) => parse(text, { id: 'a' }).actors.map((a) => a.id).sort();
    for (const apostrophe of ["'", '\u2019']) {
      expect(actorsOf(`Officials in C\u00f4te d${apostrophe}Ivoire met envoys from the People${apostrophe}s Liberation Army.`)).toEqual(['country:civ', 'institution:pla']);
    }
  });
});
