/** Services offered by a unit (slugs are unique within the unit; changes audited). */
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceRepository } from '../../repositories';
import { services, type Service } from '../../schema/sqlite';
import { translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';
import { changedOnly } from './changes';

const ENTITY = 'service';

function snapshot(service: Service) {
  return { unitId: service.unitId, slug: service.slug, name: service.name, standardDays: service.standardDays };
}

export function serviceQueries(ctx: SqliteContext): ServiceRepository {
  const byId = (id: number) => ctx.orm.select().from(services).where(eq(services.id, id)).get();

  return {
    async create(input, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const service = ctx.orm.insert(services).values(input).returning().get();
          return { result: service, audit: { action: 'service.create', entity: ENTITY, entityId: service.id, before: null, after: snapshot(service) } };
        }),
      );
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
      return translated(() =>
        audited(ctx, by, () => {
          const before = byId(id);
          if (!before) return { result: undefined, audit: null };
          const set = changedOnly(before, changes);
          if (!set) return { result: before, audit: null };
          const after = ctx.orm.update(services).set(set).where(eq(services.id, id)).returning().get();
          return { result: after, audit: { action: 'service.update', entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } };
        }),
      );
    },
  };
}
