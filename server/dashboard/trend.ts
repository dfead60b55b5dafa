/** The IKM over time: month or quarter buckets of a range, and each survey period of the scope. */
import type { Database, SurveyPeriod } from '../../db/repositories';
import { rangeBuckets, type TrendGrain } from '../../survey-kit/index';
import type { Day, IkmResult } from '../../survey-kit/types';
import { tallyScopeIkm } from '../queries/ikm';
import { scopeInstrument, tallyScope, withRange, type DashboardScope } from './scope';

export interface TrendBucket extends IkmResult {
  from: Day;
  to: Day;
}

/** Each bucket read with the instrument in force on its last day, like any other range. */
async function ikmOver(db: Database, scope: DashboardScope, range: { from: Day; to: Day }): Promise<IkmResult> {
  const bucket = withRange(scope, range);
  return tallyScopeIkm(db, await scopeInstrument(db, bucket), tallyScope(bucket));
}

/** The months (or quarters) of the scope's range, oldest first, edges cut to the range. */
export async function loadTrend(db: Database, scope: DashboardScope, grain: TrendGrain): Promise<TrendBucket[]> {
  const buckets = rangeBuckets(scope, grain);
  return Promise.all(buckets.map(async (range) => ({ ...range, ...(await ikmOver(db, scope, range)) })));
}

export interface PeriodPoint {
  period: SurveyPeriod;
  result: IkmResult;
}

/** Every survey period of the scope (oldest first) that has begun by `today`. */
export async function loadPeriodTrend(db: Database, scope: DashboardScope, periods: readonly SurveyPeriod[], today: Day): Promise<PeriodPoint[]> {
  const started = periods
    .filter((p) => p.startDay <= today)
    .sort((a, b) => a.startDay.localeCompare(b.startDay) || a.endDay.localeCompare(b.endDay) || a.id - b.id);
  return Promise.all(started.map(async (period) => ({ period, result: await ikmOver(db, scope, { from: period.startDay, to: period.endDay }) })));
}
