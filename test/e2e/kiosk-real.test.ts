/**
 * The kiosk against the real server and its real API (no stand-ins): pairing by typing a code,
 * a survey answered by touch and stored, the offline queue across a reload, revocation, and the
 * staff exit. The server runs on a temporary SQLite file, as in production.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPairingCode } from '../../server/kiosk/pairing-code';
import { addUser, signInApi } from '../../server/testing/auth';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import { localDay } from '../../survey-kit/time/index';
import { KIOSK_PIN, KIOSK_VIEWPORT, answerOne, kioskState, pairByTyping, pairingCode, queueCounts, screenIs, shellCached, storedDeviceId } from './kiosk-helpers';
import { axeViolations, statusText, waitFor } from './survey-helpers';
import { useE2eServer } from './server';

const UNIT = 'mpp-kota';
const SERVICE = 'siup';
let unitId: number;

const e2e = useE2eServer({ name: 'kiosk' });

beforeAll(async () => {
  const org = await e2e.server.db.organisations.create({ slug: 'pemkot', name: 'Pemerintah Kota Contoh' });
  const unit = await e2e.server.db.units.create({ organisationId: org.id, slug: UNIT, name: 'Mal Pelayanan Publik', timeZone: 'Asia/Makassar' });
  await e2e.server.db.services.create({ unitId: unit.id, slug: SERVICE, name: 'Izin Usaha' });
  unitId = unit.id;
});

const count = () => e2e.server.db.responses.count();

async function kioskPage(): Promise<Page> {
  const context = await e2e.browser.newContext(KIOSK_VIEWPORT);
  const page = await context.newPage();
  await page.goto(new URL('/kiosk', e2e.server.url).href);
  return page;
}

describe('kiosk against the real server', { timeout: 90_000 }, () => {
  it('pairs by typing a code, stores a survey answered by touch, and lets staff unpair with the PIN', async () => {
    const page = await kioskPage();
    const code = await pairingCode(e2e.server.db, { unit: UNIT, service: SERVICE, name: 'Tablet loket 1', thanksSeconds: 30 });
    await pairByTyping(page, code);
    expect(await page.locator('skm-survey').getByText('Mal Pelayanan Publik — Izin Usaha').isVisible()).toBe(true);
    const deviceId = await storedDeviceId(page);
    expect(deviceId).not.toBeNull();

    // While the responses API cannot be reached, the heartbeat reports the waiting response.
    const before = await count();
    await page.route('**/api/v1/responses', (route) => route.abort('connectionrefused'));
    await answerOne(page, 4);
    const device = () => e2e.server.db.devices.byId(deviceId!);
    await waitFor(async () => (await device())?.waiting === 1, 'a heartbeat with one waiting', 15_000);
    expect(await count()).toBe(before);
    await page.unroute('**/api/v1/responses');
    await waitFor(async () => (await count()) === before + 1, 'the response to be stored', 15_000);
    await waitFor(async () => (await device())?.waiting === 0, 'a heartbeat with none waiting', 15_000);
    const today = localDay(new Date(), 'Asia/Makassar');
    const read = await e2e.server.db.tallies.read({ unitIds: [unitId], channel: 'kiosk', from: today, to: today });
    expect(read.respondents).toBe(1);
    for (const el of SKM_2017.elements) expect(read.tallies[el.code], el.code).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, blank: 0 });

    // Staff exit: a wrong PIN is refused, the right one opens the menu, unpairing retires the device.
    await page.getByRole('button', { name: 'Selesai' }).tap();
    await page.getByRole('button', { name: 'Menu petugas' }).tap();
    await page.getByLabel('PIN petugas').fill('1111');
    await page.getByRole('button', { name: 'Buka' }).tap();
    await page.getByText('PIN salah.').waitFor();
    await page.getByLabel('PIN petugas').fill(KIOSK_PIN);
    await page.getByRole('button', { name: 'Buka' }).tap();
    await page.getByText('Kiosk: Tablet loket 1').waitFor();
    expect(await page.getByText('Menunggu dikirim: 0 · Ditolak: 0').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Lepas kiosk/ }).tap();
    await page.getByRole('heading', { name: 'Pasangkan kiosk ini' }).waitFor();
    expect(await page.getByText('Kiosk sudah dilepas dari unitnya.').isVisible()).toBe(true);
    expect((await e2e.server.db.devices.byId(deviceId!))?.revokedAt).not.toBeNull();
    expect(await storedDeviceId(page)).toBeNull();
    await page.context().close();
  });

  it('keeps three surveys made offline across a reload and stores each exactly once when back online', async () => {
    const page = await kioskPage();
    await pairByTyping(page, await pairingCode(e2e.server.db, { unit: UNIT, thanksSeconds: 30 }));
    await shellCached(page);
    const before = await count();

    await page.context().setOffline(true);
    for (const score of [1, 2, 3]) {
      await answerOne(page, score);
      await page.getByRole('button', { name: 'Selesai' }).tap();
      await screenIs(page, 'Survei Kepuasan Masyarakat');
    }
    await waitFor(async () => (await statusText(page)).includes('3 menunggu dikirim'), 'three waiting');
    expect(await count()).toBe(before);

    await page.reload();
    await screenIs(page, 'Survei Kepuasan Masyarakat');
    expect(await kioskState(page)).toBe('survey');
    await waitFor(async () => (await statusText(page)).includes('3 menunggu dikirim'), 'three waiting after the reload');

    await page.context().setOffline(false);
    await waitFor(async () => (await statusText(page)).includes('Semua terkirim'), 'the queue to empty', 20_000);
    expect(await count()).toBe(before + 3);
    const today = localDay(new Date(), 'Asia/Makassar');
    const read = await e2e.server.db.tallies.read({ unitIds: [unitId], channel: 'kiosk', from: today, to: today });
    expect(read.tallies['persyaratan']).toMatchObject({ 1: 1, 2: 1, 3: 1 });
    // Nothing arrives twice later either (a retry of an acknowledged item would add a row).
    await page.waitForTimeout(1500);
    expect(await count()).toBe(before + 3);
    expect(await queueCounts(page)).toEqual({ waiting: 0, rejected: 0 });
    await page.context().close();
  });

  it('shows the pairing screen once revoked, keeps the waiting responses, and sends them after a new pairing', async () => {
    const page = await kioskPage();
    await pairByTyping(page, await pairingCode(e2e.server.db, { unit: UNIT, thanksSeconds: 30 }));
    const deviceId = await storedDeviceId(page);
    const before = await count();

    await page.context().setOffline(true);
    for (const score of [2, 4]) {
      await answerOne(page, score);
      await page.getByRole('button', { name: 'Selesai' }).tap();
      await screenIs(page, 'Survei Kepuasan Masyarakat');
    }
    await waitFor(async () => (await statusText(page)).includes('2 menunggu dikirim'), 'two waiting');

    // A signed-in admin revokes the tablet through the API.
    await addUser(e2e.server.db, 'admin-kiosk', 'admin');
    const http = { request: (path: string, init: RequestInit = {}) => fetch(new URL(path, e2e.server.url), { ...init, headers: { origin: e2e.origin, ...(init.headers as Record<string, string>) } }) };
    const admin = await signInApi(http, 'admin-kiosk');
    const revoke = await http.request(`/api/v1/kiosk/devices/${deviceId}/revoke`, { method: 'POST', headers: admin.headers() });
    expect(revoke.status).toBe(204);
    await page.context().setOffline(false);

    await page.getByRole('heading', { name: 'Pasangkan kiosk ini' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Kiosk ini sudah dicabut atau tidak dikenal server.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByText('2 jawaban masih tersimpan di tablet ini', { exact: false }).isVisible()).toBe(true);
    expect(await queueCounts(page)).toEqual({ waiting: 2, rejected: 0 });
    expect(await count()).toBe(before);

    // Paired again (same unit), the tablet sends what it kept, once.
    await pairByTyping(page, await pairingCode(e2e.server.db, { unit: UNIT }));
    await waitFor(async () => (await count()) === before + 2, 'the kept responses to be stored', 20_000);
    await waitFor(async () => (await queueCounts(page)).waiting === 0, 'the queue to empty');
    expect(await count()).toBe(before + 2);
    const newId = await storedDeviceId(page);
    expect(newId).not.toBe(deviceId);
    await waitFor(async () => (await e2e.server.db.devices.byId(newId!))?.waiting === 0 && (await e2e.server.db.devices.byId(newId!))?.lastSeenAt !== null, 'the heartbeat of the new device');
    await page.context().close();
  });

  it('pairing screen: wrong and expired codes are explained, in Bahasa Indonesia or English', async () => {
    const page = await kioskPage();
    await page.getByLabel('Kode pemasangan').tap();
    await page.keyboard.type('zzz999');
    expect(await page.getByLabel('Kode pemasangan').inputValue()).toBe('ZZZ-999');
    await page.getByRole('button', { name: 'Pasangkan' }).tap();
    await page.getByText('Kode pemasangan tidak dikenal. Periksa kembali kode dari admin.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('heading', { name: 'Pair this kiosk' }).waitFor();
    const old = await e2e.server.db.devices.createPairingCode({
      codeHash: hashPairingCode('KKK222'),
      unitId,
      deviceName: 'Lama',
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(old.id).toBeGreaterThan(0);
    await page.getByLabel('Pairing code').fill('KKK-222');
    await page.getByRole('button', { name: 'Pair', exact: true }).tap();
    await page.getByText('This pairing code has expired. Ask the admin for a new one.').waitFor();
    expect(await kioskState(page)).toBe('pairing');
    await page.context().close();
  });
});
