import { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import { isValidDay } from '../../survey-kit/index';
import type { Lang } from '../../survey-kit/types';
import { requirePermission } from '../auth/guard';
import type { AppEnv } from '../env';
import { unitIkm } from '../queries/ikm';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function querySchema(lang: Lang) {
  const slug = z.string({ error: t(lang, 'api.slugRequired') }).regex(SLUG, { error: t(lang, 'api.slugRequired') });
  const day = z.string().refine(isValidDay, { error: t(lang, 'api.invalidDay') });
  return z
    .object({ unit: slug, service: slug.optional(), from: day.optional(), to: day.optional() })
    .superRefine((q, ctx) => {
      if ((q.from === undefined) !== (q.to === undefined)) {
        ctx.addIssue({ code: 'custom', path: [q.from === undefined ? 'from' : 'to'], message: t(lang, 'api.rangeIncomplete') });
      } else if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: t(lang, 'api.rangeReversed') });
      }
    });
}

const SCHEMAS = { id: querySchema('id'), en: querySchema('en') } as const;

/**
 * `GET /ikm?unit=&service=&from=&to=`: days in the unit's time zone, both ends included.
 * Without from/to: the period in force (or the last one ended). Signed-in only; an operator
 * gets 403 for a unit that is not theirs.
 */
export const ikm = new Hono<AppEnv>().get('/', async (c) => {
  requirePermission(c, 'results', 'read');
  const lang = c.get('lang');
  const query = SCHEMAS[lang].parse(c.req.query());
  const unit = await c.get('db').units.bySlug(query.unit);
  if (unit) requirePermission(c, 'results', 'read', unit);
  const report = await unitIkm(c.get('db'), query, lang);
  return c.json({ scope: report.scope, ...report.result });
});
