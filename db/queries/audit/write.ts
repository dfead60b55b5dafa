/**
 * Writing audit entries together with the change they describe. Query modules that change
 * something call `audited()` so that the change and its entry commit (or fail) together.
 */
import type { AuditStamp, NewAuditRecord } from '../../repositories';
import { auditLog, type AuditEntry } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';

/** What changed; `before`/`after` are plain JSON without secrets (no password hashes). */
export interface AuditChange {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Inserts one entry on the current connection (inside the caller's transaction, if any). */
export function writeAudit(ctx: SqliteContext, entry: NewAuditRecord): AuditEntry {
  return ctx.orm
    .insert(auditLog)
    .values({
      at: entry.at ?? new Date(),
      userId: entry.userId,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .returning()
    .get();
}

/**
 * Runs `change` in one transaction with the audit entry it returns. Without a stamp (tests, the
 * demo seed) nothing is logged; a change that turns out to change nothing returns `audit: null`.
 * better-sqlite3 nests transactions as savepoints, so `change` may open its own.
 */
export function audited<T>(
  ctx: SqliteContext,
  by: AuditStamp | undefined,
  change: () => { result: T; audit: AuditChange | null },
): T {
  return ctx.sqlite.transaction(() => {
    const { result, audit } = change();
    if (by && audit) {
      writeAudit(ctx, { ...by, ...audit, entityId: audit.entityId === null ? null : String(audit.entityId) });
    }
    return result;
  })();
}
