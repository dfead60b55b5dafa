/**
 * The dashboard API beyond `GET /ikm?unit=`: all units, channel, trend, ranking, profile and
 * suggestions — who may read what, bad parameters, and figures equal to survey-kit's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIkm, SKM_2017 } from '../../survey-kit/index';
import { createApp } from '../app';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { allAnswers, createFixture, type Fixture } from '../testing/fixture';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
const as: Record<'admin' | 'viewer' | 'operator', Signed> = {} as never;
const OTHER = 'loket-lain';

beforeAll(async () => {
  fx = await createFixture();
  const unit = (await fx.db.units.bySlug(fx.unitSlug))!;
  const other = await fx.db.units.create({ organisationId: unit.organisationId, slug: OTHER, name: 'Loket Lain', timeZone: 'Asia/Makassar' });
  const instrument = (await fx.db.instruments.byCode(SKM_2017.code))!;
  const profile = { jenisKelamin: 'P', usia: 25, pendidikan: 'S1', pekerjaan: 'SWASTA', pekerjaanLainnya: null } as const;
  await fx.db.responses.insertMany([
    { clientId: 'b1', unitId: other.id, serviceId: null, instrumentId: instrument.id, channel: 'qr', submittedAt: new Date('2026-03-11T02:00:00Z'), answers: allAnswers(2), profile, saran: '<b>Antrean</b> terlalu panjang', completionSeconds: 5, flags: ['fast'] },
    { clientId: 'b2', unitId: other.id, serviceId: null, instrumentId: instrument.id, channel: 'paper', submittedAt: new Date('2026-03-12T02:00:00Z'), answers: allAnswers(4), profile, saran: 'Ruang tunggu nyaman', completionSeconds: 90, flags: [] },
  ]);
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'admin1', 'admin');
  await addUser(fx.db, 'pembaca', 'viewer');
  await addUser(fx.db, 'petugas', 'operator', { units: [fx.unitSlug] });
  as.admin = await signInApi(app, 'admin1');
  as.viewer = await signInApi(app, 'pembaca');
  as.operator = await signInApi(app, 'petugas');
});
afterAll(() => fx.db.close());

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

async function get(path: string, who: Signed | null) {
  const res = await app.request(path, who ? { headers: who.headers() } : {});
  return { status: res.status, body: (await res.json()) as unknown };
}

const MARCH = 'from=2026-03-01&to=2026-03-31';
const ROUTES = ['/api/v1/ikm', '/api/v1/ikm/trend', '/api/v1/ikm/profile', '/api/v1/suggestions'];

describe('who may read the dashboard API', () => {
  it('anonymous: 401 everywhere, also for an unknown unit', async () => {
    for (const route of [...ROUTES, '/api/v1/ikm/ranking']) {
      expect((await get(`${route}?${MARCH}`, null)).status, route).toBe(401);
      expect((await get(`${route}?unit=tidak-ada`, null)).status, route).toBe(401);
    }
  });

  it('admin and viewer: any unit, and all units', async () => {
    for (const who of [as.admin, as.viewer]) {
      for (const route of ROUTES) {
        for (const unit of [fx.unitSlug, OTHER]) expect((await get(`${route}?unit=${unit}&${MARCH}`, who)).status, `${route} ${unit}`).toBe(200);
        expect((await get(`${route}?${MARCH}`, who)).status, route).toBe(200);
      }
      const ranking = (await get(`/api/v1/ikm/ranking?${MARCH}`, who)).body as { units: { unit: string }[] };
      expect(ranking.units.map((u) => u.unit).sort()).toEqual([OTHER, fx.unitSlug].sort());
    }
  });

  it('operator: own unit only (403 for another), all units = their own', async () => {
    for (const route of ROUTES) {
      expect((await get(`${route}?unit=${fx.unitSlug}&${MARCH}`, as.operator)).status, route).toBe(200);
      const refused = await get(`${route}?unit=${OTHER}&${MARCH}`, as.operator);
      expect(refused.status, route).toBe(403);
      expect((refused.body as ErrorBody).error.code).toBe('forbidden');
    }
    const all = (await get(`/api/v1/ikm?${MARCH}`, as.operator)).body as { respondents: number };
    expect(all.respondents).toBe(3);
    const ranking = (await get(`/api/v1/ikm/ranking?${MARCH}`, as.operator)).body as { units: { unit: string }[] };
    expect(ranking.units.map((u) => u.unit)).toEqual([fx.unitSlug]);
    const saran = (await get(`/api/v1/suggestions?${MARCH}`, as.operator)).body as { total: number };
    expect(saran.total).toBe(0);
  });
});

describe('bad parameters: 400 with the field named', () => {
  const cases: [string, string][] = [
    ['/api/v1/ikm?from=2026-03-01', 'to'],
    ['/api/v1/ikm?from=2026-03-31&to=2026-03-01', 'from'],
    ['/api/v1/ikm?service=izin-a', 'service'],
    ['/api/v1/ikm?channel=fax', 'channel'],
    ['/api/v1/ikm/trend?by=week', 'by'],
    ['/api/v1/ikm/ranking?to=2026-02-30&from=2026-01-01', 'to'],
    ['/api/v1/ikm/profile?unit=Bukan%20Slug', 'unit'],
    ['/api/v1/suggestions?page=0', 'page'],
    ['/api/v1/suggestions?page=x', 'page'],
    ['/api/v1/suggestions?pageSize=101', 'pageSize'],
  ];
  it.each(cases)('%s → %s', async (path, field) => {
    const { status, body } = await get(path, as.viewer);
    expect(status).toBe(400);
    expect((body as ErrorBody).error.code).toBe('validation_failed');
    expect(Object.keys((body as ErrorBody).error.fields ?? {})).toContain(field);
  });

  it('404 for an unknown unit', async () => {
    expect((await get('/api/v1/ikm/trend?unit=tidak-ada', as.viewer)).status).toBe(404);
  });
});

describe('figures', () => {
  it('all units: the IKM of every response of the range, scope without a unit', async () => {
    const { body } = await get(`/api/v1/ikm?${MARCH}`, as.viewer);
    const r = body as { scope: unknown; respondents: number; konversi: number };
    expect(r.scope).toEqual({ unit: null, service: null, from: '2026-03-01', to: '2026-03-31' });
    const read = await fx.db.tallies.read({ unitIds: null, from: '2026-03-01', to: '2026-03-31' });
    const expected = computeIkm(SKM_2017, { tallies: read.tallies, respondents: read.respondents });
    expect(r).toEqual({ scope: r.scope, ...JSON.parse(JSON.stringify(expected)) });
    expect(r.respondents).toBe(5);
  });

  it('channel narrows the responses and is echoed in the scope', async () => {
    const { body } = await get(`/api/v1/ikm?channel=qr&${MARCH}`, as.viewer);
    const r = body as { scope: { channel: string }; respondents: number; konversi: number };
    expect(r.scope.channel).toBe('qr');
    expect(r.respondents).toBe(1);
    expect(r.konversi).toBe(50);
  });

  it('trend: one bucket per month, each the IKM of its days', async () => {
    const { body } = await get(`/api/v1/ikm/trend?unit=${fx.unitSlug}&from=2026-02-15&to=2026-04-30`, as.viewer);
    const r = body as { by: string; buckets: { from: string; to: string; respondents: number; konversi: number | null }[] };
    expect(r.by).toBe('month');
    expect(r.buckets.map((b) => [b.from, b.to, b.respondents])).toEqual([
      ['2026-02-15', '2026-02-28', 0],
      ['2026-03-01', '2026-03-31', 3],
      ['2026-04-01', '2026-04-30', 1],
    ]);
    expect(r.buckets[0]!.konversi).toBeNull();
    expect(r.buckets[1]!.konversi).toBe(83.8);
    const quarters = (await get(`/api/v1/ikm/trend?unit=${fx.unitSlug}&from=2026-01-01&to=2026-06-30&by=quarter`, as.viewer)).body as { buckets: { respondents: number }[] };
    expect(quarters.buckets.map((b) => b.respondents)).toEqual([3, 1]);
  });

  it('ranking: highest konversi first, with respondents', async () => {
    const { body } = await get(`/api/v1/ikm/ranking?${MARCH}`, as.viewer);
    const r = body as { units: { unit: string; respondents: number; konversi: number; served: number; adequate: boolean | null }[] };
    // loket-lain: (2 + 4) / 2 × 25 = 75.00; loket-makassar 83.80.
    expect(r.units.map((u) => [u.unit, u.respondents, u.konversi])).toEqual([
      [fx.unitSlug, 3, 83.8],
      [OTHER, 2, 75],
    ]);
    expect(r.units[0]!.served).toBe(0);
    expect(r.units[0]!.adequate).toBeNull();
  });

  it('profile: every value counted, "not given" its own, channels and flags', async () => {
    const { body } = await get(`/api/v1/ikm/profile?${MARCH}`, as.viewer);
    const r = body as { respondents: number; profile: { sex: Record<string, number> }; channels: Record<string, number>; flags: { fast: number } };
    expect(r.respondents).toBe(5);
    expect(r.profile.sex).toEqual({ L: 0, P: 2, '-': 3 });
    expect(r.channels).toEqual({ kiosk: 3, qr: 1, paper: 1, online: 0 });
    expect(r.flags.fast).toBe(1);
  });

  it('suggestions: as typed, searchable, paged', async () => {
    const all = (await get(`/api/v1/suggestions?${MARCH}`, as.viewer)).body as { total: number; rows: { saran: string }[] };
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.saran)).toContain('<b>Antrean</b> terlalu panjang');
    const found = (await get(`/api/v1/suggestions?unit=${OTHER}&${MARCH}&q=nyaman`, as.viewer)).body as { total: number; rows: { saran: string }[] };
    expect(found.rows.map((r) => r.saran)).toEqual(['Ruang tunggu nyaman']);
    const second = (await get(`/api/v1/suggestions?${MARCH}&page=2&pageSize=1`, as.viewer)).body as { page: number; pageSize: number; rows: unknown[] };
    expect([second.page, second.pageSize, second.rows.length]).toEqual([2, 1, 1]);
  });
});
