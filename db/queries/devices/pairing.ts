/** One-time pairing codes: stored hashed, expiring, and claimed by exactly one device. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DeviceRepository, RedeemResult } from '../../repositories';
import { devices, pairingCodes } from '../../schema/sqlite';
import { translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';

export function pairingQueries(ctx: SqliteContext): Pick<DeviceRepository, 'createPairingCode' | 'redeemPairingCode'> {
  return {
    async createPairingCode(input, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const code = ctx.orm.insert(pairingCodes).values(input).returning().get();
          // What was decided, never the code's or the PIN's hash.
          const after = {
            unitId: code.unitId,
            serviceId: code.serviceId,
            deviceName: code.deviceName,
            idleSeconds: code.idleSeconds,
            thanksSeconds: code.thanksSeconds,
            expiresAt: code.expiresAt.toISOString(),
          };
          return { result: code, audit: { action: 'pairing_code.create', entity: 'pairing_code', entityId: code.id, before: null, after } };
        }),
      );
    },

    async redeemPairingCode(codeHash, credentialHash, at): Promise<RedeemResult> {
      return translated(() =>
        ctx.orm.transaction((tx) => {
          // The conditional update is the claim: of two tablets racing with one code, only one
          // sees a row come back.
          const code = tx
            .update(pairingCodes)
            .set({ usedAt: at })
            .where(and(eq(pairingCodes.codeHash, codeHash), isNull(pairingCodes.usedAt), gt(pairingCodes.expiresAt, at)))
            .returning()
            .get();
          if (!code) {
            const found = tx.select().from(pairingCodes).where(eq(pairingCodes.codeHash, codeHash)).get();
            return { ok: false, reason: !found ? 'unknown' : found.usedAt !== null ? 'used' : 'expired' } as const;
          }
          const device = tx
            .insert(devices)
            .values({
              unitId: code.unitId,
              serviceId: code.serviceId,
              name: code.deviceName,
              credentialHash,
              exitPinHash: code.exitPinHash,
              idleSeconds: code.idleSeconds,
              thanksSeconds: code.thanksSeconds,
              createdAt: at,
              lastSeenAt: at,
            })
            .returning()
            .get();
          tx.update(pairingCodes).set({ deviceId: device.id }).where(eq(pairingCodes.id, code.id)).run();
          return { ok: true, device } as const;
        }),
      );
    },
  };
}
