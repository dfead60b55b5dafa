import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, indicatorFixture, RANGE, type IndicatorFixture } from './fixture';
import { instants, loadIndicators, previousRange, type IndicatorsReport } from './load';

let fx: IndicatorFixture;
let report: IndicatorsReport;
beforeAll(async () => {
  fx = await indicatorFixture();
  report = await loadIndicators(fx.db, { unit: fx.unit, ...RANGE, asOf: AS_OF });
});
afterAll(() => fx.db.close());

describe('ranges', () => {
  it('takes the previous range of the same length, ending the day before', () => {
    expect(previousRange(RANGE)).toEqual({ from: '2026-05-11', to: '2026-05-24' });
    expect(previousRange({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('maps whole local days to instants in the unit zone', () => {
    const { from, to } = instants(RANGE, 'Asia/Makassar');
    expect(from.toISOString()).toBe('2026-05-24T16:00:00.000Z');
    expect(to.toISOString()).toBe('2026-06-07T16:00:00.000Z');
  });
});

describe('loadIndicators', () => {
  it('scopes the report', () => {
    expect(report.scope).toEqual({
      unit: 'loket-wita',
      ...RANGE,
      previous: { from: '2026-05-11', to: '2026-05-24' },
      timeZone: 'Asia/Makassar',
      asOf: AS_OF.toISOString(),
      today: '2026-06-06',
    });
  });

  it('counts complaints by local day and compares with the previous range', () => {
    // 5 received 25 May – 7 June WITA (one at 01:00 on 25 May, still 24 May in UTC); 2 in 11–24 May.
    expect(report.complaints.rate).toMatchObject({ current: 5, previous: 2, numerator: 3, denominator: 2, value: 150, defined: true });
  });

  it('times first answers against working-day deadlines across the holidays', () => {
    // On time: answered Tuesday 2 June (Friday + 1 working day over 30 May – 1 June) and the 25 May one.
    // Late: answered 3 June, and one still open past 2 June. Pending: received 5 June, due 8 June.
    expect(report.complaints.timeliness).toMatchObject({ onTime: 2, late: 2, overdue: 1, pending: 1, total: 5, numerator: 2, denominator: 4, value: 50 });
  });

  it('takes the median working days to resolution over resolved complaints, rejected ones left out', () => {
    // 29 May → 3 June: 2 working days (2 and 3 June); 25 May → 26 May: 1. Median 1.5. Open: the two unanswered.
    expect(report.complaints.resolution).toMatchObject({ value: 1.5, count: 2, open: 2, defined: true });
  });

  it('rates services against their standard time, per service and overall', () => {
    const byService = Object.fromEntries(report.services.byService.map((r) => [r.service, r]));
    expect(byService['izin-a']).toMatchObject({ name: 'Izin A', standardDays: 5, onTime: 1, late: 1, completed: 2, open: 2, overdue: 1, numerator: 1, denominator: 2, value: 50 });
    expect(byService['izin-b']).toMatchObject({ standardDays: 2, onTime: 1, late: 0, numerator: 1, denominator: 1, value: 100 });
    expect(byService['izin-c']).toMatchObject({ standardDays: null, completed: 1, value: null, defined: false, reason: 'indicators.reason.noStandard' });
    expect(report.services.overall).toMatchObject({ onTime: 2, late: 1, numerator: 2, denominator: 3, value: 66.67, open: 2, overdue: 1, withoutStandard: 1 });
  });

  it('measures coverage and the minimum sample against the people served', () => {
    // 100 counted by hand on 25 May + 5 transactions received in the range; 3 respondents.
    expect(report.reach).toMatchObject({ respondents: 3, served: 105 });
    expect(report.reach.coverage).toMatchObject({ numerator: 3, denominator: 105, value: 2.86, target: 50, meetsTarget: false });
    // Krejcie–Morgan: 3.841·105·0.25 / (0.0025·104 + 3.841·0.25) = 82.6… → 83.
    expect(report.reach.sample).toMatchObject({ minimum: 83, numerator: 3, denominator: 83, value: 3.61, adequate: false, shortfall: 80 });
  });

  it('follows up the items due in the range or of an overlapping period', () => {
    // Counted: done early (period), done 2 days late, open overdue, cancelled. Not: due 31 August without a period.
    expect(report.followUp).toMatchObject({ items: 4, open: 1, overdue: 1, cancelled: 1 });
    expect(report.followUp.completion).toMatchObject({ numerator: 2, denominator: 3, value: 66.67 });
    expect(report.followUp.onTime).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(report.followUp.delay).toMatchObject({ value: -29, count: 2 });
  });

  it('gives null with a reason, never NaN or Infinity, when a denominator is zero', async () => {
    const empty = await loadIndicators(fx.db, { unit: fx.empty, ...RANGE, asOf: AS_OF });
    expect(empty.complaints.rate).toMatchObject({ value: null, defined: false, current: 0, previous: 0, reason: 'indicators.reason.noPreviousComplaints' });
    expect(empty.complaints.timeliness).toMatchObject({ value: null, reason: 'indicators.reason.noDecidedComplaints' });
    expect(empty.complaints.resolution).toMatchObject({ value: null, reason: 'indicators.reason.noResolvedComplaints' });
    expect(empty.services.overall).toMatchObject({ value: null, reason: 'indicators.reason.noCompletedServices' });
    expect(empty.reach.coverage).toMatchObject({ value: null, reason: 'indicators.reason.noServed', meetsTarget: null });
    expect(empty.reach.sample).toMatchObject({ value: null, minimum: null, adequate: null });
    expect(empty.followUp.completion).toMatchObject({ value: null, reason: 'indicators.reason.noFollowUpItems' });
    expect(JSON.stringify(empty)).not.toMatch(/NaN|Infinity/);
  });

  it('counts a complaint rate with no previous complaints as not defined', async () => {
    const may = await loadIndicators(fx.db, { unit: fx.unit, from: '2026-05-11', to: '2026-05-24', asOf: AS_OF });
    // 11–24 May: 2; 27 April – 10 May: 1.
    expect(may.complaints.rate).toMatchObject({ current: 2, previous: 1, value: 100 });
    const april = await loadIndicators(fx.db, { unit: fx.unit, from: '2026-04-27', to: '2026-05-10', asOf: AS_OF });
    expect(april.complaints.rate).toMatchObject({ current: 1, previous: 0, numerator: 1, denominator: 0, value: null, reason: 'indicators.reason.noPreviousComplaints' });
  });
});

describe('the organisation calendar', () => {
  it('moves deadlines when the organisation makes a holiday a working day', async () => {
    const own = await indicatorFixture();
    try {
      // Pancasila day (Monday 1 June) worked: Friday 29 May is due by 1 June, a standard of 5 days ends a day earlier.
      await own.db.calendar.put(own.unit.organisationId, { date: '2026-06-01', kind: 'removed', note: 'uji' }, AS_OF);
      const moved = await loadIndicators(own.db, { unit: own.unit, ...RANGE, asOf: AS_OF });
      expect(moved.complaints.timeliness).toMatchObject({ onTime: 1, late: 3, pending: 1, numerator: 1, denominator: 4, value: 25 });
      expect(moved.services.overall).toMatchObject({ onTime: 1, late: 2, value: 33.33 });
    } finally {
      await own.db.close();
    }
  });
});
