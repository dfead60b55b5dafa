import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import { createApp } from '../app';
import type { AppEnv } from '../env';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';
import type { InstrumentDto } from './instruments';

let fx: Fixture;
let app: Hono<AppEnv>;
let admin: Signed;
beforeEach(async () => {
  fx = await createFixture();
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'admin1', 'admin');
  await addUser(fx.db, 'op', 'operator', { units: [fx.unitSlug] });
  await addUser(fx.db, 'lihat', 'viewer');
  admin = await signInApi(app, 'admin1');
});
afterEach(() => fx.db.close());

const post = (signed: Signed, body: unknown) => ({
  method: 'POST',
  headers: signed.headers({ 'content-type': 'application/json' }),
  body: JSON.stringify(body),
});
const rows = () => SKM_2017.elements.map((e) => ({ code: e.code, name: e.name.id, question: e.question.id, weight: null }));
const log = async () => (await fx.db.audit.list({ entity: 'instrument' })).entries;

describe('/api/v1/instruments', () => {
  it('lists the built-in instruments to every set-up reader', async () => {
    for (const who of ['admin1', 'op', 'lihat']) {
      const res = await app.request('/api/v1/instruments', { headers: (await signInApi(app, who)).headers() });
      expect(res.status, who).toBe(200);
      const { instruments } = (await res.json()) as { instruments: InstrumentDto[] };
      expect(instruments.map((i) => [i.code, i.builtIn, i.elements.length])).toEqual([
        ['kep25_2004', true, 14],
        ['skm2017', true, 9],
      ]);
    }
    expect((await app.request('/api/v1/instruments')).status).toBe(401);
  });

  it('creates a custom instrument from the 2017 base with an added element and weights, audited', async () => {
    const elements = [...rows().filter((r) => r.code !== 'biaya'), { code: 'kebersihan', name: 'Kebersihan', question: '', weight: null }].map((r) => ({ ...r, weight: '0,1' }));
    elements[0]!.weight = '0,2';
    const res = await app.request('/api/v1/instruments', post(admin, { code: 'rs-pasien', name: 'SKM Rumah Sakit', base: 'skm2017', elements }));
    expect(res.status).toBe(201);
    const created = (await res.json()) as InstrumentDto;
    expect(created).toMatchObject({ code: 'rs-pasien', method: '2017', builtIn: false, name: { id: 'SKM Rumah Sakit' } });
    expect(created.elements.map((e) => e.code)).toEqual([...SKM_2017.elements.map((e) => e.code).filter((c) => c !== 'biaya'), 'kebersihan']);
    expect(await log()).toMatchObject([{ action: 'instrument.create', actor: 'admin1', after: { code: 'rs-pasien' } }]);
    // The new instrument can be put in force for a period at once.
    const period = await app.request('/api/v1/periods', post(admin, { preset: { kind: 'year', year: 2027, index: 1 }, instrument: 'rs-pasien' }));
    expect(await period.json()).toMatchObject({ instrument: 'rs-pasien' });
    const again = await app.request('/api/v1/instruments', post(admin, { code: 'rs-pasien', name: 'Lagi', elements: rows() }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'conflict', fields: { code: expect.stringContaining('rs-pasien') } } });
  });

  it('answers 400 with messages per field path and stores nothing', async () => {
    const elements = rows();
    elements[2] = { ...elements[2]!, code: 'Bukan Kode' };
    elements.push({ code: 'baru', name: '', question: '', weight: null });
    const res = await app.request('/api/v1/instruments', post(admin, { code: 'x', name: '', elements }));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields).sort()).toEqual(['code', 'elements.2.code', 'elements.9.name', 'name']);
    expect(error.fields['elements.9.name']).toBe('Isi nama unsur baru.');
    const weights = await app.request('/api/v1/instruments', post(admin, { code: 'bobot', name: 'Bobot', elements: rows().map((r) => ({ ...r, weight: '0.1' })) }));
    expect(await weights.json()).toMatchObject({ error: { fields: { elements: expect.stringContaining('0.9') } } });
    const notList = await app.request('/api/v1/instruments', post(admin, { code: 'bobot', name: 'Bobot', elements: 'x' }));
    expect(await notList.json()).toMatchObject({ error: { fields: { elements: 'Unsur harus berupa daftar.' } } });
    expect((await fx.db.instruments.list()).length).toBe(2);
    expect(await log()).toEqual([]);
  });

  it('is for admins only', async () => {
    for (const who of ['op', 'lihat']) {
      const res = await app.request('/api/v1/instruments', post(await signInApi(app, who), { code: 'abc', name: 'A', elements: rows() }));
      expect(res.status, who).toBe(403);
    }
    const anonymous = await app.request('/api/v1/instruments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    expect((await fx.db.instruments.list()).length).toBe(2);
  });
});
