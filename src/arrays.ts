/** Array helpers the stages share. */

/**
 * `list.map(fn)`, always as a packed array. V8's optimised code builds the
 * result of `Array#map` as a holey array where the interpreter builds a
 * packed one, so an array a stage hands on changes its hidden class once the
 * stage is optimised, and every optimised reader of it is thrown away and
 * compiled again ("wrong map"): on a corpus, most of the JIT's warm-up went
 * to such recompiles. A push loop gives the same kind in every tier.
 */
export function mapPacked<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(fn(list[i], i));
  return out;
}

/** The texts of `tokens[from, to)` joined by single spaces (a flat string: it may live on in an edge). */
export function joinTexts(tokens: ReadonlyArray<{ text: string }>, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(tokens[i].text);
  return parts.join(' ');
}

/** A Map of items by their id. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}
