/**
 * Dates of acts: where the sentence dates the act relative to the article
 * ("on Tuesday", "last week", "yesterday"), the resolved ISO date; otherwise
 * the article's own date.
 */
import type { Token } from '../doc.js';
import { shiftDate, weekday } from '../ingest/date.js';

const WEEKDAYS = new Map(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i]));

/** Resolves the first relative date expression in tokens[start, end) against the article date. */
export function actDate(tokens: readonly Token[], start: number, end: number, articleDate: string | undefined): string | undefined {
  if (!articleDate) return undefined;
  for (let i = start; i < end; i++) {
    const w = tokens[i].lower;
    const day = WEEKDAYS.get(w);
    if (day !== undefined) {
      // News names the most recent such day (or today): "said Tuesday" in a Tuesday article is that day.
      const back = (weekday(articleDate) - day + 7) % 7;
      const prev = tokens[i - 1]?.lower;
      return shiftDate(articleDate, prev === 'last' && back === 0 ? -7 : -back);
    }
    if (w === 'yesterday') return shiftDate(articleDate, -1);
    if (w === 'today' || w === 'tonight') return articleDate;
    if (w === 'last' && tokens[i + 1]?.lower === 'week') return shiftDate(articleDate, -7);
  }
  return articleDate;
}
