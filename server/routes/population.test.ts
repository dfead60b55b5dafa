import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';
import { responseCoverage, sampleAdequacy } from '../../survey-kit/indicators/index';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
type Who = 'admin' | 'operator' | 'stranger' | 'viewer';
let signed: Map<Who, Signed>;
/** Signs in on first use only: each sign-in costs a scrypt hash. */
const as = new Proxy({} as Record<Who, Signed>, { get: (_, who: Who) => signed.get(who) });
async function signIn(...who: Who[]) {
  for (const w of who) if (!signed.has(w)) signed.set(w, await signInApi(app, w));
}
beforeEach(async () => {
  fx = await createFixture();
  const org = (await fx.db.organisations.list())[0]!;
  await fx.db.units.create({ organisationId: org.id, slug: 'loket-lain', name: 'Loket Lain' });
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'admin', 'admin');
  await addUser(fx.db, 'operator', 'operator', { units: [fx.unitSlug] });
  await addUser(fx.db, 'stranger', 'operator', { units: ['loket-lain'] });
  await addUser(fx.db, 'viewer', 'viewer');
  signed = new Map();
});
afterEach(() => fx.db.close());

const MARCH = 'from=2026-03-01&to=2026-03-31';

function upload(who: Signed, csv: string, unit = fx.unitSlug, name = 'maret.csv', lang = 'id') {
  const form = new FormData();
  form.set('unit', unit);
  form.set('file', new File([csv], name, { type: 'text/csv' }));
  return app.request('/api/v1/transactions/import', { method: 'POST', headers: who.headers({ 'accept-language': lang }), body: form });
}

function putServed(who: Signed, body: unknown) {
  return app.request('/api/v1/served', { method: 'PUT', headers: who.headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) });
}

const GOOD = [
  'layanan;tanggal_diterima;tanggal_selesai;referensi',
  'izin-a;2026-03-02;2026-03-05;OSS-1',
  'Izin A;03/03/2026;;OSS-2',
  'izin-a;2026-03-10;10/03/2026;OSS-3',
  'izin-a;2026-03-10;;',
].join('\n');

describe('POST /api/v1/transactions/import', () => {
  it('stores nothing when any row is bad and names every bad line with its reason', async () => {
    await signIn('operator');
    const bad = [
      'service,received,completed,reference',
      'izin-a,2026-03-02,,R1',
      'izin-x,2026-03-02,,R2',
      '',
      'izin-a,31/02/2026,,R3',
      'izin-a,2026-03-09,2026-03-01,R4',
      'izin-a,2026-03-09,,R1',
    ].join('\n');
    const res = await upload(as.operator, bad, fx.unitSlug, 'bad.csv', 'en');
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string>; rows: { line: number; reason: string }[] } };
    expect(error.code).toBe('validation_failed');
    expect(error.rows.map((r) => r.line)).toEqual([3, 5, 6, 7]);
    expect(error.rows[0]!.reason).toContain('izin-x');
    expect(error.rows[1]!.reason).toContain('31/02/2026');
    expect(error.rows[2]!.reason).toContain('before the received date');
    expect(error.rows[3]!.reason).toContain('line 2');
    expect(error.fields['line.3']).toMatch(/^Line 3: /);
    const served = await app.request(`/api/v1/served?unit=${fx.unitSlug}&${MARCH}`, { headers: as.operator.headers() });
    expect(((await served.json()) as { totals: { served: number } }).totals.served).toBe(0);
  });

  it('reports a missing column on the header line, in Bahasa Indonesia by default', async () => {
    await signIn('admin');
    const res = await upload(as.admin, 'layanan;referensi\nizin-a;X\n');
    const { error } = (await res.json()) as { error: { rows: { line: number; reason: string }[] } };
    expect(res.status).toBe(400);
    expect(error.rows).toEqual([{ line: 1, field: 'received', reason: expect.stringContaining('tanggal_diterima') as string }]);
  });

  it('imports a good file, then the same file again changes nothing', async () => {
    await signIn('operator');
    const first = await upload(as.operator, GOOD);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ unit: fx.unitSlug, inserted: 4, updated: 0, unchanged: 0 });
    const again = await upload(as.operator, GOOD.replace('Izin A;03/03/2026;;OSS-2', 'Izin A;03/03/2026;04/03/2026;OSS-2'));
    expect(await again.json()).toEqual({ unit: fx.unitSlug, inserted: 1, updated: 1, unchanged: 2 });
    const audit = await fx.db.audit.list({ action: 'transactions.import' });
    expect(audit.entries.map((e) => e.actor)).toEqual(['operator', 'operator']);
  });

  it('lets only those who manage the unit’s population import', async () => {
    await signIn('admin', 'stranger', 'viewer');
    expect((await upload(as.viewer, GOOD)).status).toBe(403);
    expect((await upload(as.stranger, GOOD)).status).toBe(403);
    expect((await upload(as.stranger, GOOD, 'tidak-ada')).status).toBe(403);
    expect((await upload(as.admin, GOOD, 'tidak-ada')).status).toBe(404);
    expect((await upload(as.admin, GOOD, fx.unitSlug, 'maret.txt')).status).toBe(400);
    const anonymous = new FormData();
    anonymous.set('unit', fx.unitSlug);
    expect((await app.request('/api/v1/transactions/import', { method: 'POST', body: anonymous })).status).toBe(401);
    // A signed-in upload without the CSRF token is refused before anything is read.
    expect((await app.request('/api/v1/transactions/import', { method: 'POST', headers: as.admin.headers({}, { csrf: false }), body: anonymous })).status).toBe(403);
  });
});

