/**
 * Follow-up plan items (rencana tindak lanjut). Each change is stored with its audit entry in one
 * transaction; the workflow rules (evidence and completion day when done) are the server's.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { isValidDay } from '../../../survey-kit/index';
import { DbError, translated } from '../../errors';
import type { FollowUpChange, FollowUpRepository } from '../../repositories';
import { followUpItems, type FollowUpItemRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';

const ENTITY = 'follow_up_item';

/** What the audit log keeps of an item (everything but the bookkeeping times). */
function snapshot(row: FollowUpItemRow) {
  const { createdAt: _created, updatedAt: _updated, ...rest } = row;
  return rest;
}

function checkDay(day: string | null | undefined, field: string): void {
  if (day !== null && day !== undefined && !isValidDay(day)) {
    throw new DbError('invalid_day', `${field}: "${day}" is not a day (YYYY-MM-DD)`, { field, day });
  }
}

export function followUpQueries(ctx: SqliteContext): FollowUpRepository {
  const byId = (id: number) => ctx.orm.select().from(followUpItems).where(eq(followUpItems.id, id)).get();

  return {
    async create(input, at, by) {
      checkDay(input.dueDay, 'dueDay');
      return translated(() =>
        audited(ctx, by, () => {
          const row = ctx.orm
            .insert(followUpItems)
            .values({
              unitId: input.unitId,
              periodId: input.periodId,
              elementCode: input.elementCode,
              action: input.action,
              owner: input.owner,
              dueDay: input.dueDay,
              status: 'planned',
              createdAt: at,
              updatedAt: at,
            })
            .returning()
            .get();
          return { result: row, audit: { action: 'follow_up.create', entity: ENTITY, entityId: row.id, before: null, after: snapshot(row) } };
        }),
      );
    },

    async byId(id) {
      return byId(id);
    },

    async update(id, change, at, by) {
      checkDay(change.dueDay, 'dueDay');
      checkDay(change.completedOn, 'completedOn');
      return translated(() =>
        audited(ctx, by, () => {
          const before = byId(id);
          if (!before) return { result: undefined, audit: null };
          const set: Partial<FollowUpItemRow> = {};
          for (const key of Object.keys(change) as (keyof FollowUpChange)[]) {
            if (change[key] !== undefined) Object.assign(set, { [key]: change[key] });
          }
          const after = ctx.orm
            .update(followUpItems)
            .set({ ...set, updatedAt: at })
            .where(eq(followUpItems.id, id))
            .returning()
            .get();
          const changed = JSON.stringify(snapshot(before)) !== JSON.stringify(snapshot(after));
          return {
            result: after,
            audit: changed ? { action: 'follow_up.update', entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } : null,
          };
        }),
      );
    },

    async list(unitIds, periodId) {
      if (unitIds !== null && unitIds.length === 0) return [];
      const where: SQL[] = [];
      if (unitIds !== null) where.push(inArray(followUpItems.unitId, [...unitIds]));
      if (periodId !== undefined) where.push(eq(followUpItems.periodId, periodId));
      return ctx.orm
        .select()
        .from(followUpItems)
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(asc(followUpItems.dueDay), asc(followUpItems.id))
        .all();
    },
  };
}
