/**
 * Complaint indicators of the seed IKU/IKI (skm-method.md §5–6): Tingkat Pengaduan Masyarakat,
 * response timeliness (kesesuaian waktu respon pengaduan) and the median time to resolution.
 */
import type { WorkingCalendar } from '../calendar/working';
import type { DeadlineRule } from '../calendar/types';
import { checkCount, medianIndicator, percentIndicator } from './arithmetic';
import type { Indicator, MedianIndicator } from './types';

/** How complaint deadlines are counted for one unit. */
export interface ComplaintClock {
  calendar: WorkingCalendar;
  /** The unit's IANA zone: 'Asia/Jakarta' (WIB), 'Asia/Makassar' (WITA), 'Asia/Jayapura' (WIT). */
  timeZone: string;
  rule?: DeadlineRule;
}

export interface ComplaintRateResult extends Indicator {
  current: number;
  previous: number;
}

/**
 * Tingkat Pengaduan = (current − previous) ÷ previous × 100. Negative is good. Numerator is
 * current − previous, denominator previous; undefined (never Infinity) when previous is 0.
 */
export function complaintRate(current: number, previous: number): ComplaintRateResult {
  checkCount(current, 'current');
  checkCount(previous, 'previous');
  return { ...percentIndicator(current - previous, previous, 'indicators.reason.noPreviousComplaints'), current, previous };
}

export interface ComplaintResponse {
  receivedAt: Date;
  /**
   * The first answer to the complainant (the earliest of responded, resolved or rejected), or null
   * while none. An answer later than `asOf` is treated as not given yet.
   */
  firstResponseAt: Date | null;
  /** The response deadline of the complaint's grade, in working days (Medan: 1). */
  deadlineWorkingDays: number;
}

export interface TimelinessResult extends Indicator {
  /** Answered by the deadline (the numerator). */
  onTime: number;
  /** Answered after the deadline, or still unanswered when the deadline has passed. */
  late: number;
  /** The part of `late` still unanswered at `asOf`. */
  overdue: number;
  /** Unanswered and still within the deadline at `asOf`: not decided, so in neither count. */
  pending: number;
  total: number;
}

/**
 * Response timeliness = complaints first answered within their deadline ÷ decided complaints ×
 * 100, as of the instant `asOf` (usually now). A complaint still open past its deadline is
 * late (the rule); one still open within it is pending, counted in neither the numerator
 * nor the denominator and reported apart, so that the figure does not move when a pending
 * complaint is answered on time. Throws a RangeError for an answer recorded before its receipt.
 */
export function responseTimeliness(
  complaints: readonly ComplaintResponse[],
  options: ComplaintClock & { asOf: Date },
): TimelinessResult {
  const { calendar, timeZone, rule, asOf } = options;
  let onTime = 0;
  let late = 0;
  let overdue = 0;
  let pending = 0;
  for (const c of complaints) {
    const deadline = calendar.deadline(c.receivedAt, c.deadlineWorkingDays, timeZone, rule).getTime();
    const answered = c.firstResponseAt !== null && c.firstResponseAt.getTime() <= asOf.getTime() ? c.firstResponseAt : null;
    if (answered !== null) {
      if (answered.getTime() < c.receivedAt.getTime()) {
        throw new RangeError(`Complaint answered (${answered.toISOString()}) before it was received (${c.receivedAt.toISOString()})`);
      }
      if (answered.getTime() <= deadline) onTime++;
      else late++;
    } else if (asOf.getTime() > deadline) {
      late++;
      overdue++;
    } else {
      pending++;
    }
  }
  return {
    ...percentIndicator(onTime, onTime + late, 'indicators.reason.noDecidedComplaints'),
    onTime,
    late,
    overdue,
    pending,
    total: complaints.length,
  };
}

export interface ComplaintResolution {
  receivedAt: Date;
  /** When the complaint was resolved, or null while it is not. Later than `asOf`: not yet. */
  resolvedAt: Date | null;
}

export interface ResolutionResult extends MedianIndicator {
  /** Complaints not resolved (by `asOf`), left out of the median. */
  open: number;
}

/**
 * Median time to resolution in working days (`WorkingCalendar.elapsedWorkingDays`: resolved on
 * the working day received = 0 under the default rule), over the resolved complaints only.
 * Rejected complaints are the caller's choice: pass them with resolvedAt null to leave them out.
 */
export function resolutionTime(
  complaints: readonly ComplaintResolution[],
  options: ComplaintClock & { asOf?: Date },
): ResolutionResult {
  const { calendar, timeZone, rule, asOf } = options;
  const days: number[] = [];
  let open = 0;
  for (const c of complaints) {
    if (c.resolvedAt === null || (asOf !== undefined && c.resolvedAt.getTime() > asOf.getTime())) {
      open++;
      continue;
    }
    days.push(calendar.elapsedWorkingDays(c.receivedAt, c.resolvedAt, timeZone, rule));
  }
  return { ...medianIndicator(days, 'indicators.reason.noResolvedComplaints'), open };
}
