/**
 * Set-up pages in a real browser (built site, temporary SQLite file): an administrator adds a
 * unit with a bad slug (the message shows, the typed name stays), fixes it, adds a service with a
 * standard completion time and sees it listed; an operator cannot edit another unit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/testing/auth';
import { signInThroughPage } from './sign-in';
import { addKotaUji, useE2eServer } from './server';

const e2e = useE2eServer({ name: 'setup' });

beforeAll(async () => {
  await addKotaUji(e2e.server.db);
  await addUser(e2e.server.db, 'sekretariat', 'admin');
  await addUser(e2e.server.db, 'petugas', 'operator', { units: ['loket-satu'] });
});

/** A valid 1×1 PNG: the smallest logo the server accepts (it checks the PNG signature). */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('set-up pages', () => {
  it('shows the organisation logo in the header once an admin uploads it', async () => {
    const page = await e2e.browser.newPage();
    try {
      await signInThroughPage(page, e2e.server.url, 'sekretariat', '/pengaturan');
      expect(await page.getByTestId('org-logo').count()).toBe(0);
      await page.locator('#org-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1X1 });
      await Promise.all([page.waitForEvent('load'), page.locator('[data-logo-form] button[type="submit"]').click()]);
      const logo = page.getByTestId('org-logo');
      await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
      const org = (await e2e.server.db.organisations.list()).find((o) => o.slug === 'kota-uji')!;
      expect(org.logoType).toBe('image/png');
    } finally {
      await page.close();
    }
  });

  it('lets an admin add a unit (bad slug refused, name kept) and a service', async () => {
    const page = await e2e.browser.newPage();
    try {
      await signInThroughPage(page, e2e.server.url, 'sekretariat', '/pengaturan/unit');
      const form = page.getByTestId('add-unit');
      await form.getByLabel('Nama unit').fill('Loket Pelayanan Terpadu');
      await form.getByLabel('Slug').fill('Loket Terpadu');
      await form.getByRole('button', { name: 'Tambah unit' }).click();

      const slugError = form.locator('[data-error-for="slug"]');
      await expect.poll(() => slugError.isVisible()).toBe(true);
      expect(await slugError.textContent()).toContain('huruf kecil, angka dan tanda hubung');
      expect(await form.getByLabel('Nama unit').inputValue()).toBe('Loket Pelayanan Terpadu');
      expect(await form.getByLabel('Slug').getAttribute('aria-invalid')).toBe('true');
      expect(await e2e.server.db.units.bySlug('loket-terpadu')).toBeUndefined();

      await form.getByLabel('Slug').fill('loket-terpadu');
      await Promise.all([page.waitForURL(/\/pengaturan\/unit\/loket-terpadu$/), form.getByRole('button', { name: 'Tambah unit' }).click()]);
      expect(await page.getByTestId('unit-name').textContent()).toBe('Loket Pelayanan Terpadu');

      const add = page.getByTestId('add-service');
      await add.getByLabel('Nama layanan').fill('Surat Izin Usaha Perdagangan');
      await add.getByLabel('Slug').fill('siup');
      await add.getByLabel('Waktu penyelesaian standar (hari kerja)').fill('5');
      // Saved, the page reloads and lists the service.
      await add.getByRole('button', { name: 'Tambah layanan' }).click();
      const row = page.getByTestId('services').locator('tr[data-service="siup"]');
      await row.waitFor();
      expect(await row.locator('td').first().textContent()).toBe('Surat Izin Usaha Perdagangan');
      expect(await row.getByTestId('standard-days').textContent()).toBe('5 hari kerja');

      const unit = await e2e.server.db.units.bySlug('loket-terpadu');
      const actions = (await e2e.server.db.audit.list({ pageSize: 200 })).entries.map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['unit.create', 'service.create']));
      expect((await e2e.server.db.services.bySlug(unit!.id, 'siup'))?.standardDays).toBe(5);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('shows an operator their own unit read-only and refuses another unit', async () => {
    const page = await e2e.browser.newPage();
    try {
      await signInThroughPage(page, e2e.server.url, 'petugas', '/pengaturan/unit/loket-satu');
      expect(await page.getByTestId('read-only').isVisible()).toBe(true);
      expect(await page.locator('form[data-api-form]').count()).toBe(0);

      const other = await page.goto(`${e2e.origin}/pengaturan/unit/loket-dua`);
      expect(other?.status()).toBe(403);
      expect(await page.getByTestId('forbidden').isVisible()).toBe(true);
      expect(await page.locator('form[data-api-form]').count()).toBe(0);
      expect(await page.getByText('Loket Dua').count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 60_000);
});
