import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addUser, signInApi } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';
import type { UnitDto } from './units';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(() => fx.db.close());

describe('GET /api/v1/units', () => {
  it('lists units with their services and organisation', async () => {
    const app = createApp({ db: fx.db });
    await addUser(fx.db, 'pembaca', 'viewer');
    const res = await app.request('/api/v1/units', { headers: (await signInApi(app, 'pembaca')).headers() });
    expect(res.status).toBe(200);
    const { units } = (await res.json()) as { units: UnitDto[] };
    expect(units).toEqual([
      {
        slug: fx.unitSlug,
        name: 'Loket Makassar',
        timeZone: 'Asia/Makassar',
        organisation: { slug: 'kantor-uji', name: 'Kantor Uji', isDemo: false },
        services: [{ slug: fx.serviceSlug, name: 'Izin A', standardDays: 5 }],
      },
    ]);
  });
});

describe('GET /api/v1/health', () => {
  it('reports ok', async () => {
    const res = await createApp({ db: fx.db }).request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
