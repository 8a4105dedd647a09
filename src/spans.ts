/** Helpers over token spans shared by the stages. */

/**
 * Sorts spans by start, the longer first at one start, in place and stably.
 * Insertion sort: a sentence has a handful of spans, and Array#sort
 * allocates a work copy on every call, once per sentence.
 */
export function sortSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  for (let i = 1; i < spans.length; i++) {
    const x = spans[i];
    let j = i - 1;
    while (j >= 0 && (spans[j].start > x.start || (spans[j].start === x.start && spans[j].end < x.end))) { spans[j + 1] = spans[j]; j--; }
    spans[j + 1] = x;
  }
  return spans;
}
