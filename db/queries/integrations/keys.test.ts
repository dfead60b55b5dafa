import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../open';
import type { Database } from '../../repositories';

let db: Database;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
});
afterEach(() => db.close());

const T0 = new Date('2026-03-10T02:00:00Z');
const STAMP = { userId: null, actor: 'admin', at: T0 };

describe('integration keys', () => {
  it('are found by hash, revoked once, and never logged with their hash', async () => {
    const key = await db.integrationKeys.create({ name: 'OSS', unitId: null, keyHash: 'h'.repeat(64), keyPrefix: 'pk_abcd', createdBy: null, createdAt: T0 }, STAMP);
    expect(await db.integrationKeys.byHash('h'.repeat(64))).toEqual(key);
    expect(await db.integrationKeys.byHash('x')).toBeUndefined();

    await db.integrationKeys.touch(key.id, new Date('2026-03-11T00:00:00Z'));
    expect((await db.integrationKeys.list())[0]?.lastUsedAt).toEqual(new Date('2026-03-11T00:00:00Z'));

    expect(await db.integrationKeys.revoke(key.id, T0, STAMP)).toBe(true);
    expect(await db.integrationKeys.revoke(key.id, T0, STAMP)).toBe(false);
    expect(await db.integrationKeys.revoke(999, T0, STAMP)).toBe(false);
    expect((await db.integrationKeys.byHash('h'.repeat(64)))?.revokedAt).toEqual(T0);

    const log = (await db.audit.list()).entries;
    expect(log.map((e) => e.action)).toEqual(['integration_key.revoke', 'integration_key.create']);
    expect(JSON.stringify(log)).not.toContain('h'.repeat(64));
  });

  it('refuses a second key with the same hash', async () => {
    const input = { name: 'A', unitId: null, keyHash: 'same', keyPrefix: 'pk_1', createdBy: null, createdAt: T0 };
    await db.integrationKeys.create(input);
    await expect(db.integrationKeys.create({ ...input, name: 'B' })).rejects.toMatchObject({ code: 'duplicate' });
  });
});
