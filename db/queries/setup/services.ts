/** Services offered by a unit (slugs are unique within the unit). */
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceRepository } from '../../repositories';
import { services } from '../../schema/sqlite';
import { translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';

export function serviceQueries(ctx: SqliteContext): ServiceRepository {
  return {
    async create(input) {
      return translated(() => ctx.orm.insert(services).values(input).returning().get());
    },
    async bySlug(unitId, slug) {
      return ctx.orm
        .select()
        .from(services)
        .where(and(eq(services.unitId, unitId), eq(services.slug, slug)))
        .get();
    },
    async listByUnit(unitId) {
      return ctx.orm.select().from(services).where(eq(services.unitId, unitId)).orderBy(asc(services.name), asc(services.id)).all();
    },
  };
}
