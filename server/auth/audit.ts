/**
 * Recording who changed what, for every route that changes something on behalf of a signed-in
 * person. Prefer passing `auditStamp(c)` to a repository method that takes one (the change and
 * its entry then commit together); `recordChange` is for changes whose repository takes none.
 */
import type { Context } from 'hono';
import type { AuditStamp } from '../../db/repositories';
import type { AppEnv } from '../env';
import { requireUser } from './guard';

/** `skm` runs as the machine's administrator: its changes are logged under this name. */
export const CLI_STAMP: AuditStamp = { userId: null, actor: 'cli' };

/** The signed-in person as the author of a change (401 when nobody is signed in). */
export function auditStamp(c: Context<AppEnv>, at: Date = new Date()): AuditStamp {
  const user = requireUser(c);
  return { userId: user.id, actor: user.username, at };
}

export interface Change {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

export async function recordChange(c: Context<AppEnv>, change: Change, at: Date = new Date()): Promise<void> {
  await c.get('db').audit.record({
    ...auditStamp(c, at),
    action: change.action,
    entity: change.entity,
    entityId: change.entityId === undefined || change.entityId === null ? null : String(change.entityId),
    before: change.before ?? null,
    after: change.after ?? null,
  });
}
