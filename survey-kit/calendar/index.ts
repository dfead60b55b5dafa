/**
 * The working-day calendar: weekends plus each year's national holidays and collective leave
 * days, shipped as data with its decrees and editable per organisation.
 */
import { applyCalendarEdits, coveredYears } from './build';
import { ID_HOLIDAYS } from './id-holidays';
import type { CalendarEdits, HolidayData } from './types';
import { WorkingCalendar } from './working';

export { WorkingCalendar } from './working';
export { applyCalendarEdits, coveredYears, holidayDataProblems } from './build';
export { ID_HOLIDAYS } from './id-holidays';
export {
  HOLIDAY_TYPES,
  type CalendarCoverage,
  type CalendarDay,
  type CalendarEdits,
  type DeadlineRule,
  type Holiday,
  type HolidayData,
  type HolidayType,
  type HolidayYear,
} from './types';

/** The holiday data shipped with Puas (currently ID_HOLIDAYS, 2026–2027). */
export const DEFAULT_HOLIDAYS: HolidayData = ID_HOLIDAYS;

/**
 * A working calendar from holiday `data` (default: the shipped one) with an organisation's
 * `edits`. Covered years are the years of `data`.
 */
export function workingCalendar(edits: CalendarEdits = {}, data: HolidayData = DEFAULT_HOLIDAYS): WorkingCalendar {
  return new WorkingCalendar(applyCalendarEdits(data, edits), coveredYears(data));
}

/** The shipped calendar without edits (marked pure so that bundles that never use it drop the data). */
export const DEFAULT_CALENDAR: WorkingCalendar = /* @__PURE__ */ workingCalendar();
