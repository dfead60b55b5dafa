/** API keys of integrations. Only the SHA-256 of a key is stored; audit entries never hold it. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { translated } from '../../errors';
import type { IntegrationKeyRepository } from '../../repositories';
import { integrationKeys, type IntegrationKey } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';

const ENTITY = 'integration_key';

/** What the audit log keeps of a key: everything but its hash. */
function snapshot(k: IntegrationKey) {
  return { name: k.name, unitId: k.unitId, keyPrefix: k.keyPrefix, revokedAt: k.revokedAt?.toISOString() ?? null };
}

export function integrationKeyQueries(ctx: SqliteContext): IntegrationKeyRepository {
  const byId = (id: number) => ctx.orm.select().from(integrationKeys).where(eq(integrationKeys.id, id)).get();
  return {
    async create(input, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const key = ctx.orm.insert(integrationKeys).values(input).returning().get();
          return { result: key, audit: { action: 'integration_key.create', entity: ENTITY, entityId: key.id, before: null, after: snapshot(key) } };
        }),
      );
    },
    async byHash(keyHash) {
      return ctx.orm.select().from(integrationKeys).where(eq(integrationKeys.keyHash, keyHash)).get();
    },
    async list() {
      return ctx.orm.select().from(integrationKeys).orderBy(asc(integrationKeys.id)).all();
    },
    async revoke(id, at, by) {
      return audited(ctx, by, () => {
        const before = byId(id);
        const after = ctx.orm
          .update(integrationKeys)
          .set({ revokedAt: at })
          .where(and(eq(integrationKeys.id, id), isNull(integrationKeys.revokedAt)))
          .returning()
          .get();
        if (!before || !after) return { result: false, audit: null };
        return { result: true, audit: { action: 'integration_key.revoke', entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } };
      });
    },
    async touch(id, at) {
      ctx.orm.update(integrationKeys).set({ lastUsedAt: at }).where(eq(integrationKeys.id, id)).run();
    },
  };
}
