/**
 * Name normalisation shared by actor lookup, quote search and the pattern
 * language: case- and accent-insensitive, punctuation-blind ("U.S." = "us").
 */

/** Lower case, accents and punctuation removed, words separated by one space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Dots and apostrophes join letters rather than separate words: "U.S." → "us", "O'Brien" → "obrien".
    .replace(/['\u2019.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `needle` (normalised) occurs in `haystack` (normalised) as whole words. */
export function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  return ` ${haystack} `.includes(` ${needle} `);
}
