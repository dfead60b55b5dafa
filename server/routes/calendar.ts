/**
 * The organisation's working-day calendar (POLICY 'setup': read for staff, changes by admins):
 * - GET /calendar?year=&organisation= — effective non-working days with their origin, the
 *   decree and sources of the year;
 * - PUT /calendar/days {date, kind:'added'|'removed', name?, type?, note?, organisation?};
 * - DELETE /calendar/days/:date?kind=&organisation= — undoes one change.
 * Without `organisation`: the only (or first real) organisation.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Organisation } from '../../db/repositories';
import { HOLIDAY_TYPES } from '../../survey-kit/calendar/index';
import { t } from '../../survey-kit/i18n/index';
import { localDay } from '../../survey-kit/index';
import type { Lang } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { requirePermission } from '../auth/guard';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { calendarYear, resolveOrganisation } from '../population/calendar-view';
import { daySchema, jsonBody, slugSchema } from '../population/http';

const NAME_MAX = 120;
const NOTE_MAX = 500;

function schemas(lang: Lang) {
  const kind = z.enum(['added', 'removed'], { error: t(lang, 'population.api.kind') });
  return {
    query: z.object({
      year: z.coerce.number({ error: t(lang, 'population.api.year') }).int({ error: t(lang, 'population.api.year') }).min(2000, { error: t(lang, 'population.api.year') }).max(2100, { error: t(lang, 'population.api.year') }).optional(),
      organisation: slugSchema(lang).optional(),
    }),
    put: z
      .strictObject({
        date: daySchema(lang),
        kind,
        name: z.string({ error: t(lang, 'population.api.holidayName', { max: NAME_MAX }) }).trim().max(NAME_MAX, { error: t(lang, 'population.api.holidayName', { max: NAME_MAX }) }).nullable().optional(),
        type: z.enum(HOLIDAY_TYPES as ['libur_nasional', 'cuti_bersama'], { error: t(lang, 'population.api.holidayType') }).nullable().optional(),
        note: z.string({ error: t(lang, 'population.api.note', { max: NOTE_MAX }) }).trim().max(NOTE_MAX, { error: t(lang, 'population.api.note', { max: NOTE_MAX }) }).nullable().optional(),
        organisation: slugSchema(lang).optional(),
      })
      .superRefine((b, ctx) => {
        if (b.kind !== 'added') return;
        if (!b.name) ctx.addIssue({ code: 'custom', path: ['name'], message: t(lang, 'population.api.holidayName', { max: NAME_MAX }) });
        if (!b.type) ctx.addIssue({ code: 'custom', path: ['type'], message: t(lang, 'population.api.holidayType') });
      }),
    remove: z.object({ date: daySchema(lang), kind, organisation: slugSchema(lang).optional() }),
  };
}
const SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;

async function organisationOr404(c: Context<AppEnv>, slug: string | undefined): Promise<Organisation> {
  const organisation = await resolveOrganisation(c.get('db'), slug);
  if (!organisation) throw new ApiError(404, 'not_found', t(c.get('lang'), 'population.api.organisationNotFound', { organisation: slug ?? '' }));
  return organisation;
}

export function calendarRoutes(options: { now?: () => Date } = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  return new Hono<AppEnv>()
    .get('/calendar', async (c) => {
      requirePermission(c, 'setup', 'read');
      const query = SCHEMAS[c.get('lang')].query.parse(c.req.query());
      const organisation = await organisationOr404(c, query.organisation);
      const year = query.year ?? Number(localDay(now(), 'Asia/Jakarta').slice(0, 4));
      return c.json(await calendarYear(c.get('db'), organisation, year));
    })
    .put('/calendar/days', async (c) => {
      requirePermission(c, 'setup', 'manage');
      const body = await jsonBody(c, SCHEMAS[c.get('lang')].put);
      const organisation = await organisationOr404(c, body.organisation);
      const at = now();
      const row = await c.get('db').calendar.put(
        organisation.id,
        { date: body.date, kind: body.kind, name: body.name ?? null, type: body.type ?? null, note: body.note ?? null },
        at,
        auditStamp(c, at),
      );
      return c.json({ organisation: organisation.slug, date: row.date, kind: row.kind, name: row.name, type: row.type, note: row.note });
    })
    .delete('/calendar/days/:date', async (c) => {
      const lang = c.get('lang');
      requirePermission(c, 'setup', 'manage');
      const q = SCHEMAS[lang].remove.parse({ ...c.req.query(), date: c.req.param('date') });
      const organisation = await organisationOr404(c, q.organisation);
      const done = await c.get('db').calendar.remove(organisation.id, q.date, q.kind, auditStamp(c, now()));
      if (!done) throw new ApiError(404, 'not_found', t(lang, 'population.api.editNotFound', { date: q.date, kind: q.kind }));
      return c.body(null, 204);
    });
}
