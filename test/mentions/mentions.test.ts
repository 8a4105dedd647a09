/** The mention finder on its own: a Doc with tokens and sentences in, mentions out. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';
import { mentions } from '../../src/mentions/index.js';
import { defaultLexiconsOnce } from '../../src/lexicons/load.js';
import type { Mention } from '../../src/doc.js';

const lex = defaultLexiconsOnce();
function find(text: string): Mention[] {
  return mentions(segment(ingest(text, { id: 't' }), lex), lex).mentions;
}
const summary = (text: string) => find(text).map((m) => `${m.kind}:${m.text}${m.entry ? ' → ' + m.entry : ''}`);

describe('countries', () => {
  it('names, dotted abbreviations, demonyms and news names from the country data', () => {
    expect(summary('The U.S., the UK, the UAE and Türkiye met Britain and Turkey.')).toEqual([
      'country:U.S. → country:usa', 'country:UK → country:gbr', 'country:UAE → country:are', 'country:Türkiye → country:tur',
      'country:Britain → country:gbr', 'country:Turkey → country:tur',
    ]);
    expect(find('French officials said so.')[0]).toMatchObject({ kind: 'country', entry: 'country:fra', rule: 'country:demonym' });
  });
  it('a capital stands for the government when it acts, not after "in"', () => {
    expect(summary('Moscow said it was ready.')).toEqual(['country:Moscow → country:rus']);
    expect(summary('The talks were held in Moscow.')).toEqual([]);
  });
  it('"He" is a surname before an unknown capitalised word, and a pronoun otherwise', () => {
    expect(summary('He Lifeng met Janet Yellen.')).toEqual(['person:He Lifeng', 'person:Janet Yellen']);
    expect(summary('He Yadong, a spokesperson for the ministry, spoke.')[0]).toBe('person:He Yadong');
    expect(summary('He met Janet Yellen.')).toEqual(['person:Janet Yellen']);
    expect(summary('He Said it.').some((m) => m.includes('He Said'))).toBe(false);
  });
  it('a capital that is also a given name starts a person\'s name before another capitalised word', () => {
    expect(summary('Victoria Nuland flew to Niamey.')).toEqual(['person:Victoria Nuland', 'country:Niamey → country:ner']);
    expect(summary('Victoria said it would not extradite him.')).toEqual(['country:Victoria → country:syc']);
  });
  it('"Mali\'s government" and "the Lebanese government" are the country', () => {
    expect(find("Mali's government expelled the envoy.")[0]).toMatchObject({ kind: 'country', entry: 'country:mli', text: "Mali's government" });
  });
});

describe('institutions', () => {
  it('government bodies owned by a country get a canonical label', () => {
    const [ministry] = find("Russia's Foreign Ministry denied it.");
    expect(ministry).toMatchObject({ kind: 'institution', entry: 'institution:russian-foreign-ministry', label: 'Russian Foreign Ministry', country: 'country:rus' });
    const [embassy] = find('The Chinese Embassy in Washington protested.');
    expect(embassy).toMatchObject({ entry: 'institution:chinese-embassy-in-washington', label: 'Chinese Embassy in Washington', country: 'country:chn' });
  });
  it('international organisations, the Kremlin, the White House and news agencies from the lexicon', () => {
    expect(summary('The UN Security Council, NATO, the EU, the IAEA, OSCE, ECOWAS, the Kremlin, the White House and Reuters.').filter((x) => x.startsWith('institution'))).toEqual([
      'institution:UN Security Council → institution:un-security-council', 'institution:NATO → institution:nato', 'institution:EU → institution:european-union',
      'institution:IAEA → institution:iaea', 'institution:OSCE → institution:osce', 'institution:ECOWAS → institution:ecowas',
      'institution:Kremlin → institution:kremlin', 'institution:White House → institution:white-house', 'institution:Reuters → institution:reuters',
    ]);
  });
  it('"Brussels said" is the EU; "in Brussels" is the city', () => {
    expect(summary('Brussels said the talks would resume.')).toEqual(['institution:Brussels → institution:european-union']);
    expect(summary('She told reporters in Brussels.')).toEqual([]);
  });
  it('a proper name ending in an organisation word, and its acronym in brackets', () => {
    const found = find('The Rapid Support Forces (RSF) denied it.');
    expect(found.map((m) => [m.text, m.entry])).toEqual([['Rapid Support Forces', 'institution:rapid-support-forces'], ['RSF', 'institution:rapid-support-forces']]);
  });
});

describe('persons', () => {
  it('names after titles, with the country of a demonym', () => {
    const [country, lavrov] = find('Russian Foreign Minister Sergei Lavrov arrived.');
    expect(country).toMatchObject({ kind: 'country', entry: 'country:rus' });
    expect(lavrov).toMatchObject({ kind: 'person', text: 'Sergei Lavrov', titles: ['Foreign Minister'], country: 'country:rus', rule: 'title+name' });
  });
  it('an institution before the title: "State Department spokesman Ned Price"', () => {
    const price = find('U.S. State Department spokesman Ned Price spoke.').find((m) => m.kind === 'person');
    expect(price).toMatchObject({ text: 'Ned Price', institution: 'institution:us-state-department', titles: ['spokesman'] });
  });
  it('appositions after and before the name', () => {
    expect(find("Jens Stoltenberg, NATO's secretary general, said so.").find((m) => m.kind === 'person')).toMatchObject({ text: 'Jens Stoltenberg', institution: 'institution:nato', rule: 'apposition-after' });
    expect(find("Japan's defense minister, Yasukazu Hamada, said so.").find((m) => m.kind === 'person')).toMatchObject({ text: 'Yasukazu Hamada', country: 'country:jpn', rule: 'apposition-before' });
    expect(find('Ned Price, spokesman for the U.S. State Department, said so.').find((m) => m.kind === 'person')).toMatchObject({ institution: 'institution:us-state-department' });
  });
  it('a description is kept for resolution: "the Russian president"', () => {
    expect(find('The Russian president accused NATO.')[0]).toMatchObject({ kind: 'description', titles: ['president'], country: 'country:rus' });
  });
  it('not months, weekdays, titles or places', () => {
    expect(find('On Monday in March the President visited the Great Hall of the People.').filter((m) => m.kind === 'person')).toEqual([]);
    expect(find('Talks resumed at Camp David.').filter((m) => m.kind === 'person')).toEqual([]);
  });
  it('an unnamed source opening a sentence is no person ("Analysts said"); a surname there is ("Dubois said")', () => {
    for (const sentence of ['Analysts said the talks could drag on.', 'Experts warned that Iran would respond.', 'Critics accused Berlin of hypocrisy.', 'Observers noted the delay.']) {
      expect(find(sentence).filter((m) => m.kind === 'person'), sentence).toEqual([]);
    }
    expect(find('Dubois said the talks could drag on.').filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Dubois']);
  });
  it('within a name, such a noun stays a word of it: "People Power Party", "Citizens United"', () => {
    expect(find('People Power Party leader Han Dong-hoon criticized Moscow.').find((m) => m.kind === 'institution')?.text).toBe('People Power Party');
    expect(find('Citizens United sued the Federal Election Commission.').map((m) => m.text)).toContain('Citizens United');
  });
  it('names with particles: "Musaed bin Mohammed al-Aiban", "Ursula von der Leyen"', () => {
    expect(find('Musaed bin Mohammed al-Aiban met Ursula von der Leyen.').filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Musaed bin Mohammed al-Aiban', 'Ursula von der Leyen']);
  });
  it('hostile text in a name stays text', () => {
    const [m] = find('President <img src=x onerror=alert(1)> Smith said so.').filter((x) => x.kind === 'person');
    expect(m?.text ?? '').not.toContain('<');
  });
});
