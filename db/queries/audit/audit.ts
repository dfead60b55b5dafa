/** The audit log: who changed what, when, with the record before and after. */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { AUDIT_MAX_PAGE_SIZE, AUDIT_PAGE_SIZE, type AuditRepository } from '../../repositories';
import { auditLog } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { writeAudit } from './write';

export function auditQueries(ctx: SqliteContext): AuditRepository {
  return {
    async record(entry) {
      return writeAudit(ctx, entry);
    },
    async list(query = {}) {
      const page = Math.max(1, Math.floor(query.page ?? 1));
      const pageSize = Math.min(AUDIT_MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? AUDIT_PAGE_SIZE)));
      const conditions: SQL[] = [];
      if (query.entity !== undefined) conditions.push(eq(auditLog.entity, query.entity));
      if (query.entityId !== undefined) conditions.push(eq(auditLog.entityId, query.entityId));
      if (query.action !== undefined) conditions.push(eq(auditLog.action, query.action));
      if (query.userId !== undefined) conditions.push(eq(auditLog.userId, query.userId));
      const where = conditions.length > 0 ? and(...conditions) : undefined;
      const total = ctx.orm.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
      const entries = ctx.orm
        .select()
        .from(auditLog)
        .where(where)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .all();
      return { entries, total, page, pageSize };
    },
  };
}
