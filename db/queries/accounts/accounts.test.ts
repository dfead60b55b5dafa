import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbError } from '../../errors';
import { openDatabase } from '../../open';
import type { AuditStamp, Database } from '../../repositories';

let db: Database;
let unitA: number;
let unitB: number;
const ADMIN: AuditStamp = { userId: null, actor: 'cli' };

beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'org', name: 'Org' });
  unitA = (await db.units.create({ organisationId: org.id, slug: 'unit-a', name: 'A' })).id;
  unitB = (await db.units.create({ organisationId: org.id, slug: 'unit-b', name: 'B' })).id;
});
afterEach(() => db.close());

const hash = 'scrypt$15$8$1$c2FsdA$aGFzaA';

describe('users', () => {
  it('creates a user with units and logs the creation without the hash', async () => {
    const user = await db.users.create({ username: 'budi', displayName: 'Budi', role: 'operator', passwordHash: hash, unitIds: [unitB, unitA] }, ADMIN);
    expect(user).toMatchObject({ username: 'budi', role: 'operator', mustChangePassword: false, disabledAt: null });
    expect(await db.users.unitIds(user.id)).toEqual([unitA, unitB]);
    expect(await db.users.byUsername('budi')).toEqual(user);
    expect(await db.users.count()).toBe(1);
    const { entries, total } = await db.audit.list();
    expect(total).toBe(1);
    expect(entries[0]).toMatchObject({ actor: 'cli', action: 'user.create', entity: 'user', entityId: String(user.id), before: null });
    expect(entries[0]!.after).toEqual({ username: 'budi', displayName: 'Budi', role: 'operator', units: ['unit-a', 'unit-b'], mustChangePassword: false, disabledAt: null });
    expect(JSON.stringify(entries[0])).not.toContain(hash);
  });

  it('writes nothing, not even the audit entry, when the change fails', async () => {
    await db.users.create({ username: 'budi', displayName: 'Budi', role: 'viewer', passwordHash: hash }, ADMIN);
    await expect(db.users.create({ username: 'budi', displayName: 'B2', role: 'viewer', passwordHash: hash }, ADMIN)).rejects.toMatchObject({ code: 'duplicate' });
    const err = await db.users.create({ username: 'sari', displayName: 'Sari', role: 'operator', passwordHash: hash, unitIds: [9999] }, ADMIN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).code).toBe('unknown_reference');
    expect(await db.users.byUsername('sari')).toBeUndefined();
    expect((await db.audit.list()).total).toBe(1);
  });

  it('disabling ends every session; enabling does not bring them back', async () => {
    const user = await db.users.create({ username: 'budi', displayName: 'Budi', role: 'viewer', passwordHash: hash });
    const now = new Date('2026-03-01T00:00:00Z');
    for (const idHash of ['h1', 'h2']) {
      await db.sessions.create({ idHash, userId: user.id, csrfToken: 'c', createdAt: now, expiresAt: new Date(now.getTime() + 1000) });
    }
    expect(await db.users.disable(user.id, now, ADMIN)).toBe(true);
    expect(await db.users.disable(user.id, now, ADMIN)).toBe(false);
    expect(await db.sessions.byIdHash('h1')).toBeUndefined();
    expect(await db.sessions.byIdHash('h2')).toBeUndefined();
    expect((await db.users.byId(user.id))!.disabledAt).toEqual(now);
    expect(await db.users.enable(user.id, ADMIN)).toBe(true);
    expect((await db.users.byId(user.id))!.disabledAt).toBeNull();
    const actions = (await db.audit.list()).entries.map((e) => e.action);
    expect(actions).toEqual(['user.enable', 'user.disable']);
  });

  it('a new password ends the other sessions only', async () => {
    const user = await db.users.create({ username: 'budi', displayName: 'Budi', role: 'viewer', passwordHash: hash, mustChangePassword: true });
    const now = new Date('2026-03-01T00:00:00Z');
    for (const idHash of ['mine', 'other']) {
      await db.sessions.create({ idHash, userId: user.id, csrfToken: 'c', createdAt: now, expiresAt: new Date(now.getTime() + 1000) });
    }
    const by = { userId: user.id, actor: 'budi' };
    expect(await db.users.setPassword(user.id, { passwordHash: 'new', mustChangePassword: false, at: now, keepSessionIdHash: 'mine' }, by)).toBe(true);
    expect(await db.sessions.byIdHash('mine')).toBeDefined();
    expect(await db.sessions.byIdHash('other')).toBeUndefined();
    const after = (await db.users.byId(user.id))!;
    expect(after).toMatchObject({ passwordHash: 'new', mustChangePassword: false, passwordChangedAt: now });
    const [entry] = (await db.audit.list()).entries;
    expect(entry).toMatchObject({ userId: user.id, actor: 'budi', action: 'user.password' });
    expect(entry!.before).toEqual({ mustChangePassword: true, passwordChangedAt: null });
    expect(JSON.stringify(entry)).not.toContain('new"');
    expect(await db.users.setPassword(424242, { passwordHash: 'x', mustChangePassword: false, at: now })).toBe(false);
  });

  it('replaces the units of an operator', async () => {
    const user = await db.users.create({ username: 'budi', displayName: 'Budi', role: 'operator', passwordHash: hash, unitIds: [unitA] });
    await db.users.setUnits(user.id, [unitB], ADMIN);
    expect(await db.users.unitIds(user.id)).toEqual([unitB]);
    const [entry] = (await db.audit.list()).entries;
    expect(entry).toMatchObject({ action: 'user.units', before: expect.objectContaining({ units: ['unit-a'] }), after: expect.objectContaining({ units: ['unit-b'] }) });
  });

  it('sets the operators of one unit in one transaction, keeping their other units', async () => {
    const budi = await db.users.create({ username: 'budi', displayName: 'Budi', role: 'operator', passwordHash: hash, unitIds: [unitA, unitB] });
    const sari = await db.users.create({ username: 'sari', displayName: 'Sari', role: 'operator', passwordHash: hash, unitIds: [unitB] });
    const tono = await db.users.create({ username: 'tono', displayName: 'Tono', role: 'operator', passwordHash: hash });
    await db.users.setUnitOperators(unitA, [sari.id, tono.id], ADMIN);
    expect(await db.users.unitIds(budi.id)).toEqual([unitB]);
    expect(await db.users.unitIds(sari.id)).toEqual([unitA, unitB]);
    expect(await db.users.unitIds(tono.id)).toEqual([unitA]);
    const { entries } = await db.audit.list({ action: 'user.units' });
    expect(entries.map((e) => e.entityId).sort()).toEqual([budi.id, sari.id, tono.id].map(String).sort());

    // An unknown account fails the whole change: nobody gains or loses the unit, no entry is written.
    const err = await db.users.setUnitOperators(unitA, [budi.id, 9999], ADMIN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect(await db.users.unitIds(budi.id)).toEqual([unitB]);
    expect(await db.users.unitIds(sari.id)).toEqual([unitA, unitB]);
    expect((await db.audit.list({ action: 'user.units' })).total).toBe(3);
  });
});

