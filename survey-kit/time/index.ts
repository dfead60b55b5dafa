/**
 * Calendar days in a unit's own time zone. Offsets are always obtained from Intl (the IANA
 * database), never assumed: Indonesia has no DST today, but historical offsets changed
 * (e.g. WIB was UTC+7:30 before 1964) and nothing here should silently depend on that.
 */
import type { Day } from '../types';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

function parseDay(day: Day): { y: number; m: number; d: number } {
  const match = DAY_RE.exec(day);
  if (!match || !isValidDay(day)) throw new RangeError(`Invalid day "${day}" (expected YYYY-MM-DD)`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDay(y: number, m: number, d: number): Day {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Offset (ms) of `timeZone` from UTC at `utcMs`: local wall-clock time read as UTC, minus UTC. */
function offsetAt(utcMs: number, timeZone: string): number {
  const w = wallClock(new Date(utcMs), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Drop the sub-second part so the result is a whole number of seconds.
  return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/** The UTC instant at which the wall clock in `timeZone` shows `day` at `hour`:00. */
function wallTimeToUtc(day: Day, hour: number, timeZone: string): Date {
  const { y, m, d } = parseDay(day);
  const target = Date.UTC(y, m - 1, d, hour);
  // Two refinements settle the offset even across a DST-style transition.
  let guess = target - offsetAt(target, timeZone);
  guess = target - offsetAt(guess, timeZone);
  return new Date(guess);
}

/** The calendar day ('YYYY-MM-DD') of `instant` as seen in `timeZone`. */
export function localDay(instant: Date, timeZone: string): Day {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const w = wallClock(instant, timeZone);
  return formatDay(w.year, w.month, w.day);
}

/** The first instant of `day` in `timeZone` (its local midnight), as a UTC Date. */
export function dayStartUtc(day: Day, timeZone: string): Date {
  return wallTimeToUtc(day, 0, timeZone);
}

/** Local noon of `day` in `timeZone`: a safe representative instant of the day. */
export function noonUtc(day: Day, timeZone: string): Date {
  return wallTimeToUtc(day, 12, timeZone);
}

/** `day` shifted by `n` calendar days (n may be negative; must be an integer). */
export function addDays(day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer (got ${n})`);
  const { y, m, d } = parseDay(day);
  const shifted = new Date(Date.UTC(y, m - 1, d) + n * MS_PER_DAY);
  return formatDay(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** True when `s` is a real calendar date written 'YYYY-MM-DD' (e.g. rejects 2026-02-30). */
export function isValidDay(s: string): boolean {
  const match = DAY_RE.exec(s);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** Number of days in month `m` (1–12) of year `y` (proleptic Gregorian). */
export function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** The first day of the month containing `day`. */
export function monthStart(day: Day): Day {
  const { y, m } = parseDay(day);
  return formatDay(y, m, 1);
}

/** The last day of the month containing `day`. */
export function monthEnd(day: Day): Day {
  const { y, m } = parseDay(day);
  return formatDay(y, m, daysInMonth(y, m));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / MS_PER_DAY);
}

/** Day of week of `day`: 0 = Sunday … 6 = Saturday (independent of any time zone). */
export function weekday(day: Day): number {
  const { y, m, d } = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Milliseconds of a day: Indonesia's zones keep no daylight saving time, so every day has as many. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The quarter (1–4) of the year a day falls in. */
export function quarterOf(day: Day): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}
