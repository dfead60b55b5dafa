import { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import { isValidDay } from '../../survey-kit/index';
import type { Lang } from '../../survey-kit/types';
import { requirePermission, requireUnitScope } from '../auth/guard';
import type { AppEnv } from '../env';
import { explain } from '../indicators/explain';
import { loadIndicators } from '../indicators/load';
import { defaultRange, findUnit } from '../queries/ikm';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function querySchema(lang: Lang) {
  const slug = z.string({ error: t(lang, 'api.slugRequired') }).regex(SLUG, { error: t(lang, 'api.slugRequired') });
  const day = z.string().refine(isValidDay, { error: t(lang, 'api.invalidDay') });
  return z
    .object({ unit: slug.optional(), from: day.optional(), to: day.optional() })
    .superRefine((q, ctx) => {
      if ((q.from === undefined) !== (q.to === undefined) || (q.unit === undefined && q.from === undefined)) {
        ctx.addIssue({ code: 'custom', path: [q.from === undefined ? 'from' : 'to'], message: t(lang, 'api.rangeIncomplete') });
      } else if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: t(lang, 'api.rangeReversed') });
      }
    });
}

const SCHEMAS = { id: querySchema('id'), en: querySchema('en') } as const;

/**
 * `GET /indicators?unit=&from=&to=`: every indicator of the unit over whole local days, with
 * numerators and denominators (and `reasonText` where a figure is not defined). Without from/to:
 * the period in force, like /ikm. Without `unit` (from/to required): one report per unit the
 * account may read, each in its own zone and calendar.
 */
export const indicators = new Hono<AppEnv>().get('/', async (c) => {
  requirePermission(c, 'results', 'read');
  const lang = c.get('lang');
  const query = SCHEMAS[lang].parse(c.req.query());
  const db = c.get('db');
  if (query.unit === undefined) {
    const scope = requireUnitScope(c, 'results', 'read');
    const from = query.from as string;
    const to = query.to as string;
    const units = (await db.units.list()).filter((u) => scope === null || scope.includes(u.id));
    const reports = [];
    for (const unit of units) reports.push(await loadIndicators(db, { unit, from, to }));
    return c.json({ scope: { from, to }, units: explain(reports, lang) });
  }
  const unit = await findUnit(db, query.unit, lang);
  requirePermission(c, 'results', 'read', unit);
  const range = query.from && query.to ? { from: query.from, to: query.to } : await defaultRange(db, unit);
  const report = await loadIndicators(db, { unit, from: range.from, to: range.to });
  return c.json(explain(report, lang));
});
