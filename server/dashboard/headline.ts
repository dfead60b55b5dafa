/**
 * The headline of a dashboard scope: the IKM with its interval, the respondents against the
 * minimum sample for the people served (when that is known), the data-quality flags, the weakest
 * elements, and the comparison with the previous period. Every figure is survey-kit's.
 */
import type { Database, ServedTotals, SurveyPeriod } from '../../db/repositories';
import {
  compareIkm,
  monthSpan,
  previousRange,
  responseCoverage,
  sampleAdequacy,
  weakestElements,
  type IkmComparison,
  type ResponseCoverageResult,
  type SampleAdequacyResult,
} from '../../survey-kit/index';
import type { Day, ElementResult, IkmResult, Instrument } from '../../survey-kit/types';
import { ikmOfTallies, tallyScopeIkm } from '../queries/ikm';
import { scopeInstrument, tallyScope, withRange, type DashboardScope } from './scope';

/** How many elements "what to fix first" names. */
export const WEAKEST_COUNT = 3;

export interface Headline {
  instrument: Instrument;
  result: IkmResult;
  /** Responses flagged for review (kept in every figure; see survey-kit/quality). */
  flags: { fast: number; straightline: number };
  served: ServedTotals;
  /** Respondents against the Krejcie–Morgan minimum; undefined (value null) when served is 0. */
  adequacy: SampleAdequacyResult;
  coverage: ResponseCoverageResult;
  weakest: ElementResult[];
}

export async function loadHeadline(db: Database, scope: DashboardScope): Promise<Headline> {
  const [instrument, read, served] = await Promise.all([
    scopeInstrument(db, scope),
    db.tallies.read(tallyScope(scope)),
    db.served.totals({
      unitIds: scope.unitIds,
      ...(scope.service ? { serviceId: scope.service.id } : {}),
      from: scope.from,
      to: scope.to,
    }),
  ]);
  const result = ikmOfTallies(instrument, read);
  return {
    instrument,
    result,
    flags: { fast: read.flaggedFast, straightline: read.flaggedStraightline },
    served,
    adequacy: sampleAdequacy(read.respondents, served.served),
    coverage: responseCoverage(read.respondents, served.served),
    weakest: weakestElements(result, WEAKEST_COUNT),
  };
}

export interface PreviousPeriod {
  from: Day;
  to: Day;
  /** The named period compared with, when the current range is a named period and one precedes it. */
  period: SurveyPeriod | null;
  result: IkmResult;
  comparison: IkmComparison;
}

/**
 * The range compared with: when a named period is shown, the latest period of the same length
 * in months that ends before it starts; otherwise (or when there is none) the range of the same
 * length just before (survey-kit previousRange).
 */
export function previousOf(range: { from: Day; to: Day }, period: SurveyPeriod | null, periods: readonly SurveyPeriod[]): { from: Day; to: Day; period: SurveyPeriod | null } {
  if (period) {
    const span = monthSpan({ from: period.startDay, to: period.endDay });
    const before = periods
      .filter((p) => p.endDay < period.startDay && monthSpan({ from: p.startDay, to: p.endDay }) === span)
      .sort((a, b) => b.endDay.localeCompare(a.endDay) || b.startDay.localeCompare(a.startDay))[0];
    if (before) return { from: before.startDay, to: before.endDay, period: before };
  }
  return { ...previousRange(range), period: null };
}

export async function loadPrevious(
  db: Database,
  scope: DashboardScope,
  current: IkmResult,
  period: SurveyPeriod | null,
  periods: readonly SurveyPeriod[],
): Promise<PreviousPeriod> {
  const previous = previousOf(scope, period, periods);
  const previousScope = withRange(scope, previous);
  const result = await tallyScopeIkm(db, await scopeInstrument(db, previousScope), tallyScope(previousScope));
  return { ...previous, result, comparison: compareIkm(current, result) };
}
