import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../calendar/index';
import { t } from '../i18n/index';
import { complaintRate, resolutionTime, responseTimeliness, type ComplaintResponse } from './index';

const at = (iso: string) => new Date(iso);
const WIB = { calendar: DEFAULT_CALENDAR, timeZone: 'Asia/Jakarta' };

describe('complaintRate (Tingkat Pengaduan)', () => {
  it('(this − previous) ÷ previous × 100, negative is good', () => {
    expect(complaintRate(12, 10)).toEqual({ value: 20, numerator: 2, denominator: 10, defined: true, current: 12, previous: 10 });
    expect(complaintRate(7, 10).value).toBe(-30);
    expect(complaintRate(0, 4).value).toBe(-100);
    expect(complaintRate(2, 3).value).toBe(-33.33);
    expect(complaintRate(1, 3).value).toBe(-66.67);
  });
  it('rounds half-up, away from zero, on the exact value', () => {
    expect(complaintRate(801, 800).value).toBe(0.13); // exactly 0.125
    expect(complaintRate(799, 800).value).toBe(-0.13);
  });
  it('is undefined, never Infinity or NaN, when the previous period had none', () => {
    for (const current of [0, 5]) {
      const r = complaintRate(current, 0);
      expect(r).toEqual({
        value: null,
        numerator: current,
        denominator: 0,
        defined: false,
        reason: 'indicators.reason.noPreviousComplaints',
        current,
        previous: 0,
      });
    }
    expect(t('id', 'indicators.reason.noPreviousComplaints')).toContain('tidak memiliki pengaduan');
  });
  it('rejects counts that are not whole numbers ≥ 0', () => {
    expect(() => complaintRate(-1, 2)).toThrow(RangeError);
    expect(() => complaintRate(1.5, 2)).toThrow(RangeError);
    expect(() => complaintRate(1, Number.NaN)).toThrow(RangeError);
  });
});

