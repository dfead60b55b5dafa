/**
 * One year of an organisation's working-day calendar as the API and the settings page show it:
 * the effective non-working days (default or the organisation's), the default days it made
 * working days again, and the decree and sources of the shipped data.
 */
import type { Database, Organisation } from '../../db/repositories';
import { DEFAULT_HOLIDAYS, type HolidayType } from '../../survey-kit/calendar/index';
import type { Day } from '../../survey-kit/types';
import { calendarFor } from '../indicators/calendar';

export interface CalendarYearView {
  organisation: { slug: string; name: string };
  year: number;
  /** The shipped data has this year's holidays. */
  covered: boolean;
  decree: string | null;
  sources: readonly string[];
  days: { date: Day; name: string; type: HolidayType; origin: 'default' | 'organisation'; note: string | null }[];
  /** Default days off the organisation made working days. */
  restored: { date: Day; name: string | null; note: string | null }[];
}

/** The organisation named by `slug`; without one, the only (or first real, non-demo) organisation. */
export async function resolveOrganisation(db: Database, slug?: string | null): Promise<Organisation | undefined> {
  if (slug) return db.organisations.bySlug(slug);
  const all = await db.organisations.list();
  return all.find((o) => !o.isDemo) ?? all[0];
}

export async function calendarYear(db: Database, organisation: Organisation, year: number): Promise<CalendarYearView> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [calendar, edits] = await Promise.all([calendarFor(db, organisation.id), db.calendar.list(organisation.id)]);
  const notes = new Map(edits.map((e) => [`${e.date}|${e.kind}`, e.note]));
  const shipped = DEFAULT_HOLIDAYS[String(year)];
  const defaultName = new Map(shipped?.days.map((d) => [d.date, d.name]) ?? []);
  return {
    organisation: { slug: organisation.slug, name: organisation.name },
    year,
    covered: shipped !== undefined,
    decree: shipped?.decree ?? null,
    sources: shipped?.sources ?? [],
    days: calendar.holidays(from, to).map((d) => ({
      date: d.date,
      name: d.name,
      type: d.type,
      origin: d.origin,
      note: d.origin === 'organisation' ? (notes.get(`${d.date}|added`) ?? null) : null,
    })),
    restored: edits
      .filter((e) => e.kind === 'removed' && e.date >= from && e.date <= to)
      .map((e) => ({ date: e.date, name: defaultName.get(e.date) ?? null, note: e.note })),
  };
}
