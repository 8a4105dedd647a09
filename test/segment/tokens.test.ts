import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/doc.js';
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

// The tokenizer's definition as one global regular expression, without the character-scan fast
// paths tokenize() takes for whitespace and plain ASCII words: both must give the same tokens.
const REFERENCE = new RegExp([
  String.raw`(?:\p{L}\.){2,}(?!\p{L})`,
  String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[-\u2010\u2011]|['\u2019](?![sS](?![\p{L}\p{N}])))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
  String.raw`['\u2019][sS](?![\p{L}\p{N}])`,
  String.raw`\p{N}+(?:[.,:]\p{N}+)*%?`,
  String.raw`<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,200})?>`,
  String.raw`\S`,
].join('|'), 'gu');

function referenceTokenize(text: string, abbreviationList: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) {
    let value = m[0];
    let end = m.index + value.length;
    if (value.length > 1 && /^<\/?[A-Za-z]/.test(value)) continue;
    if (text[end] === '.' && (( value.length === 1 && value >= 'A' && value <= 'Z') || abbreviationList.has((value + '.').toLowerCase()))) {
      value += '.';
      end += 1;
      REFERENCE.lastIndex = end;
    }
    tokens.push({ start: m.index, end, text: value, lower: value.toLowerCase() });
  }
  return tokens;
}

describe('tokenize against its regular-expression definition', () => {
  const pieces = ['Lavrov', 'said', 'U.S.', 'U.N', 'e.g.', 'Gen.', 'J.', "Russia's", 'Russia’s', "'s", 'al-Aiban', "d'Orsay", 'G7', '7G', 'x1', 'ab.c', 'a-', 'Ab’s',
    'ab\u2010c', 'ab\u0301', 'café', 'Ñandú', 'İstanbul', '😀', '\ud800', '1,000.5%', '<b>', '</u>', '<a href="x">', '<', '>', '.', ',', '"', '\u201c', '-', "'",
    ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028'];
  it('gives the same tokens on random mixes of words, abbreviations, markup, odd spaces and non-ASCII', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      expect(tokenize(text, 0, text.length, abbreviations)).toEqual(referenceTokenize(text, abbreviations));
    }), { numRuns: 3000 });
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

describe('phraseTokens', () => {
  it('tokenizes a lexicon phrase exactly as tokenize does the same words', () => {
    // phraseTokens reads the phrase as a line of text (a flat string, for the tokenizer's speed): the line end must change nothing.
    for (const phrase of ['U.S.', 'Gen.', 'the U.N.', 'J.', "Russia's envoy", 'Afġānistān', 'Côte d\u2019Ivoire', 'No. 10', 'x', '']) {
      expect(phraseTokens(phrase, abbreviations)).toEqual(texts(phrase));
    }
    fc.assert(fc.property(fc.string({ maxLength: 40 }).filter((s) => !/[\n\r]/.test(s)), (phrase) => {
      expect(phraseTokens(phrase, abbreviations)).toEqual(texts(phrase));
    }), { numRuns: 300 });
  });
});