describe('responseTimeliness', () => {
  // Evaluated on Tue 20 Jan 2026, 10:00 WIB. Fri 16 Jan is Isra Mikraj.
  const asOf = at('2026-01-20T03:00:00Z');
  const complaints: ComplaintResponse[] = [
    // Mon 12 Jan 09:00 → Tue 13 Jan 15:00: due Tue 13 → on time.
    { receivedAt: at('2026-01-12T02:00:00Z'), firstResponseAt: at('2026-01-13T08:00:00Z'), deadlineWorkingDays: 1 },
    // Fri 9 Jan → Mon 12 Jan 16:00: due Mon 12 → on time.
    { receivedAt: at('2026-01-09T03:00:00Z'), firstResponseAt: at('2026-01-12T09:00:00Z'), deadlineWorkingDays: 1 },
    // Sat 10 Jan (counted from Mon 12) → Wed 14 Jan: due Tue 13 → late.
    { receivedAt: at('2026-01-10T03:00:00Z'), firstResponseAt: at('2026-01-14T03:00:00Z'), deadlineWorkingDays: 1 },
    // Wed 14 Jan, never answered: due Thu 15 → late and overdue.
    { receivedAt: at('2026-01-14T01:00:00Z'), firstResponseAt: null, deadlineWorkingDays: 1 },
    // Tue 20 Jan 08:00, not answered yet: due Wed 21 → pending.
    { receivedAt: at('2026-01-20T01:00:00Z'), firstResponseAt: null, deadlineWorkingDays: 1 },
    // Grade with 5 working days: Thu 15 Jan → due Fri 23 (19, 20, 21, 22, 23); answered Mon 19 → on time.
    { receivedAt: at('2026-01-15T02:00:00Z'), firstResponseAt: at('2026-01-19T02:00:00Z'), deadlineWorkingDays: 5 },
    // Mon 19 Jan, answered Wed 21 (after asOf, so not yet at asOf): due Tue 20 23:59 → pending.
    { receivedAt: at('2026-01-19T02:00:00Z'), firstResponseAt: at('2026-01-21T02:00:00Z'), deadlineWorkingDays: 1 },
  ];

  it('counts decided complaints only; pending ones are reported apart', () => {
    expect(responseTimeliness(complaints, { ...WIB, asOf })).toEqual({
      value: 60,
      numerator: 3,
      denominator: 5,
      defined: true,
      onTime: 3,
      late: 2,
      overdue: 1,
      pending: 2,
      total: 7,
    });
  });
  it('follows the deadline rule (countReceivedDay: answer the same working day)', () => {
    const r = responseTimeliness(complaints, { ...WIB, asOf, rule: { countReceivedDay: true } });
    expect([r.onTime, r.late, r.overdue, r.pending, r.value]).toEqual([1, 5, 2, 1, 16.67]);
  });
  it('depends on the unit time zone (received 23:30 WIB on 31 Dec = 1 Jan 2027 in WIT)', () => {
    const c = [{ receivedAt: at('2026-12-31T16:30:00Z'), firstResponseAt: at('2027-01-05T02:00:00Z'), deadlineWorkingDays: 1 }];
    const later = at('2027-01-10T00:00:00Z');
    expect(responseTimeliness(c, { ...WIB, asOf: later }).value).toBe(0); // due Mon 4 Jan
    expect(responseTimeliness(c, { calendar: DEFAULT_CALENDAR, timeZone: 'Asia/Jayapura', asOf: later }).value).toBe(100); // due Wed 6 Jan
  });
  it('is undefined with no complaints or only pending ones', () => {
    const empty = responseTimeliness([], { ...WIB, asOf });
    expect(empty).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      defined: false,
      reason: 'indicators.reason.noDecidedComplaints',
      onTime: 0,
      late: 0,
      overdue: 0,
      pending: 0,
      total: 0,
    });
    const onlyPending = responseTimeliness(complaints.slice(4, 5), { ...WIB, asOf });
    expect([onlyPending.value, onlyPending.pending, onlyPending.defined]).toEqual([null, 1, false]);
  });
  it('rejects an answer recorded before the complaint was received', () => {
    const bad = [{ receivedAt: at('2026-01-12T05:00:00Z'), firstResponseAt: at('2026-01-12T04:00:00Z'), deadlineWorkingDays: 1 }];
    expect(() => responseTimeliness(bad, { ...WIB, asOf })).toThrow(RangeError);
  });
});

describe('resolutionTime (median working days)', () => {
  const complaints = [
    { receivedAt: at('2026-01-12T02:00:00Z'), resolvedAt: at('2026-01-12T09:00:00Z') }, // same day: 0
    { receivedAt: at('2026-01-09T03:00:00Z'), resolvedAt: at('2026-01-13T03:00:00Z') }, // Fri → Tue: 2
    { receivedAt: at('2026-01-10T03:00:00Z'), resolvedAt: at('2026-01-20T03:00:00Z') }, // Sat (Mon) → Tue 20: 5
    { receivedAt: at('2026-01-14T01:00:00Z'), resolvedAt: null }, // open
    { receivedAt: at('2026-01-15T02:00:00Z'), resolvedAt: at('2026-01-19T02:00:00Z') }, // Thu → Mon (Fri off): 1
  ];
  it('takes the median over resolved complaints (even count: mean of the middle two)', () => {
    expect(resolutionTime(complaints, WIB)).toEqual({ value: 1.5, count: 4, defined: true, open: 1 });
  });
  it('treats complaints resolved after asOf as open', () => {
    expect(resolutionTime(complaints, { ...WIB, asOf: at('2026-01-19T16:00:00Z') })).toEqual({
      value: 1,
      count: 3,
      defined: true,
      open: 2,
    });
  });
  it('counts the day received when the rule says so', () => {
    expect(resolutionTime(complaints, { ...WIB, rule: { countReceivedDay: true } }).value).toBe(2.5);
  });
  it('is undefined with nothing resolved', () => {
    expect(resolutionTime([], WIB)).toEqual({
      value: null,
      count: 0,
      defined: false,
      reason: 'indicators.reason.noResolvedComplaints',
      open: 0,
    });
    expect(resolutionTime(complaints.slice(3, 4), WIB).open).toBe(1);
  });
});
