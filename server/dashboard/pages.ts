/**
 * Everything a dashboard page shows, loaded in one call so that the page only formats:
 * `/dashboard/UNIT` (one unit) and `/dashboard` (every unit the account may read).
 */
import type { Database, Organisation, Service, SuggestionPage, SurveyPeriod, Unit } from '../../db/repositories';
import { localDay, trendWindow, type TrendGrain } from '../../survey-kit/index';
import type { AuthUser } from '../auth/types';
import { unitPeriods } from '../queries/ikm';
import { pageFilters, resolvePageScope, TREND_GRAINS } from './filters';
import { loadHeadline, loadPrevious, type Headline, type PreviousPeriod } from './headline';
import { loadProfile, loadSuggestions, type ProfileSummary } from './profile';
import { loadRanking, type RankedUnit } from './ranking';
import { organisationPeriods, withRange, type DashboardScope } from './scope';
import { loadPeriodTrend, loadTrend, type PeriodPoint, type TrendBucket } from './trend';

interface Common {
  /** Newest first. */
  periods: SurveyPeriod[];
  /** The period shown, or null for a custom range. */
  period: SurveyPeriod | null;
  /** The request asked for something not valid (the defaults are shown instead). */
  invalid: boolean;
  scope: DashboardScope;
  headline: Headline;
  previous: PreviousPeriod;
  grain: TrendGrain;
  trend: TrendBucket[];
  periodTrend: PeriodPoint[];
}

export interface UnitDashboard extends Common {
  organisation: Organisation | null;
  unit: Unit;
  services: Service[];
  profile: ProfileSummary;
  suggestions: SuggestionPage;
  search: string;
}

export interface AllDashboard extends Common {
  organisations: Organisation[];
  ranking: RankedUnit[];
}

function grainOf(params: URLSearchParams): TrendGrain {
  const by = params.get('by');
  return (TREND_GRAINS as readonly string[]).includes(by ?? '') ? (by as TrendGrain) : 'month';
}

function pageNumber(params: URLSearchParams): number {
  const n = Number(params.get('page') ?? '1');
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

async function common(db: Database, scope: DashboardScope, period: SurveyPeriod | null, periods: SurveyPeriod[], grain: TrendGrain, today: string) {
  const headline = await loadHeadline(db, scope);
  const [previous, trend, periodTrend] = await Promise.all([
    loadPrevious(db, scope, headline.result, period, periods),
    loadTrend(db, withRange(scope, trendWindow(scope, grain)), grain),
    loadPeriodTrend(db, scope, periods, today),
  ]);
  return { headline, previous, trend, periodTrend };
}

/** null when the unit does not exist. */
export async function loadUnitDashboard(
  db: Database,
  user: AuthUser | null,
  slug: string,
  params: URLSearchParams,
  now: Date = new Date(),
): Promise<UnitDashboard | null> {
  const unit = await db.units.bySlug(slug);
  if (!unit) return null;
  const [organisations, services, periods] = await Promise.all([db.organisations.list(), db.services.listByUnit(unit.id), unitPeriods(db, unit)]);
  const { scope, period, invalid } = await resolvePageScope(db, user, { unit, services }, periods, pageFilters(params), now);
  const grain = grainOf(params);
  const search = params.get('q')?.trim().slice(0, 200) ?? '';
  const [parts, profile, suggestions] = await Promise.all([
    common(db, scope, period, periods, grain, localDay(now, unit.timeZone)),
    loadProfile(db, scope),
    loadSuggestions(db, scope, { search, page: pageNumber(params) }),
  ]);
  return {
    organisation: organisations.find((o) => o.id === unit.organisationId) ?? null,
    unit,
    services,
    periods,
    period,
    invalid,
    scope,
    grain,
    ...parts,
    profile,
    suggestions,
    search,
  };
}

export async function loadAllDashboard(db: Database, user: AuthUser | null, params: URLSearchParams, now: Date = new Date()): Promise<AllDashboard> {
  const [organisations, periods] = await Promise.all([db.organisations.list(), organisationPeriods(db)]);
  const { scope, period, invalid } = await resolvePageScope(db, user, null, periods, pageFilters(params), now);
  const grain = grainOf(params);
  const today = localDay(now, organisations[0]?.defaultTimeZone ?? 'Asia/Jakarta');
  const [parts, ranking] = await Promise.all([common(db, scope, period, periods, grain, today), loadRanking(db, scope)]);
  return { organisations, periods, period, invalid, scope, grain, ...parts, ranking };
}
