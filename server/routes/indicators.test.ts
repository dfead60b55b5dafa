import { describe, expect, it } from 'vitest';
import { RANGE } from '../indicators/fixture';
import { useIndicatorApi } from '../testing/api';
import type { Signed } from '../testing/auth';

const api = useIndicatorApi();

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

async function get(path: string, who?: Signed, headers: Record<string, string> = {}) {
  const res = await api.app.request(path, { headers: who ? who.headers(headers) : headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const URL = `/api/v1/indicators?unit=loket-wita&from=${RANGE.from}&to=${RANGE.to}`;

describe('GET /api/v1/indicators', () => {
  it('answers every indicator with its numerator and denominator', async () => {
    const { status, body } = await get(URL, api.viewer);
    expect(status).toBe(200);
    const r = body as {
      scope: { unit: string; from: string; to: string; previous: unknown };
      complaints: { rate: Record<string, unknown>; timeliness: Record<string, unknown>; resolution: Record<string, unknown> };
      services: { overall: Record<string, unknown>; byService: Record<string, unknown>[] };
      reach: { coverage: Record<string, unknown>; sample: Record<string, unknown> };
      followUp: { completion: Record<string, unknown> };
    };
    expect(r.scope).toMatchObject({ unit: 'loket-wita', ...RANGE, previous: { from: '2026-05-11', to: '2026-05-24' } });
    expect(r.complaints.rate).toMatchObject({ current: 5, previous: 2, numerator: 3, denominator: 2, value: 150 });
    // Taken now, long after every deadline: the pending complaint is late too.
    expect(r.complaints.timeliness).toMatchObject({ numerator: 2, denominator: 5, value: 40, pending: 0 });
    expect(r.services.overall).toMatchObject({ numerator: 2, denominator: 3, value: 66.67 });
    expect(r.reach.coverage).toMatchObject({ numerator: 3, denominator: 105, value: 2.86 });
    expect(r.reach.sample).toMatchObject({ minimum: 83, adequate: false });
    expect(r.followUp.completion).toMatchObject({ numerator: 2, denominator: 3 });
    const izinC = r.services.byService.find((s) => s.service === 'izin-c')!;
    expect(izinC).toMatchObject({ value: null, reason: 'indicators.reason.noStandard', reasonText: 'Standar waktu layanan ini belum ditetapkan.' });
  });

  it('explains undefined figures in the reader’s language', async () => {
    const { body } = await get(`/api/v1/indicators?unit=loket-kosong&from=${RANGE.from}&to=${RANGE.to}`, api.admin, { 'accept-language': 'en' });
    const rate = (body as { complaints: { rate: Record<string, unknown> } }).complaints.rate;
    expect(rate).toMatchObject({ value: null, defined: false, reasonText: 'Not defined: the previous period had no complaints.' });
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
  });

  it('defaults to the period in force or the last one ended', async () => {
    const { status, body } = await get('/api/v1/indicators?unit=loket-wita', api.admin);
    expect(status).toBe(200);
    const scope = (body as { scope: { from: string; to: string } }).scope;
    expect(scope.from <= scope.to).toBe(true);
  });

  it('answers one report per readable unit when no unit is named', async () => {
    const all = await get(`/api/v1/indicators?from=${RANGE.from}&to=${RANGE.to}`, api.viewer);
    expect(all.status).toBe(200);
    expect((all.body.units as { scope: { unit: string } }[]).map((u) => u.scope.unit).sort()).toEqual(['loket-kosong', 'loket-wita']);
    const own = await get(`/api/v1/indicators?from=${RANGE.from}&to=${RANGE.to}`, api.operator);
    expect((own.body.units as { scope: { unit: string } }[]).map((u) => u.scope.unit)).toEqual(['loket-wita']);
  });

  it('refuses by role: 401 anonymous, 403 another unit’s operator', async () => {
    expect((await get(URL)).status).toBe(401);
    const other = await get(URL, api.stranger);
    expect(other.status).toBe(403);
    expect((other.body as unknown as ErrorBody).error.code).toBe('forbidden');
    expect((await get(URL, api.operator)).status).toBe(200);
    expect((await get(URL, api.admin)).status).toBe(200);
  });

  it('rejects bad queries with a message per field and 404s an unknown unit', async () => {
    const cases: [string, string][] = [
      ['unit=loket-wita&from=2026-02-30&to=2026-03-01', 'from'],
      ['unit=loket-wita&from=2026-03-01', 'to'],
      ['unit=loket-wita&from=2026-03-02&to=2026-03-01', 'from'],
      ['unit=Loket WITA&from=2026-03-01&to=2026-03-02', 'unit'],
      ['', 'from'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await get(`/api/v1/indicators?${query}`, api.admin);
      expect(status, query).toBe(400);
      expect((body as unknown as ErrorBody).error.code).toBe('validation_failed');
      expect(Object.keys((body as unknown as ErrorBody).error.fields ?? {}), query).toContain(field);
    }
    expect((await get('/api/v1/indicators?unit=tidak-ada', api.admin)).status).toBe(404);
  });
});
