/**
 * The users API beyond the role matrix (server/auth/roles.test.ts): creating with a typed or a
 * generated password, changing an operator's units, resetting a password, disabling twice —
 * refusals (400/401/403/404/409) write nothing, and every change leaves one audit entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { AppEnv } from '../env';
import { roleFixtureApi } from '../testing/api';
import { addUser, signInApi, TEST_PASSWORD, type Signed } from '../testing/auth';
import type { Fixture } from '../testing/fixture';

let fx: Fixture;
let app: Hono<AppEnv>;
let admin: Signed;
let operator: Signed;
let viewer: Signed;

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}
interface UserBody {
  username: string;
  role: string;
  units: string[];
  mustChangePassword: boolean;
  disabledAt: string | null;
  passwordChangedAt: string | null;
  oneTimePassword?: string;
}

beforeAll(async () => {
  ({ fx, app, admin, operator, viewer } = await roleFixtureApi());
});
afterAll(() => fx.db.close());

const send = (method: string, path: string, who: Signed | null, body?: unknown, extra: Record<string, string> = {}) =>
  app.request(path, {
    method,
    headers: { ...(who ? who.headers() : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extra },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

/** Audit entries other than sign-ins and sign-outs. */
async function changes(): Promise<number> {
  const all = (await fx.db.audit.list({ pageSize: 200 })).entries;
  return all.filter((e) => !e.action.startsWith('session.')).length;
}

async function unitsOf(username: string): Promise<string[]> {
  const user = (await fx.db.users.byUsername(username))!;
  const ids = await fx.db.users.unitIds(user.id);
  return (await Promise.all(ids.map((id) => fx.db.units.byId(id)))).map((u) => u!.slug).sort();
}

describe('POST /api/v1/users', () => {
  it('generates a one-time password, answered once, that must be changed at first sign-in', async () => {
    const before = await changes();
    const res = await send('POST', '/api/v1/users', admin, { username: 'Wati', role: 'operator', units: [fx.unitSlug], generatePassword: true, displayName: 'Wati K' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as UserBody;
    expect(body).toMatchObject({ username: 'wati', role: 'operator', units: [fx.unitSlug], mustChangePassword: true, passwordChangedAt: null });
    expect(body.oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await changes()).toBe(before + 1);
    const [entry] = (await fx.db.audit.list({ action: 'user.create', entityId: String((await fx.db.users.byUsername('wati'))!.id) })).entries;
    expect(entry).toMatchObject({ actor: 'admin1', before: null, after: expect.objectContaining({ mustChangePassword: true, units: [fx.unitSlug] }) });
    expect(JSON.stringify(entry)).not.toContain(body.oneTimePassword!);

    const wati = await signInApi(app, 'wati', body.oneTimePassword!);
    const refused = await send('GET', '/api/v1/units', wati);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('password_change_required');
    // The list never shows a one-time password again.
    expect(JSON.stringify(await (await send('GET', '/api/v1/users', admin)).json())).not.toContain(body.oneTimePassword!);
  });

  it('takes a password typed twice, and refuses two that differ without writing anything', async () => {
    const before = await changes();
    const mismatch = await send('POST', '/api/v1/users', admin, { username: 'dodi', role: 'viewer', password: 'kata-sandi-dodi', passwordConfirm: 'kata-sandi-dodo' });
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as ErrorBody).error.fields).toEqual({ passwordConfirm: 'Kedua isian kata sandi tidak sama.' });
    const missing = await send('POST', '/api/v1/users', admin, { username: 'dodi', role: 'viewer', password: null, units: null }, { 'accept-language': 'en' });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).error.fields).toEqual({ password: 'Give an initial password, or choose "generate a one-time password".' });
    const several = await send('POST', '/api/v1/users', admin, { username: 'dodi', role: 'operator', password: 'pendek', passwordConfirm: 'lain' });
    expect(Object.keys(((await several.json()) as ErrorBody).error.fields!).sort()).toEqual(['password', 'passwordConfirm', 'units']);
    expect(await fx.db.users.byUsername('dodi')).toBeUndefined();
    expect(await changes()).toBe(before);

    const ok = await send('POST', '/api/v1/users', admin, { username: 'dodi', role: 'viewer', password: 'kata-sandi-dodi', passwordConfirm: 'kata-sandi-dodi', mustChangePassword: true });
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as UserBody;
    expect(body.mustChangePassword).toBe(true);
    expect(body).not.toHaveProperty('oneTimePassword');
  });

  it('answers 409 for a taken username, 400 for a malformed body', async () => {
    const before = await changes();
    const taken = await send('POST', '/api/v1/users', admin, { username: 'Operator1', role: 'viewer', password: 'sandi-baru-12345' });
    expect(taken.status).toBe(409);
    const err = ((await taken.json()) as ErrorBody).error;
    expect(err.code).toBe('conflict');
    expect(err.fields).toEqual({ username: 'Nama pengguna "operator1" sudah dipakai.' });
    const typed = await send('POST', '/api/v1/users', admin, { username: 5, role: 'viewer', generatePassword: 'yes' });
    expect(typed.status).toBe(400);
    expect(Object.keys(((await typed.json()) as ErrorBody).error.fields!).sort()).toEqual(['generatePassword', 'username']);
    expect((await send('POST', '/api/v1/users', admin, 'not json')).status).toBe(400);
    expect(await changes()).toBe(before);
  });
});

