import { describe, expect, it } from 'vitest';
import { parseDateLine, shiftDate, weekday } from '../../src/ingest/date.js';

describe('parseDateLine', () => {
  it.each([
    ['February 01, 2022', '2022-02-01'],
    ['2022-02-01', '2022-02-01'],
    ['2022-02-01T10:00:00Z', '2022-02-01'],
    ['1 February 2022', '2022-02-01'],
    ['Feb. 1, 2022', '2022-02-01'],
    ['Feb 1 2022', '2022-02-01'],
    ['1st Feb 2022', '2022-02-01'],
    ['Tuesday, February 1, 2022', '2022-02-01'],
    ['  March 3, 2021  ', '2021-03-03'],
    ['sept. 9, 2020', '2020-09-09'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %j as %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each([
    ['February 30, 2022'], // no such day
    ['31 April 2022'],
    ['29 February 2023'], // not a leap year
    ['2022-13-01'],
    ['2022-02-00'],
    ['Foo 1, 2022'], // not a month
    ['February 01, 2022 and more'], // not just a date
    ['Russia said on February 1, 2022 that it would reply.'],
    ['February 2022'],
    ['1 February 1492'], // out of range
    [''],
    ['x'.repeat(1000)],
  ])('returns undefined for %j', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});

describe('shiftDate and weekday', () => {
  it('shifts across month and year ends', () => {
    expect(shiftDate('2022-02-28', 1)).toBe('2022-03-01');
    expect(shiftDate('2022-01-01', -1)).toBe('2021-12-31');
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('gives the day of week, 0 = Sunday', () => {
    expect(weekday('2022-02-01')).toBe(2); // a Tuesday
    expect(weekday('2022-02-06')).toBe(0);
  });
});
