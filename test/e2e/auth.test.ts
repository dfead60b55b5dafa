/**
 * Sign-in and roles on the real server (built site): the first start's one-time password, the
 * page matrix (anonymous → /masuk, wrong role → 403 page), CSRF on page forms, and a browser
 * signing in, seeing the dashboard, signing out.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../server/main';
import { addUser, TEST_PASSWORD } from '../../server/testing/auth';
import { serverOptions, useE2eServer } from './server';

const e2e = useE2eServer({ name: 'auth' });

beforeAll(async () => {
  const org = await e2e.server.db.organisations.create({ slug: 'kota-uji', name: 'Kota Uji' });
  for (const slug of ['loket-satu', 'loket-dua']) await e2e.server.db.units.create({ organisationId: org.id, slug, name: `Loket ${slug.slice(6)}` });
  await addUser(e2e.server.db, 'admin2', 'admin');
  await addUser(e2e.server.db, 'operator1', 'operator', { units: ['loket-satu'] });
  await addUser(e2e.server.db, 'viewer1', 'viewer');
});

/** Signs in through the /masuk form; the session cookie. */
async function signIn(username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${e2e.origin}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: e2e.origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }),
  });
  expect(res.status, `sign-in of ${username}`).toBe(303);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

const get = (path: string, cookie?: string) => fetch(`${e2e.origin}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

describe('first start', () => {
  it('creates admin with a one-time password printed once, and forces its change', async () => {
    expect(e2e.server.firstAdmin).toEqual({ username: 'admin', password: expect.stringMatching(/^[A-Za-z0-9]{16}$/) });
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const second = await startServer(serverOptions(join(e2e.dir, 'puas.db'), { log: true }));
      await second.close();
      expect(second.firstAdmin).toBeNull();
      expect(log.mock.calls.flat().join('\n')).not.toContain('AKUN ADMIN PERTAMA');
      const fresh = await startServer(serverOptions(':memory:', { log: true }));
      await fresh.close();
      const printed = log.mock.calls.flat().join('\n');
      expect(printed).toContain('AKUN ADMIN PERTAMA / FIRST ADMINISTRATOR ACCOUNT');
      expect(printed).toContain(fresh.firstAdmin!.password);
    } finally {
      log.mockRestore();
    }

    const cookie = await signIn('admin', e2e.server.firstAdmin!.password);
    const dash = await get('/dashboard/loket-satu', cookie);
    expect(dash.status).toBe(303);
    expect(dash.headers.get('location')).toBe('/akun/kata-sandi?next=%2Fdashboard%2Floket-satu');
    const api = await get('/api/v1/units', cookie);
    expect(api.status).toBe(403);
    const page = await (await get('/akun/kata-sandi', cookie)).text();
    expect(page).toContain('data-testid="password-forced"');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const change = await fetch(`${e2e.origin}/akun/kata-sandi`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: e2e.origin, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, current_password: e2e.server.firstAdmin!.password, new_password: 'admin-baru-2026', confirm_password: 'admin-baru-2026', next: '/dashboard/loket-satu' }),
    });
    expect(change.status).toBe(303);
    expect(change.headers.get('location')).toBe('/dashboard/loket-satu');
    expect((await get('/dashboard/loket-satu', cookie)).status).toBe(200);
  });
});

describe('page matrix', () => {
  const cookies: Record<string, string | undefined> = {};
  beforeAll(async () => {
    cookies.anonymous = undefined;
    cookies.admin = await signIn('admin2');
    cookies.operator = await signIn('operator1');
    cookies.viewer = await signIn('viewer1');
  });

  // 200 = shown; 303 = sent to /masuk; 403 = "access denied" page.
  const MATRIX: [string, Record<'anonymous' | 'admin' | 'operator' | 'viewer', number>][] = [
    ['/', { anonymous: 200, admin: 200, operator: 200, viewer: 200 }],
    ['/masuk', { anonymous: 200, admin: 303, operator: 303, viewer: 303 }],
    ['/s/loket-satu', { anonymous: 200, admin: 200, operator: 200, viewer: 200 }],
    ['/kiosk', { anonymous: 200, admin: 200, operator: 200, viewer: 200 }],
    ['/dashboard/loket-satu', { anonymous: 303, admin: 200, operator: 200, viewer: 200 }],
    ['/dashboard/loket-dua', { anonymous: 303, admin: 200, operator: 403, viewer: 200 }],
    // Encoded the way Astro decodes it: the gate must see the same page.
    ['/dash%62oard/loket%2Ddua', { anonymous: 303, admin: 200, operator: 403, viewer: 200 }],
    ['/poster/loket-satu', { anonymous: 303, admin: 200, operator: 200, viewer: 403 }],
    ['/poster/loket-dua', { anonymous: 303, admin: 200, operator: 403, viewer: 403 }],
    ['/akun/kata-sandi', { anonymous: 303, admin: 200, operator: 200, viewer: 200 }],
  ];
  for (const [path, expected] of MATRIX) {
    it(`${path}: ${JSON.stringify(expected)}`, async () => {
      for (const who of ['anonymous', 'admin', 'operator', 'viewer'] as const) {
        const res = await get(path, cookies[who]);
        expect(res.status, `${who} ${path}`).toBe(expected[who]);
        if (res.status === 303 && who === 'anonymous') expect(res.headers.get('location')).toBe(`/masuk?next=${encodeURIComponent(path)}`);
        if (res.status === 403) expect(await res.text()).toContain('data-testid="forbidden"');
      }
    });
  }

  it('shows an operator their own units only, and anonymous visitors a sign-in link', async () => {
    const units = (html: string) => [...html.matchAll(/data-unit="([^"]+)"/g)].map((m) => m[1]);
    expect(units(await (await get('/', cookies.operator)).text())).toEqual(['loket-satu']);
    expect(units(await (await get('/', cookies.viewer)).text()).sort()).toEqual(['loket-dua', 'loket-satu']);
    const anonymous = await (await get('/')).text();
    expect(units(anonymous)).toEqual([]);
    expect(anonymous).toContain('data-testid="home-anonymous"');
  });

  it('keeps the typed username after a failed sign-in, and refuses page forms without the CSRF token', async () => {
    const failed = await fetch(`${e2e.origin}/masuk`, { method: 'POST', headers: { origin: e2e.origin, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username: 'Viewer1', password: 'salah-sekali' }) });
    expect(failed.status).toBe(401);
    const html = await failed.text();
    expect(html).toContain('value="Viewer1"');
    expect(html).toContain('Nama pengguna atau kata sandi salah.');

    const cookie = await signIn('viewer1');
    const post = (body: Record<string, string>) =>
      fetch(`${e2e.origin}/keluar`, { method: 'POST', redirect: 'manual', headers: { origin: e2e.origin, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
    expect((await post({})).status).toBe(403);
    expect((await post({ _csrf: 'wrong' })).status).toBe(403);
    expect((await get('/dashboard/loket-satu', cookie)).status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await get('/keluar', cookie)).text())![1]!;
    const out = await post({ _csrf: csrf });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/masuk?keluar=1');
    expect((await get('/dashboard/loket-satu', cookie)).status).toBe(303);
  });
});

describe('in a browser', () => {
  it('signs in at /masuk, sees the dashboard, signs out, and is sent back to /masuk', async () => {
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${e2e.origin}/dashboard/loket-satu`);
    await page.waitForURL('**/masuk?next=%2Fdashboard%2Floket-satu');
    await page.getByLabel('Nama pengguna').fill('operator1');
    await page.getByLabel('Kata sandi').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('form-error').count()).toBe(1);
    expect(await page.getByLabel('Nama pengguna').inputValue()).toBe('operator1');

    await page.getByLabel('Kata sandi').fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(`${e2e.origin}/dashboard/loket-satu`), page.getByRole('button', { name: 'Masuk' }).click()]);
    expect(await page.locator('h1').textContent()).toContain('Loket satu');
    expect(await page.getByTestId('account').textContent()).toContain('operator1');

    await Promise.all([page.waitForURL('**/masuk?keluar=1'), page.getByTestId('sign-out').click()]);
    expect(await page.getByTestId('signed-out').isVisible()).toBe(true);
    await page.goto(`${e2e.origin}/dashboard/loket-satu`);
    expect(page.url()).toBe(`${e2e.origin}/masuk?next=%2Fdashboard%2Floket-satu`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
