import { describe, expect, it } from 'vitest';
import { isWhitespaceOnly, phraseTokens, tokenize } from '../../src/segment/tokens.js';
import { defaultLexiconsOnce } from '../../src/lexicons/load.js';

const abbreviations = defaultLexiconsOnce().words.abbreviations;
const texts = (text: string) => tokenize(text, 0, text.length, abbreviations).map((t) => t.text);

describe('tokenize', () => {
  it('gives offsets into the original text: text.slice(start, end) === token.text', () => {
    const text = '  Russia\u2019s envoy met Gen. J. Smith at the U.N. in New\u00A0York on 1,000 "days" — 60% (maybe) <u>so</u>.\n\tOK';
    const tokens = tokenize(text, 0, text.length, abbreviations);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
    }
    for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
  });

  it('respects start and end inside a larger text', () => {
    const text = 'AAA Germany urged Poland. BBB';
    const start = 4;
    const end = text.indexOf(' BBB');
    const tokens = tokenize(text, start, end, abbreviations);
    expect(tokens.map((t) => t.text)).toEqual(['Germany', 'urged', 'Poland', '.']);
    expect(tokens[0].start).toBe(4);
    expect(tokens[tokens.length - 1].end).toBe(end);
  });

  it("splits the possessive 's (straight and curly) from its noun", () => {
    expect(texts("Russia's demands")).toEqual(['Russia', "'s", 'demands']);
    expect(texts('Russia\u2019s demands')).toEqual(['Russia', '\u2019s', 'demands']);
    expect(texts("NATO's members' views")).toEqual(['NATO', "'s", 'members', "'", 'views']);
  });

  it('keeps inner apostrophes and hyphens inside names', () => {
    expect(texts("Amir-Abdollahian visited the Quai d'Orsay")).toEqual(['Amir-Abdollahian', 'visited', 'the', 'Quai', "d'Orsay"]);
  });

  it('keeps U.S., U.K. and U.N. as one token each', () => {
    expect(texts('the U.S. and U.K. at the U.N. today')).toEqual(['the', 'U.S.', 'and', 'U.K.', 'at', 'the', 'U.N.', 'today']);
    expect(texts('U.S.-led')).toEqual(['U.S.', '-', 'led']);
  });

  it('glues the period of a known abbreviation or an initial to the word', () => {
    expect(texts('Gen. Mark Milley and Mr. Smith met Dr. Jones')).toEqual(['Gen.', 'Mark', 'Milley', 'and', 'Mr.', 'Smith', 'met', 'Dr.', 'Jones']);
    expect(texts('J. Smith')).toEqual(['J.', 'Smith']);
    expect(texts('Russia left.')).toEqual(['Russia', 'left', '.']);
  });

  it('does not glue periods without an abbreviation list', () => {
    expect(tokenize('Gen. Smith', 0, 10).map((t) => t.text)).toEqual(['Gen', '.', 'Smith']);
  });

  it('reads numbers with separators and percentages as one token', () => {
    expect(texts('100,000 troops and 2.5% more')).toEqual(['100,000', 'troops', 'and', '2.5%', 'more']);
  });

  it('skips inline markup such as <u>…</u> but keeps its text', () => {
    expect(texts('Russia <u>denied</u> it')).toEqual(['Russia', 'denied', 'it']);
  });

  it('makes every other character its own token', () => {
    expect(texts('"Yes," he said — (no)!')).toEqual(['"', 'Yes', ',', '"', 'he', 'said', '—', '(', 'no', ')', '!']);
  });

  it('gives no tokens for whitespace', () => {
    expect(texts(' \n\t ')).toEqual([]);
  });
});

describe('phraseTokens and isWhitespaceOnly', () => {
  it('tokenizes a lexicon phrase the same way as text', () => {
    expect(phraseTokens('U.S. State Department', abbreviations)).toEqual(['U.S.', 'State', 'Department']);
    expect(phraseTokens("Russia's Foreign Ministry", abbreviations)).toEqual(['Russia', "'s", 'Foreign', 'Ministry']);
  });

  it('tells whether a span is only whitespace', () => {
    expect(isWhitespaceOnly('a  \n b', 1, 5)).toBe(true);
    expect(isWhitespaceOnly('a  x b', 1, 5)).toBe(false);
    expect(isWhitespaceOnly('ab', 1, 1)).toBe(true);
  });
});
