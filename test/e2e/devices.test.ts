/**
 * The kiosk devices page against the real server: an operator makes a pairing code for their
 * unit on /perangkat, a kiosk page pairs with it, the kiosk shows up online with its unit and
 * service, and the operator revokes it. A viewer sees the list without the forms.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/testing/auth';
import { KIOSK_PIN, KIOSK_VIEWPORT, pairByTyping, storedDeviceId } from './kiosk-helpers';
import { signInThroughPage } from './sign-in';
import { axeViolations, waitFor } from './survey-helpers';
import { useE2eServer } from './server';

const UNIT = 'mpp-kota';

const e2e = useE2eServer({ name: 'devices' });

beforeAll(async () => {
  const org = await e2e.server.db.organisations.create({ slug: 'pemkot', name: 'Pemerintah Kota Contoh' });
  const unit = await e2e.server.db.units.create({ organisationId: org.id, slug: UNIT, name: 'Mal Pelayanan Publik', timeZone: 'Asia/Makassar' });
  await e2e.server.db.services.create({ unitId: unit.id, slug: 'siup', name: 'Izin Usaha' });
  const other = await e2e.server.db.units.create({ organisationId: org.id, slug: 'lain', name: 'Unit Lain' });
  await e2e.server.db.services.create({ unitId: other.id, slug: 'x', name: 'Layanan Lain' });
  await addUser(e2e.server.db, 'loket', 'operator', { units: [UNIT] });
  await addUser(e2e.server.db, 'pimpinan', 'viewer');
});

async function signedIn(username: string): Promise<Page> {
  const page = await (await e2e.browser.newContext()).newPage();
  await signInThroughPage(page, e2e.server.url, username, '/perangkat');
  return page;
}

describe('kiosk devices page', { timeout: 120_000 }, () => {
  it('lets an operator make a pairing code, see the paired kiosk online, and revoke it', async () => {
    const staff = await signedIn('loket');
    await staff.getByText('Belum ada kiosk yang dipasangkan.').waitFor();
    const form = staff.getByTestId('pairing-form');
    // Only the operator's own unit and its services are offered.
    expect(await form.getByLabel('Unit').locator('option').allInnerTexts()).toEqual(['Mal Pelayanan Publik']);
    expect(await form.getByLabel('Layanan').locator('option:not([disabled])').allInnerTexts()).toEqual(['Semua layanan', 'Izin Usaha']);

    // A PIN of letters is refused next to the field, the rest stays as typed.
    await form.getByLabel('Layanan').selectOption({ label: 'Izin Usaha' });
    await form.getByLabel('Nama kiosk').fill('Tablet loket 1');
    await form.getByLabel('PIN keluar petugas').fill('12ab');
    await form.getByRole('button', { name: 'Buat kode pemasangan' }).click();
    await form.locator('[data-error-for="pin"]').waitFor();
    expect(await form.locator('[data-error-for="pin"]').innerText()).toBe('PIN terdiri dari 4–8 angka.');
    expect(await form.getByLabel('Nama kiosk').inputValue()).toBe('Tablet loket 1');

    await form.getByLabel('PIN keluar petugas').fill(KIOSK_PIN);
    await form.getByRole('button', { name: 'Buat kode pemasangan' }).click();
    const shown = staff.getByTestId('pairing-code');
    await shown.waitFor();
    const code = (await shown.innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    const result = staff.locator('[data-pairing-result]');
    expect(await result.innerText()).toContain(`${e2e.origin}/kiosk`);
    expect(await result.innerText()).toContain('Tablet loket 1 — Mal Pelayanan Publik, Izin Usaha');
    expect(await result.innerText()).toContain('Berlaku sampai');

    const kiosk = await (await e2e.browser.newContext(KIOSK_VIEWPORT)).newPage();
    await kiosk.goto(new URL('/kiosk', e2e.server.url).href);
    await pairByTyping(kiosk, code);
    const deviceId = (await storedDeviceId(kiosk))!;
    await waitFor(async () => (await e2e.server.db.devices.byId(deviceId))?.lastSeenAt != null, 'the first heartbeat', 20_000);

    await staff.reload();
    const row = staff.locator(`tr[data-device="${deviceId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('online');
    const text = await row.innerText();
    for (const part of ['Tablet loket 1', 'Mal Pelayanan Publik', 'Izin Usaha', 'Daring', 'baru saja', 'WITA']) expect(text).toContain(part);
    expect(await axeViolations(staff)).toEqual([]);

    staff.once('dialog', (dialog) => void dialog.accept());
    await Promise.all([staff.waitForEvent('load'), row.getByRole('button', { name: 'Cabut kiosk Tablet loket 1' }).click()]);
    await waitFor(async () => (await staff.locator(`tr[data-device="${deviceId}"]`).getAttribute('data-status')) === 'revoked', 'the kiosk to show as revoked');
    expect(await staff.locator(`tr[data-device="${deviceId}"]`).innerText()).toContain('Dicabut');
    expect((await e2e.server.db.devices.byId(deviceId))?.revokedAt).not.toBeNull();
    expect(await staff.getByRole('button', { name: /Cabut kiosk/ }).count()).toBe(0);
    const log = (await e2e.server.db.audit.list()).entries.filter((e) => ['device', 'pairing_code'].includes(e.entity));
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ['device.revoke', 'loket'],
      ['pairing_code.create', 'loket'],
    ]);
    await kiosk.context().close();
    await staff.context().close();
  });

  it('shows a viewer the kiosks without revoke buttons or the pairing form', async () => {
    const unit = (await e2e.server.db.units.bySlug(UNIT))!;
    await e2e.server.db.devices.create({ unitId: unit.id, name: 'Tablet lobi', credentialHash: 'uji-lihat' });
    const page = await signedIn('pimpinan');
    await page.getByTestId('devices').getByRole('row', { name: /Tablet lobi/ }).waitFor();
    await page.getByTestId('read-only').waitFor();
    expect(await page.locator('tr[data-status="offline"]').innerText()).toContain('Belum pernah');
    expect(await page.getByTestId('pairing-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Cabut/ }).count()).toBe(0);
    await page.context().close();
  });
});
