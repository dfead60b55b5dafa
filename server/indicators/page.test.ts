import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, indicatorFixture, type IndicatorFixture } from './fixture';
import { loadFollowUpPage, loadIndicatorPage, NO_PERIOD } from './page';

let fx: IndicatorFixture;
beforeAll(async () => {
  fx = await indicatorFixture();
});
afterAll(() => fx.db.close());

describe('loadIndicatorPage', () => {
  it('is null for an unknown unit', async () => {
    expect(await loadIndicatorPage(fx.db, 'tidak-ada', {}, AS_OF)).toBeNull();
  });

  it('reads a chosen period, a custom range, or the period in force', async () => {
    const period = (await loadIndicatorPage(fx.db, 'loket-wita', { period: String(fx.periodId) }, AS_OF))!;
    expect(period.period?.id).toBe(fx.periodId);
    expect(period.report.scope).toMatchObject({ from: '2026-04-01', to: '2026-06-30', previous: { from: '2025-12-31', to: '2026-03-31' } });
    const custom = (await loadIndicatorPage(fx.db, 'loket-wita', { from: '2026-05-25', to: '2026-06-07' }, AS_OF))!;
    expect(custom.period).toBeNull();
    expect(custom.report.complaints.rate).toMatchObject({ current: 5, previous: 2 });
    // 6 June 2026 lies in Triwulan II.
    const fallback = (await loadIndicatorPage(fx.db, 'loket-wita', {}, AS_OF))!;
    expect(fallback.period?.id).toBe(fx.periodId);
    expect(fallback.invalidRange).toBe(false);
  });

  it('falls back to the default range for a bad one and says so', async () => {
    for (const query of [{ from: '2026-06-07', to: '2026-05-25' }, { from: '2026-02-30', to: '2026-03-01' }, { period: '9999' }]) {
      const data = (await loadIndicatorPage(fx.db, 'loket-wita', query, AS_OF))!;
      expect(data.invalidRange).toBe(true);
      expect(data.report.scope.from).toBe('2026-04-01');
    }
  });
});

describe('loadFollowUpPage', () => {
  it('shows the plan of a period with the instrument’s element names', async () => {
    const data = (await loadFollowUpPage(fx.db, 'loket-wita', String(fx.periodId), 'id', AS_OF))!;
    expect(data.items.map((i) => i.dueDay)).toEqual(['2026-06-30', '2026-07-31']);
    expect(data.progress.completion).toMatchObject({ numerator: 1, denominator: 1 });
    expect(data.elements.find((e) => e.code === 'waktu')?.name).toBe('Waktu Penyelesaian');
    expect(data.today).toBe('2026-06-06');
  });

  it('lists the items without a period apart, and defaults to the period in force', async () => {
    const loose = (await loadFollowUpPage(fx.db, 'loket-wita', NO_PERIOD, 'en', AS_OF))!;
    expect(loose.period).toBeNull();
    expect(loose.items.map((i) => i.dueDay)).toEqual(['2026-06-03', '2026-06-05', '2026-08-31']);
    expect(loose.progress).toMatchObject({ open: 2, overdue: 1, completion: { numerator: 1, denominator: 3 } });
    expect(loose.elements.find((e) => e.code === 'waktu')?.name).toBe('Completion time');
    expect((await loadFollowUpPage(fx.db, 'loket-wita', null, 'id', AS_OF))!.period?.id).toBe(fx.periodId);
    expect(await loadFollowUpPage(fx.db, 'tidak-ada', null, 'id', AS_OF)).toBeNull();
  });
});
