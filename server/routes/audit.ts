/** `GET /api/v1/audit?page=&pageSize=&entity=&entityId=&action=` — the audit log, newest first, for administrators. */
import { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { AUDIT_MAX_PAGE_SIZE } from '../../db/repositories';
import { permit } from '../auth/guard';
import type { AppEnv } from '../env';

function querySchema(lang: Lang) {
  const positive = (max: number) => z.coerce.number({ error: t(lang, 'api.validationFailed') }).int().min(1).max(max);
  return z.object({
    page: positive(1_000_000).optional(),
    pageSize: positive(AUDIT_MAX_PAGE_SIZE).optional(),
    entity: z.string().max(100).optional(),
    entityId: z.string().max(100).optional(),
    action: z.string().max(100).optional(),
  });
}
const SCHEMAS = { id: querySchema('id'), en: querySchema('en') } as const;

export const auditRoutes = new Hono<AppEnv>().get('/', permit('audit', 'read'), async (c) => {
  const q = SCHEMAS[c.get('lang')].parse(c.req.query());
  const page = await c.get('db').audit.list({
    ...(q.page !== undefined ? { page: q.page } : {}),
    ...(q.pageSize !== undefined ? { pageSize: q.pageSize } : {}),
    ...(q.entity !== undefined ? { entity: q.entity } : {}),
    ...(q.entityId !== undefined ? { entityId: q.entityId } : {}),
    ...(q.action !== undefined ? { action: q.action } : {}),
  });
  return c.json({
    entries: page.entries.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
    })),
    page: page.page,
    pageSize: page.pageSize,
    total: page.total,
  });
});
