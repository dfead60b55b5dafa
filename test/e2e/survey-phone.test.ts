/**
 * The phone survey (/s/{unit}/{service}) in chromium: by touch, by keyboard only, in English,
 * at 360×640, checked by axe-core on every screen, and the 404 page of an unknown unit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../server/main';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import { FakeApi, SERVICE, UNIT, axeViolations, hasHorizontalScroll, heading, launchBrowser, startSurveySite, statusText, waitFor } from './survey-helpers';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSurveySite(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' } as const;

async function openPhone(options: Parameters<Browser['newContext']>[0] = PHONE, path = `/s/${UNIT}/${SERVICE}`) {
  const context = await browser.newContext(options);
  const api = new FakeApi();
  await api.install(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, server.url).href);
  await page.locator('skm-survey #h').waitFor();
  return { context, page, api, errors };
}

/** Waits for the next screen (a new heading text) and returns it. */
async function nextScreen(page: Page, previous: string): Promise<string> {
  await waitFor(async () => (await heading(page).textContent())?.trim() !== previous, `a screen after "${previous}"`);
  return (await heading(page).textContent())?.trim() ?? '';
}

/** The focused element, looking inside the survey's shadow root. */
function deepFocus(page: Page): Promise<{ tag: string; id: string; text: string; role: string | null; outline: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: el?.textContent?.trim() ?? '',
      role: el?.getAttribute('role') ?? null,
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if ((await deepFocus(page)).text === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

describe('phone survey', () => {
  it('is completed by touch; declined profile fields are absent, never defaulted', async () => {
    const { context, page, api, errors } = await openPhone();
    const scores = [4, 3, 3, 2, 4, 4, 3, 1, 2];
    await page.getByRole('button', { name: 'Mulai' }).tap();
    let h = await nextScreen(page, 'Survei Kepuasan Masyarakat');
    expect(h).toBe(SKM_2017.elements[0]!.question.id);
    expect(await page.locator('skm-survey').getByText('1 dari 14', { exact: true }).isVisible()).toBe(true);
    for (const [i, score] of scores.entries()) {
      const label = SKM_2017.elements[i]!.labels[score - 1]!.id;
      await page.getByRole('radio', { name: label, exact: true }).tap();
      h = await nextScreen(page, h);
    }
    expect(h).toBe('Jenis kelamin Anda?');
    await page.getByRole('radio', { name: 'Perempuan' }).tap();
    h = await nextScreen(page, h);
    await page.getByRole('textbox').fill('34');
    await page.getByRole('button', { name: 'Lanjut' }).tap();
    h = await nextScreen(page, h);
    await page.getByRole('button', { name: 'Tidak ingin menjawab' }).tap();
    h = await nextScreen(page, h);
    expect(h).toBe('Apa pekerjaan Anda?');
    await page.getByRole('button', { name: 'Lewati' }).tap();
    h = await nextScreen(page, h);
    await page.getByRole('textbox').fill('Antrean <b>lebih</b> cepat');
    expect(await page.locator('skm-survey').getByText('26 dari 2000 huruf').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Kirim' }).tap();
    h = await nextScreen(page, h);
    expect(h).toBe('Terima kasih!');

    await waitFor(() => api.received.length === 1, 'the response to be sent');
    const body = api.received[0]!.body;
    expect(body['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body).toMatchObject({ unit: UNIT, service: SERVICE, channel: 'qr', saran: 'Antrean <b>lebih</b> cepat' });
    expect(body['answers']).toEqual(Object.fromEntries(SKM_2017.elements.map((e, i) => [e.code, scores[i]])));
    expect(body['profile']).toEqual({ jenis_kelamin: 'P', usia: 34 });
    expect(Date.parse(String(body['startedAt']))).toBeLessThanOrEqual(Date.now());
    expect(body['completionSeconds']).toBeGreaterThanOrEqual(0);
    expect(Object.keys(body).sort()).toEqual(['answers', 'channel', 'completionSeconds', 'id', 'profile', 'saran', 'service', 'startedAt', 'unit']);
    await waitFor(async () => (await statusText(page)).includes('Semua terkirim'), 'the status mark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is completed by keyboard alone, with focus on each new question and a visible focus ring', async () => {
    const { context, page, api } = await openPhone({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' }, `/s/${UNIT}`);
    await tabTo(page, 'Mulai');
    await page.keyboard.press('Enter');
    let h = await nextScreen(page, 'Survei Kepuasan Masyarakat');
    expect((await deepFocus(page)).id).toBe('h');
    for (let i = 0; i < SKM_2017.elements.length; i++) {
      await page.keyboard.press('Tab');
      const first = await deepFocus(page);
      expect(first.role).toBe('radio');
      expect(first.outline).toMatch(/^solid /);
      // Arrows check without moving on; Enter (odd) or Space (even) chooses and moves on.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await heading(page).textContent()).toContain(h);
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
      await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
      h = await nextScreen(page, h);
      expect((await deepFocus(page)).id).toBe('h');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    h = await nextScreen(page, h);
    await page.keyboard.press('Tab');
    await page.keyboard.type('x7'); // letters are dropped: an age is digits only
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').textContent()).toContain('Tulis usia dengan angka');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    h = await nextScreen(page, h);
    await tabTo(page, 'Tidak ingin menjawab');
    await page.keyboard.press('Enter');
    h = await nextScreen(page, h);
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Space');
    h = await nextScreen(page, h);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Terima kasih');
    await tabTo(page, 'Kirim');
    await page.keyboard.press('Enter');
    expect(await nextScreen(page, h)).toBe('Terima kasih!');
    await waitFor(() => api.received.length === 1, 'the response to be sent');
    const body = api.received[0]!.body;
    expect(body['answers']).toEqual(Object.fromEntries(SKM_2017.elements.map((e) => [e.code, 3])));
    expect(body['profile']).toEqual({ jenis_kelamin: 'P', usia: 71, pekerjaan: 'LAINNYA' });
    expect(body['service']).toBeUndefined();
    await context.close();
  });

  it('switches to English and back', async () => {
    const { context, page } = await openPhone();
    await page.getByRole('button', { name: 'English' }).tap();
    expect(await heading(page).textContent()).toBe('Public Satisfaction Survey');
    expect(await page.locator('skm-survey').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Start' }).tap();
    await nextScreen(page, 'Public Satisfaction Survey');
    expect(await heading(page).textContent()).toBe(SKM_2017.elements[0]!.question.en);
    expect((await page.getByRole('radio').allTextContents()).map((s) => s.trim())).toEqual(SKM_2017.elements[0]!.labels.map((l) => l.en));
    expect(await statusText(page)).toContain('All sent');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).tap();
    expect(await heading(page).textContent()).toBe(SKM_2017.elements[0]!.question.id);
    await context.close();
  });

  it('fits 360×640 without horizontal scrolling and passes axe (WCAG 2.1 AA) on every screen', async () => {
    const { context, page } = await openPhone();
    const screens: string[] = [];
    const check = async (name: string) => {
      screens.push(name);
      expect(await hasHorizontalScroll(page), `horizontal scroll on ${name}`).toBe(false);
      expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
    };
    await check('start');
    await page.getByRole('button', { name: /huruf besar/i }).tap();
    await check('start, large text');
    let h = await heading(page).textContent() ?? '';
    await page.getByRole('button', { name: 'Mulai' }).tap();
    h = await nextScreen(page, h);
    for (let i = 0; i < SKM_2017.elements.length; i++) {
      await check(`question ${i + 1}`);
      await page.getByRole('radio').nth(i % 4).tap();
      h = await nextScreen(page, h);
    }
    for (const field of ['sex', 'age', 'education', 'occupation']) {
      await check(field);
      await page.getByRole('button', { name: 'Tidak ingin menjawab' }).tap();
      h = await nextScreen(page, h);
    }
    await check('saran');
    await page.getByRole('button', { name: 'Kirim' }).tap();
    await nextScreen(page, h);
    await check('thanks');
    expect(screens).toHaveLength(17);
    await context.close();
  });

  it('shows the message of a rejected submission and keeps it on the device', async () => {
    const { context, page, api } = await openPhone(PHONE, `/s/${UNIT}?token=TKN-42`);
    api.reply = () => ({ status: 409, json: { error: { code: 'token_used', message: 'Tautan survei ini sudah dipakai.', fields: {} } } });
    await page.getByRole('button', { name: 'Mulai' }).tap();
    let h = await nextScreen(page, 'Survei Kepuasan Masyarakat');
    for (let i = 0; i < SKM_2017.elements.length; i++) {
      await page.getByRole('radio').nth(3).tap();
      h = await nextScreen(page, h);
    }
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: 'Tidak ingin menjawab' }).tap();
      h = await nextScreen(page, h);
    }
    await page.getByRole('button', { name: 'Kirim' }).tap();
    await nextScreen(page, h);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Jawaban tidak dapat diterima: Tautan survei ini sudah dipakai.');
    expect(api.received).toHaveLength(1);
    expect(api.received[0]!.body['token']).toBe('TKN-42');
    await waitFor(async () => (await statusText(page)).includes('1 ditolak'), 'the rejected count');
    // A rejection is final: it is not sent again after a reload.
    await page.reload();
    await waitFor(async () => (await statusText(page)).includes('1 ditolak'), 'the rejected count after a reload');
    expect(api.received).toHaveLength(1);
    await context.close();
  });

  it('answers an unknown unit with a 404 page in Bahasa Indonesia', async () => {
    const res = await fetch(new URL('/s/tidak-ada', server.url));
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Halaman survei tidak ditemukan');
    expect(html).toContain('lang="id"');
    expect((await fetch(new URL(`/s/${UNIT}/tidak-ada`, server.url))).status).toBe(404);
  });
});
