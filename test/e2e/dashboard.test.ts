/**
 * End to end: the real server (built site, demo data in a temporary SQLite file) and Debian's
 * chromium. Signed in at /masuk, from the home page to a unit's dashboard; the headline figure must be the one
 * survey-kit computes from the tallies of the scope the page says it shows, and the chart
 * must have been drawn.
 */
import type { Page } from 'playwright-core';
import { signInThroughPage } from './sign-in';
import { addUser } from '../../server/testing/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PERIODS } from '../../server/demo/office';
import { computeIkm, SKM_2017 } from '../../survey-kit/index';
import type { IkmResult } from '../../survey-kit/types';
import { useE2eServer } from './server';

const UNIT = 'perizinan-usaha';

const e2e = useE2eServer({ demo: true });

beforeAll(async () => {
  await addUser(e2e.server.db, 'pimpinan', 'viewer');
});

async function expected(from: string, to: string): Promise<{ result: IkmResult; respondents: number }> {
  const unit = await e2e.server.db.units.bySlug(UNIT);
  const read = await e2e.server.db.tallies.read({ unitIds: [unit!.id], from, to });
  return { result: computeIkm(SKM_2017, { tallies: read.tallies, respondents: read.respondents }), respondents: read.respondents };
}

const twoDecimals = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function shownScope(page: Page): Promise<{ from: string; to: string }> {
  const scope = page.getByTestId('scope');
  return { from: (await scope.getAttribute('data-from'))!, to: (await scope.getAttribute('data-to'))! };
}

/** Pixels of the chart that carry exactly `hex` (bar interiors are drawn without anti-aliasing). */
function countColour(page: Page, hex: string): Promise<number> {
  return page.getByTestId('element-chart').evaluate((canvas, colour) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n++;
    return n;
  }, hex);
}

const MUTU_HEX: Record<string, string> = { A: '#15803d', B: '#1d4ed8', C: '#b45309', D: '#b91c1c' };

describe('dashboard in a browser', () => {
  it('goes from the home page to a unit and shows the IKM computed from the tallies, with its chart', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    // Results are for signed-in staff: through the sign-in page first.
    await signInThroughPage(page, e2e.server.url, 'pimpinan');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await expect.poll(() => page.getByTestId('demo-badge').count()).toBe(1);
    await page.locator(`[data-unit="${UNIT}"] a[data-link="dashboard"]`).click();
    await page.waitForURL(`**/dashboard/${UNIT}`);

    const scope = await shownScope(page);
    expect(DEMO_PERIODS.some((p) => p.startDay === scope.from && p.endDay === scope.to)).toBe(true);
    const { result, respondents } = await expected(scope.from, scope.to);
    expect(respondents).toBeGreaterThan(0);
    expect(await page.getByTestId('konversi').textContent()).toBe(twoDecimals.format(result.konversi!));
    expect(await page.getByTestId('mutu').textContent()).toBe(result.mutu);
    expect((await page.getByTestId('respondents').textContent())!.replace(/\./g, '')).toBe(String(respondents));

    const canvas = page.locator('canvas[data-chart-id]');
    await expect.poll(() => canvas.count()).toBe(1);
    for (const mutu of new Set(result.elements.map((e) => e.mutu))) {
      expect(await countColour(page, MUTU_HEX[mutu!]!), `bars of grade ${mutu}`).toBeGreaterThan(200);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches period with the picker', async () => {
    const page = await e2e.browser.newPage();
    await signInThroughPage(page, e2e.server.url, 'pimpinan', `/dashboard/${UNIT}`);
    await page.locator('select[name="period"]').selectOption({ label: 'Tahun 2025' });
    await Promise.all([page.waitForURL(/period=/), page.getByRole('button', { name: 'Tampilkan' }).click()]);
    expect(await shownScope(page)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const { result } = await expected('2025-01-01', '2025-12-31');
    expect(await page.getByTestId('konversi').textContent()).toBe(twoDecimals.format(result.konversi!));
    await page.close();
  });
});
