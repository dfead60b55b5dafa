/**
 * End to end through the dashboards: sign in, the all-units ranking, a unit and a period, the
 * headline and its charts, the suggestions (markup shows as text), a CSV export of the filter,
 * English number formatting, and a tablet-sized screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { responseHeader } from '../../server/exports/columns';
import { addUser } from '../../server/testing/auth';
import { allAnswers } from '../../server/testing/fixture';
import { computeIkm, sampleAdequacy, SKM_2017 } from '../../survey-kit/index';
import { signInThroughPage } from './sign-in';
import { useE2eServer } from './server';

const UNIT = 'perizinan-usaha';
const MARKUP = '<b>Antrean</b> terlalu lama zebrakuda';

const e2e = useE2eServer({ demo: true, timeout: 180_000 });

beforeAll(async () => {
  const unit = (await e2e.server.db.units.bySlug(UNIT))!;
  const instrument = (await e2e.server.db.instruments.byCode(SKM_2017.code))!;
  const profile = { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null };
  await e2e.server.db.responses.insertMany([
    { clientId: 'e2e-markup', unitId: unit.id, serviceId: null, instrumentId: instrument.id, channel: 'paper', submittedAt: new Date('2026-08-12T03:00:00Z'), answers: allAnswers(3), profile, saran: MARKUP, completionSeconds: 80, flags: [] },
  ]);
  await addUser(e2e.server.db, 'sekretariat', 'admin');
});

async function expected(unitIds: number[] | null, from: string, to: string) {
  const read = await e2e.server.db.tallies.read({ unitIds, from, to });
  return computeIkm(SKM_2017, { tallies: read.tallies, respondents: read.respondents });
}

const formatOf = (locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function shownScope(page: Page): Promise<{ from: string; to: string }> {
  const scope = page.getByTestId('scope');
  return { from: (await scope.getAttribute('data-from'))!, to: (await scope.getAttribute('data-to'))! };
}

describe('dashboard flow in a browser', () => {
  it('all units → a unit and a period → charts, suggestions, CSV export, English', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    await signInThroughPage(page, e2e.server.url, 'sekretariat', '/dashboard');
    const all = await shownScope(page);
    expect(await page.getByTestId('konversi').textContent()).toBe(formatOf('id-ID').format((await expected(null, all.from, all.to)).konversi!));
    expect(await page.locator('[data-testid="ranking"] tbody tr').count()).toBe(4);
    await expect.poll(() => page.locator('canvas[data-dash-chart-id]').count()).toBeGreaterThanOrEqual(2);

    // To the unit, then the third quarter of 2026.
    await Promise.all([page.waitForURL(`**/dashboard/${UNIT}?**`), page.locator(`[data-testid="ranking"] tr[data-unit="${UNIT}"] a`).click()]);
    await page.locator('select[name="period"]').selectOption({ label: 'Triwulan III 2026' });
    await Promise.all([page.waitForURL(/period=/), page.getByRole('button', { name: 'Tampilkan' }).click()]);
    expect(await shownScope(page)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    const unit = (await e2e.server.db.units.bySlug(UNIT))!;
    const result = await expected([unit.id], '2026-07-01', '2026-09-30');
    expect(await page.getByTestId('konversi').textContent()).toBe(formatOf('id-ID').format(result.konversi!));
    expect(await page.getByTestId('mutu').textContent()).toBe(result.mutu);
    await expect.poll(() => page.locator('canvas[data-chart-id]').count()).toBe(1);
    expect(await page.getByTestId('trend').getAttribute('data-buckets')).toBe('12');
    expect(await page.getByTestId('comparison').textContent()).toContain('Triwulan II 2026');
    // Sample adequacy as survey-kit reads it from the people served (unknown when none entered).
    const served = await e2e.server.db.served.totals({ unitIds: [unit.id], from: '2026-07-01', to: '2026-09-30' });
    const adequacy = sampleAdequacy(result.respondents!, served.served);
    expect(await page.getByTestId('sample').getAttribute('data-adequate')).toBe(adequacy.adequate === null ? 'unknown' : String(adequacy.adequate));
    if (served.served === 0) expect(await page.getByTestId('served-link').getAttribute('href')).toBe(`/penerima/${UNIT}`);

    // The suggestion typed with markup is found and shown as text.
    await page.getByTestId('saran-search').fill('zebrakuda');
    await Promise.all([page.waitForURL(/q=zebrakuda/), page.getByRole('button', { name: 'Cari' }).click()]);
    const saran = page.getByTestId('saran-text');
    expect(await saran.count()).toBe(1);
    expect(await saran.textContent()).toBe(MARKUP);
    expect(await saran.locator('b').count()).toBe(0);
    expect(await page.getByTestId('saran-complaint').getAttribute('href')).toMatch(/^\/pengaduan\/baru\?dari=\d+$/);

    // The CSV of the filter shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe(`skm-${UNIT}-2026-07-01_2026-09-30.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(header).toBe(responseHeader(SKM_2017.elements.map((e) => e.code)).join(','));

    // English: 76.61-style numbers.
    await Promise.all([page.waitForURL(/dashboard/), page.getByTestId('lang-switch').click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const english = (await page.getByTestId('konversi').textContent())!;
    expect(english).toBe(formatOf('en-GB').format(result.konversi!));
    expect(english).toMatch(/^\d{2,3}\.\d{2}$/);
    expect(await page.getByText('What to fix first').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a tablet held upright: no sideways scrolling, charts drawn', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 800, height: 1280 } });
    await signInThroughPage(page, e2e.server.url, 'sekretariat', `/dashboard/${UNIT}`);
    await expect.poll(() => page.locator('canvas[data-chart-id]').count()).toBe(1);
    await expect.poll(() => page.locator('canvas[data-dash-chart-id]').count()).toBeGreaterThanOrEqual(6);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chartWidth = await page.getByTestId('trend-chart').evaluate((c) => c.getBoundingClientRect().width);
    expect(chartWidth).toBeGreaterThan(300);
    expect(chartWidth).toBeLessThanOrEqual(800);
    await page.close();
  });
});
