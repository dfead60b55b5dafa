/**
 * The IKM of one unit (or one of its services) over a range of whole days, shared by the API
 * and the dashboard page so that both show the same figure from the same path:
 * repository tallies → survey-kit's computeIkm with the instrument in force.
 */
import type { Database, ScopeTallies, Service, SurveyPeriod, TallyScope, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { computeIkm, localDay, SKM_2017 } from '../../survey-kit/index';
import type { Day, IkmResult, Instrument, Lang, Tallies } from '../../survey-kit/types';
import { ApiError } from '../errors/api-error';

export interface IkmScope {
  unit: string;
  /** Service slug, or null for the whole unit. */
  service: string | null;
  from: Day;
  to: Day;
}

export interface IkmReport {
  scope: IkmScope;
  unit: Unit;
  service: Service | null;
  instrument: Instrument;
  result: IkmResult;
}

export interface IkmQuery {
  unit: string;
  service?: string | undefined;
  from?: Day | undefined;
  to?: Day | undefined;
}

export async function findUnit(db: Database, slug: string, lang: Lang): Promise<Unit> {
  const unit = await db.units.bySlug(slug);
  if (!unit) throw new ApiError(404, 'not_found', t(lang, 'api.unitNotFound', { unit: slug }));
  return unit;
}

export async function findService(db: Database, unit: Unit, slug: string, lang: Lang): Promise<Service> {
  const service = await db.services.bySlug(unit.id, slug);
  if (!service) throw new ApiError(404, 'not_found', t(lang, 'api.serviceNotFound', { service: slug, unit: unit.slug }));
  return service;
}

/** The unit's periods (its own and the organisation-wide ones), newest first. */
export async function unitPeriods(db: Database, unit: Unit): Promise<SurveyPeriod[]> {
  const periods = await db.periods.list(unit.organisationId, unit.id);
  return [...periods].sort((a, b) => b.endDay.localeCompare(a.endDay) || a.startDay.localeCompare(b.startDay) || a.id - b.id);
}

/**
 * The range shown when none is asked for: the period in force today in the unit's zone; else
 * the most recent period already ended; else the calendar year so far.
 */
export async function defaultRange(
  db: Database,
  unit: Unit,
  now: Date = new Date(),
): Promise<{ from: Day; to: Day; period: SurveyPeriod | null }> {
  const today = localDay(now, unit.timeZone);
  const current = await db.periods.current(unit.id, today);
  if (current) return { from: current.startDay, to: current.endDay, period: current };
  const periods = await unitPeriods(db, unit);
  const ended = periods.find((p) => p.endDay < today);
  if (ended) return { from: ended.startDay, to: ended.endDay, period: ended };
  return { from: `${today.slice(0, 4)}-01-01`, to: today, period: null };
}

/** The instrument of the period in force on the range's last day; the 2017 instrument when none is. */
export async function instrumentFor(db: Database, unit: Unit, to: Day): Promise<Instrument> {
  const period = await db.periods.current(unit.id, to);
  if (!period) return SKM_2017;
  const stored = await db.instruments.byId(period.instrumentId);
  return stored?.instrument ?? SKM_2017;
}

export async function unitIkm(db: Database, query: IkmQuery, lang: Lang, now: Date = new Date()): Promise<IkmReport> {
  const unit = await findUnit(db, query.unit, lang);
  const service = query.service ? await findService(db, unit, query.service, lang) : null;
  const range = query.from && query.to ? { from: query.from, to: query.to } : await defaultRange(db, unit, now);
  return scopeIkm(db, unit, service, range);
}

/**
 * The IKM of a unit (or one service) over [from, to], once unit and service are known: the one
 * path shared by the API, the dashboard and `skm ikm --unit`.
 */
export async function scopeIkm(db: Database, unit: Unit, service: Service | null, range: { from: Day; to: Day }): Promise<IkmReport> {
  const instrument = await instrumentFor(db, unit, range.to);
  const result = await tallyScopeIkm(db, instrument, {
    unitIds: [unit.id],
    ...(service ? { serviceId: service.id } : {}),
    from: range.from,
    to: range.to,
  });
  return {
    scope: { unit: unit.slug, service: service?.slug ?? null, from: range.from, to: range.to },
    unit,
    service,
    instrument,
    result,
  };
}

/**
 * computeIkm over the tallies of any scope (several units, a channel), read with one instrument.
 * A range may hold answers of another instrument (a change of method mid-range): only the
 * elements of the instrument in force count, as the regulation reads one instrument at a time.
 */
export async function tallyScopeIkm(db: Database, instrument: Instrument, scope: TallyScope): Promise<IkmResult> {
  return ikmOfTallies(instrument, await db.tallies.read(scope));
}

/** computeIkm over tallies already read (e.g. one unit's part of a read of several units). */
export function ikmOfTallies(instrument: Instrument, read: Pick<ScopeTallies, 'tallies' | 'respondents'>): IkmResult {
  const tallies: Tallies = {};
  for (const element of instrument.elements) {
    const tally = read.tallies[element.code];
    if (tally) tallies[element.code] = tally;
  }
  return computeIkm(instrument, { tallies, respondents: read.respondents });
}
