/**
 * End to end: people served on /penerima/UNIT in Debian's chromium against the real server with
 * the demo office. A transactions file with bad rows is refused line by line and stores nothing;
 * the corrected file is stored, and the month's coverage and minimum sample appear as survey-kit
 * computes them from the tallies and the people served.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInThroughPage } from './sign-in';
import { addUser } from '../../server/testing/auth';
import { addDays } from '../../survey-kit/index';
import { responseCoverage, sampleAdequacy } from '../../survey-kit/indicators/index';
import type { Unit } from '../../db/repositories';
import { useE2eServer } from './server';

const UNIT = 'perizinan-usaha';
const MONTH = { from: '2026-09-01', to: '2026-09-30' };

let unit: Unit;

const e2e = useE2eServer({ demo: true });

beforeAll(async () => {
  await addUser(e2e.server.db, 'loket', 'operator', { units: [UNIT] });
  await addUser(e2e.server.db, 'sekretariat', 'admin');
  unit = (await e2e.server.db.units.bySlug(UNIT))!;
});

/** Two applications per September day for SIUP (by slug) and one for TDP (by its exact name), half of them completed. */
function monthFile(): { csv: string; rows: number } {
  const lines = ['layanan;tanggal_diterima;tanggal_selesai;referensi'];
  for (let i = 0; i < 30; i++) {
    const day = addDays(MONTH.from, i);
    const [y, m, d] = day.split('-');
    lines.push(`siup;${day};${i % 2 === 0 ? day : ''};SIUP-${i}-a`);
    lines.push(`siup;${d}/${m}/${y};;SIUP-${i}-b`);
    lines.push(`Tanda Daftar Perusahaan (TDP);${day};;TDP-${i}`);
  }
  return { csv: lines.join('\n'), rows: lines.length - 1 };
}

const counts = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.locator('#transactions-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('import-form').getByRole('button', { name: 'Impor' }).click();
}

