/** The kiosk API through `app.request()`: pairing, the device's own routes, the admin routes. */
import type { HttpBindings } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKM_2017 } from '../../survey-kit/index';
import { createApp } from '../app';
import { createAccount } from '../auth/accounts';
import { createPairing } from '../kiosk/pairing';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
  await addUser(fx.db, 'admin-kiosk', 'admin');
});

/** Headers of a signed-in admin (sessions live in the database, so any app of `fx.db` accepts them). */
async function admin(app: App): Promise<Signed> {
  return signInApi(app, 'admin-kiosk');
}
afterAll(() => fx.db.close());

type App = ReturnType<typeof createApp>;
interface Json {
  [key: string]: unknown;
}

/** Request bindings as @hono/node-server gives them, for a client at `address`. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } }) as unknown as Partial<HttpBindings>;
const LOCAL = from('127.0.0.1');

function call(app: App, method: string, path: string, body?: unknown, opts: { credential?: string; address?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...opts.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (opts.credential) headers['authorization'] = `Bearer ${opts.credential}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return app.request(`/api/v1/kiosk${path}`, init, from(opts.address ?? '10.0.0.5'));
}

async function json(res: Response): Promise<Json> {
  return (await res.json()) as Json;
}

/** A code made through the admin route by a signed-in admin. */
async function newCode(app: App, body: Record<string, unknown> = {}): Promise<Json> {
  const signed = await admin(app);
  const res = await app.request('/api/v1/kiosk/pairing-codes', {
    method: 'POST',
    headers: signed.headers({ 'content-type': 'application/json' }),
    body: JSON.stringify({ unit: fx.unitSlug, ...body }),
  });
  expect(res.status).toBe(201);
  return json(res);
}

async function paired(app: App, body: Record<string, unknown> = {}): Promise<{ credential: string; id: number; pin: string }> {
  const made = await newCode(app, { pin: '2468', ...body });
  const res = await call(app, 'POST', '/pair', { code: made['code'] });
  expect(res.status).toBe(201);
  const p = await json(res);
  return { credential: p['credential'] as string, id: (p['device'] as { id: number }).id, pin: '2468' };
}

