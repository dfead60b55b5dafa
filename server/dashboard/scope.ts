/**
 * What every dashboard read covers (a unit or every unit the account may read, a service, a
 * channel, a range of whole days) and the defaults that fill what the request leaves out.
 */
import type { Database, Service, SurveyPeriod, TallyScope, Unit } from '../../db/repositories';
import { localDay, SKM_2017 } from '../../survey-kit/index';
import type { Channel, Day, Instrument } from '../../survey-kit/types';
import { instrumentFor } from '../queries/ikm';

export interface DashboardScope {
  /** null = every unit the account may read. */
  unit: Unit | null;
  service: Service | null;
  channel: Channel | null;
  from: Day;
  to: Day;
  /** The units read: [unit.id], or the account's readable units (null = every unit). */
  unitIds: readonly number[] | null;
}

/** The scope as the API answers it: slugs, not rows (`channel` only when one was asked for). */
export interface ScopeJson {
  unit: string | null;
  service: string | null;
  from: Day;
  to: Day;
  channel?: Channel;
}

export function scopeJson(scope: DashboardScope): ScopeJson {
  return {
    unit: scope.unit?.slug ?? null,
    service: scope.service?.slug ?? null,
    from: scope.from,
    to: scope.to,
    ...(scope.channel ? { channel: scope.channel } : {}),
  };
}

export function tallyScope(scope: DashboardScope): TallyScope {
  return {
    unitIds: scope.unitIds,
    ...(scope.service ? { serviceId: scope.service.id } : {}),
    ...(scope.channel ? { channel: scope.channel } : {}),
    from: scope.from,
    to: scope.to,
  };
}

/** The same scope over another range (a trend bucket, the previous period). */
export function withRange(scope: DashboardScope, range: { from: Day; to: Day }): DashboardScope {
  return { ...scope, from: range.from, to: range.to };
}

/** Periods that apply to every unit (unit_id null) of every organisation, newest first. */
export async function organisationPeriods(db: Database): Promise<SurveyPeriod[]> {
  const organisations = await db.organisations.list();
  const lists = await Promise.all(organisations.map((o) => db.periods.list(o.id)));
  return lists
    .flat()
    .filter((p) => p.unitId === null)
    .sort((a, b) => b.endDay.localeCompare(a.endDay) || a.startDay.localeCompare(b.startDay) || a.id - b.id);
}

/** Among periods covering `day`, the most specific: the shortest, then the latest started. */
function inForce(periods: readonly SurveyPeriod[], day: Day): SurveyPeriod | undefined {
  return periods
    .filter((p) => p.startDay <= day && day <= p.endDay)
    .sort((a, b) => a.endDay.localeCompare(b.endDay) || b.startDay.localeCompare(a.startDay) || b.id - a.id)[0];
}

/**
 * The range of the all-units view when none is asked for: the organisation-wide period in force
 * today, else the latest one ended, else the year so far. "Today" is taken in the
 * organisation's own zone (the first organisation's; WIB when there is none).
 */
export async function defaultAllRange(db: Database, now: Date = new Date()): Promise<{ from: Day; to: Day; period: SurveyPeriod | null }> {
  const [organisation] = await db.organisations.list();
  const today = localDay(now, organisation?.defaultTimeZone ?? 'Asia/Jakarta');
  const periods = await organisationPeriods(db);
  const current = inForce(periods, today);
  if (current) return { from: current.startDay, to: current.endDay, period: current };
  const ended = periods.find((p) => p.endDay < today);
  if (ended) return { from: ended.startDay, to: ended.endDay, period: ended };
  return { from: `${today.slice(0, 4)}-01-01`, to: today, period: null };
}

/**
 * The instrument results are read with: the unit's instrument in force on the range's last day;
 * for every unit, that of the organisation-wide period in force on that day; else the 2017 one.
 */
export async function scopeInstrument(db: Database, scope: Pick<DashboardScope, 'unit' | 'to'>): Promise<Instrument> {
  if (scope.unit) return instrumentFor(db, scope.unit, scope.to);
  const period = inForce(await organisationPeriods(db), scope.to);
  if (!period) return SKM_2017;
  return (await db.instruments.byId(period.instrumentId))?.instrument ?? SKM_2017;
}
