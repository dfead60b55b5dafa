import { describe, expect, it } from 'vitest';
import {
  addDays,
  quarterOf,
  dayStartUtc,
  daysBetween,
  daysInMonth,
  isValidDay,
  localDay,
  monthEnd,
  monthStart,
  noonUtc,
  weekday,
} from './index';

describe('localDay', () => {
  const instant = new Date('2026-03-31T16:30:00Z');
  it('reads the day in each Indonesian zone', () => {
    expect(localDay(instant, 'Asia/Jakarta')).toBe('2026-03-31'); // 23:30 WIB
    expect(localDay(instant, 'Asia/Makassar')).toBe('2026-04-01'); // 00:30 WITA
    expect(localDay(instant, 'Asia/Jayapura')).toBe('2026-04-01'); // 01:30 WIT
    expect(localDay(instant, 'UTC')).toBe('2026-03-31');
  });
  it('rejects bad input', () => {
    expect(() => localDay(new Date('x'), 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => localDay(instant, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('dayStartUtc / noonUtc', () => {
  it('gives local midnight and noon per zone', () => {
    expect(dayStartUtc('2026-01-01', 'Asia/Jakarta').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(dayStartUtc('2026-01-01', 'Asia/Makassar').toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(dayStartUtc('2026-01-01', 'Asia/Jayapura').toISOString()).toBe('2025-12-31T15:00:00.000Z');
    expect(noonUtc('2026-01-01', 'Asia/Jakarta').toISOString()).toBe('2026-01-01T05:00:00.000Z');
    expect(noonUtc('2026-01-01', 'Asia/Jayapura').toISOString()).toBe('2026-01-01T03:00:00.000Z');
  });
  it('round-trips with localDay', () => {
    for (const tz of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Europe/Berlin', 'America/New_York']) {
      for (const day of ['2026-01-01', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2024-02-29']) {
        const start = dayStartUtc(day, tz);
        expect(localDay(start, tz)).toBe(day);
        expect(localDay(new Date(start.getTime() - 1), tz)).toBe(addDays(day, -1));
        expect(localDay(noonUtc(day, tz), tz)).toBe(day);
      }
    }
  });
  it('uses the historical offset from the zone database, not a fixed +7', () => {
    // Jakarta kept UTC+7:30 until 1964.
    expect(dayStartUtc('1960-06-01', 'Asia/Jakarta').toISOString()).toBe('1960-05-31T16:30:00.000Z');
  });
  it('handles DST days where they exist', () => {
    // Berlin springs forward on 2026-03-29: midnight is still +1.
    expect(dayStartUtc('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(noonUtc('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });
  it('rejects invalid days', () => {
    expect(() => dayStartUtc('2026-02-30', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => noonUtc('26-1-1', 'Asia/Jakarta')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-05-10', 0)).toBe('2026-05-10');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
  it('validates days', () => {
    expect(isValidDay('2026-12-31')).toBe(true);
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2100-02-29')).toBe(false);
    expect(isValidDay('2000-02-29')).toBe(true);
    expect(isValidDay('2026-13-01')).toBe(false);
    expect(isValidDay('2026-00-10')).toBe(false);
    expect(isValidDay('2026-04-31')).toBe(false);
    expect(isValidDay('2026-4-1')).toBe(false);
    expect(isValidDay('2026-04-01T00:00')).toBe(false);
    expect(isValidDay('')).toBe(false);
  });
  it('finds month bounds, lengths, distances and weekdays', () => {
    expect(monthStart('2026-07-19')).toBe('2026-07-01');
    expect(monthEnd('2024-02-03')).toBe('2024-02-29');
    expect(monthEnd('2026-12-03')).toBe('2026-12-31');
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(weekday('2026-08-17')).toBe(1); // Monday
    expect(weekday('2026-01-04')).toBe(0); // Sunday
  });
});

describe('quarterOf', () => {
  it('puts each month in its quarter, both ends of each quarter included', () => {
    const cases: [string, number][] = [
      ['2026-01-01', 1], ['2026-03-31', 1], ['2026-04-01', 2], ['2026-06-30', 2],
      ['2026-07-01', 3], ['2026-09-30', 3], ['2026-10-01', 4], ['2026-12-31', 4],
    ];
    for (const [day, q] of cases) expect(quarterOf(day), day).toBe(q);
  });
});
