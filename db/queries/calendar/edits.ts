/** An organisation's edits of the shipped holiday calendar (survey-kit/calendar CalendarEdits). */
import { and, asc, eq } from 'drizzle-orm';
import { DbError, translated } from '../../errors';
import type { CalendarRepository } from '../../repositories';
import { calendarEdits, type CalendarEditRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';
import { isValidDay } from '../../../survey-kit/time/index';
import type { Holiday } from '../../../survey-kit/calendar/index';

const ENTITY = 'calendar';

const snapshot = (r: CalendarEditRow) => ({ date: r.date, kind: r.kind, name: r.name, type: r.type, note: r.note });

export function calendarQueries(ctx: SqliteContext): CalendarRepository {
  const list = (organisationId: number) =>
    ctx.orm.select().from(calendarEdits).where(eq(calendarEdits.organisationId, organisationId)).orderBy(asc(calendarEdits.date), asc(calendarEdits.kind)).all();
  const one = (organisationId: number, date: string, kind: 'added' | 'removed') =>
    ctx.orm
      .select()
      .from(calendarEdits)
      .where(and(eq(calendarEdits.organisationId, organisationId), eq(calendarEdits.date, date), eq(calendarEdits.kind, kind)))
      .get();

  return {
    async edits(organisationId) {
      const rows = list(organisationId);
      const added: Holiday[] = [];
      const removed: string[] = [];
      for (const r of rows) {
        if (r.kind === 'removed') removed.push(r.date);
        // put() refuses an added day without name and type, so both are present here.
        else if (r.name !== null && r.type !== null) added.push({ date: r.date, name: r.name, type: r.type });
      }
      return { added, removed };
    },
    async list(organisationId) {
      return list(organisationId);
    },
    async put(organisationId, edit, at, by) {
      if (!isValidDay(edit.date)) throw new DbError('invalid_day', `Invalid day "${edit.date}"`, { day: edit.date });
      const name = edit.name?.trim() || null;
      const type = edit.type ?? null;
      if (edit.kind === 'added' && (name === null || type === null)) {
        throw new DbError('constraint', 'An added day off needs a name and a type', { field: name === null ? 'name' : 'type' });
      }
      const values = {
        organisationId,
        date: edit.date,
        kind: edit.kind,
        name: edit.kind === 'added' ? name : null,
        type: edit.kind === 'added' ? type : null,
        note: edit.note?.trim() || null,
        createdAt: at,
      };
      return translated(() =>
        audited(ctx, by, () => {
          const before = one(organisationId, edit.date, edit.kind);
          const row = ctx.orm
            .insert(calendarEdits)
            .values(values)
            .onConflictDoUpdate({
              target: [calendarEdits.organisationId, calendarEdits.date, calendarEdits.kind],
              set: { name: values.name, type: values.type, note: values.note, createdAt: at },
            })
            .returning()
            .get();
          return {
            result: row,
            audit: { action: 'calendar.put', entity: ENTITY, entityId: `${organisationId}:${edit.date}:${edit.kind}`, before: before ? snapshot(before) : null, after: snapshot(row) },
          };
        }),
      );
    },
    async remove(organisationId, date, kind, by) {
      return audited(ctx, by, () => {
        const before = one(organisationId, date, kind);
        if (!before) return { result: false, audit: null };
        ctx.orm
          .delete(calendarEdits)
          .where(and(eq(calendarEdits.organisationId, organisationId), eq(calendarEdits.date, date), eq(calendarEdits.kind, kind)))
          .run();
        return { result: true, audit: { action: 'calendar.remove', entity: ENTITY, entityId: `${organisationId}:${date}:${kind}`, before: snapshot(before), after: null } };
      });
    },
  };
}
