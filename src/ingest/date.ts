/** Dates as news writes them ("February 01, 2022", "1 Feb. 2022", "2022-02-01") to ISO YYYY-MM-DD. */
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+\-Z]{0,30})?$/;
const MONTH_FIRST = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_FIRST = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

/** Parses a whole line as a date; undefined when the line is not just a date. */
export function parseDateLine(line: string): string | undefined {
  const s = line.trim();
  if (s.length > 40) return undefined;
  let m = ISO.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = MONTH_FIRST.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = DAY_FIRST.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return undefined;
}

// A corpus asks about the same few thousand dates (its articles' dates, a week back at most) for every
// dated relation: each answer is computed once, and every edge of that date shares one string.
// Bounded, like the name caches, so that hostile input cannot grow them without limit.
const DATE_CACHE_SIZE = 10_000;
const shifted = new Map<string, Map<number, string>>();
const weekdays = new Map<string, number>();

/** Adds days to an ISO date. */
export function shiftDate(isoDate: string, days: number): string {
  // Only ISO dates are kept (a caller's metadata may hold anything as a date).
  if (isoDate.length !== 10) return shiftUncached(isoDate, days);
  let byDays = shifted.get(isoDate);
  if (!byDays) {
    if (shifted.size >= DATE_CACHE_SIZE) shifted.clear();
    byDays = new Map();
    shifted.set(isoDate, byDays);
  }
  let out = byDays.get(days);
  if (out === undefined) {
    out = shiftUncached(isoDate, days);
    if (byDays.size < 64) byDays.set(days, out);
  }
  return out;
}

/** Year, month and day of an ISO date, as numbers. */
function ymd(isoDate: string): [number, number, number] {
  const parts = isoDate.split('-');
  return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
}

function shiftUncached(isoDate: string, days: number): string {
  const [y, m, d] = ymd(isoDate);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Day of week, 0 = Sunday. */
export function weekday(isoDate: string): number {
  let day = weekdays.get(isoDate);
  if (day === undefined) {
    const [y, m, d] = ymd(isoDate);
    day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (isoDate.length === 10) {
      if (weekdays.size >= DATE_CACHE_SIZE) weekdays.clear();
      weekdays.set(isoDate, day);
    }
  }
  return day;
}
