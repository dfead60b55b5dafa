import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR as calendar, workingCalendar } from '../calendar/index';
import { serviceOnTime, type ServiceTransaction } from './index';

// Standard times in working days (Medan: SIUP 5, IUJK 7, Izin trayek 10); 'same' = same day.
const standards = { siup: 5, iujk: 7, trayek: 10, same: 0 };

const tx = (service: string, received: string, completed: string | null): ServiceTransaction => ({ service, received, completed });

const transactions: ServiceTransaction[] = [
  // Mon 16 Mar 2026; 18–24 Mar off (Nyepi, Idulfitri): due 17, 25, 26, 27, 30 → Mon 30 Mar.
  tx('siup', '2026-03-16', '2026-03-27'), // on time
  tx('siup', '2026-03-16', '2026-03-31'), // late
  tx('siup', '2026-03-16', '2026-03-30'), // on time, on the due day
  tx('siup', '2026-03-20', null), // cuti bersama: counted from Wed 25 → due Wed 1 Apr; open
  // Mon 21 Dec 2026: 22, 23, 28, 29, 30, 31, 4 Jan → due Mon 4 Jan 2027.
  tx('iujk', '2026-12-21', '2027-01-04'), // on time
  tx('iujk', '2026-12-21', '2027-01-05'), // late
  tx('same', '2026-01-12', '2026-01-12'), // on time
  tx('same', '2026-01-12', '2026-01-13'), // late
  tx('imb', '2026-01-12', '2026-01-20'), // no standard
  tx('imb', '2026-01-12', null),
];

describe('serviceOnTime', () => {
  it('per service and overall, with open and overdue apart', () => {
    const r = serviceOnTime(transactions, standards, { calendar, asOf: '2026-04-02' });
    expect(r.byService.map((s) => [s.service, s.standardDays, s.value, s.numerator, s.denominator, s.open, s.overdue])).toEqual([
      ['imb', null, null, 0, 0, 1, 0],
      ['iujk', 7, 50, 1, 2, 0, 0],
      ['same', 0, 50, 1, 2, 0, 0],
      ['siup', 5, 66.67, 2, 3, 1, 1],
      ['trayek', 10, null, 0, 0, 0, 0],
    ]);
    expect(r.byService.find((s) => s.service === 'imb')).toMatchObject({
      defined: false,
      reason: 'indicators.reason.noStandard',
      completed: 1,
    });
    expect(r.byService.find((s) => s.service === 'trayek')).toMatchObject({
      defined: false,
      reason: 'indicators.reason.noCompletedServices',
    });
    // 4 on time of 7 completed with a standard = 57.142857… → 57.14
    expect(r.overall).toEqual({
      value: 57.14,
      numerator: 4,
      denominator: 7,
      defined: true,
      onTime: 4,
      late: 3,
      completed: 7,
      open: 1,
      overdue: 1,
      withoutStandard: 2,
    });
  });
  it('overdue needs asOf; not yet overdue on the due day itself', () => {
    expect(serviceOnTime(transactions, standards, { calendar }).overall.overdue).toBeNull();
    expect(serviceOnTime(transactions, standards, { calendar, asOf: '2026-04-01' }).overall.overdue).toBe(0);
  });
  it('follows the deadline rule', () => {
    const r = serviceOnTime(transactions.slice(0, 3), { siup: 5 }, { calendar, rule: { countReceivedDay: true } });
    // Counting Mon 16 as day 1: due Fri 27 Mar.
    expect([r.overall.onTime, r.overall.late]).toEqual([1, 2]);
  });
  it('follows organisation edits of the calendar', () => {
    // Without cuti bersama on 24 Dec 2026 the IUJK due day moves to Thu 31 Dec.
    const edited = serviceOnTime(transactions.slice(4, 6), standards, {
      calendar: workingCalendar({ removed: ['2026-12-24'] }),
    });
    expect([edited.overall.onTime, edited.overall.late]).toEqual([0, 2]);
  });
  it('is undefined without completed transactions, and empty without services', () => {
    expect(serviceOnTime([], {}, { calendar }).overall).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      defined: false,
      reason: 'indicators.reason.noCompletedServices',
      onTime: 0,
      late: 0,
      completed: 0,
      open: 0,
      overdue: null,
      withoutStandard: 0,
    });
    expect(serviceOnTime([], {}, { calendar }).byService).toEqual([]);
    expect(serviceOnTime([tx('imb', '2026-01-12', '2026-01-13')], {}, { calendar }).overall.value).toBeNull();
  });
  it('rejects bad data and bad standards', () => {
    expect(() => serviceOnTime([tx('siup', '2026-03-16', '2026-03-13')], standards, { calendar })).toThrow(RangeError);
    expect(() => serviceOnTime([], { siup: -1 }, { calendar })).toThrow(RangeError);
    expect(() => serviceOnTime([], { siup: 1.5 }, { calendar })).toThrow(RangeError);
    expect(() => serviceOnTime([], { same: 0 }, { calendar, rule: { countReceivedDay: true } })).toThrow(RangeError);
  });
});
