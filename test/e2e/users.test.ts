/**
 * Accounts end to end (real server, built site, Debian's chromium): an administrator creates an
 * operator for one unit with a generated one-time password, signs out; the operator signs in
 * with it, must change it, then sees only their unit on the home page and gets the 403 page for
 * another unit's dashboard. The creation shows in the audit log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/testing/auth';
import { signInThroughPage } from './sign-in';
import { addKotaUji, useE2eServer } from './server';

const e2e = useE2eServer({ name: 'users' });

beforeAll(async () => {
  await addKotaUji(e2e.server.db);
  await addUser(e2e.server.db, 'sekretariat', 'admin');
});

describe('accounts', () => {
  it('an operator created with a one-time password changes it and sees only their unit', async () => {
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    await signInThroughPage(page, e2e.server.url, 'sekretariat', '/pengaturan/pengguna');
    // The first start made `admin` (server/auth/first-run.ts) next to ours.
    expect(await page.locator('tr[data-user]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-user')))).toEqual(['admin', 'sekretariat']);
    await page.getByLabel('Nama pengguna').fill('wati');
    await page.getByLabel('Nama tampilan').fill('Wati Kusuma');
    await page.getByLabel('Peran').selectOption('operator');
    await page.getByLabel('Loket Satu').check();
    // Generating is the default: the typed password fields are hidden and not sent.
    expect(await page.getByLabel('Buat kata sandi sekali pakai', { exact: false }).isChecked()).toBe(true);
    expect(await page.getByLabel('Kata sandi awal', { exact: true }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    const shown = page.getByTestId('one-time-password');
    await shown.waitFor({ state: 'visible' });
    const password = (await shown.textContent())!.trim();
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(page.url()).toBe(`${e2e.origin}/pengaturan/pengguna`);

    const wati = (await e2e.server.db.users.byUsername('wati'))!;
    expect(wati).toMatchObject({ role: 'operator', displayName: 'Wati Kusuma', mustChangePassword: true });
    expect(wati.passwordHash).not.toContain(password);

    // The list now shows the account, waiting for its first password change.
    await page.reload();
    expect(await page.locator('tr[data-user="wati"] [data-testid="user-status"]').textContent()).toBe('Wajib ganti kata sandi');
    // … and the audit log the creation, the units as text.
    await page.goto(`${e2e.origin}/pengaturan/audit?action=user.create`);
    const row = page.locator('tr[data-action="user.create"]').first();
    expect(await row.locator('tr[data-key="username"] .after').textContent()).toBe('wati');
    expect(await row.locator('tr[data-key="units"] .after').textContent()).toBe('loket-satu');
    // Newest first, one entry a page: the creation, then the sign-in before it.
    await page.goto(`${e2e.origin}/pengaturan/audit?pageSize=1`);
    expect(await page.locator('tr[data-action]').getAttribute('data-action')).toBe('user.create');
    await Promise.all([page.waitForURL('**/pengaturan/audit?pageSize=1&page=2'), page.getByTestId('audit-older').click()]);
    expect(await page.locator('tr[data-action]').getAttribute('data-action')).toBe('session.signIn');
    expect(await page.getByTestId('audit-summary').textContent()).toMatch(/^3 entri · halaman 2 dari 3$/);
    await page.goto(`${e2e.origin}/pengaturan/audit?user=wati`);
    expect(await page.locator('tr[data-action]').count()).toBe(0);

    await Promise.all([page.waitForURL('**/masuk?keluar=1'), page.getByTestId('sign-out').click()]);

    // The operator: the one-time password leads to the password page, and nowhere else.
    await page.getByLabel('Nama pengguna').fill('wati');
    await page.getByLabel('Kata sandi').fill(password);
    await Promise.all([page.waitForURL('**/akun/kata-sandi**'), page.getByRole('button', { name: 'Masuk' }).click()]);
    expect(await page.getByTestId('password-forced').isVisible()).toBe(true);
    await page.goto(`${e2e.origin}/`);
    expect(new URL(page.url()).pathname).toBe('/akun/kata-sandi');
    await page.locator('input[name="current_password"]').fill(password);
    await page.locator('input[name="new_password"]').fill('sandi-wati-2026');
    await page.locator('input[name="confirm_password"]').fill('sandi-wati-2026');
    await Promise.all([page.waitForURL(`${e2e.origin}/`), page.getByRole('button', { name: 'Simpan kata sandi' }).click()]);

    expect(await page.locator('[data-unit]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-unit')))).toEqual(['loket-satu']);
    const links = await page.locator('[data-unit="loket-satu"] a[data-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/dashboard/loket-satu', '/indikator/loket-satu', '/pengaduan?unit=loket-satu', '/poster/loket-satu']);

    const refused = await page.goto(`${e2e.origin}/dashboard/loket-dua`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByTestId('forbidden').isVisible()).toBe(true);
    const settings = await page.goto(`${e2e.origin}/pengaturan/pengguna`);
    expect(settings?.status()).toBe(403);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes an operator’s units and resets a password, showing the new one once', async () => {
    await addUser(e2e.server.db, 'budi', 'operator', { units: ['loket-dua'] });
    const page = await e2e.browser.newPage();
    await signInThroughPage(page, e2e.server.url, 'sekretariat', '/pengaturan/pengguna/budi');
    await page.getByLabel('Loket Satu').check();
    await Promise.all([page.waitForURL('**/pengaturan/pengguna/budi?disimpan=1'), page.getByRole('button', { name: 'Simpan unit' }).click()]);
    expect(await page.getByTestId('saved').isVisible()).toBe(true);
    expect(await page.getByLabel('Loket Satu').isChecked()).toBe(true);
    expect(await page.getByLabel('Loket Dua').isChecked()).toBe(true);

    // Without any unit the server refuses, and the boxes keep what was ticked.
    await page.getByLabel('Loket Satu').uncheck();
    await page.getByLabel('Loket Dua').uncheck();
    await page.getByRole('button', { name: 'Simpan unit' }).click();
    await expect.poll(() => page.locator('[data-error-for="units"]').textContent()).toBe('Operator harus memegang sedikitnya satu unit.');
    const budi = (await e2e.server.db.users.byUsername('budi'))!;
    expect((await e2e.server.db.users.unitIds(budi.id)).length).toBe(2);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Buat kata sandi sekali pakai' }).click();
    const shown = page.getByTestId('one-time-password');
    await shown.waitFor({ state: 'visible' });
    expect((await shown.textContent())!.trim()).toMatch(/^[A-Za-z0-9]{16}$/);
    expect((await e2e.server.db.users.byUsername('budi'))!.mustChangePassword).toBe(true);
    await page.close();
  });
});
