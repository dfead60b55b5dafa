/**
 * What the /penerima/UNIT page shows for one month: the unit's days (weekends and holidays of
 * its organisation's calendar marked), the stored counts per day and service with the source
 * that counts, and the month's coverage and minimum sample.
 */
import type { Database, Organisation, Service, Unit } from '../../db/repositories';
import { addDays, daysBetween, localDay, monthEnd, monthStart, weekday } from '../../survey-kit/index';
import type { Day } from '../../survey-kit/types';
import { calendarFor } from '../indicators/calendar';
import { coverageReport, type CoverageReport } from './coverage';
import { groupServedDays, type ServedDayDto } from './served';

export interface MonthDay {
  day: Day;
  /** Saturday or Sunday. */
  weekend: boolean;
  /** The holiday or collective leave day's name. */
  holiday: string | null;
}

export interface ServedMonth {
  unit: Unit;
  organisation: Organisation | undefined;
  services: Service[];
  /** 'YYYY-MM'. */
  month: string;
  previous: string;
  next: string;
  from: Day;
  to: Day;
  days: MonthDay[];
  /** Also a column for counts of the unit as a whole (no service). */
  wholeUnitColumn: boolean;
  /** By `${day}|${service slug or ''}`. */
  cells: ReadonlyMap<string, ServedDayDto>;
  coverage: CoverageReport;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const cellKey = (day: Day, service: string | null): string => `${day}|${service ?? ''}`;

export async function servedMonth(db: Database, slug: string, monthParam: string | null, now: Date = new Date()): Promise<ServedMonth | undefined> {
  const unit = await db.units.bySlug(slug);
  if (!unit) return undefined;
  const from = monthParam && MONTH.test(monthParam) ? `${monthParam}-01` : monthStart(localDay(now, unit.timeZone));
  const to = monthEnd(from);
  const [services, organisations, calendar, stored, coverage] = await Promise.all([
    db.services.listByUnit(unit.id),
    db.organisations.list(),
    calendarFor(db, unit.organisationId),
    db.served.days(unit.id, from, to),
    coverageReport(db, unit, null, from, to),
  ]);
  const grouped = groupServedDays(stored, new Map(services.map((s): [number, string] => [s.id, s.slug])));
  const days: MonthDay[] = [];
  for (let i = 0; i <= daysBetween(from, to); i++) {
    const day = addDays(from, i);
    const wd = weekday(day);
    days.push({ day, weekend: wd === 0 || wd === 6, holiday: calendar.holiday(day)?.name ?? null });
  }
  return {
    unit,
    organisation: organisations.find((o) => o.id === unit.organisationId),
    services,
    month: from.slice(0, 7),
    previous: monthStart(addDays(from, -1)).slice(0, 7),
    next: addDays(to, 1).slice(0, 7),
    from,
    to,
    days,
    wholeUnitColumn: services.length === 0 || grouped.some((g) => g.service === null),
    cells: new Map(grouped.map((g) => [cellKey(g.day, g.service), g])),
    coverage,
  };
}
