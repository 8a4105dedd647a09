import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicons/load.js';
import { phraseStarts, STARTS_CUE, STARTS_NAME, STARTS_TITLE } from '../../src/lexicons/starts.js';
import { tokenize } from '../../src/segment/tokens.js';

const text = 'Russian Foreign Minister Sergei Lavrov accused Kyiv of delaying talks.';

describe('phraseStarts', () => {
  const lex = loadLexicons();
  const tokens = tokenize(text, 0, text.length, lex.words.abbreviations);
  const bits = phraseStarts(tokens, lex);
  const at = (word: string) => bits[tokens.findIndex((t) => t.text === word)];

  it('marks every token where a phrase trie has a match, and agrees with the tries', () => {
    for (let i = 0; i < tokens.length; i++) {
      if (lex.names.longest(tokens, i)) expect(bits[i] & STARTS_NAME).toBeTruthy();
      if (lex.titles.longest(tokens, i)) expect(bits[i] & STARTS_TITLE).toBeTruthy();
      if (lex.cues.longest(tokens, i)) expect(bits[i] & STARTS_CUE).toBeTruthy();
    }
    expect(at('Russian') & STARTS_NAME).toBeTruthy();
    expect(at('Minister') & STARTS_TITLE).toBeTruthy();
    expect(at('accused') & STARTS_CUE).toBeTruthy();
  });

  it('leaves words that start no phrase unmarked', () => {
    expect(at('Sergei')).toBe(0);
    expect(at('.')).toBe(0);
  });

  it('follows the lexicon it is given: an extension adds its first words', () => {
    const extended = loadLexicons([{ cues: [{ pattern: 'upbraided', relation: 'accuse' }] }]);
    const words = tokenize('Kyiv upbraided Moscow.', 0, 22, extended.words.abbreviations);
    expect(phraseStarts(words, lex)[1] & STARTS_CUE).toBe(0);
    expect(phraseStarts(words, extended)[1] & STARTS_CUE).toBeTruthy();
  });
});