describe('pairing', () => {
  it('pairs a tablet with a code made by the admin, once, however the code is typed', async () => {
    const app = createApp({ db: fx.db });
    const made = await newCode(app, { service: fx.serviceSlug, name: 'Tablet loket 2', idleSeconds: 45, thanksSeconds: 5 });
    expect(made['code']).toMatch(/^[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}$/);
    expect(made['pin']).toMatch(/^\d{6}$/);
    expect(made['kioskUrl']).toBe('http://localhost/kiosk');
    const minutes = (Date.parse(made['expiresAt'] as string) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);

    const typed = ` ${(made['code'] as string).toLowerCase().replace('-', ' ')} `;
    const res = await call(app, 'POST', '/pair', { code: typed });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toMatchObject({
      device: { name: 'Tablet loket 2' },
      unit: { slug: fx.unitSlug, name: 'Loket Makassar' },
      service: { slug: fx.serviceSlug, name: 'Izin A' },
      settings: { idleSeconds: 45, thanksSeconds: 5 },
      instrument: { code: SKM_2017.code },
    });
    expect(body['credential']).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The same configuration, fetched with the credential; and the code is spent.
    const me = await call(app, 'GET', '/me', undefined, { credential: body['credential'] as string });
    expect(me.status).toBe(200);
    const { credential: _omit, ...config } = body;
    expect(await json(me)).toEqual(config);
    const again = await call(app, 'POST', '/pair', { code: made['code'] });
    expect(again.status).toBe(409);
    expect((await json(again))['error']).toMatchObject({ code: 'pairing_code_used', message: 'Kode pemasangan sudah dipakai. Minta kode baru kepada admin.' });
  });

  it('refuses an expired code with 410, an unknown one with 400, and says why', async () => {
    const app = createApp({ db: fx.db });
    const old = await createPairing(fx.db, { unit: fx.unitSlug }, new Date(Date.now() - 16 * 60_000));
    if (!old.ok) throw new Error('no code');
    const expired = await call(app, 'POST', '/pair', { code: old.pairing.code }, { headers: { 'accept-language': 'en' } });
    expect(expired.status).toBe(410);
    expect((await json(expired))['error']).toMatchObject({ code: 'pairing_code_expired', message: 'This pairing code has expired. Ask the admin for a new one.' });

    const unknown = await call(app, 'POST', '/pair', { code: 'ZZZ-999' });
    expect(unknown.status).toBe(400);
    expect((await json(unknown))['error']).toMatchObject({ code: 'pairing_code_invalid', fields: { code: 'Kode pemasangan tidak dikenal. Periksa kembali kode dari admin.' } });
    const malformed = await call(app, 'POST', '/pair', { code: 'AB0-1IO' });
    expect(malformed.status).toBe(400);
    expect((await json(malformed))['error']).toMatchObject({ fields: { code: 'Kode pemasangan terdiri dari 6 huruf dan angka, mis. ABC-234.' } });
    for (const bad of ['{', JSON.stringify({ code: 12 }), JSON.stringify({ code: 'ABC-234', extra: 1 })]) {
      const res = await call(app, 'POST', '/pair', bad);
      expect(res.status, bad).toBe(400);
      expect((await json(res))['error']).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('throttles wrong codes per address: ten a minute, then 429 even for a right code', async () => {
    const app = createApp({ db: fx.db });
    const made = await newCode(app);
    for (let i = 0; i < 10; i++) expect((await call(app, 'POST', '/pair', { code: 'ZZZ-999' }, { address: '10.1.1.1' })).status).toBe(400);
    const blocked = await call(app, 'POST', '/pair', { code: made['code'] }, { address: '10.1.1.1' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(50);
    expect((await json(blocked))['error']).toMatchObject({ code: 'rate_limited' });
    // Another tablet is not punished for it.
    expect((await call(app, 'POST', '/pair', { code: made['code'] }, { address: '10.1.1.2' })).status).toBe(201);
  });
});

describe('the device routes', () => {
  it('record a heartbeat with the queue counts and answer 401 without a valid credential', async () => {
    const app = createApp({ db: fx.db });
    const { credential, id } = await paired(app);
    const beat = await call(app, 'POST', '/heartbeat', { waiting: 3, rejected: 1 }, { credential });
    expect(beat.status).toBe(204);
    const device = await fx.db.devices.byId(id);
    expect(device).toMatchObject({ waiting: 3, rejected: 1 });
    expect(Date.now() - device!.lastSeenAt!.getTime()).toBeLessThan(5000);
    expect((await call(app, 'POST', '/heartbeat', { waiting: -1, rejected: 0 }, { credential })).status).toBe(400);

    for (const bad of [undefined, 'x'.repeat(43), 'not a credential']) {
      for (const [method, path, body] of [['GET', '/me', undefined], ['POST', '/heartbeat', { waiting: 0, rejected: 0 }], ['POST', '/exit', { pin: '2468' }]] as const) {
        const res = await call(app, method, path, body, bad === undefined ? {} : { credential: bad });
        expect(res.status, `${path} ${bad}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        expect((await json(res))['error']).toMatchObject({ code: 'unauthorized', message: 'Kiosk ini belum dipasangkan atau sudah dicabut.' });
      }
    }
  });

  it('lets staff out with the right PIN only, throttles wrong ones, and unpairs on request', async () => {
    const app = createApp({ db: fx.db });
    const { credential, pin, id } = await paired(app);
    expect((await call(app, 'POST', '/exit', { pin }, { credential })).status).toBe(204);
    const wrong = await call(app, 'POST', '/exit', { pin: '1357' }, { credential });
    expect(wrong.status).toBe(403);
    expect((await json(wrong))['error']).toMatchObject({ code: 'wrong_pin', message: 'PIN salah.' });
    for (let i = 0; i < 4; i++) expect((await call(app, 'POST', '/exit', { pin: `000${i}` }, { credential })).status).toBe(403);
    const blocked = await call(app, 'POST', '/exit', { pin }, { credential });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).not.toBeNull();

    // A fresh app (a restart) forgets the count; unpairing then retires the credential.
    const restarted = createApp({ db: fx.db });
    expect((await call(restarted, 'POST', '/exit', { pin, unpair: true }, { credential })).status).toBe(204);
    expect((await fx.db.devices.byId(id))?.revokedAt).not.toBeNull();
    expect((await call(restarted, 'GET', '/me', undefined, { credential })).status).toBe(401);
  });

  it('stop working once the admin revokes the device', async () => {
    const app = createApp({ db: fx.db });
    const { credential, id } = await paired(app);
    expect((await call(app, 'GET', '/me', undefined, { credential })).status).toBe(200);
    const revoke = await app.request(`/api/v1/kiosk/devices/${id}/revoke`, { method: 'POST', headers: (await admin(app)).headers() });
    expect(revoke.status).toBe(204);
    for (const [method, path, body] of [['GET', '/me', undefined], ['POST', '/heartbeat', { waiting: 1, rejected: 0 }], ['POST', '/exit', { pin: '2468' }]] as const) {
      expect((await call(app, method, path, body, { credential })).status, path).toBe(401);
    }
    expect((await app.request('/api/v1/kiosk/devices/99999/revoke', { method: 'POST', headers: (await admin(app)).headers() })).status).toBe(404);
  });
});

describe('the admin routes', () => {
  it('refuse every request without an account, even one from the server’s own machine', async () => {
    const app = createApp({ db: fx.db });
    const body = JSON.stringify({ unit: fx.unitSlug });
    const post = (env: Partial<HttpBindings> | undefined, headers: Record<string, string> = {}) =>
      app.request('/api/v1/kiosk/pairing-codes', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }, env);
    const refused: [Partial<HttpBindings> | undefined, Record<string, string>][] = [
      [from('192.168.1.20'), {}],
      [undefined, {}],
      [LOCAL, {}],
      [from('::1'), { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }],
      [LOCAL, { 'x-forwarded-for': '203.0.113.9' }],
    ];
    for (const [env, headers] of refused) {
      const res = await post(env, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect((await json(res))['error']).toMatchObject({ code: 'unauthorized' });
    }
    expect((await app.request('/api/v1/kiosk/devices', {}, LOCAL)).status).toBe(401);
    expect((await app.request('/api/v1/kiosk/devices/1/revoke', { method: 'POST' }, LOCAL)).status).toBe(401);
    const signed = await admin(app);
    expect((await app.request('/api/v1/kiosk/pairing-codes', { method: 'POST', headers: signed.headers({ 'content-type': 'application/json' }), body })).status).toBe(201);
  });

  it('answer a signed-in operator for their own units only, and a viewer for reading', async () => {
    const app = createApp({ db: fx.db });
    const org = (await fx.db.organisations.list())[0]!;
    const other = await fx.db.units.create({ organisationId: org.id, slug: 'loket-lain', name: 'Loket Lain' });
    const by = { userId: null, actor: 'test' };
    const password = 'kata-sandi-uji-123';
    for (const [username, role, units] of [['op-makassar', 'operator', [fx.unitSlug]], ['pimpinan', 'viewer', []]] as const) {
      const made = await createAccount(fx.db, { username, role, password, units: [...units] }, by, 'id');
      expect(made.ok).toBe(true);
    }
    const remote = from('10.0.0.30');
    async function signIn(username: string) {
      const res = await app.request('/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) }, remote);
      expect(res.status).toBe(200);
      const cookie = /puas_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
      const csrf = (await json(res))['csrfToken'] as string;
      return (path: string, init: { method?: string; body?: unknown } = {}) =>
        app.request(
          `/api/v1/kiosk${path}`,
          {
            method: init.method ?? 'GET',
            headers: { cookie: cookie!, 'x-csrf-token': csrf, 'content-type': 'application/json' },
            ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          },
          remote,
        );
    }

    const operator = await signIn('op-makassar');
    const own = await operator('/pairing-codes', { method: 'POST', body: { unit: fx.unitSlug, name: 'Tablet operator' } });
    expect(own.status).toBe(201);
    for (const unit of [other.slug, 'tidak-ada']) {
      const res = await operator('/pairing-codes', { method: 'POST', body: { unit } });
      expect(res.status, unit).toBe(403);
    }
    // A kiosk of the other unit: invisible to the operator, and not theirs to revoke.
    const foreign = await createPairing(fx.db, { unit: other.slug }, new Date());
    if (!foreign.ok) throw new Error('no code');
    const paired = await call(app, 'POST', '/pair', { code: foreign.pairing.code });
    const foreignId = ((await json(paired))['device'] as { id: number }).id;
    const listed = (await json(await operator('/devices')))['devices'] as Json[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((d) => d['unit'] === fx.unitSlug)).toBe(true);
    expect((await operator(`/devices?unit=${other.slug}`)).status).toBe(403);
    expect((await operator(`/devices/${foreignId}/revoke`, { method: 'POST' })).status).toBe(403);
    expect((await fx.db.devices.byId(foreignId))?.revokedAt).toBeNull();

    const viewer = await signIn('pimpinan');
    const all = (await json(await viewer('/devices')))['devices'] as Json[];
    expect(all.some((d) => d['id'] === foreignId)).toBe(true);
    expect((await viewer('/pairing-codes', { method: 'POST', body: { unit: fx.unitSlug } })).status).toBe(403);
    expect((await viewer(`/devices/${foreignId}/revoke`, { method: 'POST' })).status).toBe(403);
  });

  it('check what makes a code, field by field', async () => {
    const app = createApp({ db: fx.db });
    const signed = await admin(app);
    const post = (body: unknown) =>
      app.request('/api/v1/kiosk/pairing-codes', { method: 'POST', headers: signed.headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) });
    const bad = await post({ unit: fx.unitSlug, pin: '12', idleSeconds: 2, thanksSeconds: 601, name: '' });
    expect(bad.status).toBe(400);
    expect((await json(bad))['error']).toMatchObject({
      fields: {
        pin: 'PIN terdiri dari 4–8 angka.',
        idleSeconds: 'Harus bilangan bulat 5–3600 (detik).',
        thanksSeconds: 'Harus bilangan bulat 2–600 (detik).',
        name: 'Nama kiosk 1–80 huruf.',
      },
    });
    expect((await post({ unit: 'tidak-ada' })).status).toBe(404);
    const service = await post({ unit: fx.unitSlug, service: 'tidak-ada' });
    expect(service.status).toBe(404);
    expect((await json(service))['error']).toMatchObject({ message: 'Layanan "tidak-ada" tidak ditemukan pada unit "loket-makassar".' });
    // An operator's own PIN is not echoed back.
    const own = await post({ unit: fx.unitSlug, pin: '8642' });
    expect(own.status).toBe(201);
    expect(await json(own)).not.toHaveProperty('pin');
  });

  it('list the kiosks with last seen, queue counts and revocation', async () => {
    const app = createApp({ db: fx.db });
    const { credential, id } = await paired(app, { name: 'Tablet daftar' });
    await call(app, 'POST', '/heartbeat', { waiting: 7, rejected: 2 }, { credential });
    const res = await app.request(`/api/v1/kiosk/devices?unit=${fx.unitSlug}`, { headers: (await admin(app)).headers() });
    expect(res.status).toBe(200);
    const list = (await json(res))['devices'] as Json[];
    expect(list.find((d) => d['id'] === id)).toMatchObject({ name: 'Tablet daftar', unit: fx.unitSlug, service: null, waiting: 7, rejected: 2, revokedAt: null });
    expect((await app.request('/api/v1/kiosk/devices?unit=tidak-ada', { headers: (await admin(app)).headers() })).status).toBe(404);
  });
});
