/**
 * End to end: the real server (built site, the hand-computed office of server/indicators/fixture.ts
 * in a temporary SQLite file) and Debian's chromium. An admin opens a unit's indicators, sees
 * each figure with its numerator and denominator, goes to the follow-up plan, adds an item,
 * marks it done with evidence and sees the completion figure change.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedIndicatorFixture, RANGE } from '../../server/indicators/fixture';
import { loadIndicators } from '../../server/indicators/load';
import { addUser } from '../../server/testing/auth';
import { addDays, localDay } from '../../survey-kit/index';
import { signInThroughPage } from './sign-in';
import { useE2eServer } from './server';

let periodId: number;

const e2e = useE2eServer({ name: 'ind' });

beforeAll(async () => {
  ({ periodId } = await seedIndicatorFixture(e2e.server.db));
  await addUser(e2e.server.db, 'sekretariat', 'admin');
  await addUser(e2e.server.db, 'pimpinan', 'viewer');
  await addUser(e2e.server.db, 'petugas-lain', 'operator', { units: ['loket-kosong'] });
});

const pct = (v: number) => `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v)}%`;

async function card(page: Page, key: string): Promise<{ value: string; fraction: string; text: string }> {
  return {
    value: (await page.getByTestId(`ind-${key}-value`).textContent())!.trim(),
    fraction: (await page.getByTestId(`ind-${key}-fraction`).textContent())!.trim(),
    text: (await page.getByTestId(`ind-${key}`).textContent())!,
  };
}

describe('indicators and follow-up plan in a browser', () => {
  it('shows each indicator with its numerator and denominator, and moves the completion figure', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const path = `/indikator/loket-wita?from=${RANGE.from}&to=${RANGE.to}`;
    await signInThroughPage(page, e2e.server.url, 'sekretariat', path);

    const unit = (await e2e.server.db.units.bySlug('loket-wita'))!;
    const report = await loadIndicators(e2e.server.db, { unit, ...RANGE });

    const rate = await card(page, 'complaint-rate');
    expect(rate.value).toBe('150,00%');
    expect(rate.fraction).toContain('(5 − 2) ÷ 2');
    expect((await card(page, 'complaint-count')).fraction).toContain('5 pengaduan pada periode ini; 2 pada periode sebelumnya');
    const timeliness = await card(page, 'response-timeliness');
    expect(timeliness.value).toBe(pct(report.complaints.timeliness.value!));
    expect(timeliness.fraction).toContain(`${report.complaints.timeliness.numerator} dijawab dalam batas waktu dari ${report.complaints.timeliness.denominator}`);
    expect((await card(page, 'resolution-median')).value).toBe('1,5');
    const onTime = await card(page, 'service-on-time');
    expect(onTime.value).toBe('66,67%');
    expect(onTime.fraction).toContain('2 selesai dalam standar waktu dari 3 layanan selesai');
    const coverage = await card(page, 'coverage');
    expect(coverage.value).toBe('2,86%');
    expect(coverage.fraction).toContain('3 responden dari 105 penerima layanan');
    const sample = await card(page, 'sample');
    expect(sample.fraction).toContain('sampel minimal 83');
    await expect(page.getByTestId('ind-sample-warning').textContent()).resolves.toContain('kurang 80 responden');
    const followUp = await card(page, 'follow-up');
    expect(followUp.value).toBe('66,67%');
    expect(followUp.fraction).toBe('2 dari 3 butir selesai');
    const table = page.getByTestId('on-time-table');
    expect(await table.locator('tr[data-service="izin-a"]').textContent()).toContain('1 / 2');
    expect(await table.locator('tr[data-service="izin-c"]').textContent()).toContain('tidak terdefinisi');
    for (const link of ['served', 'complaints', 'follow-up', 'dashboard']) expect(await page.getByTestId(`link-${link}`).count()).toBe(1);
    expect(await page.getByTestId('link-complaints').getAttribute('href')).toBe('/pengaduan?unit=loket-wita');

    // A unit with nothing: every percentage "tidak terdefinisi" with its reason, never NaN.
    await page.goto(`${e2e.origin}/indikator/loket-kosong?from=${RANGE.from}&to=${RANGE.to}`);
    const emptyRate = await card(page, 'complaint-rate');
    expect(emptyRate.value).toBe('tidak terdefinisi');
    expect(emptyRate.text).toContain('periode sebelumnya tidak memiliki pengaduan');
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/);

    // The plan of Triwulan II 2026: one item done on time, one cancelled.
    await page.goto(`${e2e.origin}/indikator/loket-wita?period=${periodId}`);
    await Promise.all([page.waitForURL(`${e2e.origin}/tindak-lanjut/loket-wita?period=${periodId}`), page.getByTestId('link-follow-up').click()]);
    const completion = () => page.getByTestId('fu-completion-fraction').textContent();
    expect(await completion()).toContain('1 dari 1 butir selesai');
    expect(await page.getByTestId('fu-completion-value').textContent()).toBe('100,00%');
    expect(await page.getByTestId('fu-item').count()).toBe(2);

    const add = page.getByTestId('fu-add');
    await add.getByLabel('Unsur').selectOption('waktu');
    await add.getByLabel('Tindakan').fill('Tambah satu petugas loket pada jam sibuk');
    await add.getByLabel('Penanggung jawab').fill('Kasi Pelayanan');
    await add.getByLabel('Target').fill('2026-12-31');
    await Promise.all([page.waitForEvent('load'), add.getByRole('button', { name: 'Tambahkan' }).click()]);
    await expect.poll(() => page.getByTestId('fu-item').count()).toBe(3);
    expect(await completion()).toContain('1 dari 2 butir selesai');
    expect(await page.getByTestId('fu-completion-value').textContent()).toBe('50,00%');

    const row = page.getByTestId('fu-item').filter({ hasText: 'Tambah satu petugas loket' });
    expect(await row.textContent()).toContain('Waktu Penyelesaian');
    await row.getByText('Perbarui').click();
    const form = row.locator('form');
    // Done without evidence: refused next to the fields, nothing stored, what was typed kept.
    await form.getByLabel('Status').selectOption('done');
    await form.getByLabel('Tanggal selesai').fill(addDays(localDay(new Date(), 'Asia/Makassar'), -1));
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => form.locator('[data-error-for="evidence"]').isVisible()).toBe(true);
    expect(await form.locator('[data-error-for="evidence"]').textContent()).toContain('bukti');
    expect(await form.getByLabel('Status').inputValue()).toBe('done');
    await form.getByLabel('Bukti').fill('https://contoh.go.id/foto-loket.jpg');
    await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: 'Simpan' }).click()]);
    const updated = page.getByTestId('fu-item').filter({ hasText: 'Tambah satu petugas loket' });
    await expect.poll(() => updated.getAttribute('data-status')).toBe('done');
    expect(await completion()).toContain('2 dari 2 butir selesai');
    expect(await page.getByTestId('fu-completion-value').textContent()).toBe('100,00%');
    expect(await page.getByTestId('fu-on-time-fraction').textContent()).toContain('2 dari 2 butir selesai tepat');
    expect(await updated.getByTestId('fu-evidence').locator('a').getAttribute('href')).toBe('https://contoh.go.id/foto-loket.jpg');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the plan to a viewer without forms, and refuses another unit’s operator', async () => {
    const viewer = await e2e.browser.newPage();
    await signInThroughPage(viewer, e2e.server.url, 'pimpinan', `/tindak-lanjut/loket-wita?period=${periodId}`);
    expect(await viewer.getByTestId('fu-item').count()).toBeGreaterThan(0);
    expect(await viewer.locator('form[data-api-form]').count()).toBe(0);
    await viewer.close();
    const operator = await e2e.browser.newPage();
    await signInThroughPage(operator, e2e.server.url, 'petugas-lain', '/');
    const res = await operator.goto(`${e2e.origin}/indikator/loket-wita`);
    expect(res?.status()).toBe(403);
    expect(await operator.getByTestId('ind-complaint-rate').count()).toBe(0);
    await operator.close();
  });
});
