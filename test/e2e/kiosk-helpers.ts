/** Driving the kiosk page (/kiosk) in chromium: pairing it by typing a code, answering by touch. */
import type { Page } from 'playwright-core';
import type { Database } from '../../db/repositories';
import { createPairing, type PairingRequest } from '../../server/kiosk/pairing';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import { heading, waitFor } from './survey-helpers';

export const KIOSK_VIEWPORT = { viewport: { width: 1280, height: 800 }, hasTouch: true } as const;
export const KIOSK_PIN = '2468';

/** A fresh pairing code, as `skm kiosk pair` makes it. */
export async function pairingCode(db: Database, request: PairingRequest): Promise<string> {
  const made = await createPairing(db, { pin: KIOSK_PIN, ...request }, new Date());
  if (!made.ok) throw new Error(`no pairing code: ${made.missing} missing`);
  return made.pairing.code;
}

export async function screenIs(page: Page, text: string, ms?: number): Promise<void> {
  await waitFor(async () => (await heading(page).textContent())?.trim() === text, `the screen "${text}"`, ms);
}

export function kioskState(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.getElementById('kiosk')?.dataset['state']);
}

/** Types the code on the pairing screen as staff would (lower case, no dash) and waits for the survey. */
export async function pairByTyping(page: Page, code: string): Promise<void> {
  await page.getByRole('heading', { name: 'Pasangkan kiosk ini' }).waitFor();
  await page.getByLabel('Kode pemasangan').tap();
  await page.keyboard.type(code.replace('-', '').toLowerCase());
  // A successful pairing reloads the page; a survey element hidden behind the pairing screen
  // could otherwise pass for the new one.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Pasangkan' }).tap();
  await reloaded;
  await screenIs(page, 'Survei Kepuasan Masyarakat');
  await waitFor(async () => (await kioskState(page)) === 'survey', 'the survey to run');
}

/** One whole survey by touch: every element answered with `score`, every profile field declined. */
export async function answerOne(page: Page, score: number): Promise<void> {
  await page.getByRole('button', { name: 'Mulai' }).tap();
  for (const el of SKM_2017.elements) {
    await screenIs(page, el.question.id);
    await page.getByRole('radio', { name: el.labels[score - 1]!.id, exact: true }).tap();
  }
  for (const q of ['Jenis kelamin Anda?', 'Berapa usia Anda?', 'Apa pendidikan terakhir Anda?', 'Apa pekerjaan Anda?']) {
    await screenIs(page, q);
    await page.getByRole('button', { name: 'Tidak ingin menjawab' }).tap();
  }
  await screenIs(page, 'Ada saran untuk kami?');
  await page.getByRole('button', { name: 'Kirim' }).tap();
  await screenIs(page, 'Terima kasih!');
}

/** Waits until the service worker controls the page and holds the page and its scripts. */
export async function shellCached(page: Page): Promise<void> {
  await waitFor(
    () =>
      page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return false;
        const cache = await caches.open('puas-shell-v1');
        const keys = (await cache.keys()).map((r) => r.url);
        return keys.includes(location.href) && keys.some((k) => k.includes('/_astro/') && k.endsWith('.js'));
      }),
    'the service worker cache',
  );
}

/** Pending and refused responses in the tablet's IndexedDB queue. */
export function queueCounts(page: Page): Promise<{ waiting: number; rejected: number }> {
  return page.evaluate(
    () =>
      new Promise<{ waiting: number; rejected: number }>((resolve, reject) => {
        const open = indexedDB.open('puas-queue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['pending', 'rejected'], 'readonly');
          const a = tx.objectStore('pending').count();
          const b = tx.objectStore('rejected').count();
          tx.oncomplete = () => {
            resolve({ waiting: a.result, rejected: b.result });
            open.result.close();
          };
        };
      }),
  );
}

export function storedDeviceId(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('puas.kiosk.config');
    return raw ? (JSON.parse(raw) as { device: { id: number } }).device.id : null;
  });
}
