import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { loadDashboard } from './dashboard';
import { defaultRange } from './ikm';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(() => fx.db.close());

const at = (iso: string) => new Date(iso);

describe('defaultRange', () => {
  it('is the period in force today, else the last one ended, else the year so far (unit time zone)', async () => {
    const unit = (await fx.db.units.bySlug(fx.unitSlug))!;
    expect(await defaultRange(fx.db, unit, at('2026-02-15T04:00:00Z'))).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(await defaultRange(fx.db, unit, at('2026-05-01T04:00:00Z'))).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    // 31 Dec 2025 17:00 UTC is already 1 January 2026 in Makassar: the period is in force.
    expect((await defaultRange(fx.db, unit, at('2025-12-31T17:00:00Z'))).period?.name).toBe('Triwulan I 2026');
    expect(await defaultRange(fx.db, unit, at('2025-06-01T04:00:00Z'))).toEqual({ from: '2025-01-01', to: '2025-06-01', period: null });
  });
});

describe('loadDashboard', () => {
  it('is null for an unknown unit', async () => {
    expect(await loadDashboard(fx.db, 'tidak-ada', {})).toBeNull();
  });

  it('shows a chosen period', async () => {
    const unit = (await fx.db.units.bySlug(fx.unitSlug))!;
    const [period] = await fx.db.periods.list(unit.organisationId, unit.id);
    const data = (await loadDashboard(fx.db, fx.unitSlug, { period: String(period!.id) }))!;
    expect(data.period?.id).toBe(period!.id);
    expect(data.report.scope).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(data.report.result.respondents).toBe(3);
    expect(data.organisation?.slug).toBe('kantor-uji');
    expect(data.invalidRange).toBe(false);
  });

  it('shows a custom range and one service', async () => {
    const data = (await loadDashboard(fx.db, fx.unitSlug, { from: '2026-04-01', to: '2026-04-30', service: fx.serviceSlug }))!;
    expect(data.period).toBeNull();
    expect(data.report.scope).toEqual({ unit: fx.unitSlug, service: fx.serviceSlug, from: '2026-04-01', to: '2026-04-30' });
    expect(data.report.result.respondents).toBe(1);
  });

  it('falls back to the default period on a bad range or an unknown period, and says so', async () => {
    const now = at('2026-05-01T04:00:00Z');
    for (const query of [{ from: '2026-04-30', to: '2026-04-01' }, { from: '2026-02-30', to: '2026-03-01' }, { from: '2026-04-01' }, { period: '999' }]) {
      const data = (await loadDashboard(fx.db, fx.unitSlug, query, now))!;
      expect(data.invalidRange, JSON.stringify(query)).toBe(true);
      expect(data.report.scope).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    }
  });
});
