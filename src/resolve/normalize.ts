/** Name normalisation shared by resolution, keys and lookups. */
import nameVariants from '../lexicons/data/name-variants.json' with { type: 'json' };

// A corpus names the same few thousand actors again and again: each name is normalised once.
// Bounded, so a hostile corpus of distinct names cannot grow it without limit.
const normalized = new Map<string, string>();
const NORMALIZED_CACHE_SIZE = 50_000;

/** Lower case, accents and punctuation dropped, single spaces: "Amir-Abdollahian" → "amir abdollahian". */
export function normalizeName(name: string): string {
  if (name.length > 200) return normalizeUncached(name);
  let out = normalized.get(name);
  if (out === undefined) {
    if (normalized.size >= NORMALIZED_CACHE_SIZE) normalized.clear();
    out = normalizeUncached(name);
    normalized.set(name, out);
  }
  return out;
}

function normalizeUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A stable key fragment: "Russian Embassy in Washington" → "russian-embassy-in-washington". */
export function slug(name: string): string {
  return normalizeName(name).replace(/ /g, '-').slice(0, 80) || 'unnamed';
}

const VARIANTS: Readonly<Record<string, string>> = (nameVariants as { variants: Record<string, string> }).variants;

/**
 * The key of a person: the name normalised, each word mapped to its canonical
 * transliteration ("Sergey Lavrov" and "Sergei Lavrov" are one person).
 */
export function personKey(name: string): string {
  const words = normalizeName(name).split(' ').filter(Boolean).map((w) => VARIANTS[w] ?? w);
  return `person:${slug(words.join(' '))}`;
}

/** Canonical words of a name, for surname matching across articles. */
export function canonicalNameWords(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean).flatMap((w) => (VARIANTS[w] ?? w).split(' '));
}
