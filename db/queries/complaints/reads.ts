/** Reads of the complaints register: lists, the indicators' clocks and the deadline settings. */
import { and, asc, count, desc, eq, gte, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ComplaintFilter, ComplaintGrade, ComplaintRepository } from '../../repositories';
import { COMPLAINT_GRADES, complaintDeadlines, complaintEvents, complaints } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';

import { COMPLAINT_MAX_PAGE_SIZE, COMPLAINT_PAGE_SIZE } from '../../contracts/complaints';

/** LIKE with the user's text taken literally (% and _ are data, not wildcards). */
function contains(column: typeof complaints.description | typeof complaints.externalRef, text: string): SQL {
  const escaped = text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return sql`lower(${column}) like ${`%${escaped}%`} escape '\\'`;
}

function scope(unitIds: readonly number[] | null, from: Date, to: Date): SQL | undefined {
  return and(unitIds === null ? undefined : inArray(complaints.unitId, [...unitIds]), gte(complaints.receivedAt, from), lt(complaints.receivedAt, to));
}

/** Working days per grade of a unit; a grade without a row has 1 (skm-method §5). */
export function deadlinesOf(ctx: SqliteContext, unitId: number): Record<ComplaintGrade, number> {
  const out = Object.fromEntries(COMPLAINT_GRADES.map((g) => [g, 1])) as Record<ComplaintGrade, number>;
  for (const row of ctx.orm.select().from(complaintDeadlines).where(eq(complaintDeadlines.unitId, unitId)).all()) out[row.grade] = row.workingDays;
  return out;
}

type Reads = Pick<ComplaintRepository, 'byId' | 'events' | 'list' | 'clocks' | 'count' | 'deadlines'>;

export function complaintReads(ctx: SqliteContext): Reads {
  return {
    async byId(id) {
      return ctx.orm.select().from(complaints).where(eq(complaints.id, id)).get();
    },
    async events(id) {
      return ctx.orm.select().from(complaintEvents).where(eq(complaintEvents.complaintId, id)).orderBy(asc(complaintEvents.at), asc(complaintEvents.id)).all();
    },
    async list(filter: ComplaintFilter) {
      if (filter.unitIds !== null && filter.unitIds.length === 0) return { rows: [], total: 0 };
      const words = (filter.search ?? '').trim().split(/\s+/).filter((w) => w !== '');
      const where = and(
        filter.unitIds === null ? undefined : inArray(complaints.unitId, [...filter.unitIds]),
        filter.status ? eq(complaints.status, filter.status) : undefined,
        filter.receivedFrom ? gte(complaints.receivedAt, filter.receivedFrom) : undefined,
        filter.receivedTo ? lt(complaints.receivedAt, filter.receivedTo) : undefined,
        ...words.map((w) => or(contains(complaints.description, w), contains(complaints.externalRef, w))),
      );
      const pageSize = Math.min(Math.max(1, filter.pageSize ?? COMPLAINT_PAGE_SIZE), COMPLAINT_MAX_PAGE_SIZE);
      const page = Math.max(1, filter.page ?? 1);
      const total = ctx.orm.select({ n: count() }).from(complaints).where(where).get()?.n ?? 0;
      const rows = ctx.orm
        .select()
        .from(complaints)
        .where(where)
        .orderBy(desc(complaints.receivedAt), desc(complaints.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .all();
      return { rows, total };
    },
    async clocks(unitIds, from, to) {
      if (unitIds !== null && unitIds.length === 0) return [];
      return ctx.orm
        .select({
          id: complaints.id,
          unitId: complaints.unitId,
          receivedAt: complaints.receivedAt,
          deadlineDays: complaints.deadlineDays,
          respondedAt: complaints.respondedAt,
          resolvedAt: complaints.resolvedAt,
          rejectedAt: complaints.rejectedAt,
          status: complaints.status,
        })
        .from(complaints)
        .where(scope(unitIds, from, to))
        .orderBy(asc(complaints.receivedAt), asc(complaints.id))
        .all();
    },
    async count(unitIds, from, to) {
      if (unitIds !== null && unitIds.length === 0) return 0;
      return ctx.orm.select({ n: count() }).from(complaints).where(scope(unitIds, from, to)).get()?.n ?? 0;
    },
    async deadlines(unitId) {
      return deadlinesOf(ctx, unitId);
    },
  };
}
