/**
 * From holiday data (the shipped defaults or another year's decree) and an organisation's edits
 * to the list of non-working days a `WorkingCalendar` is built from.
 */
import type { Day } from '../types';
import { isValidDay } from '../time/index';
import { HOLIDAY_TYPES, type CalendarDay, type CalendarEdits, type Holiday, type HolidayData } from './types';

const YEAR_RE = /^\d{4}$/;

function checkHoliday(h: Holiday, where: string): void {
  if (typeof h.date !== 'string' || !isValidDay(h.date)) throw new RangeError(`${where}: invalid date "${h.date}"`);
  if (typeof h.name !== 'string' || h.name.trim() === '') throw new RangeError(`${where}: ${h.date} has no name`);
  if (!HOLIDAY_TYPES.includes(h.type)) throw new RangeError(`${where}: ${h.date} has unknown type "${h.type}"`);
}

/**
 * Problems in holiday data, as developer-facing messages (the data is shipped or generated, not
 * typed by users): bad year keys, days outside their year, duplicates, unknown types, no decree.
 */
export function holidayDataProblems(data: HolidayData): string[] {
  const problems: string[] = [];
  for (const [year, entry] of Object.entries(data)) {
    if (!YEAR_RE.test(year)) problems.push(`year key "${year}" is not a 4-digit year`);
    if (typeof entry.decree !== 'string' || entry.decree.trim() === '') problems.push(`${year}: no decree`);
    if (!Array.isArray(entry.sources) || entry.sources.length === 0) problems.push(`${year}: no sources`);
    const seen = new Set<Day>();
    for (const day of entry.days) {
      try {
        checkHoliday(day, year);
      } catch (e) {
        problems.push((e as Error).message);
        continue;
      }
      if (!day.date.startsWith(`${year}-`)) problems.push(`${year}: ${day.date} belongs to another year`);
      if (seen.has(day.date)) problems.push(`${year}: ${day.date} is listed twice`);
      seen.add(day.date);
    }
  }
  return problems;
}

/** The years covered by `data`, ascending. */
export function coveredYears(data: HolidayData): number[] {
  return Object.keys(data)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The non-working days of `data` after an organisation's `edits`, sorted by date. Removing a date
 * that is not in the data does nothing; adding a date already there replaces its name and type.
 * Throws a RangeError for invalid data or edits.
 */
export function applyCalendarEdits(data: HolidayData, edits: CalendarEdits = {}): CalendarDay[] {
  const problems = holidayDataProblems(data);
  if (problems.length > 0) throw new RangeError(`Invalid holiday data: ${problems.join('; ')}`);
  const days = new Map<Day, CalendarDay>();
  for (const entry of Object.values(data)) {
    for (const h of entry.days) days.set(h.date, { date: h.date, name: h.name, type: h.type, origin: 'default' });
  }
  for (const date of edits.removed ?? []) {
    if (!isValidDay(date)) throw new RangeError(`Calendar edit: invalid removed date "${date}"`);
    days.delete(date);
  }
  for (const h of edits.added ?? []) {
    checkHoliday(h, 'Calendar edit');
    days.set(h.date, { date: h.date, name: h.name, type: h.type, origin: 'organisation' });
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
