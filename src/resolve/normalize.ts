/** Name normalisation shared by resolution, keys and lookups. */

/** Lower case, accents and punctuation dropped, single spaces: "Amir-Abdollahian" → "amir abdollahian". */
export function normalizeName(name: string): string {
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
