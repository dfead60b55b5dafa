/**
 * Every indicator of one unit over a range of whole local days (issue 5 §1, §4), read from the
 * repositories and computed by survey-kit/indicators, each with its numerator and denominator.
 * The API, the indicators page and the follow-up page share this one path.
 */
import type { ComplaintClockRow, Database, ServedSource, Service, Unit } from '../../db/repositories';
import type { FollowUpItemRow } from '../../db/schema/sqlite';
import {
  addDays,
  complaintRate,
  dayStartUtc,
  daysBetween,
  followUpProgress,
  localDay,
  resolutionTime,
  responseCoverage,
  responseTimeliness,
  sampleAdequacy,
  serviceOnTime,
  type ComplaintRateResult,
  type FollowUpResult,
  type OnTimeResult,
  type ResolutionResult,
  type ResponseCoverageResult,
  type SampleAdequacyResult,
  type ServiceOnTimeRow,
  type TimelinessResult,
} from '../../survey-kit/index';
import type { Day } from '../../survey-kit/types';
import { unitPeriods } from '../queries/ikm';
import { calendarFor } from './calendar';

export interface IndicatorsQuery {
  unit: Unit;
  from: Day;
  to: Day;
  /** The moment the figures are taken at (open complaints past their deadline are late by then). */
  asOf?: Date;
}

export interface DayRange {
  from: Day;
  to: Day;
}

export interface ServiceOnTimeLine extends ServiceOnTimeRow {
  /** The service's name (the row's `service` is its slug); null for a key no longer known. */
  name: string | null;
}

export interface IndicatorsReport {
  scope: {
    unit: string;
    from: Day;
    to: Day;
    /** The range of the same length just before [from, to] (the complaint rate's comparison). */
    previous: DayRange;
    timeZone: string;
    asOf: string;
    /** asOf as a day in the unit's zone. */
    today: Day;
  };
  complaints: {
    /** Received in the range (rate.current) and in the previous range (rate.previous). */
    rate: ComplaintRateResult;
    timeliness: TimelinessResult;
    resolution: ResolutionResult;
  };
  services: {
    overall: OnTimeResult & { withoutStandard: number };
    byService: ServiceOnTimeLine[];
  };
  reach: {
    respondents: number;
    served: number;
    bySource: Record<ServedSource, number>;
    daysWithData: number;
    coverage: ResponseCoverageResult;
    sample: SampleAdequacyResult;
  };
  followUp: FollowUpResult & {
    /** The plan items counted: due in the range or belonging to a period that overlaps it. */
    items: number;
  };
}

/** [from, to] as the previous range of the same number of days, ending the day before `from`. */
export function previousRange(range: DayRange): DayRange {
  const to = addDays(range.from, -1);
  return { from: addDays(to, -daysBetween(range.from, range.to)), to };
}

/** The instants of whole local days [from, to]: [start of `from`, start of the day after `to`). */
export function instants(range: DayRange, timeZone: string): { from: Date; to: Date } {
  return { from: dayStartUtc(range.from, timeZone), to: dayStartUtc(addDays(range.to, 1), timeZone) };
}

/**
 * The complainant's first answer. The workflow only reaches 'resolved' through 'responded', and
 * 'rejected' comes at the earliest with the first answer, so the first time present in this
 * order is the earliest one.
 */
function firstAnswer(c: ComplaintClockRow): Date | null {
  return c.respondedAt ?? c.resolvedAt ?? c.rejectedAt ?? null;
}

/** Plan items the range is about: those due in it, and those of a period overlapping it. */
export async function followUpItemsFor(db: Database, unit: Unit, range: DayRange): Promise<FollowUpItemRow[]> {
  const [items, periods] = await Promise.all([db.followUps.list([unit.id]), unitPeriods(db, unit)]);
  const overlapping = new Set(periods.filter((p) => p.startDay <= range.to && p.endDay >= range.from).map((p) => p.id));
  return items.filter((i) => (i.dueDay >= range.from && i.dueDay <= range.to) || (i.periodId !== null && overlapping.has(i.periodId)));
}

/** What survey-kit's followUpProgress reads of a stored item: done items count with their day. */
export function progressOf(items: readonly FollowUpItemRow[], today: Day): FollowUpResult {
  return followUpProgress(
    items.map((i) => ({ due: i.dueDay, completedOn: i.status === 'done' ? i.completedOn : null, cancelled: i.status === 'cancelled' })),
    { asOf: today },
  );
}

function onTimeRows(services: readonly Service[]): Record<string, number> {
  const standards: Record<string, number> = {};
  for (const s of services) if (s.standardDays !== null) standards[s.slug] = s.standardDays;
  return standards;
}

export async function loadIndicators(db: Database, query: IndicatorsQuery): Promise<IndicatorsReport> {
  const { unit } = query;
  const asOf = query.asOf ?? new Date();
  const range = { from: query.from, to: query.to };
  const previous = previousRange(range);
  const zone = unit.timeZone;
  const today = localDay(asOf, zone);
  const now = instants(range, zone);
  const before = instants(previous, zone);
  const unitIds = [unit.id];

  const [calendar, current, previousCount, clocks, services, transactions, tallies, served, items] = await Promise.all([
    calendarFor(db, unit.organisationId),
    db.complaints.count(unitIds, now.from, now.to),
    db.complaints.count(unitIds, before.from, before.to),
    db.complaints.clocks(unitIds, now.from, now.to),
    db.services.listByUnit(unit.id),
    db.transactions.forOnTime({ unitIds, from: range.from, to: range.to }),
    db.tallies.read({ unitIds, from: range.from, to: range.to }),
    db.served.totals({ unitIds, from: range.from, to: range.to }),
    followUpItemsFor(db, unit, range),
  ]);

  const clock = { calendar, timeZone: zone };
  const timeliness = responseTimeliness(
    clocks.map((c) => ({ receivedAt: c.receivedAt, firstResponseAt: firstAnswer(c), deadlineWorkingDays: c.deadlineDays })),
    { ...clock, asOf },
  );
  // A rejected complaint was answered but never resolved: it is left out of the median, not open.
  const resolution = resolutionTime(
    clocks.filter((c) => c.status !== 'rejected').map((c) => ({ receivedAt: c.receivedAt, resolvedAt: c.resolvedAt })),
    { ...clock, asOf },
  );

  const slugOf = new Map(services.map((s) => [s.id, s.slug]));
  const nameOf = new Map(services.map((s) => [s.slug, s.name]));
  const onTime = serviceOnTime(
    transactions.map((tx) => ({
      service: slugOf.get(tx.serviceId) ?? String(tx.serviceId),
      received: tx.receivedDay,
      // Completed after the range: still open at its end.
      completed: tx.completedDay !== null && tx.completedDay <= range.to ? tx.completedDay : null,
    })),
    onTimeRows(services),
    { calendar, asOf: today },
  );

  return {
    scope: { unit: unit.slug, from: range.from, to: range.to, previous, timeZone: zone, asOf: asOf.toISOString(), today },
    complaints: { rate: complaintRate(current, previousCount), timeliness, resolution },
    services: {
      overall: onTime.overall,
      byService: onTime.byService.map((row) => ({ ...row, name: nameOf.get(row.service) ?? null })),
    },
    reach: {
      respondents: tallies.respondents,
      served: served.served,
      bySource: served.bySource,
      daysWithData: served.daysWithData,
      coverage: responseCoverage(tallies.respondents, served.served, unit.coverageTarget),
      sample: sampleAdequacy(tallies.respondents, served.served),
    },
    followUp: { ...progressOf(items, today), items: items.length },
  };
}
