/**
 * `GET /api/v1/audit?page=&pageSize=&entity=&entityId=&action=&user=` — the audit log, newest
 * first, for administrators. `user` is a username; each entry also carries `changes`, the keys
 * whose values differ between before and after (see audit-diff.ts).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { AUDIT_MAX_PAGE_SIZE, AUDIT_PAGE_SIZE, type AuditPage, type Database } from '../../db/repositories';
import { permit } from '../auth/guard';
import { normaliseUsername } from '../auth/service';
import type { AppEnv } from '../env';
import { auditChanges } from './audit-diff';

function querySchema(lang: Lang) {
  const positive = (max: number) => z.coerce.number({ error: t(lang, 'api.validationFailed') }).int().min(1).max(max);
  const text = z.string().max(100).optional();
  return z.object({ page: positive(1_000_000).optional(), pageSize: positive(AUDIT_MAX_PAGE_SIZE).optional(), entity: text, entityId: text, action: text, user: text });
}
const SCHEMAS = { id: querySchema('id'), en: querySchema('en') } as const;

export type AuditFilter = z.output<ReturnType<typeof querySchema>>;

/**
 * One page of the log. Empty filter values count as absent (a form's blank field); a username
 * with no account gives an empty page and `unknownUser`.
 */
export async function loadAudit(db: Database, filter: AuditFilter): Promise<AuditPage & { unknownUser: boolean }> {
  const given = (s: string | undefined) => (s !== undefined && s.trim() !== '' ? s.trim() : undefined);
  const page = filter.page ?? 1;
  const pageSize = filter.pageSize ?? AUDIT_PAGE_SIZE;
  const username = given(filter.user);
  let userId: number | undefined;
  if (username !== undefined) {
    const user = await db.users.byUsername(normaliseUsername(username));
    if (!user) return { entries: [], total: 0, page, pageSize, unknownUser: true };
    userId = user.id;
  }
  const entity = given(filter.entity);
  const entityId = given(filter.entityId);
  const action = given(filter.action);
  const result = await db.audit.list({
    page,
    pageSize,
    ...(entity !== undefined ? { entity } : {}),
    ...(entityId !== undefined ? { entityId } : {}),
    ...(action !== undefined ? { action } : {}),
    ...(userId !== undefined ? { userId } : {}),
  });
  return { ...result, unknownUser: false };
}

/** The query of the API and of the page, parsed the same way. */
export function parseAuditFilter(lang: Lang, query: Record<string, string>): AuditFilter {
  return SCHEMAS[lang].parse(query);
}

export const auditRoutes = new Hono<AppEnv>().get('/', permit('audit', 'read'), async (c) => {
  const page = await loadAudit(c.get('db'), parseAuditFilter(c.get('lang'), c.req.query()));
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
      changes: auditChanges(e.before, e.after),
    })),
    page: page.page,
    pageSize: page.pageSize,
    total: page.total,
  });
});
