/**
 * People served and response coverage of a unit:
 * - GET /served?unit&from&to — daily counts by source (and the one that counts) with totals;
 * - PUT /served {unit, entries:[{service?, day, count|null}]} — manual counts, all or nothing
 *   (null removes the manual figure of that day and service);
 * - GET /coverage?unit&service&from&to — respondents ÷ people served against the unit's target
 *   and the Krejcie–Morgan minimum sample, each with numerator and denominator.
 * Without from/to: the unit's current month. Rights: POLICY 'population'.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Lang } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { requirePermission } from '../auth/guard';
import type { AppEnv } from '../env';
import { coverageReport } from '../population/coverage';
import { jsonBody, rangeOrMonth, permittedUnit, rangeSchema, serviceOr404, slugSchema } from '../population/http';
import { entriesSchema, groupServedDays, resolveEntries } from '../population/served';

function putSchema(lang: Lang) {
  return z.strictObject({ unit: slugSchema(lang), entries: entriesSchema(lang, { nullableCount: true }) });
}
const RANGE = { id: rangeSchema('id'), en: rangeSchema('en') } as const;
const PUT = { id: putSchema('id'), en: putSchema('en') } as const;

/** What the reads share: the unit the account may read, the service when one is named, and the days asked for. */
async function readScope(c: Context<AppEnv>, now: () => Date) {
  const lang = c.get('lang');
  requirePermission(c, 'population', 'read');
  const query = RANGE[lang].parse(c.req.query());
  const db = c.get('db');
  const unit = await permittedUnit(c, 'population', 'read', query.unit);
  const service = query.service === undefined ? null : await serviceOr404(db, unit, query.service, lang);
  return { db, unit, service, ...rangeOrMonth(unit, query, now()) };
}

export function populationRoutes(options: { now?: () => Date } = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  return new Hono<AppEnv>()
    .get('/served', async (c) => {
      const { db, unit, service, from, to } = await readScope(c, now);
      const slugs = new Map((await db.services.listByUnit(unit.id)).map((s): [number, string] => [s.id, s.slug]));
      const days = groupServedDays(await db.served.days(unit.id, from, to), slugs).filter((d) => service === null || d.service === service.slug);
      const totals = await db.served.totals({ unitIds: [unit.id], ...(service ? { serviceId: service.id } : {}), from, to });
      return c.json({ unit: unit.slug, service: service?.slug ?? null, from, to, days, totals });
    })
    .put('/served', async (c) => {
      const lang = c.get('lang');
      requirePermission(c, 'population', 'manage');
      const body = await jsonBody(c, PUT[lang]);
      const db = c.get('db');
      const unit = await permittedUnit(c, 'population', 'manage', body.unit);
      const { set, clear } = await resolveEntries(db, unit, body.entries, lang);
      const stamp = auditStamp(c, now());
      const { written } = set.length > 0 ? await db.served.setCounts(set, 'manual', stamp) : { written: 0 };
      const { removed } = clear.length > 0 ? await db.served.clearManual(clear, stamp) : { removed: 0 };
      return c.json({ unit: unit.slug, written, removed });
    })
    .get('/coverage', async (c) => {
      const { db, unit, service, from, to } = await readScope(c, now);
      return c.json(await coverageReport(db, unit, service, from, to));
    });
}

