/**
 * People served per unit, service and local day, one row per source. Reads take, per
 * (unit, service, day), the first source present of manual > api > transactions: a hand
 * correction or a pushed count replaces the imported transactions of that day instead of adding
 * to them (see db/schema/indicators.ts).
 */
import { DbError, translated } from '../../errors';
import type { ServedDay, ServedRepository, ServedScope, ServedSource, ServedTotals } from '../../repositories';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';
import { isValidDay } from '../../../survey-kit/time/index';

/** The service id stored for counts of the unit as a whole (the primary key cannot hold null). */
export const NO_SERVICE = 0;

/** Lower rank wins. */
export const SOURCE_RANK_SQL = "CASE source WHEN 'manual' THEN 0 WHEN 'api' THEN 1 ELSE 2 END";

interface KeyedEntry {
  unitId: number;
  serviceId: number | null;
  day: string;
}

function checkEntry(e: KeyedEntry & { count?: number }): void {
  if (!isValidDay(e.day)) throw new DbError('invalid_day', `Invalid day "${e.day}"`, { day: e.day });
  if (e.count !== undefined && (!Number.isSafeInteger(e.count) || e.count < 0)) {
    throw new DbError('constraint', `Invalid count ${e.count}`, { count: e.count });
  }
}

/**
 * The scope's WHERE clause (and its parameters) over a table with unit_id and service_id:
 * served_counts, or service_transactions by one of its day columns (null: any day).
 */
export function scopeWhere(scope: Pick<ServedScope, 'unitIds' | 'serviceId' | 'from' | 'to'>, dayColumn: string | null = 'day'): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (dayColumn) {
    parts.push(`${dayColumn} >= ?`, `${dayColumn} <= ?`);
    params.push(scope.from, scope.to);
  }
  if (scope.unitIds !== null) {
    parts.push(scope.unitIds.length === 0 ? '0' : `unit_id IN (${scope.unitIds.map(() => '?').join(',')})`);
    params.push(...scope.unitIds);
  }
  if (scope.serviceId !== undefined) {
    parts.push('service_id = ?');
    params.push(scope.serviceId);
  }
  return { sql: parts.length === 0 ? '1' : parts.join(' AND '), params };
}

export function servedQueries(ctx: SqliteContext): ServedRepository {
  const upsert = ctx.statement(
    `INSERT INTO served_counts (unit_id, service_id, day, source, count, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (unit_id, day, service_id, source) DO UPDATE SET count = excluded.count, updated_at = excluded.updated_at`,
  );
  const current = ctx.statement('SELECT count FROM served_counts WHERE unit_id = ? AND service_id = ? AND day = ? AND source = ?');
  const remove = ctx.statement("DELETE FROM served_counts WHERE unit_id = ? AND service_id = ? AND day = ? AND source = 'manual'");

  const keyOf = (e: KeyedEntry) => ({ unitId: e.unitId, serviceId: e.serviceId, day: e.day });

  return {
    async setCounts(entries, source, by) {
      const at = by?.at ?? new Date();
      return translated(() =>
        audited(ctx, by, () => {
          const before: { unitId: number; serviceId: number | null; day: string; count: number | null }[] = [];
          for (const e of entries) {
            checkEntry(e);
            const sid = e.serviceId ?? NO_SERVICE;
            const old = current.get(e.unitId, sid, e.day, source) as { count: number } | undefined;
            before.push({ ...keyOf(e), count: old?.count ?? null });
            upsert.run(e.unitId, sid, e.day, source, e.count, at.getTime());
          }
          return {
            result: { written: entries.length },
            audit:
              entries.length === 0
                ? null
                : {
                    action: `served.${source}`,
                    entity: 'served',
                    entityId: entries[0]!.unitId,
                    before,
                    after: entries.map((e) => ({ ...keyOf(e), count: e.count })),
                  },
          };
        }),
      );
    },
    async clearManual(entries, by) {
      return translated(() =>
        audited(ctx, by, () => {
          let removed = 0;
          const before: { unitId: number; serviceId: number | null; day: string; count: number }[] = [];
          for (const e of entries) {
            checkEntry(e);
            const sid = e.serviceId ?? NO_SERVICE;
            const old = current.get(e.unitId, sid, e.day, 'manual') as { count: number } | undefined;
            if (!old) continue;
            before.push({ ...keyOf(e), count: old.count });
            removed += remove.run(e.unitId, sid, e.day).changes;
          }
          return {
            result: { removed },
            audit: removed === 0 ? null : { action: 'served.clear', entity: 'served', entityId: entries[0]!.unitId, before, after: null },
          };
        }),
      );
    },
    async totals(scope) {
      const where = scopeWhere(scope);
      const rows = ctx.sqlite
        .prepare(
          `WITH chosen AS (
             SELECT day, source, count, ROW_NUMBER() OVER (PARTITION BY unit_id, service_id, day ORDER BY ${SOURCE_RANK_SQL}) AS rank
             FROM served_counts WHERE ${where.sql}
           )
           SELECT source, SUM(count) AS n, (SELECT COUNT(DISTINCT day) FROM chosen) AS days FROM chosen WHERE rank = 1 GROUP BY source`,
        )
        .all(...where.params) as { source: ServedSource; n: number; days: number }[];
      const bySource: Record<ServedSource, number> = { manual: 0, api: 0, transactions: 0 };
      let served = 0;
      for (const r of rows) {
        bySource[r.source] = r.n;
        served += r.n;
      }
      const totals: ServedTotals = { served, bySource, daysWithData: rows[0]?.days ?? 0 };
      return totals;
    },
    async days(unitId, from, to) {
      const rows = ctx
        .statement(
          `SELECT day, service_id AS serviceId, source, count FROM served_counts
           WHERE unit_id = ? AND day >= ? AND day <= ? ORDER BY day, service_id, ${SOURCE_RANK_SQL}`,
        )
        .all(unitId, from, to) as { day: string; serviceId: number; source: ServedSource; count: number }[];
      return rows.map((r): ServedDay => ({ day: r.day, serviceId: r.serviceId === NO_SERVICE ? null : r.serviceId, source: r.source, count: r.count }));
    },
  };
}
