import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../app';
import type { AppEnv } from '../env';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';
import type { PeriodDto } from './periods-input';

let fx: Fixture;
let app: Hono<AppEnv>;
let admin: Signed;
beforeEach(async () => {
  fx = await createFixture();
  const org = (await fx.db.organisations.bySlug('kantor-uji'))!;
  const other = await fx.db.units.create({ organisationId: org.id, slug: 'loket-lain', name: 'Loket Lain' });
  const kep = (await fx.db.instruments.byCode('kep25_2004'))!;
  await fx.db.periods.create({ organisationId: org.id, unitId: other.id, name: 'Khusus loket lain', startDay: '2026-01-01', endDay: '2026-12-31', instrumentId: kep.id });
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'admin1', 'admin');
  await addUser(fx.db, 'op', 'operator', { units: [fx.unitSlug] });
  await addUser(fx.db, 'lihat', 'viewer');
  admin = await signInApi(app, 'admin1');
});
afterEach(() => fx.db.close());

const json = (signed: Signed, method: string, body: unknown, lang = 'id') => ({
  method,
  headers: signed.headers({ 'content-type': 'application/json', 'accept-language': lang }),
  body: JSON.stringify(body),
});
const log = async () => (await fx.db.audit.list({ entity: 'survey_period' })).entries;
const count = async () => (await fx.db.periods.list((await fx.db.organisations.bySlug('kantor-uji'))!.id)).length;

