/** `POST /api/v1/responses`: the contract, validation per field, kiosks, idempotency. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT } from '../app';
import { SKM_2017, customInstrument } from '../../survey-kit/index';
import { appFor, postResponse, submitOffice, validBody, type ErrorBody, type SubmitOffice } from '../testing/submissions';

let o: SubmitOffice;
beforeAll(async () => {
  o = await submitOffice();
});
afterAll(() => o.db.close());

const kioskBody = (overrides: Record<string, unknown> = {}) => validBody({ channel: 'kiosk', ...overrides });

async function expectError(res: Response, status: number, code: string): Promise<ErrorBody['error']> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  return body.error;
}

describe('POST /api/v1/responses: stored once, answered the same every time', () => {
  it('answers 201 with the receipt, then 200 with the same body for the same id', async () => {
    const app = appFor(o.db);
    const before = await o.db.responses.count();
    const body = kioskBody({ service: 'izin', completionSeconds: 4, profile: { jenis_kelamin: 'P', usia: 34, pendidikan: 'S1' } });
    const started = Date.now();
    const first = await postResponse(app, body, { kiosk: o.kiosk });
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as Record<string, unknown>;
    expect(receipt).toEqual({ id: body['id'], receivedAt: expect.any(String), unit: 'loket', service: 'izin', flags: ['fast'] });
    // The server's clock, not the client's.
    expect(Date.parse(String(receipt['receivedAt']))).toBeGreaterThanOrEqual(started - 1);
    // Sent again, even with other answers: the first stands.
    const again = await postResponse(app, { ...body, answers: { ...(body['answers'] as object), waktu: 1 } }, { kiosk: o.kiosk });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(receipt);
    // A new app (a restarted server) answers the same.
    const later = await postResponse(appFor(o.db), body, { kiosk: o.kiosk });
    expect(later.status).toBe(200);
    expect(await later.json()).toEqual(receipt);
    expect(await o.db.responses.count()).toBe(before + 1);
    expect(await o.db.tallies.verify()).toEqual([]);
  });

  it('stores exactly one of many identical submissions racing each other (one group commit)', async () => {
    const app = appFor(o.db);
    const before = await o.db.responses.count();
    const body = kioskBody();
    const results = await Promise.all(Array.from({ length: 12 }, () => postResponse(app, body, { kiosk: o.kiosk })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const bodies = await Promise.all(results.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(await o.db.responses.count()).toBe(before + 1);
    const scope = { unitIds: [o.unit.id], from: '2000-01-01', to: '2100-12-31' };
    expect((await o.db.tallies.read(scope)).respondents).toBe(await o.db.tallies.scan(scope).then((s) => s.respondents));
  });

  it('flags straight-lining and fast answers, and keeps them', async () => {
    const app = appFor(o.db);
    const same = Object.fromEntries(SKM_2017.elements.map((e) => [e.code, 4]));
    const res = await postResponse(app, kioskBody({ answers: same, completionSeconds: 60 }), { kiosk: o.kiosk });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { flags: string[] }).flags).toEqual(['straightline']);
    // Ten seconds for nine questions is the line: 9.9 s is fast, 10 s is not.
    const fast = await postResponse(app, kioskBody({ completionSeconds: 9.9 }), { kiosk: o.kiosk });
    expect(((await fast.json()) as { flags: string[] }).flags).toEqual(['fast']);
    const fine = await postResponse(app, kioskBody({ completionSeconds: 10 }), { kiosk: o.kiosk });
    expect(((await fine.json()) as { flags: string[] }).flags).toEqual([]);
    const untimed = await postResponse(app, kioskBody({ completionSeconds: undefined }), { kiosk: o.kiosk });
    expect(((await untimed.json()) as { flags: string[] }).flags).toEqual([]);
  });
});

describe('POST /api/v1/responses: refusals', () => {
  it('404 for an unknown unit or service', async () => {
    const app = appFor(o.db);
    const unit = await expectError(await postResponse(app, validBody({ unit: 'tidak-ada' })), 404, 'not_found');
    expect(unit.message).toBe('Unit "tidak-ada" tidak ditemukan.');
    const service = await expectError(await postResponse(app, validBody({ service: 'tidak-ada' })), 404, 'not_found');
    expect(service.message).toContain('tidak-ada');
  });

  it('400 with a message per field, in Bahasa Indonesia by default', async () => {
    const app = appFor(o.db);
    const { answers } = validBody() as { answers: Record<string, number> };
    const body = validBody({
      id: 'bukan-uuid',
      channel: 'paper',
      answers: { ...answers, waktu: 5, biaya: '4' },
      profile: { jenis_kelamin: 'X', usia: 7, pendidikan: 'PhD', pekerjaan: 'ASTRONOT', hobi: 'catur' },
      saran: 'x'.repeat(2001),
      startedAt: 'kemarin',
      completionSeconds: -1,
      extra: true,
    });
    const error = await expectError(await postResponse(app, body), 400, 'validation_failed');
    expect(error.fields).toEqual({
      id: 'Harus berupa UUID, mis. 0f8fad5b-d9cb-469f-a165-70867728950e.',
      channel: 'Harus salah satu dari: kiosk, qr, online.',
      'answers.waktu': 'Nilai harus 1, 2, 3 atau 4 (atau null bila tidak dijawab).',
      'answers.biaya': 'Nilai harus 1, 2, 3 atau 4 (atau null bila tidak dijawab).',
      'profile.jenis_kelamin': 'Harus salah satu dari: L, P.',
      'profile.usia': 'Harus bilangan bulat 10–120.',
      'profile.pendidikan': 'Harus salah satu dari: SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3.',
      'profile.pekerjaan': 'Harus salah satu dari: PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA.',
      'profile.hobi': 'Kolom ini tidak dikenal.',
      saran: 'Paling banyak 2000 karakter.',
      startedAt: 'Harus berupa waktu ISO 8601, mis. 2026-03-10T09:15:00+08:00.',
      completionSeconds: 'Harus berupa angka 0–86400 (detik).',
      extra: 'Kolom ini tidak dikenal.',
    });
  });

  it('400 for unknown and missing elements, in English on request; a saran of 2000 characters passes', async () => {
    const app = appFor(o.db);
    const { answers } = validBody() as { answers: Record<string, number> };
    const { waktu: _dropped, ...rest } = answers;
    const error = await expectError(
      await postResponse(app, validBody({ answers: { ...rest, kebersihan: 3, produk: null } }), { headers: { 'accept-language': 'en-GB,en;q=0.9' } }),
      400,
      'validation_failed',
    );
    expect(error.message).toBe('The survey response cannot be accepted: check the marked fields.');
    expect(error.fields).toEqual({
      'answers.kebersihan': 'Element "kebersihan" is not part of instrument skm2017.',
      'answers.waktu': 'Element "waktu" must be answered.',
      'answers.produk': 'Element "produk" must be answered.',
    });
    const missing = await expectError(await postResponse(app, { unit: 'loket', channel: 'qr' }), 400, 'validation_failed');
    expect(missing.fields).toEqual({ id: 'Wajib diisi.', answers: 'Wajib diisi.' });
    const ok = await postResponse(app, validBody({ saran: 'x'.repeat(2000) }), { browser: 'A'.repeat(22) });
    expect(ok.status).toBe(201);
  });

  it('400 for a body that is not a JSON object; 413 above 64 KB', async () => {
    const app = appFor(o.db);
    const notJson = await expectError(await postResponse(app, '{"id": '), 400, 'validation_failed');
    expect(notJson.message).toBe('Isi permintaan harus berupa objek JSON.');
    const array = await expectError(await postResponse(app, '[1, 2]'), 400, 'validation_failed');
    expect(array.fields).toEqual({ _: 'Harus berupa objek.' });
    const huge = validBody({ saran: 'x'.repeat(API_BODY_LIMIT) });
    await expectError(await postResponse(app, huge), 413, 'payload_too_large');
    const declared = JSON.stringify(huge);
    const res = await postResponse(app, declared, { headers: { 'content-length': String(Buffer.byteLength(declared)) } });
    await expectError(res, 413, 'payload_too_large');
  });

  it('kiosk responses need a valid, unrevoked device credential of the same unit', async () => {
    const app = appFor(o.db);
    const before = await o.db.responses.count();
    const none = await expectError(await postResponse(app, kioskBody()), 401, 'unauthorized');
    expect(none.message).toBe('Jawaban dari kios memerlukan kredensial perangkat yang sah. Pasangkan kembali kios ini.');
    await expectError(await postResponse(app, kioskBody(), { kiosk: 'x'.repeat(43) }), 401, 'unauthorized');
    await expectError(await postResponse(app, kioskBody(), { kiosk: o.revokedKiosk }), 401, 'unauthorized');
    const other = await expectError(await postResponse(app, kioskBody(), { kiosk: o.otherKiosk }), 403, 'forbidden');
    expect(other.message).toContain('"loket"');
    expect(await o.db.responses.count()).toBe(before);
    const ok = await postResponse(app, kioskBody(), { kiosk: o.kiosk });
    expect(ok.status).toBe(201);
  });
});

describe('POST /api/v1/responses: the instrument of the period in force today', () => {
  it('validates against it, and a skipped optional element is stored blank', async () => {
    const { db, unit } = await submitOffice();
    try {
      const extra = customInstrument({
        code: 'skm2017-kebersihan',
        name: { id: 'SKM 2017 dan kebersihan', en: 'SKM 2017 and cleanliness' },
        optional: ['biaya'],
        add: [{ ...SKM_2017.elements[7]!, code: 'kebersihan' }],
      });
      const stored = await db.instruments.create(extra);
      await db.periods.create({ organisationId: unit.organisationId, unitId: unit.id, name: 'Sepanjang masa', startDay: '2000-01-01', endDay: '2999-12-31', instrumentId: stored.id });
      const app = appFor(db);
      const { answers } = validBody() as { answers: Record<string, number> };
      const missing = await expectError(await postResponse(app, validBody()), 400, 'validation_failed');
      expect(missing.fields).toEqual({ 'answers.kebersihan': 'Unsur "kebersihan" wajib dijawab.' });
      const { biaya: _skipped, ...withoutBiaya } = answers;
      const res = await postResponse(app, validBody({ answers: { ...withoutBiaya, kebersihan: 4 } }));
      expect(res.status).toBe(201);
      const tallies = await db.tallies.read({ unitIds: [unit.id], from: '2000-01-01', to: '2999-12-31' });
      expect(tallies.tallies['biaya']).toMatchObject({ 1: 0, 2: 0, 3: 0, 4: 0, blank: 1 });
      expect(tallies.tallies['kebersihan']).toMatchObject({ 4: 1 });
    } finally {
      await db.close();
    }
  });
});
