/** Survey periods: named ranges of whole days (both ends included) with the instrument in force. */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { isValidDay } from '../../../survey-kit/index';
import { DbError, translated } from '../../errors';
import type { NewSurveyPeriod, PeriodRepository, SurveyPeriod } from '../../repositories';
import { instruments, responses, surveyPeriods, units } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';

const ENTITY = 'survey_period';

export function periodQueries(ctx: SqliteContext): PeriodRepository {
  const unitOrganisation = (unitId: number): number => {
    const unit = ctx.orm.select({ organisationId: units.organisationId }).from(units).where(eq(units.id, unitId)).get();
    if (!unit) throw new DbError('unknown_unit', `No unit with id ${unitId}`, { unitId });
    return unit.organisationId;
  };
  const appliesTo = (organisationId: number, unitId: number) =>
    and(eq(surveyPeriods.organisationId, organisationId), or(eq(surveyPeriods.unitId, unitId), isNull(surveyPeriods.unitId)));
  const byId = (id: number) => ctx.orm.select().from(surveyPeriods).where(eq(surveyPeriods.id, id)).get();

  /** What the audit log keeps of a period: the row, with the instrument's code for people reading it. */
  const snapshot = (p: SurveyPeriod) => {
    const instrument = ctx.orm.select({ code: instruments.code }).from(instruments).where(eq(instruments.id, p.instrumentId)).get();
    return { ...p, instrument: instrument?.code ?? null };
  };

  /** Refuses what no period may be; `selfId` is the period being edited (it may keep its own range). */
  const check = (p: NewSurveyPeriod, selfId?: number) => {
    for (const day of [p.startDay, p.endDay]) {
      if (!isValidDay(day)) throw new DbError('invalid_day', `"${day}" is not a day (YYYY-MM-DD)`, { day });
    }
    if (p.startDay > p.endDay) {
      throw new DbError('invalid_period', `Period ends (${p.endDay}) before it starts (${p.startDay})`, { startDay: p.startDay, endDay: p.endDay });
    }
    if (p.unitId != null && unitOrganisation(p.unitId) !== p.organisationId) {
      throw new DbError('invalid_period', `Unit ${p.unitId} is not part of organisation ${p.organisationId}`, {
        unitId: p.unitId,
        organisationId: p.organisationId,
      });
    }
    // Overlaps are normal (a quarter inside its year); the same range twice in one scope would
    // make "the period in force" ambiguous.
    const twin = ctx.orm
      .select({ id: surveyPeriods.id })
      .from(surveyPeriods)
      .where(
        and(
          eq(surveyPeriods.organisationId, p.organisationId),
          p.unitId == null ? isNull(surveyPeriods.unitId) : eq(surveyPeriods.unitId, p.unitId),
          eq(surveyPeriods.startDay, p.startDay),
          eq(surveyPeriods.endDay, p.endDay),
          selfId === undefined ? undefined : ne(surveyPeriods.id, selfId),
        ),
      )
      .get();
    if (twin) throw new DbError('duplicate', `A period ${p.startDay}..${p.endDay} already exists for this scope`, { periodId: twin.id });
  };

  /** Responses in the period's range and units that were answered with another instrument. */
  const otherInstrumentResponses = (p: NewSurveyPeriod): number => {
    const unitIds =
      p.unitId != null ? [p.unitId] : ctx.orm.select({ id: units.id }).from(units).where(eq(units.organisationId, p.organisationId)).all().map((u) => u.id);
    if (unitIds.length === 0) return 0;
    return (
      ctx.orm
        .select({ n: count() })
        .from(responses)
        .where(and(inArray(responses.unitId, unitIds), gte(responses.localDay, p.startDay), lte(responses.localDay, p.endDay), ne(responses.instrumentId, p.instrumentId)))
        .get()?.n ?? 0
    );
  };

  return {
    async create(input, by) {
      return translated(() =>
        audited(ctx, by, () => {
          check(input);
          const period = ctx.orm.insert(surveyPeriods).values(input).returning().get();
          return { result: period, audit: { action: 'period.create', entity: ENTITY, entityId: period.id, before: null, after: snapshot(period) } };
        }),
      );
    },

    async byId(id) {
      return byId(id);
    },

    async update(id, changes, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const before = byId(id);
          if (!before) return { result: undefined, audit: null };
          const next = { ...before, ...changes };
          check(next, id);
          // The IKM of a range is read with its period's instrument: answers to other elements
          // would silently drop out of it.
          if (next.instrumentId !== before.instrumentId) {
            const n = otherInstrumentResponses(next);
            if (n > 0) throw new DbError('period_instrument_locked', `${n} responses of another instrument lie in period ${id}`, { responses: n });
          }
          const after = ctx.orm
            .update(surveyPeriods)
            .set({ name: next.name, unitId: next.unitId, startDay: next.startDay, endDay: next.endDay, instrumentId: next.instrumentId })
            .where(eq(surveyPeriods.id, id))
            .returning()
            .get();
          return { result: after, audit: { action: 'period.update', entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } };
        }),
      );
    },

    async delete(id, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const before = byId(id);
          if (!before) return { result: false, audit: null };
          const entry = snapshot(before);
          ctx.orm.delete(surveyPeriods).where(eq(surveyPeriods.id, id)).run();
          return { result: true, audit: { action: 'period.delete', entity: ENTITY, entityId: id, before: entry, after: null } };
        }),
      );
    },

    async list(organisationId, unitId) {
      const where = unitId === undefined ? eq(surveyPeriods.organisationId, organisationId) : appliesTo(organisationId, unitId);
      return ctx.orm
        .select()
        .from(surveyPeriods)
        .where(where)
        .orderBy(asc(surveyPeriods.startDay), desc(surveyPeriods.endDay), asc(surveyPeriods.id))
        .all();
    },

    async current(unitId, day) {
      if (!isValidDay(day)) throw new DbError('invalid_day', `"${day}" is not a day (YYYY-MM-DD)`, { day });
      const organisationId = unitOrganisation(unitId);
      // Unit-specific beats organisation-wide; among several that cover the day (a quarter inside
      // a year), the shortest is the most specific; then the latest started, then the newest.
      return ctx.orm
        .select()
        .from(surveyPeriods)
        .where(and(appliesTo(organisationId, unitId), lte(surveyPeriods.startDay, day), gte(surveyPeriods.endDay, day)))
        .orderBy(
          sql`${surveyPeriods.unitId} IS NULL`,
          sql`julianday(${surveyPeriods.endDay}) - julianday(${surveyPeriods.startDay})`,
          desc(surveyPeriods.startDay),
          desc(surveyPeriods.id),
        )
        .limit(1)
        .get();
    },
  };
}
