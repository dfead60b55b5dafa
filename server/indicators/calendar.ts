/**
 * The working-day calendar of an organisation: the shipped national holidays and collective
 * leave days (survey-kit/calendar) with the organisation's edits. Every deadline counted in
 * working days asks this, so a moved Idulfitri moves every deadline around it.
 */
import type { Database } from '../../db/repositories';
import { workingCalendar, type WorkingCalendar } from '../../survey-kit/calendar/index';

export async function calendarFor(db: Database, organisationId: number): Promise<WorkingCalendar> {
  return workingCalendar(await db.calendar.edits(organisationId));
}
