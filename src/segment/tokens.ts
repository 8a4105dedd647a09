/**
 * Tokenizer: one sticky regular expression whose alternatives never overlap,
 * so it runs in linear time on any input (no nested quantifiers that could
 * backtrack). Offsets are into the text given.
 */
import type { Token } from '../doc.js';

// Order matters: dotted abbreviations (U.S., U.N.) before words; a possessive
// 's is its own token so "Russia's" gives "Russia" + "'s".
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S. U.K. e.g.
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[-\u2010\u2011]|['\u2019](?![sS](?![\p{L}\p{N}])))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`, // words, Amir-Abdollahian, d'Orsay
    String.raw`['\u2019][sS](?![\p{L}\p{N}])`, // possessive
    String.raw`\p{N}+(?:[.,:]\p{N}+)*%?`, // numbers, 1,000 100.5 60%
    String.raw`<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,200})?>`, // inline markup such as <u>, skipped
    String.raw`\S`, // any other single character
  ].join('|'),
  // Sticky: tried at one position, whitespace skipped by hand before it; test() then reports the end without a match array.
  'uy',
);
const MARKUP = /^<\/?[A-Za-z]/;
const WHITESPACE = /\s+/y;

/** What \s matches in a regular expression: the characters between tokens. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * End of a plain ASCII word starting at `at` ("said", "Iran", "G7"), or -1
 * when TOKEN must decide: most tokens are such words, and this spares them
 * the regular expression. Where the word stops at a character the word
 * pattern could go on with (a hyphen, an apostrophe, any non-ASCII
 * character) or at the period of a possible dotted abbreviation ("U.S."),
 * the answer is -1.
 */
function asciiWordEnd(text: string, at: number, length: number): number {
  const first = text.charCodeAt(at);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return -1;
  let j = at + 1;
  while (j < length && isAsciiAlnum(text.charCodeAt(j))) j++;
  if (j === length) return j;
  const c = text.charCodeAt(j);
  if (c >= 128 || c === 45 /* - */ || c === 39 /* ' */) return -1;
  if (c === 46 /* . */ && j === at + 1) return -1;
  return j;
}

/** Words that keep their trailing period (abbreviations, initials) are decided by the caller's list. */
export function tokenize(text: string, start = 0, end = text.length, abbreviations?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  // Read once: strings come in several representations, and each read of a property of one is a lookup by shape.
  const length = text.length;
  let at = start;
  for (;;) {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    if (at >= end) break;
    const tokenStart = at;
    let tokenEnd = asciiWordEnd(text, at, length);
    if (tokenEnd < 0) {
      TOKEN.lastIndex = at;
      // Every non-space character starts a token (the last alternative is any single character).
      if (!TOKEN.test(text)) break;
      tokenEnd = TOKEN.lastIndex;
    }
    at = tokenEnd;
    if (tokenEnd > end) tokenEnd = end;
    let value = text.slice(tokenStart, tokenEnd);
    if (value.length > 1 && text.charCodeAt(tokenStart) === 60 /* < */ && MARKUP.test(value)) continue;
    // Attach the period of an abbreviation or an initial ("Gen.", "J.") to the word.
    if (text.charCodeAt(tokenEnd) === 46 /* . */ && tokenEnd < end && abbreviations) {
      const withDot = value + '.';
      const isInitial = value.length === 1 && value >= 'A' && value <= 'Z';
      if (isInitial || abbreviations.has(withDot.toLowerCase())) {
        value = withDot;
        tokenEnd += 1;
        at = tokenEnd;
      }
    }
    tokens.push({ start: tokenStart, end: tokenEnd, text: value, lower: value.toLowerCase() });
  }
  return tokens;
}

/** Tokenizes a lexicon phrase the same way as text, for phrase matching. */
export function phraseTokens(phrase: string, abbreviations?: ReadonlySet<string>): string[] {
  // As a line built by join, a flat string like an ingested article's (see ingest): lexicon phrases
  // come internalized, sliced, one- or two-byte, and tokenizing those five representations made
  // every string read of the tokenizer megamorphic for the articles that followed (a tenth of a
  // warm build's instructions).
  const line = [phrase, ''].join('\n');
  return tokenize(line, 0, phrase.length, abbreviations).map((t) => t.text);
}

export function isWhitespaceOnly(text: string, start: number, end: number): boolean {
  WHITESPACE.lastIndex = start;
  return start === end || (WHITESPACE.test(text) && WHITESPACE.lastIndex >= end);
}
