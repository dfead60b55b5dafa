/** Units of an organisation, each with the time zone its days are counted in. */
import { asc, eq } from 'drizzle-orm';
import type { UnitRepository } from '../../repositories';
import { units } from '../../schema/sqlite';
import { translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { assertTimeZone } from './time-zone';

export function unitQueries(ctx: SqliteContext): UnitRepository {
  return {
    async create(input) {
      if (input.timeZone !== undefined) assertTimeZone(input.timeZone);
      return translated(() => ctx.orm.insert(units).values(input).returning().get());
    },
    async bySlug(slug) {
      return ctx.orm.select().from(units).where(eq(units.slug, slug)).get();
    },
    async byId(id) {
      return ctx.orm.select().from(units).where(eq(units.id, id)).get();
    },
    async list(organisationId) {
      const query = ctx.orm.select().from(units);
      const filtered = organisationId === undefined ? query : query.where(eq(units.organisationId, organisationId));
      return filtered.orderBy(asc(units.name), asc(units.id)).all();
    },
  };
}
