import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../db/repositories';
import { createFixture, type Fixture } from '../testing/fixture';
import { defaultRange } from '../queries/ikm';
import type { AuthUser } from '../auth/types';
import { loadAllDashboard, loadUnitDashboard } from './pages';
import { defaultAllRange } from './scope';

let fx: Fixture;
let unit: Unit;
beforeAll(async () => {
  fx = await createFixture();
  unit = (await fx.db.units.bySlug(fx.unitSlug))!;
});
afterAll(() => fx.db.close());

const at = (iso: string) => new Date(iso);
const params = (query: Record<string, string>) => new URLSearchParams(query);
const viewer: AuthUser = { id: 1, username: 'v', displayName: 'V', role: 'viewer', unitIds: [], mustChangePassword: false };

describe('default ranges', () => {
  it('a unit: the period in force today, else the last one ended, else the year so far (unit time zone)', async () => {
    expect(await defaultRange(fx.db, unit, at('2026-02-15T04:00:00Z'))).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(await defaultRange(fx.db, unit, at('2026-05-01T04:00:00Z'))).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    // 31 Dec 2025 17:00 UTC is already 1 January 2026 in Makassar: the period is in force.
    expect((await defaultRange(fx.db, unit, at('2025-12-31T17:00:00Z'))).period?.name).toBe('Triwulan I 2026');
    expect(await defaultRange(fx.db, unit, at('2025-06-01T04:00:00Z'))).toEqual({ from: '2025-01-01', to: '2025-06-01', period: null });
  });

  it('all units: the organisation-wide period in force, else the last ended, else the year so far', async () => {
    expect(await defaultAllRange(fx.db, at('2026-02-15T04:00:00Z'))).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(await defaultAllRange(fx.db, at('2026-07-01T04:00:00Z'))).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(await defaultAllRange(fx.db, at('2025-06-01T04:00:00Z'))).toEqual({ from: '2025-01-01', to: '2025-06-01', period: null });
  });
});

describe('loadUnitDashboard', () => {
  it('is null for an unknown unit', async () => {
    expect(await loadUnitDashboard(fx.db, viewer, 'tidak-ada', params({}))).toBeNull();
  });

  it('shows a chosen period, compared with the range of the same length before it', async () => {
    const [period] = await fx.db.periods.list(unit.organisationId, unit.id);
    const data = (await loadUnitDashboard(fx.db, viewer, fx.unitSlug, params({ period: String(period!.id) })))!;
    expect(data.period?.id).toBe(period!.id);
    expect(data.scope).toMatchObject({ from: '2026-01-01', to: '2026-03-31', unitIds: [unit.id] });
    expect(data.headline.result.respondents).toBe(3);
    expect(data.organisation?.slug).toBe('kantor-uji');
    expect(data.invalid).toBe(false);
    // No earlier named quarter: the three whole months before.
    expect(data.previous).toMatchObject({ from: '2025-10-01', to: '2025-12-31', period: null });
    expect(data.previous.comparison).toMatchObject({ current: 83.8, previous: null, delta: null });
    expect(data.headline.weakest.map((e) => e.code)[0]).toBeDefined();
  });

  it('shows a custom range and one service', async () => {
    const data = (await loadUnitDashboard(fx.db, viewer, fx.unitSlug, params({ from: '2026-04-01', to: '2026-04-30', service: fx.serviceSlug })))!;
    expect(data.period).toBeNull();
    expect(data.scope).toMatchObject({ from: '2026-04-01', to: '2026-04-30' });
    expect(data.scope.service?.slug).toBe(fx.serviceSlug);
    expect(data.headline.result.respondents).toBe(1);
  });

  it('says the people served are unknown when none were entered', async () => {
    const data = (await loadUnitDashboard(fx.db, viewer, fx.unitSlug, params({ from: '2026-03-01', to: '2026-03-31' })))!;
    expect(data.headline.served.served).toBe(0);
    expect(data.headline.adequacy).toMatchObject({ minimum: null, adequate: null });
  });

  it('warns when the respondents fall short of the minimum for the people served', async () => {
    await fx.db.served.setCounts([{ unitId: unit.id, serviceId: null, day: '2026-03-10', count: 100 }], 'manual');
    const data = (await loadUnitDashboard(fx.db, viewer, fx.unitSlug, params({ from: '2026-03-01', to: '2026-03-31' })))!;
    // Krejcie–Morgan for N = 100 is 80; 3 respondents are 77 short.
    expect(data.headline.served.served).toBe(100);
    expect(data.headline.adequacy).toMatchObject({ minimum: 80, adequate: false, shortfall: 77 });
  });

  it('falls back to the default period on a bad range, an unknown period, service or channel, and says so', async () => {
    const now = at('2026-05-01T04:00:00Z');
    const queries: Record<string, string>[] = [{ from: '2026-04-30', to: '2026-04-01' }, { from: '2026-02-30', to: '2026-03-01' }, { from: '2026-04-01' }, { period: '999' }, { service: 'tidak-ada' }, { channel: 'fax' }];
    for (const query of queries) {
      const data = (await loadUnitDashboard(fx.db, viewer, fx.unitSlug, params(query), now))!;
      expect(data.invalid, JSON.stringify(query)).toBe(true);
      expect(data.scope, JSON.stringify(query)).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    }
  });
});

describe('loadAllDashboard', () => {
  it('reads only the units an operator runs', async () => {
    const operator: AuthUser = { ...viewer, role: 'operator', unitIds: [unit.id] };
    const none: AuthUser = { ...viewer, role: 'operator', unitIds: [unit.id + 1000] };
    const range = params({ from: '2026-03-01', to: '2026-03-31' });
    expect((await loadAllDashboard(fx.db, operator, range)).headline.result.respondents).toBe(3);
    const other = await loadAllDashboard(fx.db, none, range);
    expect(other.headline.result.respondents).toBe(0);
    expect(other.ranking).toEqual([]);
  });
});
