import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
let viewer: Signed;
beforeAll(async () => {
  fx = await createFixture();
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'pembaca', 'viewer');
  viewer = await signInApi(app, 'pembaca');
});
afterAll(() => fx.db.close());

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers: viewer.headers(headers) });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('GET /api/v1/ikm', () => {
  it('computes March from tallies: blanks are left out per element', async () => {
    const { status, body } = await get(`/api/v1/ikm?unit=${fx.unitSlug}&from=2026-03-01&to=2026-03-31`);
    expect(status).toBe(200);
    const r = body as { scope: unknown; respondents: number; konversi: number; mutu: string; elements: { code: string; answered: number; nrr: number }[] };
    expect(r.scope).toEqual({ unit: fx.unitSlug, service: null, from: '2026-03-01', to: '2026-03-31' });
    expect(r.respondents).toBe(3);
    const pengaduan = r.elements.find((e) => e.code === 'pengaduan')!;
    expect(pengaduan.answered).toBe(2);
    expect(pengaduan.nrr).toBeCloseTo(3.5, 12);
    expect(r.elements.find((e) => e.code === 'waktu')!.nrr).toBeCloseTo(10 / 3, 12);
    // (8 × 10/3 + 3.5) / 9 × 25 = 4525/54 = 83.796… → 83.80, grade B.
    expect(r.konversi).toBe(83.8);
    expect(r.mutu).toBe('B');
  });

  it('counts days in the unit time zone, both ends included', async () => {
    const april = await get(`/api/v1/ikm?unit=${fx.unitSlug}&from=2026-04-01&to=2026-04-01`);
    expect((april.body as { respondents: number; konversi: number }).respondents).toBe(1);
    expect((april.body as { konversi: number }).konversi).toBe(25);
    const march = await get(`/api/v1/ikm?unit=${fx.unitSlug}&from=2026-03-31&to=2026-03-31`);
    expect((march.body as { respondents: number }).respondents).toBe(0);
  });

  it('narrows to one service', async () => {
    const { body } = await get(`/api/v1/ikm?unit=${fx.unitSlug}&service=${fx.serviceSlug}&from=2026-03-01&to=2026-03-31`);
    const r = body as { scope: { service: string }; respondents: number; konversi: number };
    expect(r.scope.service).toBe(fx.serviceSlug);
    expect(r.respondents).toBe(2);
    expect(r.konversi).toBe(87.5);
  });

  it('defaults to a period when no range is given', async () => {
    const { status, body } = await get(`/api/v1/ikm?unit=${fx.unitSlug}`);
    expect(status).toBe(200);
    const scope = (body as { scope: { from: string; to: string } }).scope;
    expect(scope.from <= scope.to).toBe(true);
  });

  it('answers 404 for an unknown unit or service', async () => {
    const unit = await get('/api/v1/ikm?unit=tidak-ada');
    expect(unit.status).toBe(404);
    expect((unit.body as ErrorBody).error.code).toBe('not_found');
    expect((unit.body as ErrorBody).error.message).toContain('tidak-ada');
    const service = await get(`/api/v1/ikm?unit=${fx.unitSlug}&service=tidak-ada`);
    expect(service.status).toBe(404);
  });

  it('rejects bad queries with one message per field', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-03-01', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'from'],
      ['from=01/03/2026&to=2026-03-01', 'from'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await get(`/api/v1/ikm?unit=${fx.unitSlug}&${query}`);
      expect(status, query).toBe(400);
      const err = (body as ErrorBody).error;
      expect(err.code).toBe('validation_failed');
      expect(Object.keys(err.fields ?? {}), query).toContain(field);
    }
    const serviceAlone = await get(`/api/v1/ikm?service=${fx.serviceSlug}`);
    expect(serviceAlone.status).toBe(400);
    expect((serviceAlone.body as ErrorBody).error.fields).toHaveProperty('service');
    const channel = await get(`/api/v1/ikm?unit=${fx.unitSlug}&channel=fax`);
    expect(channel.status).toBe(400);
    expect((channel.body as ErrorBody).error.fields).toHaveProperty('channel');
  });

  it('speaks English when asked', async () => {
    const { body } = await get('/api/v1/ikm?unit=tidak-ada', { 'accept-language': 'en-US,en;q=0.9' });
    expect((body as ErrorBody).error.message).toBe('Unit "tidak-ada" not found.');
  });
});
