/** Paired kiosk devices. Credentials and PINs arrive already hashed: hashing is the server's job. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DeviceRepository } from '../../repositories';
import { devices } from '../../schema/sqlite';
import { translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';
import { pairingQueries } from './pairing';

export function deviceQueries(ctx: SqliteContext): DeviceRepository {
  // Every kiosk submission authenticates: prepared once, a look-up costs ~15 µs instead of ~350.
  const byCredentialHash = ctx.orm.select().from(devices).where(eq(devices.credentialHash, sql.placeholder('hash'))).prepare();
  return {
    async create(input) {
      return translated(() => ctx.orm.insert(devices).values(input).returning().get());
    },
    async byId(id) {
      return ctx.orm.select().from(devices).where(eq(devices.id, id)).get();
    },
    async byCredentialHash(hash) {
      return byCredentialHash.get({ hash });
    },
    async list(unitId) {
      const query = ctx.orm.select().from(devices);
      const filtered = unitId === undefined ? query : query.where(eq(devices.unitId, unitId));
      return filtered.orderBy(asc(devices.unitId), asc(devices.name), asc(devices.id)).all();
    },
    async revoke(id, at, by) {
      return audited(ctx, by, () => {
        const device = ctx.orm
          .update(devices)
          .set({ revokedAt: at })
          .where(and(eq(devices.id, id), isNull(devices.revokedAt)))
          .returning()
          .get();
        if (!device) return { result: false, audit: null };
        const after = { name: device.name, unitId: device.unitId, serviceId: device.serviceId, revokedAt: at.toISOString() };
        return { result: true, audit: { action: 'device.revoke', entity: 'device', entityId: id, before: { ...after, revokedAt: null }, after } };
      });
    },
    async heartbeat(id, at, counts) {
      const changed = ctx.orm
        .update(devices)
        .set(counts ? { lastSeenAt: at, waiting: counts.waiting, rejected: counts.rejected } : { lastSeenAt: at })
        .where(eq(devices.id, id))
        .run();
      return changed.changes > 0;
    },
    async updateSettings(id, settings) {
      const values = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
      if (Object.keys(values).length === 0) return ctx.orm.select().from(devices).where(eq(devices.id, id)).get();
      return translated(() => ctx.orm.update(devices).set(values).where(eq(devices.id, id)).returning().get());
    },
    ...pairingQueries(ctx),
  };
}