describe('/api/v1/served', () => {
  it('reads daily counts by source with the one that counts, and a manual figure wins', async () => {
    await signIn('admin', 'operator', 'viewer');
    await upload(as.admin, GOOD);
    const put = await putServed(as.operator, {
      unit: fx.unitSlug,
      entries: [
        { service: 'izin-a', day: '2026-03-10', count: 5 },
        { service: null, day: '2026-03-11', count: 0 },
      ],
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ unit: fx.unitSlug, written: 2, removed: 0 });
    const res = await app.request(`/api/v1/served?unit=${fx.unitSlug}&${MARCH}`, { headers: as.viewer.headers() });
    const body = (await res.json()) as { days: unknown[]; totals: unknown };
    expect(body.days).toEqual([
      { day: '2026-03-02', service: 'izin-a', source: 'transactions', count: 1, sources: { transactions: 1 } },
      { day: '2026-03-03', service: 'izin-a', source: 'transactions', count: 1, sources: { transactions: 1 } },
      { day: '2026-03-10', service: 'izin-a', source: 'manual', count: 5, sources: { manual: 5, transactions: 2 } },
      { day: '2026-03-11', service: null, source: 'manual', count: 0, sources: { manual: 0 } },
    ]);
    expect(body.totals).toEqual({ served: 7, bySource: { manual: 5, api: 0, transactions: 2 }, daysWithData: 4 });

    // null takes the manual figure away again.
    await putServed(as.operator, { unit: fx.unitSlug, entries: [{ service: 'izin-a', day: '2026-03-10', count: null }] });
    const after = (await (await app.request(`/api/v1/served?unit=${fx.unitSlug}&${MARCH}`, { headers: as.viewer.headers() })).json()) as { totals: { served: number } };
    expect(after.totals.served).toBe(4);
  });

  it('is all or nothing: a bad entry is named and nothing is written', async () => {
    await signIn('admin');
    const res = await putServed(as.admin, {
      unit: fx.unitSlug,
      entries: [
        { service: 'izin-a', day: '2026-03-10', count: 5 },
        { service: 'nope', day: '2026-03-10', count: 5 },
        { service: 'izin-a', day: '2026-03-10', count: 6 },
      ],
    });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { error: { fields: object } }).error.fields)).toEqual(['entries.1.service', 'entries.2.day']);
    const bad = await putServed(as.admin, { unit: fx.unitSlug, entries: [{ service: 'izin-a', day: '2026-03-10', count: -1 }] });
    expect(Object.keys(((await bad.json()) as { error: { fields: object } }).error.fields)).toEqual(['entries.0.count']);
    expect(await fx.db.served.days((await fx.db.units.bySlug(fx.unitSlug))!.id, '2026-03-01', '2026-03-31')).toEqual([]);
  });

  it('follows the role matrix', async () => {
    await signIn('admin', 'stranger', 'viewer');
    const body = { unit: fx.unitSlug, entries: [{ day: '2026-03-10', count: 1 }] };
    expect((await putServed(as.viewer, body)).status).toBe(403);
    expect((await putServed(as.stranger, body)).status).toBe(403);
    expect((await putServed(as.admin, body)).status).toBe(200);
    expect((await app.request(`/api/v1/served?unit=${fx.unitSlug}`, { headers: as.stranger.headers() })).status).toBe(403);
    expect((await app.request(`/api/v1/served?unit=${fx.unitSlug}`)).status).toBe(401);
    expect((await app.request(`/api/v1/served?unit=${fx.unitSlug}&from=2026-03-31&to=2026-03-01`, { headers: as.viewer.headers() })).status).toBe(400);
  });
});

describe('GET /api/v1/coverage', () => {
  it('divides respondents by people served against the unit’s target, with the minimum sample', async () => {
    await signIn('admin', 'operator', 'stranger');
    await upload(as.admin, GOOD);
    const res = await app.request(`/api/v1/coverage?unit=${fx.unitSlug}&${MARCH}`, { headers: as.operator.headers() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    const respondents = (await fx.db.tallies.read({ unitIds: [(await fx.db.units.bySlug(fx.unitSlug))!.id], from: '2026-03-01', to: '2026-03-31' })).respondents;
    expect(respondents).toBe(3);
    expect(body).toMatchObject({
      scope: { unit: fx.unitSlug, service: null, from: '2026-03-01', to: '2026-03-31' },
      respondents,
      served: 4,
      bySource: { manual: 0, api: 0, transactions: 4 },
      coverage: responseCoverage(respondents, 4, 50),
      sample: sampleAdequacy(respondents, 4),
    });
    const byService = (await (await app.request(`/api/v1/coverage?unit=${fx.unitSlug}&service=${fx.serviceSlug}&${MARCH}`, { headers: as.operator.headers() })).json()) as { respondents: number };
    expect(byService.respondents).toBe(2);
    expect((await app.request(`/api/v1/coverage?unit=${fx.unitSlug}&${MARCH}`, { headers: as.stranger.headers() })).status).toBe(403);
  });

  it('is undefined (not NaN) when nobody was served', async () => {
    await signIn('viewer');
    const body = (await (await app.request(`/api/v1/coverage?unit=${fx.unitSlug}&${MARCH}`, { headers: as.viewer.headers() })).json()) as { coverage: { value: unknown; defined: boolean } };
    expect(body.coverage).toMatchObject({ value: null, defined: false });
  });
});
