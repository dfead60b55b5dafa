/**
 * Service transactions (one permit application each). Every new transaction adds one to the
 * 'transactions' people-served count of its received day in the same DB transaction, so the
 * people-served figure never needs a rescan of the transactions table.
 */
import { BatchError, DbError, fromSqliteError, translated } from '../../errors';
import type { TransactionImportResult, TransactionRepository } from '../../repositories';
import type { ServiceTransaction } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';
import { scopeWhere } from './served';
import { isValidDay } from '../../../survey-kit/time/index';

interface Row {
  id: number;
  unitId: number;
  serviceId: number;
  reference: string | null;
  receivedDay: string;
  completedDay: string | null;
  source: 'import' | 'api';
  batch: string | null;
  createdAt: number;
}

const COLUMNS =
  'id, unit_id AS unitId, service_id AS serviceId, reference, received_day AS receivedDay, completed_day AS completedDay, source, batch, created_at AS createdAt';

const toTransaction = (r: Row): ServiceTransaction => ({ ...r, createdAt: new Date(r.createdAt) });

export function transactionQueries(ctx: SqliteContext): TransactionRepository {
  const byReference = ctx.statement(`SELECT ${COLUMNS} FROM service_transactions WHERE unit_id = ? AND reference = ?`);
  const insert = ctx.statement(
    `INSERT INTO service_transactions (unit_id, service_id, reference, received_day, completed_day, source, batch, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const complete = ctx.statement('UPDATE service_transactions SET completed_day = ? WHERE id = ?');
  const countServed = ctx.statement(
    `INSERT INTO served_counts (unit_id, service_id, day, source, count, updated_at) VALUES (?, ?, ?, 'transactions', 1, ?)
     ON CONFLICT (unit_id, day, service_id, source) DO UPDATE SET count = count + 1, updated_at = excluded.updated_at`,
  );

  return {
    async importMany(rows, meta, by) {
      const at = by?.at ?? new Date();
      return translated(() =>
        audited(ctx, by, () => {
          const result: TransactionImportResult = { inserted: 0, updated: 0, unchanged: 0 };
          const units = new Set<number>();
          rows.forEach((row, index) => {
            const fail = (error: DbError): never => {
              throw new BatchError(index, error);
            };
            if (!isValidDay(row.receivedDay)) fail(new DbError('invalid_day', `Invalid received day "${row.receivedDay}"`, { day: row.receivedDay }));
            if (row.completedDay !== null && !isValidDay(row.completedDay)) {
              fail(new DbError('invalid_day', `Invalid completed day "${row.completedDay}"`, { day: row.completedDay }));
            }
            if (row.completedDay !== null && row.completedDay < row.receivedDay) {
              fail(new DbError('constraint', `Completed ${row.completedDay} before received ${row.receivedDay}`, { field: 'completedDay' }));
            }
            let serviceUnit: number | undefined;
            try {
              serviceUnit = ctx.lookups.serviceUnit(row.serviceId);
            } catch (err) {
              if (err instanceof DbError) fail(err);
              throw err;
            }
            if (serviceUnit !== row.unitId) {
              fail(new DbError('service_of_other_unit', `Service ${row.serviceId} is not a service of unit ${row.unitId}`, { serviceId: row.serviceId, unitId: row.unitId }));
            }
            units.add(row.unitId);
            const reference = row.reference === null || row.reference.trim() === '' ? null : row.reference.trim();
            const stored = reference === null ? undefined : (byReference.get(row.unitId, reference) as Row | undefined);
            if (stored) {
              if (stored.serviceId !== row.serviceId || stored.receivedDay !== row.receivedDay) {
                fail(
                  new DbError('duplicate', `Reference "${reference}" is already stored with another service or received day`, {
                    reference: reference ?? '',
                    receivedDay: stored.receivedDay,
                  }),
                );
              }
              // An empty completed day in a later export does not reopen a finished transaction.
              if (row.completedDay !== null && row.completedDay !== stored.completedDay) {
                complete.run(row.completedDay, stored.id);
                result.updated++;
              } else result.unchanged++;
              return;
            }
            try {
              insert.run(row.unitId, row.serviceId, reference, row.receivedDay, row.completedDay, meta.source, meta.batch, at.getTime());
              countServed.run(row.unitId, row.serviceId, row.receivedDay, at.getTime());
            } catch (err) {
              const known = fromSqliteError(err);
              if (known instanceof DbError) fail(known);
              throw err;
            }
            result.inserted++;
          });
          return {
            result,
            audit:
              rows.length === 0
                ? null
                : { action: `transactions.${meta.source}`, entity: 'transactions', entityId: meta.batch, before: null, after: { ...result, units: [...units] } },
          };
        }),
      );
    },
    async forOnTime(scope) {
      const where = scopeWhere(scope, null);
      return ctx.sqlite
        .prepare(
          `SELECT unit_id AS unitId, service_id AS serviceId, received_day AS receivedDay, completed_day AS completedDay
           FROM service_transactions
           WHERE ${where.sql} AND ((completed_day >= ? AND completed_day <= ?) OR (received_day <= ? AND (completed_day IS NULL OR completed_day > ?)))
           ORDER BY received_day, id`,
        )
        .all(...where.params, scope.from, scope.to, scope.to, scope.to) as Pick<ServiceTransaction, 'unitId' | 'serviceId' | 'receivedDay' | 'completedDay'>[];
    },
    async list(scope, page) {
      const where = scopeWhere(scope, 'received_day');
      const total = (ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM service_transactions WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
      const pageSize = Math.max(1, Math.floor(page.pageSize));
      const offset = (Math.max(1, Math.floor(page.page)) - 1) * pageSize;
      const rows = ctx.sqlite
        .prepare(`SELECT ${COLUMNS} FROM service_transactions WHERE ${where.sql} ORDER BY received_day DESC, id DESC LIMIT ? OFFSET ?`)
        .all(...where.params, pageSize, offset) as Row[];
      return { rows: rows.map(toTransaction), total };
    },
  };
}
