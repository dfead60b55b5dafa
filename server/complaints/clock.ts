/**
 * Deadlines of complaints on the working-day calendar of their organisation, in their unit's
 * zone. The comparisons are survey-kit's (WorkingCalendar, responseTimeliness).
 */
import type { Complaint, Database, Unit } from '../../db/repositories';
import type { WorkingCalendar } from '../../survey-kit/calendar/working';
import { responseTimeliness, type TimelinessResult } from '../../survey-kit/indicators/complaints';
import { calendarFor } from '../indicators/calendar';
import { firstAnswerAt } from './workflow';

/** The one place complaints learn the calendar: the organisation's, with its own edits. */
export function complaintCalendar(db: Database, organisationId: number): Promise<WorkingCalendar> {
  return calendarFor(db, organisationId);
}

/** on_time/late: answered by / after the deadline; pending/overdue: not answered yet, within / past it. */
export type Timing = 'on_time' | 'late' | 'pending' | 'overdue';

type Clocked = Pick<Complaint, 'receivedAt' | 'deadlineDays' | 'respondedAt' | 'rejectedAt'>;

export function deadlineOf(c: Clocked, calendar: WorkingCalendar, timeZone: string): Date {
  return calendar.deadline(c.receivedAt, c.deadlineDays, timeZone);
}

export function timingOf(c: Clocked, calendar: WorkingCalendar, timeZone: string, now: Date): Timing {
  const answered = firstAnswerAt(c);
  if (answered) return calendar.isWithin(c.receivedAt, answered, c.deadlineDays, timeZone) ? 'on_time' : 'late';
  return calendar.isWithin(c.receivedAt, now, c.deadlineDays, timeZone) ? 'pending' : 'overdue';
}

/** Response timeliness of a set of complaints of units sharing one zone, as of `now`. */
export function timeliness(rows: readonly Clocked[], calendar: WorkingCalendar, timeZone: string, now: Date): TimelinessResult {
  return responseTimeliness(
    rows.map((c) => ({ receivedAt: c.receivedAt, firstResponseAt: firstAnswerAt(c), deadlineWorkingDays: c.deadlineDays })),
    { calendar, timeZone, asOf: now },
  );
}

/** Units grouped by time zone: timeliness is computed per zone, never mixed. */
export function byZone(units: readonly Unit[]): Map<string, Unit[]> {
  const out = new Map<string, Unit[]>();
  for (const u of units) out.set(u.timeZone, [...(out.get(u.timeZone) ?? []), u]);
  return out;
}
