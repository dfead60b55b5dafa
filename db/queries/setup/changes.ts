/**
 * Set-up rows (organisations, units, services) are created and changed the same way: one row
 * with its `<entity>.create` / `<entity>.update` audit entry in one transaction, and a partial
 * update writes only the fields that really change, so a no-op writes nothing.
 */
import type { AuditStamp } from '../../repositories';
import { translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';

/** The fields of `changes` whose value differs from `row`; undefined when none does. */
export function changedOnly<R extends object, C extends Partial<R>>(row: R, changes: C): C | undefined {
  const out: Partial<C> = {};
  let any = false;
  for (const key of Object.keys(changes) as (keyof C & keyof R)[]) {
    const value = changes[key];
    if (value === undefined || Object.is(value, row[key])) continue;
    out[key] = value;
    any = true;
  }
  return any ? (out as C) : undefined;
}

/** One set-up table as the audit log sees it. */
export interface AuditedTable<Row> {
  entity: string;
  /** What the audit log keeps of a row. */
  snapshot(row: Row): unknown;
  byId(id: number): Row | undefined;
}

/** Inserts one row (`insert` returns it) with its `<entity>.create` entry. */
export function createAudited<Row extends { id: number }>(ctx: SqliteContext, by: AuditStamp | undefined, table: AuditedTable<Row>, insert: () => Row): Row {
  return translated(() =>
    audited(ctx, by, () => {
      const row = insert();
      return { result: row, audit: { action: `${table.entity}.create`, entity: table.entity, entityId: row.id, before: null, after: table.snapshot(row) } };
    }),
  );
}

/**
 * Writes the fields of `changes` that differ from row `id` (`write` stores them and returns the
 * row) with its `<entity>.update` entry: undefined when there is no such row, the row as it was
 * when nothing differs. `check` may refuse the change by throwing, before anything is written.
 */
export function updateAudited<Row extends object, C extends Partial<Row>>(
  ctx: SqliteContext,
  by: AuditStamp | undefined,
  table: AuditedTable<Row>,
  id: number,
  changes: C,
  write: (set: C) => Row,
  check?: (before: Row, set: C) => void,
): Row | undefined {
  return translated(() =>
    audited(ctx, by, () => {
      const before = table.byId(id);
      if (!before) return { result: undefined, audit: null };
      const set = changedOnly(before, changes);
      if (!set) return { result: before, audit: null };
      check?.(before, set);
      const after = write(set);
      return { result: after, audit: { action: `${table.entity}.update`, entity: table.entity, entityId: id, before: table.snapshot(before), after: table.snapshot(after) } };
    }),
  );
}
