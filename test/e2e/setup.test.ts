/**
 * Set-up pages in a real browser (built site, temporary SQLite file): an administrator adds a
 * unit with a bad slug (the message shows, the typed name stays), fixes it, adds a service with a
 * standard completion time and sees it listed; an operator cannot edit another unit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/main';
import { addUser } from '../../server/testing/auth';
import { launchBrowser } from './browser';
import { signInThroughPage } from './sign-in';

let dir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puas-e2e-setup-'));
  server = await startServer({
    port: 0,
    databaseUrl: join(dir, 'puas.db'),
    demo: false,
    ...(process.env.PUAS_DIST_DIR ? { distDir: process.env.PUAS_DIST_DIR } : {}),
  });
  const org = await server.db.organisations.create({ slug: 'kota-uji', name: 'Kota Uji' });
  await server.db.units.create({ organisationId: org.id, slug: 'loket-satu', name: 'Loket Satu' });
  await server.db.units.create({ organisationId: org.id, slug: 'loket-dua', name: 'Loket Dua' });
  await addUser(server.db, 'sekretariat', 'admin');
  await addUser(server.db, 'petugas', 'operator', { units: ['loket-satu'] });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('set-up pages', () => {
  it('lets an admin add a unit (bad slug refused, name kept) and a service', async () => {
    const page = await browser.newPage();
    try {
      await signInThroughPage(page, server.url, 'sekretariat', '/pengaturan/unit');
      const form = page.getByTestId('add-unit');
      await form.getByLabel('Nama unit').fill('Loket Pelayanan Terpadu');
      await form.getByLabel('Slug').fill('Loket Terpadu');
      await form.getByRole('button', { name: 'Tambah unit' }).click();

      const slugError = form.locator('[data-error-for="slug"]');
      await expect.poll(() => slugError.isVisible()).toBe(true);
      expect(await slugError.textContent()).toContain('huruf kecil, angka dan tanda hubung');
      expect(await form.getByLabel('Nama unit').inputValue()).toBe('Loket Pelayanan Terpadu');
      expect(await form.getByLabel('Slug').getAttribute('aria-invalid')).toBe('true');
      expect(await server.db.units.bySlug('loket-terpadu')).toBeUndefined();

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

      const unit = await server.db.units.bySlug('loket-terpadu');
      const actions = (await server.db.audit.list({ pageSize: 200 })).entries.map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['unit.create', 'service.create']));
      expect((await server.db.services.bySlug(unit!.id, 'siup'))?.standardDays).toBe(5);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('shows an operator their own unit read-only and refuses another unit', async () => {
    const page = await browser.newPage();
    try {
      await signInThroughPage(page, server.url, 'petugas', '/pengaturan/unit/loket-satu');
      expect(await page.getByTestId('read-only').isVisible()).toBe(true);
      expect(await page.locator('form[data-api-form]').count()).toBe(0);

      const other = await page.goto(`${new URL(server.url).origin}/pengaturan/unit/loket-dua`);
      expect(other?.status()).toBe(403);
      expect(await page.getByTestId('forbidden').isVisible()).toBe(true);
      expect(await page.locator('form[data-api-form]').count()).toBe(0);
      expect(await page.getByText('Loket Dua').count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 60_000);
});
