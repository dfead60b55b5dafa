/**
 * `GET /complaint-deadlines?unit=` (anyone who reads the unit's complaints) and
 * `PUT /complaint-deadlines {unit, deadlines:{ringan,sedang,berat}}` (set-up managers, i.e.
 * admins): the working days allowed for the first response per grade. A complaint keeps the
 * deadline of its registration; a change applies to complaints registered afterwards.
 */
import { Hono } from 'hono';
import { t } from '../../survey-kit/i18n/index';
import { auditStamp } from '../auth/audit';
import { requirePermission } from '../auth/guard';
import { INPUT } from '../complaints/input';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { jsonBody } from '../kiosk/http';

export function complaintDeadlineRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const lang = c.get('lang');
      requirePermission(c, 'complaints', 'read');
      const query = INPUT[lang].unitQuery.parse(c.req.query());
      const unit = await c.get('db').units.bySlug(query.unit);
      requirePermission(c, 'complaints', 'read', unit ?? { id: -1, slug: query.unit });
      if (!unit) throw new ApiError(404, 'not_found', t(lang, 'complaints.api.unitNotFound', { unit: query.unit }));
      return c.json({ unit: unit.slug, deadlines: await c.get('db').complaints.deadlines(unit.id) });
    })
    .put('/', async (c) => {
      const lang = c.get('lang');
      requirePermission(c, 'setup', 'manage');
      const body = await jsonBody(c, INPUT[lang].deadlines);
      const db = c.get('db');
      const unit = await db.units.bySlug(body.unit);
      if (!unit) throw new ApiError(404, 'not_found', t(lang, 'complaints.api.unitNotFound', { unit: body.unit }));
      return c.json({ unit: unit.slug, deadlines: await db.complaints.setDeadlines(unit.id, body.deadlines, auditStamp(c)) });
    });
}
