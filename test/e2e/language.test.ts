/**
 * Language end to end: Bahasa Indonesia by default; the switch on /masuk and on the home page
 * turns texts and number formats English (76.61, 1,250), the choice follows the person across
 * pages and sign-in (also the sign-in form's refusal), and switching back restores Indonesian.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewResponse } from '../../db/repositories';
import { addUser, TEST_PASSWORD } from '../../server/testing/auth';
import { allAnswers } from '../../server/testing/fixture';
import { SKM_2017 } from '../../survey-kit/index';
import { useE2eServer } from './server';

const NO_PROFILE = { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null } as const;

const e2e = useE2eServer({ name: 'lang' });

beforeAll(async () => {
  const db = e2e.server.db;
  const org = await db.organisations.create({ slug: 'kota-uji', name: 'Kota Uji' });
  const unit = await db.units.create({ organisationId: org.id, slug: 'loket-satu', name: 'Loket Satu', timeZone: 'Asia/Jakarta' });
  const instrument = (await db.instruments.byCode(SKM_2017.code))!;
  // A period around today, so that the home page shows its figure: 750 answers of 4 and 500 of 3
  // give NRR 3.6 on every element, IKM 90.00 from 1,250 respondents.
  const now = Date.now();
  const year = new Date(now).getUTCFullYear();
  await db.periods.create({ organisationId: org.id, unitId: null, name: `Tahun ${year}`, startDay: `${year - 1}-12-01`, endDay: `${year + 1}-01-31`, instrumentId: instrument.id });
  const responses: NewResponse[] = Array.from({ length: 1250 }, (_, i) => ({
    clientId: `lang-${i}`,
    unitId: unit.id,
    serviceId: null,
    instrumentId: instrument.id,
    channel: 'kiosk',
    submittedAt: new Date(now - 3_600_000),
    answers: allAnswers(i < 750 ? 4 : 3),
    profile: NO_PROFILE,
    saran: null,
    completionSeconds: 60,
    flags: [],
  }));
  await db.responses.insertMany(responses);
  await addUser(db, 'pimpinan', 'viewer');
});

const h1 = (page: Page) => page.locator('h1').first().textContent();
const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

async function switchLanguage(page: Page, label: string): Promise<void> {
  const path = new URL(page.url()).pathname;
  const link = page.getByTestId('lang-switch');
  expect(await link.textContent()).toBe(label);
  await Promise.all([page.waitForURL((url) => url.pathname === path), link.click()]);
}

describe('language', () => {
  it('switches to English and back, for texts and numbers, and remembers the choice', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    await page.goto(`${e2e.origin}/masuk`);
    expect(await h1(page)).toBe('Masuk');
    expect(await htmlLang(page)).toBe('id');
    await switchLanguage(page, 'English');
    expect(await h1(page)).toBe('Sign in');
    expect(await htmlLang(page)).toBe('en');
    expect((await context.cookies()).find((c) => c.name === 'puas_lang')?.value).toBe('en');

    // The sign-in form answers in the chosen language too.
    await page.getByLabel('Username').fill('pimpinan');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('form-error').textContent()).toBe('Wrong username or password.');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(`${e2e.origin}/`), page.getByRole('button', { name: 'Sign in' }).click()]);

    // The home page, in English: 90.00 and 1,250.
    expect(await h1(page)).toBe('Service units');
    expect(await page.getByTestId('unit-ikm').textContent()).toBe('IKM 90.00');
    expect(await page.getByTestId('unit-respondents').textContent()).toContain('1,250 respondents');
    // … and on every other page.
    await page.goto(`${e2e.origin}/akun/kata-sandi`);
    expect(await h1(page)).toBe('Change password');
    await page.goto(`${e2e.origin}/`);

    await switchLanguage(page, 'Bahasa Indonesia');
    expect(await h1(page)).toBe('Unit pelayanan');
    expect(await htmlLang(page)).toBe('id');
    expect(await page.getByTestId('unit-ikm').textContent()).toBe('IKM 90,00');
    expect(await page.getByTestId('unit-respondents').textContent()).toContain('1.250 responden');
    await page.goto(`${e2e.origin}/akun/kata-sandi`);
    expect(await h1(page)).toBe('Ganti kata sandi');

    // Switching on the home page itself, and the choice survives signing out.
    await page.goto(`${e2e.origin}/`);
    await switchLanguage(page, 'English');
    expect(await page.getByTestId('unit-ikm').textContent()).toBe('IKM 90.00');
    await Promise.all([page.waitForURL('**/masuk?keluar=1'), page.getByTestId('sign-out').click()]);
    expect(await page.getByTestId('signed-out').textContent()).toBe('You are signed out.');
    await page.goto(`${e2e.origin}/`);
    expect(await page.getByTestId('home-sign-in').textContent()).toBe('Staff sign-in');
    await switchLanguage(page, 'Bahasa Indonesia');
    expect(await page.getByTestId('home-sign-in').textContent()).toBe('Masuk untuk petugas');
    expect(errors).toEqual([]);
    await context.close();
  });
});
