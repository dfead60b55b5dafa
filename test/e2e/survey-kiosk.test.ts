/**
 * The kiosk (/kiosk) in chromium: the unattended loop (idle reset, thank-you reset) and the
 * offline queue (three surveys without a network, a reload, then every response sent once).
 * Each tablet is paired by typing a code (real kiosk API); responses go to a stand-in
 * (FakeApi) so the requests themselves can be inspected. kiosk-real.test.ts uses the real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../server/main';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import { answerOne, pairByTyping, pairingCode, screenIs, shellCached } from './kiosk-helpers';
import { FakeApi, UNIT, launchBrowser, startSurveySite, statusText, waitFor } from './survey-helpers';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSurveySite(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const KIOSK = { viewport: { width: 1280, height: 800 }, hasTouch: true } as const;

/** A new tablet on the kiosk page, paired to the test unit with these timeouts. */
async function pairedKiosk(page: Page, settings: { idleSeconds?: number; thanksSeconds?: number }): Promise<void> {
  await page.goto(new URL('/kiosk', server.url).href);
  await pairByTyping(page, await pairingCode(server.db, { unit: UNIT, ...settings }));
}

describe('kiosk', { timeout: 90_000 }, () => {
  it('discards an abandoned survey after the idle timeout, warning first', async () => {
    const context = await browser.newContext({ ...KIOSK, serviceWorkers: 'block' });
    const page = await context.newPage();
    await pairedKiosk(page, { idleSeconds: 5 });
    await page.getByRole('button', { name: 'Mulai' }).tap();
    const [first, second] = SKM_2017.elements;
    await screenIs(page, first!.question.id);
    await page.getByRole('radio', { name: first!.labels[0]!.id, exact: true }).tap();
    await screenIs(page, second!.question.id);
    await page.getByRole('radio', { name: second!.labels[3]!.id, exact: true }).tap();
    await screenIs(page, SKM_2017.elements[2]!.question.id);

    // The warning takes the focus; choosing to continue keeps every answer.
    await page.getByRole('alertdialog').waitFor({ timeout: 6000 });
    expect(await page.getByRole('alertdialog').textContent()).toContain('Masih mengisi?');
    await waitFor(
      () => page.evaluate(() => document.querySelector('skm-survey')?.shadowRoot?.activeElement?.textContent?.trim() === 'Ya, lanjutkan'),
      'the focus on the warning',
    );
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Kembali' }).tap();
    await screenIs(page, second!.question.id);
    expect(await page.getByRole('radio', { checked: true }).textContent()).toContain(second!.labels[3]!.id);

    // Left alone again, the survey is discarded.
    await page.getByRole('alertdialog').waitFor({ timeout: 6000 });
    await screenIs(page, 'Survei Kepuasan Masyarakat');
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    // The next person starts from nothing: no answer is checked, and there is no way forward without one.
    await page.getByRole('button', { name: 'Mulai' }).tap();
    await screenIs(page, first!.question.id);
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lanjut' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('returns to the start by itself after the thank-you screen', async () => {
    const context = await browser.newContext({ ...KIOSK, serviceWorkers: 'block' });
    const api = new FakeApi();
    await api.install(context);
    const page = await context.newPage();
    await pairedKiosk(page, { thanksSeconds: 2 });
    await answerOne(page, 4);
    expect(await page.locator('skm-survey').getByText(/kembali ke awal dalam \d detik/).isVisible()).toBe(true);
    await screenIs(page, 'Survei Kepuasan Masyarakat');
    await waitFor(() => api.received.length === 1, 'the response');
    expect(api.received[0]!.body['channel']).toBe('kiosk');
    expect(api.received[0]!.body['profile']).toBeUndefined();
    await context.close();
  });

  it('keeps three responses made offline across a reload and sends each exactly once when back online', async () => {
    const context = await browser.newContext(KIOSK);
    const api = new FakeApi();
    await api.install(context);
    const page = await context.newPage();
    await pairedKiosk(page, { thanksSeconds: 30 });
    const credential = await page.evaluate(() => localStorage.getItem('puas.kiosk.credential'));
    expect(credential).toMatch(/^[\w-]{43}$/);
    // The service worker must hold the page and its scripts before the network goes away.
    await shellCached(page);

    await context.setOffline(true);
    for (const score of [1, 2, 3]) {
      await answerOne(page, score);
      await page.getByRole('button', { name: 'Selesai' }).tap();
      await screenIs(page, 'Survei Kepuasan Masyarakat');
    }
    await waitFor(async () => (await statusText(page)).includes('3 menunggu dikirim'), 'three waiting');
    expect(await statusText(page)).toContain('Tidak terhubung');
    expect(api.received).toHaveLength(0);

    await page.reload();
    await screenIs(page, 'Survei Kepuasan Masyarakat');
    await waitFor(async () => (await statusText(page)).includes('3 menunggu dikirim'), 'three waiting after the reload');

    await context.setOffline(false);
    await waitFor(async () => (await statusText(page)).includes('Semua terkirim'), 'the queue to empty', 15_000);
    expect(api.stored.size).toBe(3);
    expect(api.received.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(api.received.map((r) => r.body['id'])).size).toBe(3);
    expect(api.received.map((r) => (r.body['answers'] as Record<string, number>)['persyaratan']).sort()).toEqual([1, 2, 3]);
    expect(api.received.every((r) => r.headers['authorization'] === `Bearer ${credential}`)).toBe(true);
    await context.close();
  });
});
