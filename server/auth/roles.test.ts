/**
 * The role matrix of the API: each role (and anonymous) against each route, allowed or refused
 * as specified — 401 when nobody is signed in, 403 when the account lacks the right — and CSRF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { AppEnv } from '../env';
import { roleFixtureApi } from '../testing/api';
import { signInApi, type Signed } from '../testing/auth';
import type { Fixture } from '../testing/fixture';

let fx: Fixture;
let app: Hono<AppEnv>;
const as: Record<string, Signed> = {};
const ANONYMOUS = { headers: () => ({}) } as unknown as Signed;

beforeAll(async () => {
  let admin: Signed, operator: Signed, viewer: Signed;
  ({ fx, app, admin, operator, viewer } = await roleFixtureApi());
  Object.assign(as, { admin, operator, viewer, anonymous: ANONYMOUS });
});
afterAll(() => fx.db.close());

type Who = 'anonymous' | 'admin' | 'operator' | 'viewer';
interface Case {
  name: string;
  method?: string;
  path: string | (() => string);
  body?: () => unknown;
  expect: Record<Who, number>;
}

let created = 0;
const MATRIX: Case[] = [
  { name: 'health', path: '/api/v1/health', expect: { anonymous: 200, admin: 200, operator: 200, viewer: 200 } },
  { name: 'QR image', path: () => `/api/v1/qr/${fx.unitSlug}.svg`, expect: { anonymous: 200, admin: 200, operator: 200, viewer: 200 } },
  { name: 'units', path: '/api/v1/units', expect: { anonymous: 401, admin: 200, operator: 200, viewer: 200 } },
  { name: 'IKM of own unit', path: () => `/api/v1/ikm?unit=${fx.unitSlug}&from=2026-03-01&to=2026-03-31`, expect: { anonymous: 401, admin: 200, operator: 200, viewer: 200 } },
  { name: "IKM of another unit", path: '/api/v1/ikm?unit=loket-jakarta&from=2026-03-01&to=2026-03-31', expect: { anonymous: 401, admin: 200, operator: 403, viewer: 200 } },
  { name: 'own session', path: '/api/v1/session', expect: { anonymous: 401, admin: 200, operator: 200, viewer: 200 } },
  { name: 'users', path: '/api/v1/users', expect: { anonymous: 401, admin: 200, operator: 403, viewer: 403 } },
  {
    name: 'create user',
    method: 'POST',
    path: '/api/v1/users',
    body: () => ({ username: `new${++created}`, role: 'viewer', password: 'sandi-baru-12345' }),
    expect: { anonymous: 401, admin: 201, operator: 403, viewer: 403 },
  },
  { name: 'disable user', method: 'POST', path: '/api/v1/users/nobody/disable', expect: { anonymous: 401, admin: 404, operator: 403, viewer: 403 } },
  { name: 'audit log', path: '/api/v1/audit', expect: { anonymous: 401, admin: 200, operator: 403, viewer: 403 } },
];

describe('role matrix (API)', () => {
  for (const c of MATRIX) {
    for (const who of ['anonymous', 'admin', 'operator', 'viewer'] as const) {
      it(`${c.name}: ${who} → ${c.expect[who]}`, async () => {
        const path = typeof c.path === 'function' ? c.path() : c.path;
        const body = c.body?.();
        const res = await app.request(path, {
          method: c.method ?? 'GET',
          headers: as[who]!.headers(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        expect(res.status).toBe(c.expect[who]);
        if (res.status === 401 || res.status === 403) {
          const err = ((await res.json()) as { error: { code: string } }).error;
          expect(err.code).toBe(res.status === 401 ? 'unauthorized' : 'forbidden');
        }
      });
    }
  }

  it('lists only the operator’s own units', async () => {
    const slugs = async (who: Who) =>
      ((await (await app.request('/api/v1/units', { headers: as[who]!.headers() })).json()) as { units: { slug: string }[] }).units.map((u) => u.slug);
    expect(await slugs('operator')).toEqual([fx.unitSlug]);
    expect((await slugs('viewer')).sort()).toEqual(['loket-jakarta', fx.unitSlug].sort());
  });

  it('names the refused unit in the 403', async () => {
    const res = await app.request('/api/v1/ikm?unit=loket-jakarta', { headers: as.operator!.headers({ 'accept-language': 'en' }) });
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Your account has no rights on unit "loket-jakarta".');
  });

  it('answers the session as specified', async () => {
    const res = await app.request('/api/v1/session', { headers: as.operator!.headers() });
    expect(await res.json()).toEqual({
      user: { username: 'operator1', displayName: 'operator1', role: 'operator', units: [fx.unitSlug] },
      csrfToken: as.operator!.csrf,
      mustChangePassword: false,
      expiresAt: expect.any(String),
    });
  });
});

describe('CSRF', () => {
  const post = (headers: Record<string, string>) =>
    app.request('/api/v1/users', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username: `csrf${++created}`, role: 'viewer', password: 'sandi-baru-12345' }) });

  it('refuses a signed-in change without the token, or with a wrong one', async () => {
    const missing = await post(as.admin!.headers({}, { csrf: false }));
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    const wrong = await post({ cookie: as.admin!.cookie, 'x-csrf-token': as.viewer!.csrf });
    expect(wrong.status).toBe(403);
    expect((await post(as.admin!.headers())).status).toBe(201);
  });

  it('refuses another site by Origin even with the right token; accepts this site', async () => {
    const evil = await post(as.admin!.headers({ origin: 'https://evil.example', host: 'puas.local' }));
    expect(evil.status).toBe(403);
    const crossSite = await post(as.admin!.headers({ 'sec-fetch-site': 'cross-site' }));
    expect(crossSite.status).toBe(403);
    expect((await post(as.admin!.headers({ origin: 'http://puas.local', host: 'puas.local' }))).status).toBe(201);
  });

  it('refuses sign-in posted from another site', async () => {
    const res = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', host: 'puas.local' },
      body: JSON.stringify({ username: 'viewer1', password: 'sandi-uji-12345' }),
    });
    expect(res.status).toBe(403);
  });

  it('keeps the session when sign-out comes without the token', async () => {
    const signed = await signInApi(app, 'viewer1');
    expect((await app.request('/api/v1/session', { method: 'DELETE', headers: signed.headers({}, { csrf: false }) })).status).toBe(403);
    expect((await app.request('/api/v1/session', { headers: signed.headers() })).status).toBe(200);
  });

  it('does not ask for a token on public writes (the survey), even from a signed-in browser', async () => {
    const res = await app.request('/api/v1/responses', { method: 'POST', headers: as.admin!.headers({ 'content-type': 'application/json' }, { csrf: false }), body: '{}' });
    expect(res.status).toBe(400);
  });
});
