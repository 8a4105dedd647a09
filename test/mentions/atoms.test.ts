import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAcronym, isNameToken } from '../../src/mentions/atoms.js';

// The definitions, as regular expressions only: isNameToken and isAcronym look at the first
// characters first (most tokens are lower-case words, punctuation or numbers), and must agree.
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u;
const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|ben|abu|de|van|von|da|di|du|la|le)[-'’]\p{Lu}/u;
const LOWER_COMPOUND = /[-\u2010\u2011]\p{Ll}[\p{Ll}-]*$/u;
const nameByDefinition = (text: string) =>
  PARTICLE_PREFIX.test(text) || (CAPITALISED.test(text) && (HAS_LOWER.test(text) || text.length <= 2) && !LOWER_COMPOUND.test(text));
const acronymByDefinition = (text: string) => ACRONYM.test(text) && !text.includes('.');
const token = (text: string) => ({ start: 0, end: text.length, text, lower: text.toLowerCase() });

describe('name and acronym tests', () => {
  it('agree with their regular-expression definitions on random short strings', () => {
    // Whole particles too, so that "bin-X" and "de'X" come up.
    const chars = ['al', 'bin', 'ibn', 'abu', 'van', 'de', 'la', 'a', 'l', 'b', 'i', 'n', 'd', 'e', 'v', 'o', 'u', '-', "'", '’', '.', '&', 'A', 'Z', 'N', 'É', 'é', 'Ñ', 'ß', 'ǅ', 'İ', 'ı', '1', '7', '\u2010', '\u0301'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }), (parts) => {
      const text = parts.join('');
      expect(isNameToken(token(text))).toBe(nameByDefinition(text));
      expect(isAcronym(token(text))).toBe(acronymByDefinition(text));
    }), { numRuns: 5000 });
  });

  it('reads the usual cases', () => {
    expect(isNameToken(token('Lavrov'))).toBe(true);
    expect(isNameToken(token('al-Aiban'))).toBe(true);
    expect(isNameToken(token('bin-Salman'))).toBe(true);
    expect(isNameToken(token('said'))).toBe(false);
    expect(isNameToken(token('Chinese-made'))).toBe(false);
    expect(isAcronym(token('NATO'))).toBe(true);
    expect(isAcronym(token('U.S.'))).toBe(false);
  });
});