describe('PUT /api/v1/users/:username/units', () => {
  it('replaces an operator’s units, audited with before and after', async () => {
    await addUser(fx.db, 'rudi', 'operator', { units: [fx.unitSlug] });
    const res = await send('PUT', '/api/v1/users/rudi/units', admin, { units: ['loket-jakarta'] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as UserBody).units).toEqual(['loket-jakarta']);
    expect(await unitsOf('rudi')).toEqual(['loket-jakarta']);
    const [entry] = (await fx.db.audit.list({ action: 'user.units' })).entries;
    expect(entry).toMatchObject({ actor: 'admin1', before: expect.objectContaining({ units: [fx.unitSlug] }), after: expect.objectContaining({ units: ['loket-jakarta'] }) });

    const audit = (await (await send('GET', '/api/v1/audit?action=user.units&user=admin1', admin)).json()) as { total: number; entries: { changes: unknown }[] };
    expect(audit.total).toBe(1);
    expect(audit.entries[0]!.changes).toEqual([{ key: 'units', before: fx.unitSlug, after: 'loket-jakarta' }]);

    // The same units again change nothing and log nothing.
    const before = await changes();
    expect((await send('PUT', '/api/v1/users/rudi/units', admin, { units: ['loket-jakarta'] })).status).toBe(200);
    expect(await changes()).toBe(before);
  });

  it('refuses without changing anything: 400 bad units, 404 unknown user, 409 not an operator, 401/403 without the right', async () => {
    await addUser(fx.db, 'tono', 'operator', { units: [fx.unitSlug] });
    const before = await changes();
    const cases: [Signed | null, string, unknown, number, string][] = [
      [admin, 'tono', { units: ['nope'] }, 400, 'validation_failed'],
      [admin, 'tono', { units: [] }, 400, 'validation_failed'],
      [admin, 'tono', { units: 'loket-jakarta' }, 400, 'validation_failed'],
      [admin, 'tono', {}, 400, 'validation_failed'],
      [admin, 'nobody', { units: ['loket-jakarta'] }, 404, 'not_found'],
      [admin, 'viewer1', { units: ['loket-jakarta'] }, 409, 'conflict'],
      [null, 'tono', { units: ['loket-jakarta'] }, 401, 'unauthorized'],
      [operator, 'tono', { units: ['loket-jakarta'] }, 403, 'forbidden'],
      [viewer, 'tono', { units: ['loket-jakarta'] }, 403, 'forbidden'],
    ];
    for (const [who, username, body, status, code] of cases) {
      const res = await send('PUT', `/api/v1/users/${username}/units`, who, body);
      expect(res.status, `${username} ${JSON.stringify(body)}`).toBe(status);
      expect(((await res.json()) as ErrorBody).error.code).toBe(code);
    }
    const noToken = await app.request('/api/v1/users/tono/units', { method: 'PUT', headers: admin.headers({ 'content-type': 'application/json' }, { csrf: false }), body: JSON.stringify({ units: ['loket-jakarta'] }) });
    expect(noToken.status).toBe(403);
    expect(await unitsOf('tono')).toEqual([fx.unitSlug]);
    expect(await changes()).toBe(before);
  });
});

