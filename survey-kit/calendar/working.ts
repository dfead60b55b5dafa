/**
 * Working days: Monday to Friday, except national holidays and collective leave days (cuti
 * bersama). Deadlines of complaints and services are counted in working days in the unit's own
 * time zone (skm-method.md §5).
 *
 * Day arithmetic works on zone-free 'YYYY-MM-DD' days; the instant-based methods first take the
 * local day of an instant in the given zone. Years without holiday data count weekends only;
 * `coverage` and `covers()` let callers warn about that.
 */
import type { Day } from '../types';
import { addDays, dayStartUtc, daysBetween, isValidDay, localDay, weekday } from '../time/index';
import type { CalendarCoverage, CalendarDay, DeadlineRule, Holiday } from './types';

const EPOCH: Day = '1970-01-01';
// 1970-01-05 was a Monday: weeks are counted from it so that weekdays are indices 0–4.
const FIRST_MONDAY = 4;

function epochDay(day: Day): number {
  return daysBetween(EPOCH, day);
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Weekdays (Mon–Fri) among epoch days [FIRST_MONDAY, FIRST_MONDAY + m), negative for m < 0. */
function weekdaysBefore(m: number): number {
  const weeks = floorDiv(m, 7);
  return 5 * weeks + Math.min(m - 7 * weeks, 5);
}

/** Number of entries of the ascending array `xs` that are ≤ x. */
function countUpTo(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function checkDay(day: Day, what: string): void {
  if (!isValidDay(day)) throw new RangeError(`${what}: invalid day "${day}" (expected YYYY-MM-DD)`);
}

function checkInstant(d: Date, what: string): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new RangeError(`${what}: invalid date`);
}

function checkWorkingDays(n: number, min: number): void {
  if (!Number.isSafeInteger(n) || n < min) {
    throw new RangeError(`working days must be a whole number ≥ ${min} (got ${n})`);
  }
}

export class WorkingCalendar {
  /** First and last day of the covered years (null when none); see also `covers()`. */
  readonly coverage: CalendarCoverage | null;
  private readonly years: ReadonlySet<number>;
  private readonly byDate: ReadonlyMap<Day, CalendarDay>;
  /** Epoch numbers of the non-working days that fall on Monday–Friday, ascending. */
  private readonly weekdayHolidays: readonly number[];

  /**
   * `days`: every non-working day besides weekends (defaults already edited, see
   * `workingCalendar()`); `years`: the years whose holidays are fully known. Days outside those
   * years still count (an organisation may enter next year's early), they just don't widen
   * the coverage.
   */
  constructor(days: readonly (Holiday | CalendarDay)[], years: readonly number[]) {
    const byDate = new Map<Day, CalendarDay>();
    for (const d of days) {
      checkDay(d.date, 'WorkingCalendar');
      byDate.set(d.date, { date: d.date, name: d.name, type: d.type, origin: 'origin' in d ? d.origin : 'default' });
    }
    for (const y of years) {
      if (!Number.isInteger(y) || y < 1 || y > 9999) throw new RangeError(`WorkingCalendar: invalid year ${y}`);
    }
    this.byDate = byDate;
    this.years = new Set(years);
    this.weekdayHolidays = [...byDate.keys()]
      .filter((day) => weekday(day) !== 0 && weekday(day) !== 6)
      .map(epochDay)
      .sort((a, b) => a - b);
    const sorted = [...this.years].sort((a, b) => a - b);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    this.coverage =
      first === undefined || last === undefined
        ? null
        : { from: `${String(first).padStart(4, '0')}-01-01`, to: `${String(last).padStart(4, '0')}-12-31` };
  }

  /** True when holiday data exists for the year of `day` (outside, only weekends are off). */
  covers(day: Day): boolean {
    checkDay(day, 'covers');
    return this.years.has(Number(day.slice(0, 4)));
  }

  /** True when every year from `from` to `to` (inclusive) has holiday data. */
  coversRange(from: Day, to: Day): boolean {
    checkDay(from, 'coversRange');
    checkDay(to, 'coversRange');
    const a = Number(from.slice(0, 4));
    const b = Number(to.slice(0, 4));
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (!this.years.has(y)) return false;
    return true;
  }

  /** The holiday or collective leave day on `day`, if any (weekends are not listed). */
  holiday(day: Day): CalendarDay | undefined {
    checkDay(day, 'holiday');
    return this.byDate.get(day);
  }

  /** The non-working days (besides weekends) from `from` to `to` inclusive, by date. */
  holidays(from: Day, to: Day): CalendarDay[] {
    checkDay(from, 'holidays');
    checkDay(to, 'holidays');
    return [...this.byDate.values()]
      .filter((d) => d.date >= from && d.date <= to)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** Monday to Friday and neither a national holiday nor a collective leave day. */
  isWorkingDay(day: Day): boolean {
    checkDay(day, 'isWorkingDay');
    const wd = weekday(day);
    return wd !== 0 && wd !== 6 && !this.byDate.has(day);
  }

  /** `day` itself when it is a working day, else the next working day. */
  firstWorkingDayFrom(day: Day): Day {
    let d = day;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /**
   * The n-th working day after `day` (`day` itself is not counted, whether working or not);
   * n = 0 gives `day`; negative n gives the |n|-th working day before `day`.
   * For a working day d and n ≥ 0: workingDaysBetween(d, addWorkingDays(d, n)) = n.
   */
  addWorkingDays(day: Day, n: number): Day {
    checkDay(day, 'addWorkingDays');
    if (!Number.isSafeInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer (got ${n})`);
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    let d = day;
    while (left > 0) {
      d = addDays(d, step);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /**
   * The number of working days after `from` up to and including `to`: the half-open interval
   * (from, to]. Equal days give 0; a working day and the next working day give 1; when `to` is
   * before `from` the result is minus workingDaysBetween(to, from).
   */
  workingDaysBetween(from: Day, to: Day): number {
    checkDay(from, 'workingDaysBetween');
    checkDay(to, 'workingDaysBetween');
    const a = epochDay(from);
    const b = epochDay(to);
    if (b < a) return -this.workingDaysBetween(to, from);
    const weekdays = weekdaysBefore(b + 1 - FIRST_MONDAY) - weekdaysBefore(a + 1 - FIRST_MONDAY);
    const off = countUpTo(this.weekdayHolidays, b) - countUpTo(this.weekdayHolidays, a);
    return weekdays - off;
  }

  /**
   * The last day on which something received on `received` and due within n working days is on
   * time. Something received on a non-working day counts as received on the next working day E.
   * Default rule: the n-th working day after E (n ≥ 0; 0 means "the same working day").
   * `countReceivedDay`: E itself is the first day, so the (n−1)-th working day after E (n ≥ 1).
   *
   * Medan's indicator gives "1 hari kerja" without saying whether the day of receipt counts.
   * We read it, like the common service-standard wording "paling lambat 1 (satu) hari kerja
   * sejak diterima", as "by the end of the next working day" (default); the stricter reading
   * ("on the day received") is `{ countReceivedDay: true }`, selectable per unit.
   */
  dueDay(received: Day, n: number, rule: DeadlineRule = {}): Day {
    checkDay(received, 'dueDay');
    const counted = rule.countReceivedDay === true;
    checkWorkingDays(n, counted ? 1 : 0);
    return this.addWorkingDays(this.firstWorkingDayFrom(received), counted ? n - 1 : n);
  }

  /** True when `done` is on or before `dueDay(received, n, rule)`. */
  isWithinDays(received: Day, done: Day, n: number, rule: DeadlineRule = {}): boolean {
    checkDay(done, 'isWithinDays');
    return done <= this.dueDay(received, n, rule);
  }

  /**
   * Working days taken from `start` to `end` (days), counted like deadlines, so that
   * isWithinDays(s, e, n, rule) ⇔ workingDaysTaken(s, e, rule) ≤ n. Both ends are first moved
   * to the next working day when they fall on a non-working day (work finished on a Saturday
   * after a Friday deadline is late). Default rule: same working day = 0; with
   * `countReceivedDay` it is 1. Throws a RangeError when `end` is before `start`.
   */
  workingDaysTaken(start: Day, end: Day, rule: DeadlineRule = {}): number {
    checkDay(start, 'workingDaysTaken');
    checkDay(end, 'workingDaysTaken');
    if (end < start) throw new RangeError(`workingDaysTaken: end ${end} is before start ${start}`);
    const base = this.workingDaysBetween(this.firstWorkingDayFrom(start), this.firstWorkingDayFrom(end));
    return base + (rule.countReceivedDay === true ? 1 : 0);
  }

  /**
   * The UTC instant at the end (23:59:59.999 local) of `dueDay` for something received at
   * `receivedAt`, with days read in `timeZone` (the unit's zone, e.g. 'Asia/Jayapura').
   */
  deadline(receivedAt: Date, workingDays: number, timeZone: string, rule: DeadlineRule = {}): Date {
    checkInstant(receivedAt, 'deadline');
    const due = this.dueDay(localDay(receivedAt, timeZone), workingDays, rule);
    return new Date(dayStartUtc(addDays(due, 1), timeZone).getTime() - 1);
  }

  /** True when `answeredAt` is no later than the deadline of `receivedAt`. */
  isWithin(receivedAt: Date, answeredAt: Date, workingDays: number, timeZone: string, rule: DeadlineRule = {}): boolean {
    checkInstant(answeredAt, 'isWithin');
    return answeredAt.getTime() <= this.deadline(receivedAt, workingDays, timeZone, rule).getTime();
  }

  /**
   * Working days from `start` to `end` read as local days in `timeZone` (see
   * `workingDaysTaken`): whole days, for medians of time to response or resolution.
   * isWithin(s, e, n, tz, rule) ⇔ elapsedWorkingDays(s, e, tz, rule) ≤ n.
   * Throws a RangeError when `end` is before `start`.
   */
  elapsedWorkingDays(start: Date, end: Date, timeZone: string, rule: DeadlineRule = {}): number {
    checkInstant(start, 'elapsedWorkingDays');
    checkInstant(end, 'elapsedWorkingDays');
    if (end.getTime() < start.getTime()) {
      throw new RangeError(`elapsedWorkingDays: end ${end.toISOString()} is before start ${start.toISOString()}`);
    }
    return this.workingDaysTaken(localDay(start, timeZone), localDay(end, timeZone), rule);
  }
}
