/** Resolution on its own: mentions in, one actor per entity out. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { isShortFormOf, personKey } from '../../src/resolve/index.js';

const actors = (text: string) => Object.fromEntries(parse(text, { id: 't' }).actors.map((a) => [a.id, a]));

describe('merging the mentions of one actor', () => {
  it('"Putin", "Vladimir Putin" and "the Russian president" are one person with every name', () => {
    const a = actors('Russian President Vladimir Putin spoke. Putin said the Russian president would decide.');
    expect(Object.keys(a).filter((k) => k.startsWith('person:'))).toEqual(['person:vladimir-putin']);
    expect(a['person:vladimir-putin']).toMatchObject({ label: 'Vladimir Putin', aliases: ['Putin'], titles: ['President'], country: 'country:rus' });
    expect(a['person:vladimir-putin'].mentions).toBe(3);
  });
  it('"Moscow" with Russia; "U.S.", "the United States" and "Washington" with the United States', () => {
    const a = actors('Moscow said Russia was ready. The U.S. and the United States and Washington replied.');
    expect(a['country:rus'].aliases).toEqual(['Moscow']);
    expect(a['country:usa'].aliases).toEqual(['U.S.', 'Washington']);
    expect(a['country:usa'].label).toBe('United States');
  });
  it('"the Embassy" joins the embassy named before', () => {
    const a = actors("Russia's Embassy in Washington issued a statement. The Embassy warned Washington.");
    expect(a['institution:russian-embassy-in-washington'].aliases).toEqual(expect.arrayContaining(['Embassy', "Russia's Embassy in Washington"]));
    expect(Object.keys(a).filter((k) => k.startsWith('institution:'))).toEqual(['institution:russian-embassy-in-washington']);
  });
  it('Korean and Chinese names: "Kim" joins "Kim Jong Un", "Xi" joins "Xi Jinping"', () => {
    const a = actors('Kim Jong Un met Xi Jinping. Kim thanked Xi.');
    expect(a['person:kim-jong-un'].aliases).toEqual(['Kim']);
    expect(a['person:xi-jinping'].aliases).toEqual(['Xi']);
  });
  it('"Iran\'s top diplomat" joins the foreign minister of Iran', () => {
    const doc = parse("Foreign Minister Hossein Amir-Abdollahian, Iran's foreign minister, arrived. Iran's top diplomat accused Israel.", { id: 't' });
    expect(doc.relations).toContainEqual(expect.objectContaining({ source: 'person:hossein-amir-abdollahian', kind: 'accuse', target: 'country:isr' }));
  });
  it('two people who share a surname stay apart', () => {
    const a = actors('John Smith met Jane Smith.');
    expect(Object.keys(a).sort()).toEqual(['person:jane-smith', 'person:john-smith']);
  });
  it('an unknown single capitalised word is kept only when it acts', () => {
    expect(Object.keys(actors('Hokkaido was quiet.'))).toEqual([]);
    expect(Object.keys(actors('Borrell said the talks would go on.'))).toEqual(['person:borrell']);
  });
  it('opening a sentence, it is no person before the noun of a subject ("Visa restrictions were imposed")', () => {
    expect(Object.keys(actors('Visa restrictions were imposed on the officials.'))).toEqual([]);
    expect(Object.keys(actors('Trade talks were held in Geneva.'))).toEqual([]);
    // A verb after it, or a noun cue read as a verb ("offers", "visits"), and it acts.
    expect(Object.keys(actors('Borrell demands a ceasefire.'))).toEqual(['person:borrell']);
    expect(Object.keys(actors('Borrell offers to mediate.'))).toEqual(['person:borrell']);
    expect(Object.keys(actors('Borrell visits the region.'))).toEqual(['person:borrell']);
  });
});

describe('name helpers', () => {
  it('short forms keep the full name\'s words in order', () => {
    expect(isShortFormOf(['bagheri', 'kani'], ['ali', 'bagheri', 'kani'])).toBe(true);
    expect(isShortFormOf(['musaed', 'al', 'aiban'], ['musaed', 'bin', 'mohammed', 'al', 'aiban'])).toBe(true);
    expect(isShortFormOf(['ali', 'bagheri'], ['ali', 'bagheri', 'kani'])).toBe(true);
    expect(isShortFormOf(['jane', 'smith'], ['john', 'smith'])).toBe(false);
  });
  it('transliteration variants share a key; labels keep the text', () => {
    expect(personKey('Sergey Lavrov')).toBe(personKey('Sergei Lavrov'));
    expect(personKey('Volodymyr Zelenskyy')).toBe(personKey('Volodymyr Zelensky'));
    expect(personKey('Dmitri Peskov')).toBe('person:dmitry-peskov');
    expect(personKey('Jane Smith')).not.toBe(personKey('John Smith'));
  });
  it("a name's words are never looked up among Object's own properties", () => {
    // The variant table was a plain object: "Constructor" found Object's constructor function.
    expect(personKey('John Constructor')).toBe('person:john-constructor');
    expect(personKey('Anna Tostring Valueof')).toBe('person:anna-tostring-valueof');
    expect(parse('Foreign Minister John Constructor met Russian officials on Monday.', { id: 'c' }).actors.map((a) => a.id)).toContain('person:john-constructor');
  });
});
