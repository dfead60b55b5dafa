/**
 * The register's list with its filters and the timeliness summary of the filter's units and
 * period, shared by GET /api/v1/complaints and the /pengaduan page.
 */
import type { ComplaintStatus, Database, Unit } from '../../db/repositories';
import type { TimelinessResult } from '../../survey-kit/indicators/complaints';
import { addDays, dayStartUtc } from '../../survey-kit/time/index';
import type { Day } from '../../survey-kit/types';
import { byZone, timeliness } from './clock';
import { calendarOfUnit, complaintDto, loadNames, type ComplaintDto } from './dto';

export const PAGE_SIZE = 20;

export interface ListQuery {
  /** Already checked against the caller's rights. */
  unit?: Unit;
  status?: ComplaintStatus;
  from?: Day;
  to?: Day;
  q?: string;
  page?: number;
}

export interface ZoneSummary {
  timeZone: string;
  units: string[];
  /** Over every complaint of the units received in the period (status and words do not narrow it). */
  timeliness: TimelinessResult;
}

export interface ComplaintList {
  rows: ComplaintDto[];
  total: number;
  page: number;
  pageSize: number;
  summary: ZoneSummary[];
}

const EARLIEST = new Date(0);
const LATEST = new Date(8.64e15);

/** Days of the filter in `timeZone`, both ends included, as [from, to) instants. */
function range(query: ListQuery, timeZone: string): { from?: Date; to?: Date } {
  return {
    ...(query.from ? { from: dayStartUtc(query.from, timeZone) } : {}),
    ...(query.to ? { to: dayStartUtc(addDays(query.to, 1), timeZone) } : {}),
  };
}

/** `scope`: the units the caller may read (null = all). Contacts are always masked in lists. */
export async function listComplaints(db: Database, scope: readonly number[] | null, query: ListQuery, now: Date): Promise<ComplaintList> {
  const unitIds = query.unit ? [query.unit.id] : scope;
  const names = await loadNames(db, unitIds ?? undefined);
  const zone = query.unit?.timeZone ?? (await db.organisations.list())[0]?.defaultTimeZone ?? 'Asia/Jakarta';
  const { from, to } = range(query, zone);
  const page = Math.max(1, query.page ?? 1);
  const found = await db.complaints.list({
    unitIds,
    ...(query.status ? { status: query.status } : {}),
    ...(from ? { receivedFrom: from } : {}),
    ...(to ? { receivedTo: to } : {}),
    ...(query.q ? { search: query.q } : {}),
    page,
    pageSize: PAGE_SIZE,
  });
  const summary: ZoneSummary[] = [];
  for (const [timeZone, units] of byZone([...names.units.values()])) {
    const own = range(query, timeZone);
    const clocks = await db.complaints.clocks(units.map((u) => u.id), own.from ?? EARLIEST, own.to ?? LATEST);
    if (clocks.length === 0 && !query.unit) continue;
    // One organisation per zone in practice; its calendar counts the working days.
    const calendar = calendarOfUnit(names, units[0]!.id);
    summary.push({ timeZone, units: units.map((u) => u.slug), timeliness: timeliness(clocks, calendar, timeZone, now) });
  }
  return { rows: found.rows.map((c) => complaintDto(c, names, now, false)), total: found.total, page, pageSize: PAGE_SIZE, summary };
}
