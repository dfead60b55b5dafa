/** Units of an organisation, each with the time zone its days are counted in (changes audited). */
import { asc, eq } from 'drizzle-orm';
import type { UnitRepository } from '../../repositories';
import { responses, units, type Unit } from '../../schema/sqlite';
import { DbError, translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';
import { changedOnly } from './changes';
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
  const hasResponses = (unitId: number) => ctx.orm.select({ id: responses.id }).from(responses).where(eq(responses.unitId, unitId)).limit(1).get() !== undefined;

  return {
    async create(input, by) {
      if (input.timeZone !== undefined) assertTimeZone(input.timeZone);
      return translated(() =>
        audited(ctx, by, () => {
          const unit = ctx.orm.insert(units).values(input).returning().get();
          return { result: unit, audit: { action: 'unit.create', entity: ENTITY, entityId: unit.id, before: null, after: snapshot(unit) } };
        }),
      );
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
      return translated(() =>
        audited(ctx, by, () => {
          const before = byId(id);
          if (!before) return { result: undefined, audit: null };
          const set = changedOnly(before, changes);
          if (!set) return { result: before, audit: null };
          // Stored responses keep the local day they were counted in; moving the zone would split
          // their periods from the new ones (and the response writers cache a unit's zone).
          if (set.timeZone !== undefined && hasResponses(id)) {
            throw new DbError('time_zone_locked', `Unit ${before.slug} has responses; its time zone is fixed`, { unitId: id });
          }
          const after = ctx.orm.update(units).set(set).where(eq(units.id, id)).returning().get();
          return { result: after, audit: { action: 'unit.update', entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } };
        }),
      );
    },
  };
}
