/** Sessions over time: expiry, sign-out, disabled accounts, throttling, password changes and their audit entries. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addUser, sessionCookie, signInApi, TEST_PASSWORD } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';
import { hashSessionId, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session';

const HOUR = 3_600_000;
let fx: Fixture;
let clock: number;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  fx = await createFixture();
  clock = Date.UTC(2026, 2, 2, 1, 0, 0);
  app = createApp({ db: fx.db, auth: { now: () => new Date(clock) } });
  await addUser(fx.db, 'admin1', 'admin');
  await addUser(fx.db, 'budi', 'operator', { units: [fx.unitSlug] });
});
afterEach(() => fx.db.close());

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const status = async (headers: Record<string, string>) => (await app.request('/api/v1/units', { headers })).status;
const signInRaw = (username: string, password: string) => app.request('/api/v1/session', json({ username, password }));

describe('cookie', () => {
  it('is HttpOnly and SameSite=Lax, Secure when asked', async () => {
    const res = await signInRaw('budi', TEST_PASSWORD);
    const line = res.headers.getSetCookie().find((l) => l.startsWith('puas_session='))!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    expect(line).not.toMatch(/Secure/);
    expect(line).toMatch(/^puas_session=[A-Za-z0-9_-]{43};/);
    const secure = createApp({ db: fx.db, auth: { secureCookies: true } });
    const line2 = (await secure.request('/api/v1/session', json({ username: 'budi', password: TEST_PASSWORD }))).headers.getSetCookie()[0]!;
    expect(line2).toMatch(/Secure/);
    const https = await app.request('https://puas.example/api/v1/session', json({ username: 'budi', password: TEST_PASSWORD }));
    expect(https.headers.getSetCookie()[0]).toMatch(/Secure/);
  });

  it('stores only the hash of the cookie value', async () => {
    const signed = await signInApi(app, 'budi');
    const value = signed.cookie.split('=')[1]!;
    expect(await fx.db.sessions.byIdHash(value)).toBeUndefined();
    expect(await fx.db.sessions.byIdHash(hashSessionId(value))).toBeDefined();
  });
});

describe('expiry and sign-out', () => {
  it('ends after 8 hours without a request', async () => {
    const signed = await signInApi(app, 'budi');
    clock += SESSION_IDLE_MS - 60_000;
    expect(await status(signed.headers())).toBe(200);
    clock += SESSION_IDLE_MS - 60_000; // active a moment ago: still alive
    expect(await status(signed.headers())).toBe(200);
    clock += SESSION_IDLE_MS;
    expect(await status(signed.headers())).toBe(401);
    expect(await fx.db.sessions.byIdHash(hashSessionId(signed.cookie.split('=')[1]!))).toBeUndefined();
  });

  it('ends 7 days after sign-in however active', async () => {
    const signed = await signInApi(app, 'budi');
    const end = clock + SESSION_ABSOLUTE_MS;
    while (clock + 6 * HOUR < end) {
      clock += 6 * HOUR;
      expect(await status(signed.headers())).toBe(200);
    }
    clock = end;
    const res = await app.request('/api/v1/units', { headers: signed.headers() });
    expect(res.status).toBe(401);
    expect(sessionCookie(res)).toBe('puas_session=');
  });

  it('signs out: the cookie is cleared and no longer works', async () => {
    const signed = await signInApi(app, 'budi');
    const res = await app.request('/api/v1/session', { method: 'DELETE', headers: signed.headers() });
    expect(res.status).toBe(204);
    expect(sessionCookie(res)).toBe('puas_session=');
    expect(await status(signed.headers())).toBe(401);
    const actions = (await fx.db.audit.list()).entries.map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['session.signOut', 'session.signIn']);
  });
});

describe('disabled accounts', () => {
  it('end their sessions at once, and cannot sign in', async () => {
    const budi = await signInApi(app, 'budi');
    const admin = await signInApi(app, 'admin1');
    expect(await status(budi.headers())).toBe(200);
    const res = await app.request('/api/v1/users/budi/disable', { method: 'POST', headers: admin.headers() });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { disabledAt: string }).disabledAt).toBe(new Date(clock).toISOString());
    expect(await status(budi.headers())).toBe(401);
    const again = await signInRaw('budi', TEST_PASSWORD);
    expect(again.status).toBe(403);
    expect(sessionCookie(again)).toBeUndefined();
    const [entry] = (await fx.db.audit.list({ action: 'user.disable' })).entries;
    expect(entry).toMatchObject({ actor: 'admin1', entity: 'user', before: expect.objectContaining({ disabledAt: null }), after: expect.objectContaining({ disabledAt: new Date(clock).toISOString() }) });
  });

  it('are checked on every request, even if a session row survived', async () => {
    const user = (await fx.db.users.byUsername('budi'))!;
    await fx.db.users.disable(user.id, new Date(clock));
    await fx.db.sessions.create({ idHash: hashSessionId('left-over'), userId: user.id, csrfToken: 't', createdAt: new Date(clock), expiresAt: new Date(clock + HOUR) });
    expect(await status({ cookie: 'puas_session=left-over' })).toBe(401);
  });

  it('an admin cannot disable themselves', async () => {
    const admin = await signInApi(app, 'admin1');
    expect((await app.request('/api/v1/users/admin1/disable', { method: 'POST', headers: admin.headers() })).status).toBe(400);
  });
});

describe('throttling', () => {
  it('locks an account for 15 minutes after 5 failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await signInRaw('budi', `wrong-password-${i}`)).status).toBe(401);
    const locked = await signInRaw('budi', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('900');
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Another account from the same address is not locked.
    expect((await signInRaw('admin1', TEST_PASSWORD)).status).toBe(200);
    clock += 15 * 60_000;
    expect((await signInRaw('budi', TEST_PASSWORD)).status).toBe(200);
  });

  it('counts unknown usernames like real ones, and blocks an address after 20 failures', async () => {
    for (let i = 0; i < 5; i++) await signInRaw('nobody', 'whatever-123');
    expect((await signInRaw('nobody', 'whatever-123')).status).toBe(429);
    for (let i = 0; i < 15; i++) expect((await signInRaw(`guess${i}`, 'whatever-123')).status).toBe(401);
    const blocked = await signInRaw('admin1', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('password change', () => {
  it('is forced for a one-time password, then ends the other sessions and is audited', async () => {
    await addUser(fx.db, 'sari', 'admin', { password: 'sementara-123', mustChangePassword: true });
    const here = await signInApi(app, 'sari', 'sementara-123');
    const elsewhere = await signInApi(app, 'sari', 'sementara-123');
    const refused = await app.request('/api/v1/units', { headers: here.headers() });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('password_change_required');

    const change = (body: unknown, headers = here.headers()) => app.request('/api/v1/session/password', json(body, headers));
    expect((await change({ current: 'sementara-123', next: 'baru-sekali-456' }, here.headers({}, { csrf: false }))).status).toBe(403);
    const wrong = await change({ current: 'tebakan-salah', next: 'baru-sekali-456' });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('current');
    const weak = await change({ current: 'sementara-123', next: 'pendek' });
    expect(((await weak.json()) as { error: { fields: Record<string, string> } }).error.fields.next).toBe('Kata sandi minimal 10 karakter.');
    expect((await change({ current: 'sementara-123', next: 'sementara-123' })).status).toBe(400);

    const ok = await change({ current: 'sementara-123', next: 'baru-sekali-456' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
    expect(await status(here.headers())).toBe(200);
    expect(await status(elsewhere.headers())).toBe(401);
    expect((await signInRaw('sari', 'sementara-123')).status).toBe(401);
    expect((await signInRaw('sari', 'baru-sekali-456')).status).toBe(200);

    const audit = await app.request('/api/v1/audit?action=user.password', { headers: (await signInApi(app, 'admin1')).headers() });
    const body = (await audit.json()) as { total: number; entries: { actor: string; before: unknown; after: unknown }[] };
    expect(body.total).toBe(1);
    expect(body.entries[0]).toMatchObject({ actor: 'sari', before: { mustChangePassword: true }, after: { mustChangePassword: false } });
  });
});

describe('audit of account changes', () => {
  it('records who created whom, with the record after and without the password', async () => {
    const admin = await signInApi(app, 'admin1');
    const res = await app.request('/api/v1/users', json({ username: 'Rina', role: 'operator', password: 'rahasia-rina-1', units: [fx.unitSlug], displayName: 'Rina S' }, admin.headers()));
    expect(res.status).toBe(201);
    const refused = await app.request('/api/v1/users', json({ username: 'x', role: 'boss', password: 'short', units: ['nope'] }, admin.headers()));
    expect(Object.keys(((await refused.json()) as { error: { fields: Record<string, string> } }).error.fields).sort()).toEqual(['password', 'role', 'units', 'username']);
    const page = (await (await app.request('/api/v1/audit?action=user.create&pageSize=1', { headers: admin.headers() })).json()) as {
      total: number;
      pageSize: number;
      entries: { actor: string; at: string; entityId: string; before: unknown; after: Record<string, unknown> }[];
    };
    expect(page.total).toBe(1);
    expect(page.entries[0]).toMatchObject({ actor: 'admin1', at: new Date(clock).toISOString(), before: null });
    expect(page.entries[0]!.after).toEqual({ username: 'rina', displayName: 'Rina S', role: 'operator', units: [fx.unitSlug], mustChangePassword: false, disabledAt: null });
    expect(JSON.stringify(page)).not.toContain('rahasia-rina-1');
  });
});
