/**
 * End to end: an operator registers a complaint at /pengaduan/baru, answers it on its page, and
 * the response-timeliness figure of the register changes — on the page and in
 * GET /api/v1/indicators — to what survey-kit computes from the stored complaints.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/testing/auth';
import { calendarFor } from '../../server/indicators/calendar';
import { firstAnswerAt } from '../../server/complaints/workflow';
import { responseTimeliness } from '../../survey-kit/indicators/complaints';
import { DAY_MS, localDay, addDays } from '../../survey-kit/time/index';
import { signInThroughPage } from './sign-in';
import { useE2eServer } from './server';

const UNIT = 'loket-pengaduan';
const ZONE = 'Asia/Makassar';

let unitId: number;
let organisationId: number;
let from: string;

const e2e = useE2eServer({ name: 'complaints' });

beforeAll(async () => {
  const org = await e2e.server.db.organisations.create({ slug: 'kantor-uji', name: 'Kantor Uji' });
  organisationId = org.id;
  unitId = (await e2e.server.db.units.create({ organisationId: org.id, slug: UNIT, name: 'Loket Pengaduan', timeZone: ZONE })).id;
  await addUser(e2e.server.db, 'petugas', 'operator', { units: [UNIT] });
  // An older complaint nobody answered: past its deadline, so the figure starts at 0 of 1.
  const received = new Date(Date.now() - 14 * DAY_MS);
  from = localDay(received, ZONE);
  await e2e.server.db.complaints.create(
    { unitId, serviceId: null, channel: 'phone', receivedAt: received, category: 'waktu', grade: 'ringan', deadlineDays: 1, description: 'Telepon tidak diangkat', consent: false, createdAt: received },
    { userId: null, actor: 'test' },
  );
});

/** What survey-kit computes from the stored complaints, as of now. */
async function expectedTimeliness(): Promise<number | null> {
  const clocks = await e2e.server.db.complaints.clocks([unitId], new Date(0), new Date(Date.now() + DAY_MS));
  const calendar = await calendarFor(e2e.server.db, organisationId);
  return responseTimeliness(
    clocks.map((c) => ({ receivedAt: c.receivedAt, firstResponseAt: firstAnswerAt(c), deadlineWorkingDays: c.deadlineDays })),
    { calendar, timeZone: ZONE, asOf: new Date() },
  ).value;
}

async function shownTimeliness(page: Page): Promise<{ value: string; text: string }> {
  await page.goto(`${e2e.origin}/pengaduan?unit=${UNIT}`);
  const card = page.getByTestId('timeliness');
  return { value: (await card.getAttribute('data-value')) ?? '', text: (await page.getByTestId('timeliness-value').textContent()) ?? '' };
}

async function apiTimeliness(page: Page): Promise<number | null> {
  const to = addDays(localDay(new Date(), ZONE), 1);
  return page.evaluate(async (url) => {
    const res = await fetch(url);
    const body = (await res.json()) as { complaints: { timeliness: { value: number | null } } };
    return body.complaints.timeliness.value;
  }, `/api/v1/indicators?unit=${UNIT}&from=${from}&to=${to}`);
}

const percent = (v: number) => `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v)}%`;

describe('complaints in a browser', () => {
  it('registers a complaint, answers it, and the timeliness figure changes', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await signInThroughPage(page, e2e.server.url, 'petugas', '/pengaduan');

    const before = await shownTimeliness(page);
    const expectedBefore = await expectedTimeliness();
    expect(expectedBefore).not.toBeNull();
    expect(before).toEqual({ value: String(expectedBefore), text: percent(expectedBefore!) });
    expect(await apiTimeliness(page)).toBe(expectedBefore);

    // Register: the form refuses a contact without consent, then accepts it with consent.
    await page.getByTestId('new-complaint').click();
    await page.waitForURL('**/pengaduan/baru');
    await page.getByLabel('Unit layanan').selectOption(UNIT);
    await page.getByLabel('Saluran').selectOption('counter');
    await page.getByLabel('Kategori').selectOption('waktu');
    await page.getByLabel('Isi pengaduan').fill('Antrean loket lebih dari dua jam');
    await page.getByLabel('Telepon/WhatsApp').fill('081234567123');
    await page.getByRole('button', { name: 'Simpan pengaduan' }).click();
    await expect.poll(() => page.locator('[data-error-for="contactPhone"]').textContent()).toBe('Kontak pengadu hanya boleh dicatat bila pengadu menyetujuinya.');
    await page.getByLabel('Pengadu setuju kontaknya dicatat untuk ditindaklanjuti').check();
    await Promise.all([page.waitForURL(/\/pengaduan\/\d+$/), page.getByRole('button', { name: 'Simpan pengaduan' }).click()]);
    expect(await page.getByTestId('status').textContent()).toBe('Diterima');
    expect(await page.getByTestId('contact').textContent()).toContain('08•••••123');
    const detail = page.url();

    // Still within its deadline: pending, so the figure has not moved.
    expect((await shownTimeliness(page)).value).toBe(String(expectedBefore));
    await page.goto(detail);

    // Answer it.
    await page.getByLabel('Tanggapan kepada pengadu').fill('Loket tambahan dibuka mulai besok.');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Tanggapi' }).click()]);
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Ditanggapi');
    expect(await page.locator('[data-testid="timeline"] li').count()).toBe(2);
    expect(await page.getByTestId('timeline').textContent()).toContain('oleh petugas');

    const after = await shownTimeliness(page);
    const expectedAfter = await expectedTimeliness();
    expect(expectedAfter).not.toBe(expectedBefore);
    expect(after).toEqual({ value: String(expectedAfter), text: percent(expectedAfter!) });
    expect(await apiTimeliness(page)).toBe(expectedAfter);
    expect(errors).toEqual([]);
    await page.close();
  });
});
