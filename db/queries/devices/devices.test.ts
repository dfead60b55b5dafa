import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbError } from '../../errors';
import { openDatabase } from '../../open';
import type { Database, Service, Unit } from '../../repositories';

let db: Database;
let unit: Unit;
let service: Service;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor' });
  unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket' });
  service = await db.services.create({ unitId: unit.id, slug: 'izin', name: 'Izin' });
});
afterEach(() => db.close());

const T0 = new Date('2026-03-10T02:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function code(hash: string, expiresAt = minutes(15)) {
  return db.devices.createPairingCode({
    codeHash: hash,
    unitId: unit.id,
    serviceId: service.id,
    deviceName: 'Tablet loket 1',
    exitPinHash: 'scrypt$pin',
    idleSeconds: 45,
    thanksSeconds: 5,
    expiresAt,
    createdAt: T0,
  });
}

describe('pairing codes', () => {
  it('pair one device with the code’s unit, service, name, PIN and timeouts, once', async () => {
    const stored = await code('h1');
    expect(stored).toMatchObject({ usedAt: null, deviceId: null, idleSeconds: 45, thanksSeconds: 5 });

    const first = await db.devices.redeemPairingCode('h1', 'cred-1', minutes(3));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.device).toMatchObject({
      unitId: unit.id,
      serviceId: service.id,
      name: 'Tablet loket 1',
      credentialHash: 'cred-1',
      exitPinHash: 'scrypt$pin',
      idleSeconds: 45,
      thanksSeconds: 5,
      revokedAt: null,
      waiting: 0,
      rejected: 0,
    });
    expect(first.device.lastSeenAt).toEqual(minutes(3));
    expect(await db.devices.byCredentialHash('cred-1')).toEqual(first.device);

    expect(await db.devices.redeemPairingCode('h1', 'cred-2', minutes(4))).toEqual({ ok: false, reason: 'used' });
    expect(await db.devices.byCredentialHash('cred-2')).toBeUndefined();
    expect(await db.devices.list()).toHaveLength(1);
  });

  it('refuse an unknown or expired code without creating a device', async () => {
    await code('h2', minutes(15));
    expect(await db.devices.redeemPairingCode('nope', 'c', minutes(1))).toEqual({ ok: false, reason: 'unknown' });
    // The expiry instant itself is already too late.
    expect(await db.devices.redeemPairingCode('h2', 'c', minutes(15))).toEqual({ ok: false, reason: 'expired' });
    expect(await db.devices.list()).toEqual([]);
  });

  it('give a code to only one of many tablets racing with it', async () => {
    await code('h3');
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => db.devices.redeemPairingCode('h3', `race-${i}`, minutes(1))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'used')).toHaveLength(7);
    expect(await db.devices.list()).toHaveLength(1);
  });

  it('refuse a code for a unit that does not exist, and a hash already taken', async () => {
    await expect(
      db.devices.createPairingCode({ codeHash: 'x', unitId: 999, deviceName: 'T', expiresAt: minutes(5) }),
    ).rejects.toMatchObject({ code: 'unknown_reference' });
    await code('dup');
    await expect(code('dup')).rejects.toBeInstanceOf(DbError);
  });
});

describe('devices', () => {
  it('record the last heartbeat with the queue counts, change settings, and revoke once', async () => {
    await code('h');
    const r = await db.devices.redeemPairingCode('h', 'cred', minutes(1));
    if (!r.ok) throw new Error('not paired');
    const id = r.device.id;

    expect(await db.devices.heartbeat(id, minutes(2), { waiting: 3, rejected: 1 })).toBe(true);
    expect(await db.devices.byId(id)).toMatchObject({ lastSeenAt: minutes(2), waiting: 3, rejected: 1 });
    // Without counts only the time moves.
    expect(await db.devices.heartbeat(id, minutes(5))).toBe(true);
    expect(await db.devices.byId(id)).toMatchObject({ lastSeenAt: minutes(5), waiting: 3, rejected: 1 });
    expect(await db.devices.heartbeat(999, minutes(5))).toBe(false);

    const changed = await db.devices.updateSettings(id, { idleSeconds: 90, serviceId: null, name: 'Tablet lobi' });
    expect(changed).toMatchObject({ idleSeconds: 90, thanksSeconds: 5, serviceId: null, name: 'Tablet lobi' });
    expect(await db.devices.updateSettings(id, {})).toEqual(changed);
    expect(await db.devices.updateSettings(999, { idleSeconds: 10 })).toBeUndefined();

    expect(await db.devices.revoke(id, minutes(6))).toBe(true);
    expect(await db.devices.revoke(id, minutes(7))).toBe(false);
    expect((await db.devices.byId(id))?.revokedAt).toEqual(minutes(6));
    expect((await db.devices.list(unit.id)).map((d) => d.id)).toEqual([id]);
    expect(await db.devices.list(unit.id + 1)).toEqual([]);
  });
});
