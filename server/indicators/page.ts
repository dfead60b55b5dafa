/**
 * What the indicators page (/indikator/UNIT) and the follow-up page (/tindak-lanjut/UNIT) show,
 * loaded in one call each so the pages only format. The range comes from `?period=ID`, else
 * `?from=&to=`, else the default period — as on the dashboard.
 */
import type { Database, Organisation, SurveyPeriod, Unit } from '../../db/repositories';
import type { FollowUpItemRow } from '../../db/schema/sqlite';
import { isValidDay, localDay, type FollowUpResult } from '../../survey-kit/index';
import type { Day, Lang } from '../../survey-kit/types';
import { defaultRange, instrumentFor, unitPeriods } from '../queries/ikm';
import { loadIndicators, progressOf, type IndicatorsReport } from './load';

export interface PageQuery {
  period?: string | null;
  from?: string | null;
  to?: string | null;
}

interface PageBase {
  organisation: Organisation | null;
  unit: Unit;
  /** The unit's periods, newest first. */
  periods: SurveyPeriod[];
}

export interface IndicatorPageData extends PageBase {
  /** The period shown, or null for a custom range. */
  period: SurveyPeriod | null;
  /** The request asked for a range that is not valid (the default is shown instead). */
  invalidRange: boolean;
  report: IndicatorsReport;
}

async function base(db: Database, slug: string): Promise<PageBase | null> {
  const unit = await db.units.bySlug(slug);
  if (!unit) return null;
  const [organisations, periods] = await Promise.all([db.organisations.list(), unitPeriods(db, unit)]);
  return { organisation: organisations.find((o) => o.id === unit.organisationId) ?? null, unit, periods };
}

async function pageRange(
  db: Database,
  page: PageBase,
  query: PageQuery,
  now: Date,
): Promise<{ from: Day; to: Day; period: SurveyPeriod | null; invalidRange: boolean }> {
  if (query.period) {
    const period = page.periods.find((p) => String(p.id) === query.period);
    if (period) return { from: period.startDay, to: period.endDay, period, invalidRange: false };
  } else {
    const from = query.from?.trim() ?? '';
    const to = query.to?.trim() ?? '';
    if (!from && !to) return { ...(await defaultRange(db, page.unit, now)), invalidRange: false };
    if (isValidDay(from) && isValidDay(to) && from <= to) return { from, to, period: null, invalidRange: false };
  }
  return { ...(await defaultRange(db, page.unit, now)), invalidRange: true };
}

/** null when the unit does not exist. */
export async function loadIndicatorPage(db: Database, slug: string, query: PageQuery, now: Date = new Date()): Promise<IndicatorPageData | null> {
  const page = await base(db, slug);
  if (!page) return null;
  const range = await pageRange(db, page, query, now);
  const report = await loadIndicators(db, { unit: page.unit, from: range.from, to: range.to, asOf: now });
  return { ...page, period: range.period, invalidRange: range.invalidRange, report };
}

export interface FollowUpPageData extends PageBase {
  /** The plan's period; null = the items without a period. */
  period: SurveyPeriod | null;
  items: FollowUpItemRow[];
  progress: FollowUpResult;
  /** The instrument's elements an item may address, in the page's language. */
  elements: { code: string; name: string }[];
  today: Day;
}

/** The value of `?period=` that lists the items without a period. */
export const NO_PERIOD = 'tanpa';

/** null when the unit does not exist. Without `?period=`: the period in force, else the last one ended. */
export async function loadFollowUpPage(db: Database, slug: string, periodParam: string | null, lang: Lang, now: Date = new Date()): Promise<FollowUpPageData | null> {
  const page = await base(db, slug);
  if (!page) return null;
  const { unit } = page;
  const today = localDay(now, unit.timeZone);
  let period: SurveyPeriod | null;
  if (periodParam === NO_PERIOD) period = null;
  else period = page.periods.find((p) => String(p.id) === periodParam) ?? (await defaultRange(db, unit, now)).period ?? page.periods[0] ?? null;
  const [all, instrument] = await Promise.all([db.followUps.list([unit.id], period?.id), instrumentFor(db, unit, period?.endDay ?? today)]);
  const items = period ? all : all.filter((i) => i.periodId === null);
  return {
    ...page,
    period,
    items,
    progress: progressOf(items, today),
    elements: instrument.elements.map((e) => ({ code: e.code, name: e.name[lang] })),
    today,
  };
}
