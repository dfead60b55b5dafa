/** The complaints API through `app.request()`: who may do what, the workflow, masking, suggestions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { allAnswers, createFixture, type Fixture } from '../testing/fixture';
import { SKM_2017 } from '../../survey-kit/index';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
let admin: Signed;
let operator: Signed;
let stranger: Signed;
let viewer: Signed;
let saranResponseId: number;
let blankResponseId: number;

interface Json {
  [key: string]: unknown;
}
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

beforeAll(async () => {
  fx = await createFixture();
  const unit = (await fx.db.units.bySlug(fx.unitSlug))!;
  await fx.db.units.create({ organisationId: unit.organisationId, slug: 'loket-lain', name: 'Loket Lain' });
  await addUser(fx.db, 'admin-c', 'admin');
  await addUser(fx.db, 'op-c', 'operator', { units: [fx.unitSlug] });
  await addUser(fx.db, 'op-lain', 'operator', { units: ['loket-lain'] });
  await addUser(fx.db, 'pimpinan-c', 'viewer');
  const instrument = (await fx.db.instruments.byCode(SKM_2017.code))!;
  const base = { unitId: unit.id, serviceId: null, instrumentId: instrument.id, channel: 'qr', answers: allAnswers(3), completionSeconds: 40, flags: [] } as const;
  const profile = { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null } as const;
  await fx.db.responses.insertMany([
    { ...base, clientId: 'saran-1', submittedAt: new Date('2026-03-11T02:00:00Z'), profile, saran: 'Ruang tunggu panas, mohon kipas angin' },
    { ...base, clientId: 'saran-2', submittedAt: new Date('2026-03-11T03:00:00Z'), profile, saran: null },
  ]);
  // The two responses stored last (ids follow insertion order).
  saranResponseId = (await fx.db.responses.count()) - 1;
  blankResponseId = saranResponseId + 1;
  app = createApp({ db: fx.db });
  [admin, operator, stranger, viewer] = await Promise.all([signInApi(app, 'admin-c'), signInApi(app, 'op-c'), signInApi(app, 'op-lain'), signInApi(app, 'pimpinan-c')]);
});
afterAll(() => fx.db.close());

function call(who: Signed | null, method: string, path: string, body?: unknown, lang?: 'en'): Promise<Response> {
  const headers: Record<string, string> = who ? who.headers() : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (lang) headers['accept-language'] = lang;
  return Promise.resolve(app.request(`/api/v1${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }));
}

async function json<T = Json>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

const COUNTER = { channel: 'counter', category: 'waktu', grade: 'ringan', description: 'Antrean lebih dari dua jam' };

async function register(who: Signed, extra: Record<string, unknown> = {}): Promise<Json> {
  const res = await call(who, 'POST', '/complaints', { unit: fx.unitSlug, ...COUNTER, ...extra });
  expect(res.status).toBe(201);
  return json(res);
}

describe('complaints API: who may do what', () => {
  it('answers 401 to anonymous callers', async () => {
    expect((await call(null, 'GET', '/complaints')).status).toBe(401);
    expect((await call(null, 'POST', '/complaints', { unit: fx.unitSlug, ...COUNTER })).status).toBe(401);
  });

  it('lets the unit operator register and shows the contact masked to everyone but admins', async () => {
    const made = await register(operator, { consent: true, contactName: 'Budi Santoso', contactPhone: '081234567123', contactEmail: 'budi@mail.com' });
    expect(made).toMatchObject({ status: 'received', channel: 'counter', unit: { slug: fx.unitSlug }, deadlineDays: 1, timing: 'pending' });
    expect(made['contact']).toEqual({ name: 'B••• S•••', phone: '08•••••123', email: 'b•••@mail.com', masked: true });

    const detailAdmin = await json(await call(admin, 'GET', `/complaints/${made['id']}`));
    expect(detailAdmin['contact']).toEqual({ name: 'Budi Santoso', phone: '081234567123', email: 'budi@mail.com', masked: false });
    const detailViewer = await json(await call(viewer, 'GET', `/complaints/${made['id']}`));
    expect((detailViewer['contact'] as Json)['phone']).toBe('08•••••123');

    const list = await json<{ rows: Json[] }>(await call(admin, 'GET', `/complaints?unit=${fx.unitSlug}`));
    const row = list.rows.find((r) => r['id'] === made['id'])!;
    expect((row['contact'] as Json)['phone']).toBe('08•••••123');
  });

  it('refuses operators of another unit (403) and viewers any change (403)', async () => {
    const made = await register(admin);
    const id = made['id'] as number;
    expect((await call(stranger, 'POST', '/complaints', { unit: fx.unitSlug, ...COUNTER })).status).toBe(403);
    expect((await call(stranger, 'GET', `/complaints/${id}`)).status).toBe(403);
    expect((await call(stranger, 'POST', `/complaints/${id}/steps`, { status: 'responded', note: 'x' })).status).toBe(403);
    expect((await call(stranger, 'GET', `/complaints?unit=${fx.unitSlug}`)).status).toBe(403);
    expect((await call(stranger, 'GET', '/complaints?unit=tidak-ada')).status).toBe(403);
    expect((await call(stranger, 'POST', '/complaints', { unit: 'tidak-ada', ...COUNTER })).status).toBe(403);
    expect((await call(admin, 'GET', '/complaints?unit=tidak-ada')).status).toBe(404);
    const theirs = await json<{ rows: Json[] }>(await call(stranger, 'GET', '/complaints'));
    expect(theirs.rows).toEqual([]);

    expect((await call(viewer, 'GET', `/complaints/${id}`)).status).toBe(200);
    expect((await call(viewer, 'POST', '/complaints', { unit: fx.unitSlug, ...COUNTER })).status).toBe(403);
    expect((await call(viewer, 'POST', `/complaints/${id}/steps`, { status: 'responded', note: 'x' })).status).toBe(403);
    expect((await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'responded', note: 'Sudah kami tangani' })).status).toBe(200);
  });

  it('answers 400 with a message per field', async () => {
    const res = await call(admin, 'POST', '/complaints', { unit: fx.unitSlug, category: 'nope', consent: false, contactPhone: '0812345678' });
    expect(res.status).toBe(400);
    const { error } = await json<ErrorBody>(res);
    expect(Object.keys(error.fields!).sort()).toEqual(['category', 'channel', 'contactPhone', 'description']);
    expect(error.fields!['contactPhone']).toBe('Kontak pengadu hanya boleh dicatat bila pengadu menyetujuinya.');
    const en = await json<ErrorBody>(await call(admin, 'POST', '/complaints', { unit: fx.unitSlug, ...COUNTER, consent: true, contactEmail: 'not-mail' }, 'en'));
    expect(en.error.fields).toEqual({ contactEmail: 'Invalid email address.' });
    const future = await json<ErrorBody>(await call(admin, 'POST', '/complaints', { unit: fx.unitSlug, ...COUNTER, receivedAt: '2999-01-01T08:00' }));
    expect(future.error.fields).toEqual({ receivedAt: 'Waktu tidak boleh di masa depan.' });
    expect((await call(admin, 'POST', '/complaints', { unit: 'tidak-ada', ...COUNTER })).status).toBe(404);
  });
});

describe('complaints API: the workflow', () => {
  it('goes received → responded → resolved → closed, keeping who and when', async () => {
    const made = await register(admin, { receivedAt: '2026-03-02T09:00' });
    const id = made['id'] as number;
    // 09:00 WITA is 01:00 UTC.
    expect(made['receivedAt']).toBe('2026-03-02T01:00:00.000Z');
    const noNote = await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'responded' });
    expect(noNote.status).toBe(400);
    expect((await json<ErrorBody>(noNote)).error.fields).toEqual({ note: 'Tuliskan tanggapan yang diberikan kepada pengadu.' });
    const early = await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'responded', note: 'x', at: '2026-03-02T08:59' });
    expect((await json<ErrorBody>(early)).error.fields?.['at']).toBe('Waktu tidak boleh sebelum langkah sebelumnya (2026-03-02 09:00).');
    const responded = await json(await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'responded', note: 'Antrean ditambah loket', at: '2026-03-02T10:00' }));
    expect(responded).toMatchObject({ status: 'responded', respondedAt: '2026-03-02T02:00:00.000Z', timing: 'on_time' });
    expect((await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'closed' })).status).toBe(409);
    expect((await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'resolved', at: '2026-03-04T10:00' })).status).toBe(200);
    const closed = await json<{ status: string; events: Json[] }>(await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'closed' }));
    expect(closed.status).toBe('closed');
    expect(closed.events.map((e) => [e['status'], e['actor']])).toEqual([
      ['received', 'admin-c'],
      ['responded', 'op-c'],
      ['resolved', 'op-c'],
      ['closed', 'op-c'],
    ]);
    const stepped = await call(operator, 'POST', `/complaints/${id}/steps`, { status: 'rejected', reason: 'x' });
    expect(stepped.status).toBe(409);
    expect((await json<ErrorBody>(stepped)).error.code).toBe('conflict');
    expect((await fx.db.audit.list({ entity: 'complaint', entityId: String(id) })).total).toBe(4);
  });

  it('rejects only with a reason and never in the future', async () => {
    const id = (await register(admin))['id'] as number;
    const noReason = await call(admin, 'POST', `/complaints/${id}/steps`, { status: 'rejected', reason: '  ' });
    expect((await json<ErrorBody>(noReason)).error.fields).toEqual({ reason: 'Tuliskan alasan penolakan.' });
    const future = await call(admin, 'POST', `/complaints/${id}/steps`, { status: 'rejected', reason: 'Bukan kewenangan', at: '2999-01-01T00:00' });
    expect((await json<ErrorBody>(future)).error.fields).toEqual({ at: 'Waktu tidak boleh di masa depan.' });
    const ok = await json(await call(admin, 'POST', `/complaints/${id}/steps`, { status: 'rejected', reason: 'Bukan kewenangan unit' }));
    expect(ok).toMatchObject({ status: 'rejected', rejectReason: 'Bukan kewenangan unit' });
    expect((await call(admin, 'GET', '/complaints/999999')).status).toBe(404);
  });

  it('lists with filters and pages', async () => {
    await register(admin, { description: 'Parkir sempit sekali' });
    const found = await json<{ rows: Json[]; total: number; summary: Json[] }>(await call(viewer, 'GET', `/complaints?unit=${fx.unitSlug}&q=parkir`));
    expect(found.rows.map((r) => r['description'])).toEqual(['Parkir sempit sekali']);
    const rejected = await json<{ rows: Json[] }>(await call(viewer, 'GET', '/complaints?status=rejected'));
    expect(rejected.rows.every((r) => r['status'] === 'rejected')).toBe(true);
    const march = await json<{ rows: Json[] }>(await call(viewer, 'GET', `/complaints?from=2026-03-02&to=2026-03-02&unit=${fx.unitSlug}`));
    expect(march.rows.map((r) => r['receivedAt'])).toEqual(['2026-03-02T01:00:00.000Z']);
    expect(found.summary).toHaveLength(1);
    expect((await call(viewer, 'GET', '/complaints?page=0')).status).toBe(400);
  });
});

describe('complaints API: from a survey suggestion', () => {
  it('turns a suggestion into a complaint once, and points at it the second time', async () => {
    const res = await call(operator, 'POST', '/complaints', { fromResponse: saranResponseId, category: 'sarana' });
    expect(res.status).toBe(201);
    const made = await json(res);
    expect(made).toMatchObject({ channel: 'survey', description: 'Ruang tunggu panas, mohon kipas angin', sourceResponseId: saranResponseId });
    // Received when registered (the deadline runs from then), not at the survey's time.
    expect(Math.abs(Date.parse(String(made['receivedAt'])) - Date.now())).toBeLessThan(60_000);
    const again = await call(admin, 'POST', '/complaints', { fromResponse: saranResponseId, category: 'sarana' });
    expect(again.status).toBe(409);
    expect(again.headers.get('location')).toBe(`/api/v1/complaints/${made['id']}`);
    expect((await json<ErrorBody>(again)).error.message).toContain(`#${made['id']}`);
    expect((await call(admin, 'POST', '/complaints', { fromResponse: blankResponseId, category: 'sarana' })).status).toBe(400);
    expect((await call(admin, 'POST', '/complaints', { fromResponse: 987654, category: 'sarana' })).status).toBe(404);
    expect((await call(stranger, 'POST', '/complaints', { fromResponse: blankResponseId, category: 'sarana' })).status).toBe(403);
  });
});

describe('complaint deadlines', () => {
  it('are read by readers, set by admins only, and apply to new complaints', async () => {
    const got = await json(await call(operator, 'GET', `/complaint-deadlines?unit=${fx.unitSlug}`));
    expect(got).toEqual({ unit: fx.unitSlug, deadlines: { ringan: 1, sedang: 1, berat: 1 } });
    const body = { unit: fx.unitSlug, deadlines: { ringan: 1, sedang: 3, berat: 5 } };
    expect((await call(operator, 'PUT', '/complaint-deadlines', body)).status).toBe(403);
    expect((await call(stranger, 'GET', `/complaint-deadlines?unit=${fx.unitSlug}`)).status).toBe(403);
    const bad = await call(admin, 'PUT', '/complaint-deadlines', { ...body, deadlines: { ...body.deadlines, berat: 0 } });
    expect((await json<ErrorBody>(bad)).error.fields).toEqual({ 'deadlines.berat': 'Batas waktu harus bilangan bulat 1–60 hari kerja.' });
    expect(await json(await call(admin, 'PUT', '/complaint-deadlines', body))).toEqual(body);
    const made = await register(operator, { grade: 'berat' });
    expect(made['deadlineDays']).toBe(5);
  });
});
