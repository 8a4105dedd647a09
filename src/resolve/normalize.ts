/** Name normalisation shared by resolution, keys and lookups. */
import nameVariants from '../lexicons/data/name-variants.json' with { type: 'json' };

// A corpus names the same few thousand actors again and again: each name is normalised (and keyed) once.
// Bounded, so a hostile corpus of distinct names cannot grow the caches without limit.
const CACHE_SIZE = 50_000;
function cached<T>(compute: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    if (name.length > 200) return compute(name);
    let out = cache.get(name);
    if (out === undefined) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      out = compute(name);
      cache.set(name, out);
    }
    return out;
  };
}

/** Lower case, accents and punctuation dropped, single spaces: "Amir-Abdollahian" → "amir abdollahian". */
export const normalizeName: (name: string) => string = cached(normalizeUncached);

function normalizeUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a normalised name ("Sergei Lavrov" → ["sergei", "lavrov"]); shared between callers, never to be changed. */
export const nameWords: (name: string) => readonly string[] = cached((name) => normalizeName(name).split(' ').filter(Boolean));

/** A stable key fragment: "Russian Embassy in Washington" → "russian-embassy-in-washington". */
export const slug: (name: string) => string = cached((name) => normalizeName(name).replace(/ /g, '-').slice(0, 80) || 'unnamed');

// A Map, not the JSON object: a name's word such as "constructor" must not find Object's own properties.
const VARIANTS: ReadonlyMap<string, string> = new Map(Object.entries((nameVariants as { variants: Record<string, string> }).variants));

/**
 * The key of a person: the name normalised, each word mapped to its canonical
 * transliteration ("Sergey Lavrov" and "Sergei Lavrov" are one person).
 */
export const personKey: (name: string) => string = cached((name) => {
  const words = normalizeName(name).split(' ').filter(Boolean).map((w) => VARIANTS.get(w) ?? w);
  return `person:${slug(words.join(' '))}`;
});

/** Canonical words of a name, for surname matching across articles. */
export function canonicalNameWords(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean).flatMap((w) => (VARIANTS.get(w) ?? w).split(' '));
}
