/**
 * Kesesuaian waktu layanan (skm-method.md §5): services completed within their standard time ÷
 * services completed × 100, per service type and overall. Transactions carry local days (the
 * received and completed dates of a permit system's export), so no time zone is involved here.
 */
import type { WorkingCalendar } from '../calendar/working';
import type { DeadlineRule } from '../calendar/types';
import type { Day } from '../types';
import { percentIndicator } from './arithmetic';
import type { Indicator } from './types';

export interface ServiceTransaction {
  /** The service's key (slug or id) as used in `standards`. */
  service: string;
  received: Day;
  /** Null while not completed. */
  completed: Day | null;
}

export interface OnTimeResult extends Indicator {
  /** Completed within the standard (the numerator). */
  onTime: number;
  /** Completed after the standard time. */
  late: number;
  /** Completed transactions (= onTime + late when the service has a standard time). */
  completed: number;
  /** Not completed: left out of both counts. */
  open: number;
  /** The part of `open` already past its due day at `asOf`; null when no `asOf` was given. */
  overdue: number | null;
}

export interface ServiceOnTimeRow extends OnTimeResult {
  service: string;
  /** Standard time in working days; null when the service has none (then not defined). */
  standardDays: number | null;
}

export interface ServiceOnTimeResult {
  /** Over the services that have a standard time; `withoutStandard` counts the transactions left out. */
  overall: OnTimeResult & { withoutStandard: number };
  /** One row per service in `standards` or in the transactions, by service key. */
  byService: ServiceOnTimeRow[];
}

interface Tally {
  onTime: number;
  late: number;
  completed: number;
  open: number;
  overdue: number;
}

const emptyTally = (): Tally => ({ onTime: 0, late: 0, completed: 0, open: 0, overdue: 0 });

function result(t: Tally, withAsOf: boolean): OnTimeResult {
  return {
    ...percentIndicator(t.onTime, t.onTime + t.late, 'indicators.reason.noCompletedServices'),
    onTime: t.onTime,
    late: t.late,
    completed: t.completed,
    open: t.open,
    overdue: withAsOf ? t.overdue : null,
  };
}

/**
 * `standards` maps each service key to its standard time in working days (Medan: SIUP 5,
 * IUJK 7, Izin trayek 10, …; 0 = finished the same working day). A transaction is on time when
 * completed on or before `calendar.dueDay(received, standard, rule)`. `asOf` (a local day, e.g.
 * today) only adds the overdue count of open transactions. Throws a RangeError for a transaction
 * completed before it was received, or an invalid standard.
 */
export function serviceOnTime(
  transactions: readonly ServiceTransaction[],
  standards: Readonly<Record<string, number>>,
  options: { calendar: WorkingCalendar; rule?: DeadlineRule; asOf?: Day },
): ServiceOnTimeResult {
  const { calendar, rule, asOf } = options;
  const standardOf = (service: string): number | null =>
    Object.prototype.hasOwnProperty.call(standards, service) ? (standards[service] as number) : null;
  const minimum = rule?.countReceivedDay === true ? 1 : 0;
  for (const [service, days] of Object.entries(standards)) {
    if (!Number.isSafeInteger(days) || days < minimum) {
      throw new RangeError(`Standard time of "${service}" must be a whole number of working days ≥ ${minimum} (got ${days})`);
    }
  }
  const tallies = new Map<string, Tally>();
  for (const service of Object.keys(standards)) tallies.set(service, emptyTally());
  for (const tx of transactions) {
    let t = tallies.get(tx.service);
    if (!t) {
      t = emptyTally();
      tallies.set(tx.service, t);
    }
    if (tx.completed !== null && tx.completed < tx.received) {
      throw new RangeError(`Service "${tx.service}" completed ${tx.completed} before it was received ${tx.received}`);
    }
    const standard = standardOf(tx.service);
    const due = standard === null ? null : calendar.dueDay(tx.received, standard, rule);
    if (tx.completed === null) {
      t.open++;
      if (due !== null && asOf !== undefined && asOf > due) t.overdue++;
      continue;
    }
    t.completed++;
    if (due === null) continue;
    if (tx.completed <= due) t.onTime++;
    else t.late++;
  }
  const total = emptyTally();
  let withoutStandard = 0;
  const byService: ServiceOnTimeRow[] = [];
  for (const service of [...tallies.keys()].sort()) {
    const t = tallies.get(service) as Tally;
    const standardDays = standardOf(service);
    if (standardDays === null) {
      withoutStandard += t.completed + t.open;
      byService.push({
        value: null,
        numerator: 0,
        denominator: 0,
        defined: false,
        reason: 'indicators.reason.noStandard',
        onTime: 0,
        late: 0,
        completed: t.completed,
        open: t.open,
        overdue: asOf !== undefined ? 0 : null,
        service,
        standardDays,
      });
      continue;
    }
    total.onTime += t.onTime;
    total.late += t.late;
    total.completed += t.completed;
    total.open += t.open;
    total.overdue += t.overdue;
    byService.push({ ...result(t, asOf !== undefined), service, standardDays });
  }
  return { overall: { ...result(total, asOf !== undefined), withoutStandard }, byService };
}