describe('POST /api/v1/periods', () => {
  it('creates Triwulan IV 2026 from the preset, organisation-wide, with the 2017 instrument by default and an audit entry', async () => {
    const res = await app.request('/api/v1/periods', json(admin, 'POST', { preset: { kind: 'quarter', year: 2026, index: 4 } }));
    expect(res.status).toBe(201);
    const period = (await res.json()) as PeriodDto;
    expect(period).toMatchObject({ name: 'Triwulan IV 2026', organisation: 'kantor-uji', unit: null, startDay: '2026-10-01', endDay: '2026-12-31', instrument: 'skm2017' });
    expect(await log()).toMatchObject([{ action: 'period.create', actor: 'admin1', entityId: String(period.id), after: { name: 'Triwulan IV 2026' } }]);
  });

  it('creates a custom range for one unit with the 2004 instrument', async () => {
    const body = { name: 'Survei khusus', startDay: '2026-02-01', endDay: '2026-02-28', unit: fx.unitSlug, instrument: 'kep25_2004' };
    const res = await app.request('/api/v1/periods', json(admin, 'POST', body));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ ...body, organisation: 'kantor-uji' });
  });

  it('answers 400 with a message per field and writes nothing', async () => {
    const before = await count();
    const cases: [unknown, Record<string, string>][] = [
      [{ name: 'X', startDay: '2026-03-31', endDay: '2026-03-01' }, { endDay: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' }],
      [{ name: 'X', startDay: '2026-02-30', endDay: '2026-03-01' }, { startDay: expect.stringContaining('bukan tanggal') }],
      [{ name: null, startDay: null, endDay: null }, { name: expect.any(String), startDay: expect.any(String), endDay: expect.any(String) }],
      [{ preset: { kind: 'quarter', year: 2026, index: 5 } }, { 'preset.index': 'Untuk triwulan pilih nomor 1–4.' }],
      [{ preset: { kind: 'week', year: 1999, index: 1 } }, { 'preset.kind': expect.any(String), 'preset.year': 'Tahun harus bilangan bulat 2000–2100.' }],
      [{ preset: { kind: 'year', year: 2026, index: 1 }, startDay: '2026-01-01' }, { preset: expect.any(String) }],
      [{ preset: { kind: 'year', year: 2026, index: 1 }, unit: 'tidak-ada' }, { unit: 'Unit "tidak-ada" tidak ditemukan.' }],
      [{ preset: { kind: 'year', year: 2026, index: 1 }, instrument: 'nope' }, { instrument: 'Instrumen "nope" tidak dikenal.' }],
    ];
    for (const [body, fields] of cases) {
      const res = await app.request('/api/v1/periods', json(admin, 'POST', body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(error.code).toBe('validation_failed');
      expect(error.fields, JSON.stringify(body)).toEqual(fields);
    }
    const en = await app.request('/api/v1/periods', json(admin, 'POST', { name: 'X', startDay: '2026-03-31', endDay: '2026-03-01' }, 'en'));
    expect(((await en.json()) as { error: { fields: Record<string, string> } }).error.fields.endDay).toBe('The end date cannot be before the start date.');
    expect(await count()).toBe(before);
    expect(await log()).toEqual([]);
  });

  it('refuses the exact same range for the same scope with 409, but allows it for a unit', async () => {
    const q1 = { preset: { kind: 'quarter', year: 2026, index: 1 } };
    const res = await app.request('/api/v1/periods', json(admin, 'POST', q1));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'conflict', fields: { 'preset.index': 'Periode dengan rentang 2026-01-01 s.d. 2026-03-31 sudah ada untuk cakupan ini.' } } });
    const custom = await app.request('/api/v1/periods', json(admin, 'POST', { name: 'Lagi', startDay: '2026-01-01', endDay: '2026-03-31' }));
    expect(await custom.json()).toMatchObject({ error: { code: 'conflict', fields: { startDay: expect.stringContaining('sudah ada') } } });
    expect(await log()).toEqual([]);
    expect((await app.request('/api/v1/periods', json(admin, 'POST', { ...q1, unit: fx.unitSlug }))).status).toBe(201);
  });

  it('is for admins only: 401 without a session, 403 for operators and viewers', async () => {
    const body = JSON.stringify({ preset: { kind: 'year', year: 2027, index: 1 } });
    expect((await app.request('/api/v1/periods', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    for (const who of ['op', 'lihat']) {
      const res = await app.request('/api/v1/periods', json(await signInApi(app, who), 'POST', { preset: { kind: 'year', year: 2027, index: 1 } }));
      expect(res.status, who).toBe(403);
    }
    expect(await log()).toEqual([]);
  });
});

describe('GET /api/v1/periods', () => {
  it('lists every period for admins and viewers; operators see their units and the organisation-wide ones', async () => {
    const names = async (who: string) => {
      const res = await app.request('/api/v1/periods', { headers: (await signInApi(app, who)).headers() });
      expect(res.status).toBe(200);
      return ((await res.json()) as { periods: PeriodDto[] }).periods.map((p) => `${p.name}/${p.unit}/${p.instrument}`);
    };
    // By start, the longer first (a year before its first quarter).
    expect(await names('lihat')).toEqual(['Khusus loket lain/loket-lain/kep25_2004', 'Triwulan I 2026/null/skm2017']);
    expect(await names('op')).toEqual(['Triwulan I 2026/null/skm2017']);
    expect((await app.request('/api/v1/periods')).status).toBe(401);
  });
});

describe('PATCH and DELETE /api/v1/periods/:id', () => {
  const periodId = async () => (await fx.db.periods.list((await fx.db.organisations.bySlug('kantor-uji'))!.id)).find((p) => p.name === 'Triwulan I 2026')!.id;

  it('edits name, range, unit and instrument, audited with before and after', async () => {
    const id = await periodId();
    const res = await app.request(`/api/v1/periods/${id}`, json(admin, 'PATCH', { name: 'T1', endDay: '2026-04-30', unit: 'loket-lain', instrument: 'kep25_2004' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, name: 'T1', startDay: '2026-01-01', endDay: '2026-04-30', unit: 'loket-lain', instrument: 'kep25_2004' });
    const back = await app.request(`/api/v1/periods/${id}`, json(admin, 'PATCH', { unit: null }));
    expect(await back.json()).toMatchObject({ unit: null, name: 'T1' });
    expect(await log()).toMatchObject([
      { action: 'period.update', before: { unitId: expect.any(Number) }, after: { unitId: null } },
      { action: 'period.update', before: { name: 'Triwulan I 2026', instrument: 'skm2017' }, after: { name: 'T1', instrument: 'kep25_2004' } },
    ]);
  });

  it('refuses a bad edit with field messages, 404 for an unknown id, 403 for others, and keeps the period', async () => {
    const id = await periodId();
    const before = await fx.db.periods.byId(id);
    const bad = await app.request(`/api/v1/periods/${id}`, json(admin, 'PATCH', { endDay: '2025-12-31' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: { endDay: expect.any(String) } } });
    expect((await app.request(`/api/v1/periods/${id}`, json(admin, 'PATCH', { name: null }))).status).toBe(400);
    expect((await app.request('/api/v1/periods/9999', json(admin, 'PATCH', { name: 'x' }))).status).toBe(404);
    expect((await app.request('/api/v1/periods/abc', json(admin, 'DELETE', null))).status).toBe(404);
    expect((await app.request(`/api/v1/periods/${id}`, json(await signInApi(app, 'op'), 'PATCH', { name: 'x' }))).status).toBe(403);
    expect((await app.request(`/api/v1/periods/${id}`, json(await signInApi(app, 'op'), 'DELETE', null))).status).toBe(403);
    expect(await fx.db.periods.byId(id)).toEqual(before);
    expect(await log()).toEqual([]);
  });

  it('keeps the instrument of a period whose range already holds responses of it (409 on the field)', async () => {
    const id = await periodId();
    const res = await app.request(`/api/v1/periods/${id}`, json(admin, 'PATCH', { instrument: 'kep25_2004', name: 'Lain' }));
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe('conflict');
    expect(error.fields.instrument).toBe('Instrumen tidak dapat diganti: periode ini sudah berisi 3 jawaban dengan instrumen lain.');
    expect(await fx.db.periods.byId(id)).toMatchObject({ name: 'Triwulan I 2026' });
    expect(await log()).toEqual([]);
  });

  it('deletes with an audit entry', async () => {
    const id = await periodId();
    const res = await app.request(`/api/v1/periods/${id}`, { method: 'DELETE', headers: admin.headers() });
    expect(res.status).toBe(204);
    expect(await fx.db.periods.byId(id)).toBeUndefined();
    expect(await log()).toMatchObject([{ action: 'period.delete', before: { name: 'Triwulan I 2026' }, after: null }]);
  });
});