describe('people served in a browser', () => {
  it('refuses a bad transactions file line by line, then imports the good one and shows coverage and minimum sample', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const path = `/penerima/${UNIT}?bulan=2026-09`;
    await signInThroughPage(page, e2e.server.url, 'loket', path);
    const servedBefore = await e2e.server.db.served.totals({ unitIds: [unit.id], ...MONTH });
    // The demo office already holds the month's transactions (its people served).
    const transactionsOfMonth = async () => (await e2e.server.db.transactions.list({ unitIds: [unit.id], ...MONTH }, { page: 1, pageSize: 1 })).total;
    const transactionsBefore = await transactionsOfMonth();
    const siup = (await e2e.server.db.services.bySlug(unit.id, 'siup'))!;
    const siupOn7th = async () =>
      (await e2e.server.db.served.days(unit.id, '2026-09-07', '2026-09-07')).find((d) => d.serviceId === siup.id && d.source === 'transactions')?.count ?? 0;
    const siupOn7thBefore = await siupOn7th();

    const good = monthFile();
    const bad = good.csv.split('\n');
    bad[2] = 'siup-palsu;2026-09-01;;X-1';
    bad[4] = 'siup;2026-09-31;;X-2';
    await upload(page, 'september-salah.csv', bad.join('\n'));
    const list = page.getByTestId('import-errors');
    await expect.poll(() => list.isVisible()).toBe(true);
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('Tidak ada yang disimpan: 2 masalah');
    expect(text).toMatch(/Baris 3: Layanan "siup-palsu"/);
    expect(text).toMatch(/Baris 5: Tanggal "2026-09-31" tidak sah/);
    expect(page.url()).toBe(`${e2e.server.url.replace(/\/$/, '')}${path}`);
    expect(await e2e.server.db.served.totals({ unitIds: [unit.id], ...MONTH })).toEqual(servedBefore);
    expect(await transactionsOfMonth()).toBe(transactionsBefore);

    await Promise.all([page.waitForURL(/impor=/), upload(page, 'september.csv', good.csv)]);
    expect(await page.getByTestId('imported').textContent()).toContain(`${counts.format(good.rows)} transaksi baru`);

    const served = (await e2e.server.db.served.totals({ unitIds: [unit.id], ...MONTH })).served;
    expect(served).toBe(servedBefore.served + good.rows);
    const respondents = (await e2e.server.db.tallies.read({ unitIds: [unit.id], ...MONTH })).respondents;
    expect(respondents).toBeGreaterThan(0);
    const coverage = responseCoverage(respondents, served, unit.coverageTarget);
    const sample = sampleAdequacy(respondents, served);
    expect(await page.getByTestId('served').textContent()).toBe(counts.format(served));
    expect(await page.getByTestId('respondents').textContent()).toBe(counts.format(respondents));
    expect(await page.getByTestId('coverage-value').textContent()).toBe(`${percent.format(coverage.value!)}%`);
    expect(await page.getByTestId('minimum-sample').textContent()).toBe(counts.format(sample.minimum!));
    expect(await page.getByTestId('sample-verdict').textContent()).toContain(sample.adequate ? 'Responden cukup' : 'Kurang');

    // The grid shows each day's figure with its source.
    const cell = page.locator('tr[data-day="2026-09-07"] td[data-service="siup"]');
    expect(await cell.getAttribute('data-source')).toBe('transactions');
    expect(await cell.getAttribute('data-count')).toBe(String(siupOn7thBefore + 2));
    expect(await siupOn7th()).toBe(siupOn7thBefore + 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a manual count typed in the grid replaces the day’s transactions', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInThroughPage(page, e2e.server.url, 'loket', `/penerima/${UNIT}?bulan=2026-09`);
    const input = page.getByLabel(/^Surat Izin Usaha Perdagangan \(SIUP\) · 8 September 2026$/);
    await input.fill('7');
    await Promise.all([page.waitForURL(/tersimpan=1/), page.getByRole('button', { name: 'Simpan jumlah manual' }).click()]);
    const cell = page.locator('tr[data-day="2026-09-08"] td[data-service="siup"]');
    expect(await cell.getAttribute('data-source')).toBe('manual');
    expect(await cell.getAttribute('data-count')).toBe('7');
    const day = await e2e.server.db.served.totals({ unitIds: [unit.id], from: '2026-09-08', to: '2026-09-08' });
    expect(day.bySource.manual).toBe(7);

    // Only changed cells are sent: type into 9 September, then empty 8 September (back to its transactions).
    await page.getByLabel(/^Tanda Daftar Perusahaan \(TDP\) · 9 September 2026$/).fill('3');
    await page.getByLabel(/^Surat Izin Usaha Perdagangan \(SIUP\) · 8 September 2026$/).fill('');
    // The address already ends in tersimpan=1: wait for the save's answer, then for the page it reloads.
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/served') && r.request().method() === 'PUT'),
      page.getByRole('button', { name: 'Simpan jumlah manual' }).click(),
    ]);
    await expect.poll(() => cell.getAttribute('data-source')).toBe('transactions');
    await expect.poll(() => page.locator('tr[data-day="2026-09-09"] td[data-service="tdp"]').getAttribute('data-count')).toBe('3');
    expect((await e2e.server.db.served.totals({ unitIds: [unit.id], from: '2026-09-08', to: '2026-09-09' })).bySource.manual).toBe(3);
    await page.close();
  });

  it('an admin makes a default day off a working day on the calendar page, and can undo it', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInThroughPage(page, e2e.server.url, 'sekretariat', '/pengaturan/kalender?tahun=2027');
    const organisationId = unit.organisationId;
    const row = page.locator('tr[data-date="2027-03-10"]');
    expect(await row.getAttribute('data-origin')).toBe('default');
    await row.getByText('Jadikan hari kerja').first().click();
    await row.getByLabel(/^Catatan/).fill('Sidang isbat: Idulfitri bergeser');
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/v1/calendar/days')), row.getByRole('button', { name: 'Jadikan hari kerja' }).click()]);
    await expect.poll(() => page.getByTestId('restored-days').locator('tr[data-date="2027-03-10"]').count()).toBe(1);
    expect(await page.locator('[data-testid="calendar-days"] tr[data-date="2027-03-10"]').count()).toBe(0);
    expect(await e2e.server.db.calendar.edits(organisationId)).toMatchObject({ removed: ['2027-03-10'] });

    await page.getByTestId('restored-days').getByRole('button', { name: 'Batalkan perubahan' }).click();
    await expect.poll(() => page.locator('[data-testid="calendar-days"] tr[data-date="2027-03-10"]').count()).toBe(1);
    expect(await e2e.server.db.calendar.edits(organisationId)).toEqual({ added: [], removed: [] });
    await page.close();
  });
});
