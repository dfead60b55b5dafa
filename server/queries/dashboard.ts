/**
 * Everything the unit dashboard page shows, loaded in one call so the page only formats.
 * The range comes from `?period=ID`, else `?from=&to=`, else the default period.
 */
import type { Database, Organisation, Service, SurveyPeriod, Unit } from '../../db/repositories';
import { isValidDay } from '../../survey-kit/index';
import type { Day } from '../../survey-kit/types';
import { defaultRange, unitIkm, unitPeriods, type IkmReport } from './ikm';

export interface DashboardQuery {
  period?: string | null;
  from?: string | null;
  to?: string | null;
  service?: string | null;
}

export interface DashboardData {
  organisation: Organisation | null;
  unit: Unit;
  services: Service[];
  /** The unit's periods, newest first. */
  periods: SurveyPeriod[];
  /** The period shown, or null for a custom range. */
  period: SurveyPeriod | null;
  /** True when the request asked for a range that is not valid (the default is shown instead). */
  invalidRange: boolean;
  report: IkmReport;
}

function customRange(query: DashboardQuery): { from: Day; to: Day } | 'invalid' | null {
  const from = query.from?.trim() || '';
  const to = query.to?.trim() || '';
  if (!from && !to) return null;
  if (!isValidDay(from) || !isValidDay(to) || from > to) return 'invalid';
  return { from, to };
}

/** null when the unit does not exist. */
export async function loadDashboard(
  db: Database,
  unitSlug: string,
  query: DashboardQuery,
  now: Date = new Date(),
): Promise<DashboardData | null> {
  const unit = await db.units.bySlug(unitSlug);
  if (!unit) return null;
  const [organisations, services, periods] = await Promise.all([
    db.organisations.list(),
    db.services.listByUnit(unit.id),
    unitPeriods(db, unit),
  ]);
  const service = services.find((s) => s.slug === query.service) ?? null;

  let period: SurveyPeriod | null = null;
  let range: { from: Day; to: Day } | null = null;
  let invalidRange = false;
  if (query.period) {
    period = periods.find((p) => String(p.id) === query.period) ?? null;
    if (period) range = { from: period.startDay, to: period.endDay };
    else invalidRange = true;
  } else {
    const custom = customRange(query);
    if (custom === 'invalid') invalidRange = true;
    else range = custom;
  }
  if (!range) {
    const fallback = await defaultRange(db, unit, now);
    period = fallback.period;
    range = { from: fallback.from, to: fallback.to };
  }

  const report = await unitIkm(db, { unit: unit.slug, service: service?.slug, ...range }, 'id', now);
  return {
    organisation: organisations.find((o) => o.id === unit.organisationId) ?? null,
    unit,
    services,
    periods,
    period,
    invalidRange,
    report,
  };
}
