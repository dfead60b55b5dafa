/** Survey periods: named ranges of whole days (both ends included) with the instrument in force. */
import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { isValidDay } from '../../../survey-kit/index';
import { DbError, translated } from '../../errors';
import type { PeriodRepository } from '../../repositories';
import { surveyPeriods, units } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';

export function periodQueries(ctx: SqliteContext): PeriodRepository {
  const unitOrganisation = (unitId: number): number => {
    const unit = ctx.orm.select({ organisationId: units.organisationId }).from(units).where(eq(units.id, unitId)).get();
    if (!unit) throw new DbError('unknown_unit', `No unit with id ${unitId}`, { unitId });
    return unit.organisationId;
  };
  const appliesTo = (organisationId: number, unitId: number) =>
    and(eq(surveyPeriods.organisationId, organisationId), or(eq(surveyPeriods.unitId, unitId), isNull(surveyPeriods.unitId)));

  return {
    async create(input) {
      for (const day of [input.startDay, input.endDay]) {
        if (!isValidDay(day)) throw new DbError('invalid_day', `"${day}" is not a day (YYYY-MM-DD)`, { day });
      }
      if (input.startDay > input.endDay) {
        throw new DbError('invalid_period', `Period ends (${input.endDay}) before it starts (${input.startDay})`, {
          startDay: input.startDay,
          endDay: input.endDay,
        });
      }
      if (input.unitId != null && unitOrganisation(input.unitId) !== input.organisationId) {
        throw new DbError('invalid_period', `Unit ${input.unitId} is not part of organisation ${input.organisationId}`, {
          unitId: input.unitId,
          organisationId: input.organisationId,
        });
      }
      return translated(() => ctx.orm.insert(surveyPeriods).values(input).returning().get());
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
