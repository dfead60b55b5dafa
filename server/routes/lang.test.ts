/**
 * Language choice: API messages follow the puas_lang cookie, else Accept-Language; pages follow
 * the cookie, else Bahasa Indonesia; /bahasa remembers a choice and only sends the browser back
 * to a path of this site.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { AppEnv } from '../env';
import { createFixture, type Fixture } from '../testing/fixture';
import { detectLang, LANG_COOKIE, langFromHeader, langSwitch, pageLang } from './lang';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  fx = await createFixture();
  app = createApp({ db: fx.db });
});
afterAll(() => fx.db.close());

/** Both languages as the middleware sees them, on a bare app. */
const probe = new Hono<AppEnv>().use('*', detectLang).get('/', (c) => c.json({ api: c.get('lang'), page: pageLang(c) }));
const langs = async (headers: Record<string, string>) => (await probe.request('/', { headers })).json();

describe('detectLang and pageLang', () => {
  it('default to Bahasa Indonesia; the API follows Accept-Language only when English comes first', async () => {
    expect(await langs({})).toEqual({ api: 'id', page: 'id' });
    expect(await langs({ 'accept-language': 'en-GB,en;q=0.9' })).toEqual({ api: 'en', page: 'id' });
    expect(await langs({ 'accept-language': 'id-ID,en;q=0.8' })).toEqual({ api: 'id', page: 'id' });
    expect(langFromHeader('EN-us')).toBe('en');
    expect(langFromHeader('fr, en')).toBe('id');
  });

  it('let the cookie win over Accept-Language, and ignore values that are not a language', async () => {
    expect(await langs({ cookie: `${LANG_COOKIE}=en` })).toEqual({ api: 'en', page: 'en' });
    expect(await langs({ cookie: `${LANG_COOKIE}=id`, 'accept-language': 'en' })).toEqual({ api: 'id', page: 'id' });
    expect(await langs({ cookie: `${LANG_COOKIE}=fr`, 'accept-language': 'en' })).toEqual({ api: 'en', page: 'id' });
  });

  it('give API error messages in the chosen language', async () => {
    const message = async (headers: Record<string, string>) => ((await (await app.request('/api/v1/units', { headers })).json()) as { error: { message: string } }).error.message;
    expect(await message({})).toBe('Silakan masuk terlebih dahulu.');
    expect(await message({ cookie: `${LANG_COOKIE}=en` })).toBe('Please sign in first.');
    expect(await message({ cookie: `${LANG_COOKIE}=id`, 'accept-language': 'en' })).toBe('Silakan masuk terlebih dahulu.');
  });
});

describe('/bahasa', () => {
  const bare = new Hono<AppEnv>().get('/bahasa', langSwitch);
  const go = (query: string) => bare.request(`/bahasa?${query}`);
  const cookieOf = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith(`${LANG_COOKIE}=`));

  it('remembers the choice for a year and goes back to the page', async () => {
    const res = await go(`ke=en&next=${encodeURIComponent('/dashboard/loket?period=3')}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dashboard/loket?period=3');
    const cookie = cookieOf(res)!;
    expect(cookie).toMatch(/^puas_lang=en;/);
    expect(cookie).toContain('Max-Age=31536000');
    expect(cookie).toContain('Path=/');
    expect(cookieOf(await go('ke=id&next=/'))).toMatch(/^puas_lang=id;/);
    // Anything but "en" means Bahasa Indonesia.
    expect(cookieOf(await go('ke=fr'))).toMatch(/^puas_lang=id;/);
  });

  it('only redirects to paths of this site', async () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'masuk', '/a\r\nSet-Cookie: x=1', '']) {
      const res = await go(`ke=en&next=${encodeURIComponent(next)}`);
      expect(res.status, next).toBe(303);
      expect(res.headers.get('location'), next).toBe('/');
    }
    expect((await go('ke=en')).headers.get('location')).toBe('/');
  });

  it('is served by the app itself', async () => {
    const res = await app.request('/bahasa?ke=en&next=%2Fmasuk');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/masuk');
    expect(cookieOf(res)).toMatch(/^puas_lang=en;/);
  });
});
