/**
 * The complaints register (issue 5 §3): every change — a new complaint, a step of its workflow,
 * a deadline setting, erased contacts — is written with its event and audit entry in ONE
 * transaction. Workflow rules are the server's (server/complaints/workflow.ts); here a step only
 * lands when the complaint still has the status the caller checked (optimistic concurrency).
 */
import { and, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { AuditStamp, ComplaintGrade, ComplaintRepository, ComplaintStatus, ComplaintStep, NewComplaintInput } from '../../repositories';
import { BatchError, DbError, fromSqliteError, translated } from '../../errors';
import { COMPLAINT_GRADES, complaintDeadlines, complaintEvents, complaints, responses, units, type Complaint } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited, writeAudit } from '../audit/write';
import { complaintReads, deadlinesOf } from './reads';

const ENTITY = 'complaint';

/** Which column keeps the time of each step (read by the indicators). */
const TIME_COLUMN = {
  responded: 'respondedAt',
  resolved: 'resolvedAt',
  closed: 'closedAt',
  rejected: 'rejectedAt',
} as const satisfies Record<ComplaintStep['status'], keyof Complaint>;

/** What the audit log keeps of a complaint: never the complainant's contact details. */
function snapshot(c: Complaint) {
  return {
    unitId: c.unitId,
    serviceId: c.serviceId,
    channel: c.channel,
    category: c.category,
    grade: c.grade,
    deadlineDays: c.deadlineDays,
    status: c.status,
    receivedAt: c.receivedAt.toISOString(),
    consent: c.consent,
    sourceResponseId: c.sourceResponseId,
    externalRef: c.externalRef,
  };
}

export function complaintQueries(ctx: SqliteContext): ComplaintRepository {
  const insertOne = (input: NewComplaintInput, by: AuditStamp): Complaint => {
    const withContact = input.consent;
    const row = ctx.orm
      .insert(complaints)
      .values({
        unitId: input.unitId,
        serviceId: input.serviceId,
        channel: input.channel,
        receivedAt: input.receivedAt,
        category: input.category,
        grade: input.grade,
        deadlineDays: input.deadlineDays,
        description: input.description,
        consent: input.consent,
        contactName: withContact ? (input.contactName ?? null) : null,
        contactPhone: withContact ? (input.contactPhone ?? null) : null,
        contactEmail: withContact ? (input.contactEmail ?? null) : null,
        sourceResponseId: input.sourceResponseId ?? null,
        externalRef: input.externalRef ?? null,
        createdAt: input.createdAt,
        createdBy: by.userId,
      })
      .returning()
      .get();
    ctx.orm.insert(complaintEvents).values({ complaintId: row.id, status: 'received', at: input.receivedAt, userId: by.userId, actor: by.actor, note: input.receivedNote ?? null }).run();
    writeAudit(ctx, { ...by, action: 'complaint.create', entity: ENTITY, entityId: String(row.id), before: null, after: snapshot(row) });
    return row;
  };

  const readDeadlines = (unitId: number) => deadlinesOf(ctx, unitId);

  const byId = (id: number) => ctx.orm.select().from(complaints).where(eq(complaints.id, id)).get();

  return {
    ...complaintReads(ctx),
    async create(input, by) {
      return translated(() => ctx.sqlite.transaction(() => insertOne(input, by))());
    },
    async createMany(inputs, by) {
      ctx.sqlite.transaction(() => {
        inputs.forEach((input, index) => {
          try {
            insertOne(input, by);
          } catch (error) {
            const translatedError = fromSqliteError(error);
            throw translatedError instanceof DbError ? new BatchError(index, translatedError) : translatedError;
          }
        });
      })();
      return { created: inputs.length };
    },
    async step(id, expect: ComplaintStatus, step, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const before = byId(id);
          if (!before || before.status !== expect) return { result: undefined, audit: null };
          const reason = step.status === 'rejected' ? (step.reason ?? null) : before.rejectReason;
          const after = ctx.orm
            .update(complaints)
            .set({ status: step.status, [TIME_COLUMN[step.status]]: step.at, rejectReason: reason })
            .where(and(eq(complaints.id, id), eq(complaints.status, expect)))
            .returning()
            .get();
          if (!after) return { result: undefined, audit: null };
          const note = step.status === 'rejected' ? (step.reason ?? step.note ?? null) : (step.note ?? null);
          ctx.orm.insert(complaintEvents).values({ complaintId: id, status: step.status, at: step.at, userId: by.userId, actor: by.actor, note }).run();
          return {
            result: after,
            audit: { action: `complaint.${step.status}`, entity: ENTITY, entityId: id, before: { status: before.status }, after: { status: after.status, at: step.at.toISOString(), note } },
          };
        }),
      );
    },
    async setDeadlines(unitId, workingDays, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const before = readDeadlines(unitId);
          for (const [grade, days] of Object.entries(workingDays) as [ComplaintGrade, number][]) {
            ctx.orm
              .insert(complaintDeadlines)
              .values({ unitId, grade, workingDays: days })
              .onConflictDoUpdate({ target: [complaintDeadlines.unitId, complaintDeadlines.grade], set: { workingDays: days } })
              .run();
          }
          const after = readDeadlines(unitId);
          const changed = COMPLAINT_GRADES.some((g) => before[g] !== after[g]);
          return { result: after, audit: changed ? { action: 'complaint.deadlines', entity: 'unit', entityId: unitId, before, after } : null };
        }),
      );
    },
    async eraseContacts(organisationId, closedBefore, at, by) {
      return audited(ctx, by, () => {
        const unitIds = ctx.orm.select({ id: units.id }).from(units).where(eq(units.organisationId, organisationId));
        const hasContact = or(isNotNull(complaints.contactName), isNotNull(complaints.contactPhone), isNotNull(complaints.contactEmail));
        const ended = or(
          and(eq(complaints.status, 'closed'), lt(complaints.closedAt, closedBefore)),
          and(eq(complaints.status, 'rejected'), lt(complaints.rejectedAt, closedBefore)),
        );
        const erased = ctx.orm
          .update(complaints)
          .set({ contactName: null, contactPhone: null, contactEmail: null, contactErasedAt: at })
          .where(and(inArray(complaints.unitId, unitIds), isNull(complaints.contactErasedAt), hasContact, ended))
          .returning({ id: complaints.id })
          .all();
        const count = erased.length;
        const audit =
          count === 0
            ? null
            : { action: 'complaint.contacts_erased', entity: ENTITY, entityId: null, before: null, after: { organisationId, closedBefore: closedBefore.toISOString(), ids: erased.map((r) => r.id) } };
        return { result: count, audit };
      });
    },
    async source(responseId) {
      const row = ctx.orm
        .select({ responseId: responses.id, unitId: responses.unitId, serviceId: responses.serviceId, submittedAt: responses.submittedAt, saran: responses.saran })
        .from(responses)
        .where(eq(responses.id, responseId))
        .get();
      return row;
    },
    async bySource(responseId) {
      return ctx.orm.select().from(complaints).where(eq(complaints.sourceResponseId, responseId)).get();
    },
  };
}
