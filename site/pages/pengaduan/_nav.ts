/** What the complaints pages share: the units an account may see or manage, and reading query parameters. */
import type { Database, Unit } from '../../../db/repositories';
import { COMPLAINT_STATUSES } from '../../../db/schema/sqlite';
import type { AuthUser } from '../../../server/auth/types';
import { unitScope, type Action } from '../../../server/auth/permissions';
import { isValidDay } from '../../../survey-kit/time/index';

export async function unitsFor(db: Database, user: AuthUser | null, action: Action): Promise<Unit[]> {
  const scope = unitScope(user, 'complaints', action);
  return (await db.units.list()).filter((u) => scope === null || scope.includes(u.id));
}

export function statusParam(value: string | null): (typeof COMPLAINT_STATUSES)[number] | undefined {
  return COMPLAINT_STATUSES.find((s) => s === value);
}

export function dayParam(value: string | null): string | undefined {
  return value && isValidDay(value) ? value : undefined;
}

export function pageParam(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
