/** member_of and part_of from titles, possessives, appositions and the lexicon. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const affiliations = (text: string) =>
  parse(text, { id: 't' }).relations.filter((r) => r.kind === 'member_of' || r.kind === 'part_of').map((r) => `${r.source} ${r.kind} ${r.target}`).sort();

describe('affiliations', () => {
  it('a demonym or country in a title: member_of the country', () => {
    expect(affiliations('U.S. Secretary of State Antony Blinken met French President Emmanuel Macron.')).toEqual([
      'person:antony-blinken member_of country:usa', 'person:emmanuel-macron member_of country:fra',
    ]);
  });
  it('an institution in a title or apposition: member_of the institution', () => {
    expect(affiliations('State Department spokesman Ned Price spoke.')).toContain('person:ned-price member_of institution:us-state-department');
    expect(affiliations("Jens Stoltenberg, NATO's secretary general, spoke.")).toEqual(['person:jens-stoltenberg member_of institution:nato']);
    expect(affiliations('Rafael Grossi, the director general of the International Atomic Energy Agency, spoke.')).toEqual(['person:rafael-grossi member_of institution:iaea']);
  });
  it('an apposition whose owner is only known once resolved: "the bloc\'s commissioner", "a spokesperson for …"', () => {
    expect(affiliations("ECOWAS met. Abdel-Fatau Musah, the bloc's commissioner for political affairs, spoke.")).toContain('person:abdel-fatau-musah member_of institution:ecowas');
    expect(affiliations('Esmaeil Baghaei, a spokesperson for the Foreign Ministry of Iran, spoke.')).toContain('person:esmaeil-baghaei member_of institution:iranian-foreign-ministry');
    // A person is no one's institution: "X, the president's spokesman" gives no member_of the president.
    expect(affiliations("Joe Biden spoke. Karine Jean-Pierre, the president's spokesperson, added.").filter((a) => a.includes('member_of person:'))).toEqual([]);
  });
  it('"X, whose president, Y, …": Y is X\'s', () => {
    expect(affiliations('Nigeria, whose president, Bola Tinubu, chairs ECOWAS, cut off electricity.')).toContain('person:bola-tinubu member_of country:nga');
    expect(affiliations('Nigeria, whose leaders met Bola Tinubu, cut off electricity.')).not.toContain('person:bola-tinubu member_of country:nga');
  });
  it('"X, who heads Y", "X chairs Y": X is a member of the body X leads', () => {
    expect(affiliations("Abdel Fattah al-Burhan, who heads Sudan's ruling Sovereign Council, wrote to the U.N.")).toContain('person:abdel-fattah-al-burhan member_of institution:sovereign-council');
    expect(affiliations('Nigeria, whose president, Bola Tinubu, chairs ECOWAS, cut off electricity.')).toContain('person:bola-tinubu member_of institution:ecowas');
    expect(affiliations('Bola Tinubu, who met ECOWAS envoys, spoke.')).not.toContain('person:bola-tinubu member_of institution:ecowas');
  });
  it('what follows the leading verb\'s object is no body led: "who led the talks with China"', () => {
    expect(affiliations('Joe Biden, who led the talks with China, spoke.')).not.toContain('person:joe-biden member_of country:chn');
  });
  it('"an ECOWAS delegation led by X", "The Iranian delegation, led by X": X is the body\'s or the country\'s', () => {
    expect(affiliations('Tchiani received an ECOWAS delegation led by former Nigerian leader Abdulsalami Abubakar.')).toContain('person:abdulsalami-abubakar member_of institution:ecowas');
    expect(affiliations('The Iranian delegation, led by Deputy Foreign Minister Ali Bagheri Kani, held talks.')).toContain('person:ali-bagheri-kani member_of country:irn');
    expect(affiliations('The talks were led by Ali Bagheri Kani of Iran.')).not.toContain('person:ali-bagheri-kani member_of country:irn');
  });
  it("an institution owned by a country: part_of ('Russia's Foreign Ministry', 'the U.S. State Department')", () => {
    expect(affiliations("Russia's Foreign Ministry denied it.")).toEqual(['institution:russian-foreign-ministry part_of country:rus']);
    expect(affiliations('The U.S. State Department replied.')).toEqual(['institution:us-state-department part_of country:usa']);
  });
  it('a lexicon country link only when that country is in the article', () => {
    expect(affiliations('The Kremlin said so.')).toEqual([]);
    expect(affiliations('The Kremlin said Russia was ready.')).toEqual(['institution:kremlin part_of country:rus']);
  });
  it('each affiliation once, with the sentence it was read from', () => {
    const doc = parse('Russian President Vladimir Putin spoke. Russian President Vladimir Putin left.', { id: 't' });
    const member = doc.relations.filter((r) => r.kind === 'member_of');
    expect(member).toHaveLength(1);
    expect(member[0].evidence.text).toBe('Russian President Vladimir Putin spoke.');
  });
});
