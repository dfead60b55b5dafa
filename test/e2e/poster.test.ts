/**
 * The printable poster in a real browser: the real server (built site, demo data), Debian's
 * chromium. The code on the rendered page must scan to the survey link, the page must fit one
 * A4 sheet, and the screen-only parts must disappear on paper.
 */
import type { RunningServer } from '../../server/main';
import { addUser } from '../../server/testing/auth';
import { decodePng } from '../../server/testing/qr-decode';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInThroughPage } from './sign-in';
import { useE2eServer } from './server';

const PUBLIC_URL = 'https://skm.kota-contoh.go.id';

const e2e = useE2eServer({ name: 'poster', demo: true });
let local: RunningServer;
let published: RunningServer;

beforeAll(async () => {
  local = e2e.server;
  published = await e2e.another('b.db', { demo: true, publicUrl: PUBLIC_URL });
  // Posters are for the unit's operators and admins: each page signs in first.
  for (const server of [local, published]) await addUser(server.db, 'petugas', 'operator', { units: ['perizinan-usaha'] });
});

describe('A4 poster', () => {
  it('renders the unit name and a code that scans to the unit survey, on one A4 page', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInThroughPage(page, local.url, 'petugas');
    const res = await page.goto(`${local.url}poster/perizinan-usaha`);
    expect(res?.status()).toBe(200);
    const unit = await local.db.units.bySlug('perizinan-usaha');
    await expect(page.getByTestId('poster-unit').textContent()).resolves.toBe(unit!.name);
    expect(await page.locator('[data-testid="poster"] .frame svg').count()).toBe(1);

    const shot = await page.locator('[data-testid="poster"] .frame').screenshot();
    const expected = `${local.url}s/perizinan-usaha`;
    expect(decodePng(shot).text).toBe(expected);
    await expect(page.getByTestId('poster-url').textContent()).resolves.toBe(expected);
    // Served on localhost: the admin is told that phones cannot open this link.
    expect(await page.getByTestId('local-warning').isVisible()).toBe(true);

    // The sheet is 210 × 297 mm (96 px per inch) and holds all of its content.
    const box = await page.getByTestId('poster').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight, scroll: el.scrollHeight }));
    expect(Math.round(box.w)).toBe(Math.round((210 / 25.4) * 96));
    expect(Math.round(box.h)).toBe(Math.round((297 / 25.4) * 96));
    expect(box.scroll).toBeLessThanOrEqual(box.h);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Cetak poster' }).isVisible()).toBe(false);
    expect(await page.getByTestId('poster-unit').isVisible()).toBe(true);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the service, links to PUAS_PUBLIC_URL, and offers the code as SVG and PNG', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await signInThroughPage(page, published.url, 'petugas');
    await page.goto(`${published.url}poster/perizinan-usaha/siup`);
    await expect(page.getByTestId('poster-service').textContent()).resolves.toBe('Surat Izin Usaha Perdagangan (SIUP)');
    const shot = await page.locator('[data-testid="poster"] .frame').screenshot();
    expect(decodePng(shot).text).toBe(`${PUBLIC_URL}/s/perizinan-usaha/siup`);
    await expect(page.getByTestId('poster-url').textContent()).resolves.toBe('skm.kota-contoh.go.id/s/perizinan-usaha/siup');
    expect(await page.getByTestId('local-warning').count()).toBe(0);

    const png = await page.request.get(await page.getByRole('link', { name: 'Unduh kode QR (PNG)' }).getAttribute('href').then((h) => new URL(h!, published.url).href));
    expect(png.headers()['content-type']).toBe('image/png');
    expect(decodePng(await png.body()).text).toBe(`${PUBLIC_URL}/s/perizinan-usaha/siup`);
    await page.close();
  });

  it('is reached from the unit dashboard, for the service shown', async () => {
    const page = await e2e.browser.newPage();
    await signInThroughPage(page, local.url, 'petugas');
    await page.goto(`${local.url}dashboard/perizinan-usaha?service=siup`);
    await page.getByTestId('poster-link').click();
    await page.waitForURL(`${local.url}poster/perizinan-usaha/siup`);
    await expect(page.getByTestId('poster-service').textContent()).resolves.toBe('Surat Izin Usaha Perdagangan (SIUP)');
    await page.close();
  });

  it('answers 404 for an unknown unit or service', async () => {
    const page = await e2e.browser.newPage();
    await signInThroughPage(page, local.url, 'petugas');
    for (const path of ['poster/tidak-ada', 'poster/perizinan-usaha/tidak-ada']) {
      const res = await page.goto(`${local.url}${path}`);
      expect(res?.status(), path).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Unit atau layanan tidak ditemukan.');
    }
    await page.close();
  });
});
