/** What the API and the pages show of a complaint: contact masked unless asked otherwise, times as ISO. */
import type { Complaint, ComplaintEvent, Database, Unit } from '../../db/repositories';
import type { WorkingCalendar } from '../../survey-kit/calendar/working';
import { DEFAULT_CALENDAR } from '../../survey-kit/calendar/index';
import { complaintCalendar, deadlineOf, timingOf, type Timing } from './clock';
import { contactView, type ContactView } from './contact';
import { NEXT_STATUSES, type StepStatus } from './workflow';

export interface ComplaintDto {
  id: number;
  unit: { slug: string; name: string; timeZone: string };
  service: { slug: string; name: string } | null;
  channel: Complaint['channel'];
  receivedAt: string;
  category: Complaint['category'];
  grade: Complaint['grade'];
  deadlineDays: number;
  /** End of the last working day allowed for the first answer, in the unit's zone. */
  deadlineAt: string;
  timing: Timing;
  description: string;
  consent: boolean;
  contact: ContactView | null;
  contactErasedAt: string | null;
  status: Complaint['status'];
  respondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  rejectedAt: string | null;
  rejectReason: string | null;
  sourceResponseId: number | null;
  externalRef: string | null;
  createdAt: string;
  /** Steps the workflow allows next (the caller's rights are not considered). */
  next: readonly StepStatus[];
}

export interface ComplaintEventDto {
  status: ComplaintEvent['status'];
  at: string;
  actor: string;
  note: string | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Units and services by id, read once per request. */
export interface Names {
  units: Map<number, Unit>;
  services: Map<number, { slug: string; name: string }>;
  /** Working calendar of each organisation (by id). */
  calendars: Map<number, WorkingCalendar>;
}

export async function loadNames(db: Database, unitIds?: readonly number[]): Promise<Names> {
  const units = (await db.units.list()).filter((u) => !unitIds || unitIds.includes(u.id));
  const services = new Map<number, { slug: string; name: string }>();
  const calendars = new Map<number, WorkingCalendar>();
  for (const u of units) {
    for (const s of await db.services.listByUnit(u.id)) services.set(s.id, { slug: s.slug, name: s.name });
    if (!calendars.has(u.organisationId)) calendars.set(u.organisationId, await complaintCalendar(db, u.organisationId));
  }
  return { units: new Map(units.map((u) => [u.id, u])), services, calendars };
}

export function calendarOfUnit(names: Names, unitId: number): WorkingCalendar {
  const unit = names.units.get(unitId);
  return (unit && names.calendars.get(unit.organisationId)) ?? DEFAULT_CALENDAR;
}

export function complaintDto(c: Complaint, names: Names, now: Date, unmasked: boolean): ComplaintDto {
  const unit = names.units.get(c.unitId);
  const calendar = calendarOfUnit(names, c.unitId);
  const timeZone = unit?.timeZone ?? 'Asia/Jakarta';
  return {
    id: c.id,
    unit: { slug: unit?.slug ?? String(c.unitId), name: unit?.name ?? '', timeZone },
    service: c.serviceId === null ? null : (names.services.get(c.serviceId) ?? null),
    channel: c.channel,
    receivedAt: c.receivedAt.toISOString(),
    category: c.category,
    grade: c.grade,
    deadlineDays: c.deadlineDays,
    deadlineAt: deadlineOf(c, calendar, timeZone).toISOString(),
    timing: timingOf(c, calendar, timeZone, now),
    description: c.description,
    consent: c.consent,
    contact: contactView(c, unmasked),
    contactErasedAt: iso(c.contactErasedAt),
    status: c.status,
    respondedAt: iso(c.respondedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    rejectedAt: iso(c.rejectedAt),
    rejectReason: c.rejectReason,
    sourceResponseId: c.sourceResponseId,
    externalRef: c.externalRef,
    createdAt: c.createdAt.toISOString(),
    next: NEXT_STATUSES[c.status],
  };
}

export function eventDto(e: ComplaintEvent): ComplaintEventDto {
  return { status: e.status, at: e.at.toISOString(), actor: e.actor, note: e.note };
}
