/**
 * No API route is left open by mistake: every route the app registers is asked anonymously and
 * must answer 401, unless it is on the short list of public routes below (the survey, the kiosk
 * device protocol, QR images, health, sign-in, and the integration push that authenticates with
 * its own key). A new route is covered the day it is mounted, without editing this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createFixture, type Fixture } from '../testing/fixture';

/** method + path pattern (Hono's) → why it is public. */
const PUBLIC: Readonly<Record<string, string>> = {
  'GET /api/v1/health': 'liveness probe',
  'POST /api/v1/session': 'signing in',
  'DELETE /api/v1/session': 'signing out answers 204 even when already out',
  'GET /api/v1/qr/:unit': 'QR images printed on posters',
  'GET /api/v1/qr/:unit/:file': 'QR images printed on posters',
  'POST /api/v1/responses': 'citizens submit the survey',
  'POST /api/v1/responses/batch': 'kiosks send their queue',
  'GET /api/v1/responses/:clientId': 'a receipt, by its unguessable id',
  'GET /api/v1/organisation/logo': 'the logo shown on public pages and posters',
};

/** Values for path parameters: the refusal must come before any lookup, so any value does. */
const PARAMS: Readonly<Record<string, string>> = { ':id': '1', ':slug': 'loket-makassar', ':service': 'izin-a', ':username': 'nobody', ':date': '2026-01-01' };

function concrete(path: string): string {
  return path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, (p) => PARAMS[p.replace(/\{.*$/, '')] ?? 'x');
}

let fx: Fixture;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  fx = await createFixture();
  app = createApp({ db: fx.db });
});
afterAll(() => fx.db.close());

describe('every API route refuses anonymous callers unless it is public', () => {
  it('anonymous → 401 on each protected route', async () => {
    const routes = app.routes.filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL');
    const seen = new Set<string>();
    const open: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Kiosk device endpoints authenticate with the device's bearer credential; pairing is public.
      if (route.path.startsWith('/api/v1/kiosk/') && !/pairing-codes|devices/.test(route.path)) continue;
      if (route.path.startsWith('/api/v1/integrations/')) {
        const res = await app.request(concrete(route.path), { method: route.method, headers: { 'content-type': 'application/json' }, body: '{}' });
        if (res.status !== 401) open.push(`${key} → ${res.status} (integration push without a key)`);
        continue;
      }
      if (key in PUBLIC) continue;
      const init: RequestInit = { method: route.method };
      if (route.method !== 'GET' && route.method !== 'HEAD') {
        init.headers = { 'content-type': 'application/json' };
        init.body = '{}';
      }
      const res = await app.request(concrete(route.path), init);
      if (res.status !== 401) open.push(`${key} → ${res.status}`);
    }
    expect(open).toEqual([]);
    expect(seen.size).toBeGreaterThan(40);
  });
});
