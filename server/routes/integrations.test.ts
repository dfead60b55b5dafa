import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
let admin: Signed;
let operator: Signed;
beforeAll(async () => {
  fx = await createFixture();
  const org = (await fx.db.organisations.list())[0]!;
  const other = await fx.db.units.create({ organisationId: org.id, slug: 'loket-lain', name: 'Loket Lain' });
  await fx.db.services.create({ unitId: other.id, slug: 'izin-a', name: 'Izin A' });
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'admin', 'admin');
  await addUser(fx.db, 'operator', 'operator', { units: [fx.unitSlug] });
  admin = await signInApi(app, 'admin');
  operator = await signInApi(app, 'operator');
});
afterAll(() => fx.db.close());

const json = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', ...extra });

async function createKey(body: unknown): Promise<{ id: number; key: string; prefix: string; unit: string | null }> {
  const res = await app.request('/api/v1/integration-keys', { method: 'POST', headers: admin.headers(json()), body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; key: string; prefix: string; unit: string | null };
}

function push(key: string | null, path: 'served' | 'transactions', body: unknown) {
  return app.request(`/api/v1/integrations/${path}`, {
    method: path === 'served' ? 'PUT' : 'POST',
    headers: json(key === null ? {} : { authorization: `Bearer ${key}` }),
    body: JSON.stringify(body),
  });
}

const SERVED = (unit: string) => ({ unit, entries: [{ service: 'izin-a', day: '2026-03-10', count: 12 }] });

describe('integration keys', () => {
  it('are made and listed by admins only; the plain key is answered once and never listed', async () => {
    const made = await createKey({ name: 'OSS', unit: null });
    expect(made.key).toMatch(/^puas_[A-Za-z0-9_-]{43}$/);
    expect(made.key.startsWith(made.prefix)).toBe(true);
    const list = (await (await app.request('/api/v1/integration-keys', { headers: admin.headers() })).json()) as { keys: Record<string, unknown>[] };
    const listed = list.keys.find((k) => k.id === made.id);
    expect(listed).toMatchObject({ name: 'OSS', unit: null, prefix: made.prefix, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(made.key);
    expect((await app.request('/api/v1/integration-keys', { headers: operator.headers() })).status).toBe(403);
    const refused = await app.request('/api/v1/integration-keys', { method: 'POST', headers: operator.headers(json()), body: JSON.stringify({ name: 'x' }) });
    expect(refused.status).toBe(403);
    const unnamed = await app.request('/api/v1/integration-keys', { method: 'POST', headers: admin.headers(json()), body: JSON.stringify({ name: ' ' }) });
    expect(unnamed.status).toBe(400);
  });

  it('push people served and transactions without a session or CSRF token, and record the last use', async () => {
    const { id, key } = await createKey({ name: 'SIMPEL' });
    const served = await push(key, 'served', SERVED(fx.unitSlug));
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ unit: fx.unitSlug, written: 1 });
    const tx = await push(key, 'transactions', {
      unit: fx.unitSlug,
      transactions: [
        { service: 'izin-a', received: '2026-03-11', completed: '2026-03-12', reference: 'S-1' },
        { service: 'izin-a', received: '12/03/2026' },
      ],
    });
    expect(tx.status).toBe(200);
    expect(await tx.json()).toEqual({ unit: fx.unitSlug, inserted: 2, updated: 0, unchanged: 0 });

    const unitId = (await fx.db.units.bySlug(fx.unitSlug))!.id;
    expect((await fx.db.served.totals({ unitIds: [unitId], from: '2026-03-10', to: '2026-03-12' })).bySource).toEqual({ manual: 0, api: 12, transactions: 2 });
    expect((await fx.db.integrationKeys.list()).find((k) => k.id === id)?.lastUsedAt).not.toBeNull();
    expect((await fx.db.audit.list({ action: 'served.api' })).entries[0]?.actor).toBe('integration:SIMPEL');
  });

  it('refuses bad transactions all or nothing, each by its index and field', async () => {
    const { key } = await createKey({ name: 'Batch' });
    const res = await push(key, 'transactions', {
      unit: fx.unitSlug,
      transactions: [
        { service: 'izin-a', received: '2026-04-01', reference: 'B-1' },
        { service: 'izin-z', received: '2026-04-01' },
        { service: 'izin-a', received: '2026-04-31' },
      ],
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { fields: Record<string, string>; rows: { line: number; field: string }[] } };
    expect(Object.keys(error.fields)).toEqual(['transactions.1.service', 'transactions.2.received']);
    expect(error.rows.map((r) => [r.line, r.field])).toEqual([
      [1, 'service'],
      [2, 'received'],
    ]);
    const unitId = (await fx.db.units.bySlug(fx.unitSlug))!.id;
    expect((await fx.db.transactions.list({ unitIds: [unitId], from: '2026-04-01', to: '2026-04-30' }, { page: 1, pageSize: 5 })).total).toBe(0);
  });

  it('a key bound to a unit pushes only for that unit', async () => {
    const { key, unit } = await createKey({ name: 'Loket saja', unit: fx.unitSlug });
    expect(unit).toBe(fx.unitSlug);
    expect((await push(key, 'served', SERVED(fx.unitSlug))).status).toBe(200);
    const other = await push(key, 'served', SERVED('loket-lain'));
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await push(key, 'served', SERVED('tidak-ada'))).status).toBe(403);
  });

  it('a revoked, unknown or missing key gets 401', async () => {
    const { id, key } = await createKey({ name: 'Lama' });
    expect((await push(key, 'served', SERVED(fx.unitSlug))).status).toBe(200);
    const revoke = await app.request(`/api/v1/integration-keys/${id}/revoke`, { method: 'POST', headers: admin.headers() });
    expect(revoke.status).toBe(204);
    expect((await app.request(`/api/v1/integration-keys/${id}/revoke`, { method: 'POST', headers: admin.headers() })).status).toBe(404);
    const refused = await push(key, 'served', SERVED(fx.unitSlug));
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect((await push(`${key.slice(0, -4)}AAAA`, 'served', SERVED(fx.unitSlug))).status).toBe(401);
    expect((await push(null, 'transactions', { unit: fx.unitSlug, transactions: [] })).status).toBe(401);
    // A session is no key: the push endpoints answer only to a bearer key.
    const withSession = await app.request('/api/v1/integrations/served', { method: 'PUT', headers: admin.headers(json()), body: JSON.stringify(SERVED(fx.unitSlug)) });
    expect(withSession.status).toBe(401);
  });
});
