/**
 * The dashboard's filters: the API's query (validated, 400 with one message per field) and the
 * pages' query string (lenient: a bad range falls back to the default and says so), both resolved
 * to a DashboardScope the account may read.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { Database, Service, SurveyPeriod, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { CHANNELS, isValidDay } from '../../survey-kit/index';
import type { Channel, Day, Lang } from '../../survey-kit/types';
import { requirePermission, requireUnitScope, requireUser } from '../auth/guard';
import { unitScope } from '../auth/permissions';
import type { AuthUser } from '../auth/types';
import type { AppEnv } from '../env';
import { defaultRange, findService, findUnit } from '../queries/ikm';
import { defaultAllRange, type DashboardScope } from './scope';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const TREND_GRAINS = ['month', 'quarter'] as const;

function fields(lang: Lang) {
  const slug = z.string().regex(SLUG, { error: t(lang, 'api.slugRequired') });
  const day = z.string().refine(isValidDay, { error: t(lang, 'api.invalidDay') });
  const channel = z.enum(CHANNELS as [Channel, ...Channel[]], { error: t(lang, 'exports.channel', { values: CHANNELS.join(', ') }) });
  return { slug, day, channel };
}

interface RangeFields {
  unit?: string | undefined;
  service?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function rangeChecks(lang: Lang) {
  return (q: RangeFields, ctx: z.RefinementCtx): void => {
    if (q.service !== undefined && q.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['service'], message: t(lang, 'exports.serviceNeedsUnit') });
    }
    if ((q.from === undefined) !== (q.to === undefined)) {
      ctx.addIssue({ code: 'custom', path: [q.from === undefined ? 'from' : 'to'], message: t(lang, 'api.rangeIncomplete') });
    } else if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: t(lang, 'api.rangeReversed') });
    }
  };
}

function schemas(lang: Lang) {
  const { slug, day, channel } = fields(lang);
  const base = { unit: slug.optional(), service: slug.optional(), channel: channel.optional(), from: day.optional(), to: day.optional() };
  const checks = rangeChecks(lang);
  const page = z.coerce.number({ error: t(lang, 'dash.api.page') }).int({ error: t(lang, 'dash.api.page') }).min(1, { error: t(lang, 'dash.api.page') });
  return {
    scope: z.object(base).superRefine(checks),
    trend: z.object({ ...base, by: z.enum(TREND_GRAINS, { error: t(lang, 'dash.api.by') }).default('month') }).superRefine(checks),
    ranking: z.object({ channel: channel.optional(), from: day.optional(), to: day.optional() }).superRefine(checks),
    suggestions: z
      .object({
        ...base,
        q: z.string().max(200, { error: t(lang, 'dash.api.search') }).optional(),
        page: page.max(100_000, { error: t(lang, 'dash.api.page') }).default(1),
        pageSize: page.max(100, { error: t(lang, 'dash.api.pageSize') }).optional(),
      })
      .superRefine(checks),
  };
}

const SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;
type Schemas = (typeof SCHEMAS)['id'];
export type ScopeQuery = z.infer<Schemas['scope']>;
export type TrendQuery = z.infer<Schemas['trend']>;
export type SuggestionsQuery = z.infer<Schemas['suggestions']>;

/** Throws a ZodError (→ 400 with `fields`) for a bad query. */
export function parseQuery<K extends keyof Schemas>(kind: K, query: Record<string, string>, lang: Lang): z.infer<Schemas[K]> {
  return SCHEMAS[lang][kind].parse(query) as z.infer<Schemas[K]>;
}

/**
 * The scope of an API request. Sign-in is checked first (an anonymous caller learns nothing, not
 * even whether a unit exists); an unknown unit or service is 404; another unit's results 403.
 */
export async function resolveApiScope(
  c: Context<AppEnv>,
  query: { unit?: string | undefined; service?: string | undefined; channel?: Channel | undefined; from?: Day | undefined; to?: Day | undefined },
  now: Date = new Date(),
): Promise<DashboardScope> {
  requireUser(c);
  const db = c.get('db');
  const lang = c.get('lang');
  const unit = query.unit ? await findUnit(db, query.unit, lang) : null;
  if (unit) requirePermission(c, 'results', 'read', unit);
  const unitIds = unit ? [unit.id] : requireUnitScope(c, 'results', 'read');
  const service = unit && query.service ? await findService(db, unit, query.service, lang) : null;
  const range =
    query.from !== undefined && query.to !== undefined
      ? { from: query.from, to: query.to }
      : unit
        ? await defaultRange(db, unit, now)
        : await defaultAllRange(db, now);
  return { unit, service, channel: query.channel ?? null, from: range.from, to: range.to, unitIds };
}

/** A page's filters as typed in its query string (`?period=` wins over `?from=&to=`). */
export interface PageFilters {
  period: string | null;
  from: string | null;
  to: string | null;
  service: string | null;
  channel: string | null;
}

export function pageFilters(params: URLSearchParams): PageFilters {
  const get = (name: string) => params.get(name)?.trim() || null;
  return { period: get('period'), from: get('from'), to: get('to'), service: get('service'), channel: get('channel') };
}

export interface PageScope {
  scope: DashboardScope;
  /** The period shown, or null for a custom range. */
  period: SurveyPeriod | null;
  /** The request asked for a range (or period, service, channel) that is not valid: defaults shown. */
  invalid: boolean;
}

/**
 * The scope of a dashboard page. Access was decided before the page renders (server/auth/pages.ts);
 * the all-units page reads only the units the account may read.
 */
export async function resolvePageScope(
  db: Database,
  user: AuthUser | null,
  target: { unit: Unit; services: readonly Service[] } | null,
  periods: readonly SurveyPeriod[],
  filters: PageFilters,
  now: Date = new Date(),
): Promise<PageScope> {
  let invalid = false;
  let period: SurveyPeriod | null = null;
  let range: { from: Day; to: Day } | null = null;
  if (filters.period) {
    period = periods.find((p) => String(p.id) === filters.period) ?? null;
    if (period) range = { from: period.startDay, to: period.endDay };
    else invalid = true;
  } else if (filters.from || filters.to) {
    const { from, to } = filters;
    if (from && to && isValidDay(from) && isValidDay(to) && from <= to) range = { from, to };
    else invalid = true;
  }
  if (!range) {
    const fallback = target ? await defaultRange(db, target.unit, now) : await defaultAllRange(db, now);
    period = fallback.period;
    range = { from: fallback.from, to: fallback.to };
  }
  const service = target && filters.service ? (target.services.find((s) => s.slug === filters.service) ?? null) : null;
  if (filters.service && !service) invalid = true;
  const channel = filters.channel && (CHANNELS as readonly string[]).includes(filters.channel) ? (filters.channel as Channel) : null;
  if (filters.channel && !channel) invalid = true;
  const unitIds = target ? [target.unit.id] : unitScope(user, 'results', 'read');
  return { scope: { unit: target?.unit ?? null, service, channel, from: range.from, to: range.to, unitIds }, period, invalid };
}
