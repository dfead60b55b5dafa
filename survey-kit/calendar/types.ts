/** Types of the working-day calendar: national holidays, collective leave and an organisation's edits. */
import type { Day } from '../types';

/** A national holiday or a collective leave day (cuti bersama), as the joint decree names them. */
export type HolidayType = 'libur_nasional' | 'cuti_bersama';
export const HOLIDAY_TYPES: readonly HolidayType[] = ['libur_nasional', 'cuti_bersama'] as const;

/** One non-working day besides Saturdays and Sundays. */
export interface Holiday {
  date: Day;
  name: string;
  type: HolidayType;
}

/** One year of the shipped data: the decree that fixes it, where it was checked, its days. */
export interface HolidayYear {
  decree: string;
  sources: readonly string[];
  days: readonly Holiday[];
}

/** Years ('2026') to their decree and days. A year present here is "covered". */
export type HolidayData = Readonly<Record<string, HolidayYear>>;

/**
 * An organisation's changes to the default calendar, e.g. when the moon-sighting session moves
 * Idulfitri by a day: `removed` takes default days out (they become working days again unless
 * they fall on a weekend), `added` puts days in. Removals apply first, so a date that is both
 * removed and added ends up with the added name and type.
 */
export interface CalendarEdits {
  added?: readonly Holiday[];
  removed?: readonly Day[];
}

/** A non-working day of a calendar, with where it came from. */
export interface CalendarDay extends Holiday {
  origin: 'default' | 'organisation';
}

/**
 * How a deadline of n working days is counted (see `WorkingCalendar.dueDay`).
 *
 * `countReceivedDay: false` (default): the day of receipt is day 0; the answer is due by the end
 * of the n-th working day after it. `true`: the day of receipt, when it is a working day, is
 * itself the first of the n days ("selesai pada hari yang sama" for n = 1).
 */
export interface DeadlineRule {
  countReceivedDay?: boolean;
}

/** First and last day of the years whose holidays are known; outside, only weekends are off. */
export interface CalendarCoverage {
  from: Day;
  to: Day;
}
