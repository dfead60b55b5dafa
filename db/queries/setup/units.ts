/** Units of an organisation, each with the time zone its days are counted in (changes audited). */
import { asc, eq } from 'drizzle-orm';
import type { UnitRepository } from '../../repositories';
import { responses, units, type Unit } from '../../schema/sqlite';
import { DbError } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { createAudited, updateAudited, type AuditedTable } from './changes';
import { assertTimeZone } from './time-zone';

const ENTITY = 'unit';

function snapshot(unit: Unit) {
  return {
    organisationId: unit.organisationId,
    slug: unit.slug,
    name: unit.name,
    timeZone: unit.timeZone,
    address: unit.address,
    coverageTarget: unit.coverageTarget,
    responsesPerBrowserPerDay: unit.responsesPerBrowserPerDay,
  };
}

export function unitQueries(ctx: SqliteContext): UnitRepository {
  const byId = (id: number) => ctx.orm.select().from(units).where(eq(units.id, id)).get();
  const table: AuditedTable<Unit> = { entity: ENTITY, snapshot, byId };
  const hasResponses = (unitId: number) => ctx.orm.select({ id: responses.id }).from(responses).where(eq(responses.unitId, unitId)).limit(1).get() !== undefined;

  return {
    async create(input, by) {
      if (input.timeZone !== undefined) assertTimeZone(input.timeZone);
      return createAudited(ctx, by, table, () => ctx.orm.insert(units).values(input).returning().get());
    },
    async bySlug(slug) {
      return ctx.orm.select().from(units).where(eq(units.slug, slug)).get();
    },
    async byId(id) {
      return byId(id);
    },
    async list(organisationId) {
      const query = ctx.orm.select().from(units);
      const filtered = organisationId === undefined ? query : query.where(eq(units.organisationId, organisationId));
      return filtered.orderBy(asc(units.name), asc(units.id)).all();
    },
    async update(id, changes, by) {
      if (changes.timeZone !== undefined) assertTimeZone(changes.timeZone);
      return updateAudited(
        ctx,
        by,
        table,
        id,
        changes,
        (set) => ctx.orm.update(units).set(set).where(eq(units.id, id)).returning().get(),
        (before, set) => {
          // Stored responses keep the local day they were counted in; moving the zone would split
          // their periods from the new ones (and the response writers cache a unit's zone).
          if (set.timeZone !== undefined && hasResponses(id)) {
            throw new DbError('time_zone_locked', `Unit ${before.slug} has responses; its time zone is fixed`, { unitId: id });
          }
        },
      );
    },
  };
}
