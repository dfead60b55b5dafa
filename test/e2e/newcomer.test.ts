/**
 * A newcomer's first hour, through the real pages (built site, empty SQLite file, no demo):
 * `admin` signs in with the one-time password printed on first start and must choose a new one,
 * adds a unit (which brings the organisation along), a service and a survey period holding today,
 * makes a pairing code; a tablet pairs by typing it and takes three surveys; the dashboard shows
 * them with the IKM the method gives. Then a second unit and an operator for the first: the
 * operator sees their unit's results and is refused the other unit's, on the page and the API.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computeIkm, SKM_2017 } from '../../survey-kit/index';
import { localDay } from '../../survey-kit/time/index';
import type { Tallies } from '../../survey-kit/types';
import { KIOSK_PIN, KIOSK_VIEWPORT, answerOne, pairByTyping, screenIs } from './kiosk-helpers';
import { signInThroughPage } from './sign-in';
import { waitFor } from './survey-helpers';
import { useE2eServer } from './server';

const UNIT = { name: 'Mal Pelayanan Publik', slug: 'mpp' };
const OTHER = { name: 'Dinas Kesehatan', slug: 'dinkes' };
const SERVICE = { name: 'Izin Usaha', slug: 'izin-usaha' };
const SCORES = [4, 3, 4] as const;
const ADMIN_PASSWORD = 'sekretariat-2026';
const OPERATOR_PASSWORD = 'petugas-loket-2026';

const e2e = useE2eServer({ name: 'newcomer' });

/** Signs in with a one-time password, which leads only to the password page, and replaces it. */
async function firstSignIn(page: Page, username: string, oneTime: string, chosen: string): Promise<void> {
  await page.goto(`${e2e.origin}/masuk`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(oneTime);
  await Promise.all([page.waitForURL('**/akun/kata-sandi**'), page.getByRole('button', { name: 'Masuk' }).click()]);
  expect(await page.getByTestId('password-forced').isVisible()).toBe(true);
  await page.locator('input[name="current_password"]').fill(oneTime);
  await page.locator('input[name="new_password"]').fill(chosen);
  await page.locator('input[name="confirm_password"]').fill(chosen);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/akun/')), page.getByRole('button', { name: 'Simpan kata sandi' }).click()]);
}

/** Adds a unit on /pengaturan/unit and waits for its own page. */
async function addUnit(page: Page, unit: { name: string; slug: string }): Promise<string> {
  await page.goto(`${e2e.origin}/pengaturan/unit`);
  const form = page.getByTestId('add-unit');
  await form.getByLabel('Nama unit').fill(unit.name);
  await form.getByLabel('Slug').fill(unit.slug);
  const zone = await form.locator('select[name="timeZone"]').inputValue();
  await Promise.all([page.waitForURL(`**/pengaturan/unit/${unit.slug}`), form.getByRole('button', { name: 'Tambah unit' }).click()]);
  expect(await page.getByTestId('unit-name').textContent()).toBe(unit.name);
  return zone;
}

/** The quarter holding `day` (YYYY-MM-DD), as the period page's preset names it. */
function quarterOf(day: string): { year: number; index: number; name: string } {
  const year = Number(day.slice(0, 4));
  const index = Math.ceil(Number(day.slice(5, 7)) / 3);
  return { year, index, name: `Triwulan ${['I', 'II', 'III', 'IV'][index - 1]} ${year}` };
}

/** Every element of the instrument answered with the survey's one score, as answerOne does. */
function talliesOf(scores: readonly number[]): Tallies {
  const tallies: Tallies = {};
  for (const el of SKM_2017.elements) {
    const tally = { 1: 0, 2: 0, 3: 0, 4: 0 };
    for (const score of scores) tally[score as 1 | 2 | 3 | 4] += 1;
    tallies[el.code] = tally;
  }
  return tallies;
}

const twoDecimals = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('a newcomer on an empty server', { timeout: 240_000 }, () => {
  it('sets up a unit, pairs a kiosk, sees its surveys on the dashboard, and an operator sees only their unit', async () => {
    expect(e2e.server.firstAdmin?.username).toBe('admin');
    const admin = await (await e2e.browser.newContext()).newPage();
    const errors: string[] = [];
    admin.on('pageerror', (e) => errors.push(String(e)));

    // The one-time password opens nothing but the password page.
    await firstSignIn(admin, 'admin', e2e.server.firstAdmin!.password, ADMIN_PASSWORD);

    // The first unit also creates the organisation; then a service of it.
    expect(await e2e.server.db.organisations.list()).toEqual([]);
    const zone = await addUnit(admin, UNIT);
    expect(await e2e.server.db.organisations.list()).toHaveLength(1);
    const add = admin.getByTestId('add-service');
    await add.getByLabel('Nama layanan').fill(SERVICE.name);
    await add.getByLabel('Slug').fill(SERVICE.slug);
    await add.getByRole('button', { name: 'Tambah layanan' }).click();
    await admin.getByTestId('services').locator(`tr[data-service="${SERVICE.slug}"]`).waitFor();

    // This quarter, in the unit's own time zone, for every unit.
    const quarter = quarterOf(localDay(new Date(), zone));
    await admin.goto(`${e2e.origin}/pengaturan/periode`);
    const preset = admin.getByTestId('preset-period');
    await preset.getByLabel('Jenis').selectOption({ label: 'Triwulan' });
    await preset.getByLabel('Tahun').fill(String(quarter.year));
    await preset.getByLabel('Nomor').fill(String(quarter.index));
    await Promise.all([admin.waitForEvent('load'), preset.getByRole('button', { name: 'Tambah periode' }).click()]);
    const period = admin.getByTestId('periods').getByRole('row', { name: new RegExp(quarter.name) });
    await period.waitFor();
    expect(await period.innerText()).toContain('Semua unit');

    // A pairing code for the unit and its service, shown on the page.
    await admin.goto(`${e2e.origin}/perangkat`);
    const pairing = admin.getByTestId('pairing-form');
    await pairing.getByLabel('Unit').selectOption({ label: UNIT.name });
    await pairing.getByLabel('Layanan').selectOption({ label: SERVICE.name });
    await pairing.getByLabel('PIN keluar petugas').fill(KIOSK_PIN);
    // The kiosk name is left empty: it is left out of the request (data-omit-empty), so the API names the kiosk itself.
    const [request] = await Promise.all([admin.waitForRequest('**/api/v1/kiosk/pairing-codes'), pairing.getByRole('button', { name: 'Buat kode pemasangan' }).click()]);
    expect(request.postDataJSON()).toEqual({ unit: UNIT.slug, service: SERVICE.slug, pin: KIOSK_PIN, idleSeconds: expect.any(Number), thanksSeconds: expect.any(Number) });
    const shown = admin.getByTestId('pairing-code');
    await shown.waitFor();
    const code = (await shown.innerText()).trim();

    // The tablet: paired by typing the code, three surveys by touch.
    const kiosk = await (await e2e.browser.newContext(KIOSK_VIEWPORT)).newPage();
    kiosk.on('pageerror', (e) => errors.push(String(e)));
    await kiosk.goto(`${e2e.origin}/kiosk`);
    await pairByTyping(kiosk, code);
    expect(await kiosk.locator('skm-survey').getByText(`${UNIT.name} — ${SERVICE.name}`).isVisible()).toBe(true);
    for (const score of SCORES) {
      await answerOne(kiosk, score);
      await kiosk.getByRole('button', { name: 'Selesai' }).tap();
      await screenIs(kiosk, 'Survei Kepuasan Masyarakat');
    }
    await waitFor(async () => (await e2e.server.db.responses.count()) === SCORES.length, 'the three surveys to reach the server', 20_000);
    await kiosk.context().close();

    // The dashboard of the period in force: three respondents, the IKM the method gives.
    const expected = computeIkm(SKM_2017, { tallies: talliesOf(SCORES), respondents: SCORES.length });
    const dashboardShows = async (page: Page) => {
      const res = await page.goto(`${e2e.origin}/dashboard/${UNIT.slug}`);
      expect(res?.status()).toBe(200);
      expect(await page.getByTestId('scope').textContent()).toContain(quarter.name);
      expect(await page.getByTestId('respondents').textContent()).toBe(String(SCORES.length));
      expect(await page.getByTestId('konversi').textContent()).toBe(twoDecimals.format(expected.konversi!));
      expect(await page.getByTestId('mutu').textContent()).toBe(expected.mutu);
    };
    await dashboardShows(admin);

    // A second unit, and an operator for the first with a one-time password shown once.
    await addUnit(admin, OTHER);
    await admin.goto(`${e2e.origin}/pengaturan/pengguna`);
    await admin.getByLabel('Nama pengguna').fill('petugas');
    await admin.getByLabel('Peran').selectOption('operator');
    await admin.getByLabel(UNIT.name).check();
    await admin.getByRole('button', { name: 'Buat akun' }).click();
    const oneTime = admin.getByTestId('one-time-password');
    await oneTime.waitFor({ state: 'visible' });
    const operatorPassword = (await oneTime.textContent())!.trim();
    await admin.reload();
    expect(await admin.getByTestId('one-time-password').isVisible()).toBe(false);
    expect(await admin.getByText(operatorPassword).count()).toBe(0);
    await admin.context().close();

    // The operator: their unit's results, and a refusal for the other unit's, page and API alike.
    const operator = await (await e2e.browser.newContext()).newPage();
    operator.on('pageerror', (e) => errors.push(String(e)));
    await firstSignIn(operator, 'petugas', operatorPassword, OPERATOR_PASSWORD);
    await dashboardShows(operator);
    const refused = await operator.goto(`${e2e.origin}/dashboard/${OTHER.slug}`);
    expect(refused?.status()).toBe(403);
    expect(await operator.getByTestId('forbidden').isVisible()).toBe(true);
    expect(await operator.getByText(OTHER.name).count()).toBe(0);
    const api = await operator.request.get(`${e2e.origin}/api/v1/ikm?unit=${OTHER.slug}`);
    expect(api.status()).toBe(403);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const own = await operator.request.get(`${e2e.origin}/api/v1/ikm?unit=${UNIT.slug}`);
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { respondents: number }).respondents).toBe(SCORES.length);

    // The new password works on its own from now on.
    await operator.context().clearCookies();
    await signInThroughPage(operator, e2e.server.url, 'petugas', `/dashboard/${UNIT.slug}`, OPERATOR_PASSWORD);
    expect(await operator.getByTestId('respondents').textContent()).toBe(String(SCORES.length));
    await operator.context().close();
    expect(errors).toEqual([]);
  });
});