describe('sessions', () => {
  it('creates, touches, finds and removes expired ones', async () => {
    const user = await db.users.create({ username: 'budi', displayName: 'Budi', role: 'viewer', passwordHash: hash });
    const t0 = new Date('2026-03-01T00:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const s = await db.sessions.create({ idHash: 'a', userId: user.id, csrfToken: 'tok', createdAt: t0, expiresAt: at(10_000), userAgent: 'UA' });
    expect(s).toMatchObject({ idHash: 'a', lastSeenAt: t0, expiresAt: at(10_000), userAgent: 'UA' });
    await db.sessions.create({ idHash: 'idle', userId: user.id, csrfToken: 'tok', createdAt: t0, expiresAt: at(10_000) });
    await db.sessions.create({ idHash: 'old', userId: user.id, csrfToken: 'tok', createdAt: t0, expiresAt: at(1_000) });
    await db.sessions.touch('a', at(4_000));
    expect((await db.sessions.byIdHash('a'))!.lastSeenAt).toEqual(at(4_000));
    // At 5 s with 3 s idle allowed: 'idle' (seen at 0) and 'old' (expired at 1 s) go.
    expect(await db.sessions.deleteExpired(at(5_000), at(2_000))).toBe(2);
    expect(await db.sessions.byIdHash('a')).toBeDefined();
    expect(await db.sessions.byIdHash('idle')).toBeUndefined();
    expect(await db.sessions.delete('a')).toBe(true);
    expect(await db.sessions.delete('a')).toBe(false);
  });
});

describe('audit log', () => {
  it('pages newest first and filters', async () => {
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 7; i++) {
      await db.audit.record({ userId: null, actor: 'system', at: new Date(t0 + i * 1000), action: i % 2 ? 'a.odd' : 'a.even', entity: 'thing', entityId: String(i), after: { i } });
    }
    const first = await db.audit.list({ pageSize: 3 });
    expect(first).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    expect(first.entries.map((e) => e.entityId)).toEqual(['6', '5', '4']);
    expect((await db.audit.list({ pageSize: 3, page: 3 })).entries.map((e) => e.entityId)).toEqual(['0']);
    const odd = await db.audit.list({ action: 'a.odd' });
    expect(odd.total).toBe(3);
    expect(odd.entries[0]!.after).toEqual({ i: 5 });
    expect((await db.audit.list({ pageSize: 10_000 })).pageSize).toBe(200);
  });
});
