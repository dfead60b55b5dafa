/** Services offered by a unit (slugs are unique within the unit; changes audited). */
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceRepository } from '../../repositories';
import { services, type Service } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { createAudited, updateAudited, type AuditedTable } from './changes';

const ENTITY = 'service';

function snapshot(service: Service) {
  return { unitId: service.unitId, slug: service.slug, name: service.name, standardDays: service.standardDays };
}

export function serviceQueries(ctx: SqliteContext): ServiceRepository {
  const byId = (id: number) => ctx.orm.select().from(services).where(eq(services.id, id)).get();
  const table: AuditedTable<Service> = { entity: ENTITY, snapshot, byId };

  return {
    async create(input, by) {
      return createAudited(ctx, by, table, () => ctx.orm.insert(services).values(input).returning().get());
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
    async update(id, changes, by) {
      return updateAudited(ctx, by, table, id, changes, (set) => ctx.orm.update(services).set(set).where(eq(services.id, id)).returning().get());
    },
  };
}
