/**
 * Survey periods in the browser against the real server: an admin adds "Triwulan IV 2026" from
 * the preset, and a custom range whose end comes before its start is refused next to the field
 * with everything typed still there (nothing stored). Then a custom instrument from the builder
 * with one row removed and one added, put in force through the edit form.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/testing/auth';
import { signInThroughPage } from './sign-in';
import { axeViolations } from './survey-helpers';
import { useE2eServer } from './server';

let orgId: number;

const e2e = useE2eServer({ name: 'periods' });

beforeAll(async () => {
  const org = await e2e.server.db.organisations.create({ slug: 'pemkot', name: 'Pemerintah Kota Contoh' });
  orgId = org.id;
  await e2e.server.db.units.create({ organisationId: org.id, slug: 'mpp', name: 'Mal Pelayanan Publik', timeZone: 'Asia/Makassar' });
  await addUser(e2e.server.db, 'sekretariat', 'admin');
  await addUser(e2e.server.db, 'pimpinan', 'viewer');
});

async function signedIn(username: string, path: string): Promise<Page> {
  const page = await (await e2e.browser.newContext()).newPage();
  await signInThroughPage(page, e2e.server.url, username, path);
  return page;
}

const periods = () => e2e.server.db.periods.list(orgId);

describe('survey periods page', { timeout: 90_000 }, () => {
  it('adds Triwulan IV 2026 from the preset and refuses a custom range that ends before it starts, keeping what was typed', async () => {
    const page = await signedIn('sekretariat', '/pengaturan/periode');
    await page.getByText('Belum ada periode survei.', { exact: false }).waitFor();

    const preset = page.getByTestId('preset-period');
    await preset.getByLabel('Jenis').selectOption({ label: 'Triwulan' });
    await preset.getByLabel('Tahun').fill('2026');
    await preset.getByLabel('Nomor').fill('4');
    await Promise.all([page.waitForEvent('load'), preset.getByRole('button', { name: 'Tambah periode' }).click()]);
    const row = page.getByTestId('periods').getByRole('row', { name: /Triwulan IV 2026/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('1 Oktober 2026');
    expect(await row.innerText()).toContain('31 Desember 2026');
    expect(await row.innerText()).toContain('Semua unit');
    expect((await periods()).map((p) => [p.name, p.startDay, p.endDay, p.unitId])).toEqual([['Triwulan IV 2026', '2026-10-01', '2026-12-31', null]]);
    expect((await e2e.server.db.audit.list({ entity: 'survey_period' })).entries).toMatchObject([{ action: 'period.create', actor: 'sekretariat' }]);

    // The same preset again is refused under its number.
    await preset.getByLabel('Tahun').fill('2026');
    await preset.getByLabel('Nomor').fill('4');
    await preset.getByRole('button', { name: 'Tambah periode' }).click();
    await preset.locator('[data-error-for="preset.index"]').waitFor();
    expect(await preset.locator('[data-error-for="preset.index"]').innerText()).toContain('sudah ada');
    expect(await periods()).toHaveLength(1);

    const custom = page.getByTestId('custom-period');
    await custom.getByLabel('Nama periode').fill('Survei pasca renovasi');
    await custom.getByLabel('Tanggal mulai').fill('2026-03-31');
    await custom.getByLabel('Tanggal selesai').fill('2026-03-01');
    await custom.getByLabel('Berlaku untuk').selectOption({ label: 'Mal Pelayanan Publik' });
    await custom.getByRole('button', { name: 'Tambah periode' }).click();
    const message = custom.locator('[data-error-for="endDay"]');
    await message.waitFor();
    expect(await message.innerText()).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(await custom.getByLabel('Tanggal selesai').getAttribute('aria-invalid')).toBe('true');
    expect(await custom.getByLabel('Nama periode').inputValue()).toBe('Survei pasca renovasi');
    expect(await custom.getByLabel('Tanggal mulai').inputValue()).toBe('2026-03-31');
    expect(await custom.getByLabel('Tanggal selesai').inputValue()).toBe('2026-03-01');
    expect(await custom.getByLabel('Berlaku untuk').inputValue()).toBe('mpp');
    expect(await periods()).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    // Corrected, the same form goes through.
    await custom.getByLabel('Tanggal selesai').fill('2026-04-30');
    await Promise.all([page.waitForEvent('load'), custom.getByRole('button', { name: 'Tambah periode' }).click()]);
    await page.getByTestId('periods').getByRole('row', { name: /Survei pasca renovasi/ }).waitFor();
    expect((await periods()).find((p) => p.name === 'Survei pasca renovasi')).toMatchObject({ startDay: '2026-03-31', endDay: '2026-04-30' });
    await page.context().close();
  });

  it('builds a custom instrument and puts it in force for a period', async () => {
    const page = await signedIn('sekretariat', '/pengaturan/instrumen');
    const form = page.getByTestId('instrument-builder');
    await form.getByLabel('Kode', { exact: true }).fill('mpp-2026');
    await form.getByLabel('Nama', { exact: true }).fill('SKM MPP 2026');
    await form.getByRole('button', { name: 'Hapus unsur 4' }).click(); // biaya
    await form.getByRole('button', { name: 'Tambah unsur' }).click();
    await form.getByLabel('Kode unsur 9').fill('kebersihan');
    // A new element without a name is refused on its own row.
    await form.getByRole('button', { name: 'Simpan instrumen' }).click();
    const missing = form.locator('[data-error-for="elements.8.name"]');
    await missing.waitFor();
    expect(await missing.innerText()).toBe('Isi nama unsur baru.');
    expect(await axeViolations(page)).toEqual([]);
    expect(await form.getByLabel('Kode unsur 9').inputValue()).toBe('kebersihan');
    await form.getByLabel('Nama unsur 9').fill('Kebersihan ruang tunggu');
    await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: 'Simpan instrumen' }).click()]);
    await page.getByTestId('instruments').getByRole('row', { name: /mpp-2026/ }).waitFor();
    const stored = await e2e.server.db.instruments.byCode('mpp-2026');
    expect(stored?.instrument.elements.map((e) => e.code)).toEqual(['persyaratan', 'prosedur', 'waktu', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan', 'kebersihan']);

    const q4 = (await periods()).find((p) => p.name === 'Triwulan IV 2026')!;
    await page.goto(new URL(`/pengaturan/periode?ubah=${q4.id}`, e2e.server.url).href);
    const edit = page.getByTestId('edit-period');
    await edit.getByLabel('Instrumen').selectOption('mpp-2026');
    await Promise.all([page.waitForURL(/\/pengaturan\/periode$/), edit.getByRole('button', { name: 'Simpan perubahan' }).click()]);
    expect((await e2e.server.db.periods.byId(q4.id))?.instrumentId).toBe(stored!.id);
    await page.context().close();
  });

  it('shows periods to a viewer without any form', async () => {
    const page = await signedIn('pimpinan', '/pengaturan/periode');
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('periods').getByRole('row').count()).toBe(3);
    expect(await page.getByTestId('preset-period').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Hapus/ }).count()).toBe(0);
    await page.context().close();
  });
});
