/** Pieces the population, integration and calendar routes share: units, services, ranges, JSON bodies. */
import type { Context } from 'hono';
import { z } from 'zod';
import type { Database, Service, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { daysBetween, isValidDay, localDay, monthEnd, monthStart } from '../../survey-kit/index';
import type { Day, Lang } from '../../survey-kit/types';
import type { AppEnv } from '../env';
import { requirePermission } from '../auth/guard';
import type { Action, Resource } from '../auth/permissions';
import { ApiError } from '../errors/api-error';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Longest range a read of daily counts covers. */
export const MAX_RANGE_DAYS = 366;

export function slugSchema(lang: Lang) {
  return z.string({ error: t(lang, 'api.slugRequired') }).regex(SLUG, { error: t(lang, 'api.slugRequired') });
}

export function daySchema(lang: Lang) {
  return z.string({ error: t(lang, 'api.invalidDay') }).refine(isValidDay, { error: t(lang, 'api.invalidDay') });
}

/** `from`/`to` query parameters: both or neither (neither = the unit's current month). */
export function rangeSchema(lang: Lang) {
  const day = daySchema(lang);
  return z
    .object({ unit: slugSchema(lang), service: slugSchema(lang).optional(), from: day.optional(), to: day.optional() })
    .superRefine((q, ctx) => {
      if ((q.from === undefined) !== (q.to === undefined)) {
        ctx.addIssue({ code: 'custom', path: [q.from === undefined ? 'from' : 'to'], message: t(lang, 'api.rangeIncomplete') });
      } else if (q.from !== undefined && q.to !== undefined) {
        if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: t(lang, 'api.rangeReversed') });
        else if (daysBetween(q.from, q.to) >= MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: t(lang, 'population.api.range', { max: MAX_RANGE_DAYS }) });
      }
    });
}

/** The given range, else the month of the unit's today. */
export function rangeOrMonth(unit: Unit, q: { from?: Day | undefined; to?: Day | undefined }, now: Date = new Date()): { from: Day; to: Day } {
  if (q.from !== undefined && q.to !== undefined) return { from: q.from, to: q.to };
  const today = localDay(now, unit.timeZone);
  return { from: monthStart(today), to: monthEnd(today) };
}

export async function unitOr404(db: Database, slug: string, lang: Lang): Promise<Unit> {
  const unit = await db.units.bySlug(slug);
  if (!unit) throw new ApiError(404, 'not_found', t(lang, 'population.api.unitNotFound', { unit: slug }));
  return unit;
}

/**
 * The unit named by `slug` if the caller may `action` its `resource`: 403 before 404, so that an
 * operator learns nothing about units that are not theirs, not even whether they exist.
 */
export async function permittedUnit(c: Context<AppEnv>, resource: Resource, action: Action, slug: string): Promise<Unit> {
  const unit = await c.get('db').units.bySlug(slug);
  requirePermission(c, resource, action, unit ?? { id: -1, slug });
  if (!unit) throw new ApiError(404, 'not_found', t(c.get('lang'), 'population.api.unitNotFound', { unit: slug }));
  return unit;
}

export async function serviceOr404(db: Database, unit: Unit, slug: string, lang: Lang): Promise<Service> {
  const service = await db.services.bySlug(unit.id, slug);
  if (!service) throw new ApiError(404, 'not_found', t(lang, 'population.api.serviceNotFound', { unit: unit.slug, service: slug }));
  return service;
}

/** The JSON body checked by `schema`; 400 when it is not JSON or does not fit. */
export async function jsonBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'validation_failed', t(c.get('lang'), 'population.api.notJson'));
  }
  return schema.parse(raw);
}
