/** Duplicate control of `POST /api/v1/responses`: browser marks, one-time tokens, the per-address limit. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { createApp } from '../app';
import { appFor, browserCookieOf, postResponse, submitOffice, validBody, type ErrorBody, type SubmitOffice } from '../testing/submissions';

let o: SubmitOffice;
beforeEach(async () => {
  o = await submitOffice();
});
afterEach(() => o.db.close());

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

describe('one response per browser per unit per day', () => {
  it('marks a new browser with an HttpOnly cookie and refuses its second response politely', async () => {
    const app = appFor(o.db);
    const first = await postResponse(app, validBody());
    expect(first.status).toBe(201);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^puas_b=[A-Za-z0-9_-]{22}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/);
    const mark = browserCookieOf(first)!;

    const second = await postResponse(app, validBody(), { browser: mark });
    expect(second.status).toBe(409);
    expect(await errorOf(second)).toEqual({ code: 'already_responded', message: 'Terima kasih, Anda sudah mengisi survei untuk unit ini hari ini.' });
    const english = await postResponse(app, validBody(), { browser: mark, headers: { 'accept-language': 'en' } });
    expect((await errorOf(english)).message).toBe('Thank you, you have already completed the survey for this unit today.');
    // A browser that already has its mark is not given another.
    expect(second.headers.get('set-cookie')).toBeNull();

    // Another unit, another browser, and the same browser from another address: all fine.
    expect((await postResponse(app, validBody({ unit: 'loket-lain' }), { browser: mark })).status).toBe(201);
    expect((await postResponse(app, validBody(), { browser: 'B'.repeat(22) })).status).toBe(201);
    expect((await postResponse(app, validBody(), { browser: mark, ip: '192.168.7.7' })).status).toBe(409);
    expect(await o.db.responses.count()).toBe(3);
  });

  it('never counts by address: many browsers behind one NAT address all get in', async () => {
    const app = appFor(o.db);
    const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => postResponse(app, validBody(), { browser: `b${String(i).padStart(21, '0')}`, ip: '203.0.113.5' })));
    expect(statuses.every((r) => r.status === 201)).toBe(true);
  });

  it('stores one of several responses racing from the same browser', async () => {
    const app = appFor(o.db);
    const results = await Promise.all(Array.from({ length: 6 }, () => postResponse(app, validBody(), { browser: 'R'.repeat(22) })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await o.db.responses.count()).toBe(1);
    expect(await o.db.tallies.verify()).toEqual([]);
  });

  it('follows the unit setting (0 = no limit) and leaves kiosks alone', async () => {
    const setLimit = o.db.sqlite.prepare('UPDATE units SET responses_per_browser_per_day = ? WHERE slug = ?');
    setLimit.run(2, 'loket');
    setLimit.run(0, 'loket-lain');
    const app = appFor(o.db);
    const mark = 'C'.repeat(22);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postResponse(app, validBody(), { browser: mark })).status);
    expect(statuses).toEqual([201, 201, 409]);
    for (let i = 0; i < 3; i++) expect((await postResponse(app, validBody({ unit: 'loket-lain' }), { browser: mark })).status).toBe(201);
    for (let i = 0; i < 3; i++) expect((await postResponse(app, validBody({ channel: 'kiosk' }), { browser: mark, kiosk: o.kiosk })).status).toBe(201);
  });

  it('gives a browser its mark with the survey page', async () => {
    const app = createApp({ db: o.db });
    const page = await app.request('/s/loket');
    expect(page.headers.get('set-cookie')).toMatch(/^puas_b=[A-Za-z0-9_-]{22}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/);
    const again = await app.request('/s/loket', { headers: { cookie: `puas_b=${browserCookieOf(page)}` } });
    expect(again.headers.get('set-cookie')).toBeNull();
    const https = await app.request('https://skm.contoh.go.id/s/loket/izin');
    expect(https.headers.get('set-cookie')).toMatch(/; Secure$/);
  });
});

describe('one-time survey tokens', () => {
  beforeEach(async () => {
    await o.db.tokens.createMany([
      { token: 'ABCDE23456', unitId: o.unit.id, serviceId: null, batch: 't' },
      { token: 'FGHJK23456', unitId: o.unit.id, serviceId: o.service.id, batch: 't' },
      { token: 'LMNPQ23456', unitId: o.other.id, serviceId: null, batch: 't' },
      { token: 'RSTUV23456', unitId: o.unit.id, serviceId: null, batch: 't' },
    ]);
  });

  it('accepts exactly one response per token and says so politely on reuse', async () => {
    const app = appFor(o.db);
    const body = validBody({ token: 'ABCDE23456' });
    const first = await postResponse(app, body);
    expect(first.status).toBe(201);
    const receipt = await first.json();
    // The same response sent again is still the same response.
    const resend = await postResponse(app, body);
    expect(resend.status).toBe(200);
    expect(await resend.json()).toEqual(receipt);
    // Typed the way people type it: lower case, with a space.
    const reuse = await postResponse(app, validBody({ token: 'abcde 23456' }), { browser: 'D'.repeat(22) });
    expect(reuse.status).toBe(409);
    expect(await errorOf(reuse)).toEqual({ code: 'token_used', message: 'Kode survei ini sudah digunakan. Terima kasih.' });
    const stored = await o.db.tokens.byToken('ABCDE23456');
    expect(stored?.responseClientId).toBe(body['id']);
    expect(stored?.usedAt).toBeInstanceOf(Date);
    expect(await o.db.responses.count()).toBe(1);
  });

  it('refuses unknown tokens, malformed ones and tokens of another unit or service', async () => {
    const app = appFor(o.db);
    const cases: [string, Record<string, unknown>, string][] = [
      ['unknown', { token: 'ZZZZZ22222' }, 'Kode survei "ZZZZZ22222" tidak dikenal. Periksa kembali kode pada tiket Anda.'],
      ['malformed', { token: 'O0I1-abc' }, 'Kode survei terdiri atas 10 huruf dan angka, seperti tercetak pada tiket.'],
      ['other unit', { token: 'LMNPQ23456' }, 'Kode survei ini berlaku untuk unit lain.'],
      ['other service', { token: 'FGHJK23456', unit: 'loket', service: 'izin-lain' }, ''],
    ];
    await o.db.services.create({ unitId: o.unit.id, slug: 'izin-lain', name: 'Izin lain' });
    for (const [name, overrides, message] of cases) {
      const res = await postResponse(app, validBody(overrides));
      expect(res.status, name).toBe(400);
      const error = await errorOf(res);
      expect(error.code, name).toBe('validation_failed');
      expect(error.fields?.['token'], name).toBe(message || 'Kode survei ini berlaku untuk layanan lain.');
    }
    expect(await o.db.responses.count()).toBe(0);
  });

  it('a service token speaks for its service; a token is its own control, not the browser rule', async () => {
    const app = appFor(o.db);
    const mark = 'E'.repeat(22);
    expect((await postResponse(app, validBody(), { browser: mark })).status).toBe(201);
    const res = await postResponse(app, validBody({ token: 'FGHJK23456' }), { browser: mark });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ unit: 'loket', service: 'izin' });
  });

  it('lets exactly one of two responses racing with the same token in', async () => {
    const app = appFor(o.db);
    const results = await Promise.all([postResponse(app, validBody({ token: 'RSTUV23456' })), postResponse(app, validBody({ token: 'RSTUV23456' }))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await o.db.responses.count()).toBe(1);
    expect(await o.db.tallies.verify()).toEqual([]);
  });
});

describe('PUAS_IP_LIMIT: submissions per address per minute', () => {
  it('answers 429 with Retry-After past the limit; other addresses and kiosks go on', async () => {
    const app = appFor(o.db, 3);
    const from = (ip: string, i: number) => postResponse(app, validBody(), { ip, browser: `${ip.replace(/\D/g, '')}x${i}`.padEnd(22, 'z') });
    for (let i = 0; i < 3; i++) expect((await from('10.1.1.1', i)).status).toBe(201);
    const limited = await from('10.1.1.1', 9);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    const error = await errorOf(limited);
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/^Terlalu banyak jawaban dari jaringan ini dalam satu menit\. Silakan coba lagi dalam \d+ detik\.$/);
    expect((await from('10.1.1.2', 0)).status).toBe(201);
    for (let i = 0; i < 5; i++) {
      expect((await postResponse(app, validBody({ channel: 'kiosk' }), { ip: '10.1.1.1', kiosk: o.kiosk })).status).toBe(201);
    }
    // A revoked credential is no exemption.
    expect((await postResponse(app, validBody({ channel: 'kiosk' }), { ip: '10.1.1.1', kiosk: o.revokedKiosk })).status).toBe(429);
  });

  it('is off at 0, and read from the environment (600 by default)', async () => {
    const app = appFor(o.db, 0);
    for (let i = 0; i < 20; i++) expect((await postResponse(app, validBody(), { browser: `f${i}`.padEnd(22, 'f') })).status).toBe(201);
    expect(readConfig({ PUAS_IP_LIMIT: '0' }).ipLimit).toBe(0);
    expect(readConfig({ PUAS_IP_LIMIT: '1200' }).ipLimit).toBe(1200);
    expect(readConfig({}).ipLimit).toBeUndefined();
    expect(() => readConfig({ PUAS_IP_LIMIT: '-5' })).toThrow(/PUAS_IP_LIMIT/);
    expect(() => readConfig({ PUAS_IP_LIMIT: 'banyak' })).toThrow(/PUAS_IP_LIMIT/);
    const limited = createApp({ db: o.db });
    const statuses = await Promise.all(Array.from({ length: 601 }, (_, i) => postResponse(limited, validBody({ unit: 'tidak-ada' }), { ip: '10.9.9.9', browser: `g${i}`.padEnd(22, 'g') }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 404)).toHaveLength(600);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  });
});