describe('POST /api/v1/users/:username/password-reset', () => {
  it('sets a one-time password shown once, ends the account’s sessions, and is audited without secrets', async () => {
    await addUser(fx.db, 'budi', 'viewer');
    const budi = await signInApi(app, 'budi');
    expect((await send('GET', '/api/v1/units', budi)).status).toBe(200);
    const res = await send('POST', '/api/v1/users/budi/password-reset', admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as UserBody;
    expect(body.mustChangePassword).toBe(true);
    expect(body.passwordChangedAt).not.toBeNull();
    expect(body.oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect((await send('GET', '/api/v1/units', budi)).status).toBe(401);
    await expect(signInApi(app, 'budi', TEST_PASSWORD)).rejects.toThrow(/401/);
    const again = await signInApi(app, 'budi', body.oneTimePassword!);
    expect(((await (await send('GET', '/api/v1/units', again)).json()) as ErrorBody).error.code).toBe('password_change_required');

    const [entry] = (await fx.db.audit.list({ action: 'user.password', userId: (await fx.db.users.byUsername('admin1'))!.id })).entries;
    expect(entry).toMatchObject({ actor: 'admin1', entityId: String((await fx.db.users.byUsername('budi'))!.id), after: expect.objectContaining({ mustChangePassword: true }) });
    expect(JSON.stringify(entry)).not.toContain(body.oneTimePassword!);
    expect(JSON.stringify(entry)).not.toContain('scrypt');
  });

  it('refuses one’s own account, unknown accounts, and accounts without the right, writing nothing', async () => {
    const before = await changes();
    const hash = (await fx.db.users.byUsername('operator1'))!.passwordHash;
    const own = await send('POST', '/api/v1/users/admin1/password-reset', admin);
    expect(own.status).toBe(400);
    expect((await send('POST', '/api/v1/users/nobody/password-reset', admin)).status).toBe(404);
    expect((await send('POST', '/api/v1/users/operator1/password-reset', null)).status).toBe(401);
    expect((await send('POST', '/api/v1/users/operator1/password-reset', viewer)).status).toBe(403);
    expect((await send('POST', '/api/v1/users/operator1/password-reset', operator)).status).toBe(403);
    expect((await app.request('/api/v1/users/operator1/password-reset', { method: 'POST', headers: admin.headers({}, { csrf: false }) })).status).toBe(403);
    expect((await fx.db.users.byUsername('operator1'))!.passwordHash).toBe(hash);
    expect(await changes()).toBe(before);
  });
});

describe('disable and enable', () => {
  it('answer 409 when there is nothing to do, and log only real changes', async () => {
    await addUser(fx.db, 'sari', 'viewer');
    expect((await send('POST', '/api/v1/users/sari/disable', admin)).status).toBe(200);
    const before = await changes();
    const twice = await send('POST', '/api/v1/users/sari/disable', admin, undefined, { 'accept-language': 'en' });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as ErrorBody).error.message).toBe('Account "sari" is already disabled.');
    expect(await changes()).toBe(before);
    expect((await send('POST', '/api/v1/users/sari/enable', admin)).status).toBe(200);
    expect((await send('POST', '/api/v1/users/sari/enable', admin)).status).toBe(409);
    expect(await changes()).toBe(before + 1);
  });
});

describe('GET /api/v1/audit', () => {
  it('filters by user and answers an empty page for an unknown one', async () => {
    const mine = (await (await send('GET', '/api/v1/audit?user=admin1&pageSize=200', admin)).json()) as { total: number; entries: { actor: string }[] };
    expect(mine.total).toBeGreaterThan(0);
    expect(new Set(mine.entries.map((e) => e.actor))).toEqual(new Set(['admin1']));
    const none = (await (await send('GET', '/api/v1/audit?user=nobody', admin)).json()) as { total: number; entries: unknown[] };
    expect(none).toMatchObject({ total: 0, entries: [] });
  });
});
