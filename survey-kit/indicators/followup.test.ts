import { describe, expect, it } from 'vitest';
import { followUpProgress, type FollowUpItem } from './index';

const items: FollowUpItem[] = [
  { due: '2026-06-30', completedOn: '2026-06-25' }, // 5 days early
  { due: '2026-06-30', completedOn: '2026-07-10' }, // 10 days late
  { due: '2026-07-31', completedOn: '2026-07-31' }, // on the day
  { due: '2026-08-31', completedOn: null }, // open, overdue on 15 Sep
  { due: '2026-12-31', completedOn: null }, // open
  { due: '2026-07-01', completedOn: null, cancelled: true },
];

describe('followUpProgress', () => {
  it('share done, share done on time, median delay in days', () => {
    expect(followUpProgress(items, { asOf: '2026-09-15' })).toEqual({
      completion: { value: 60, numerator: 3, denominator: 5, defined: true },
      onTime: { value: 66.67, numerator: 2, denominator: 3, defined: true },
      delay: { value: 0, count: 3, defined: true },
      open: 2,
      overdue: 1,
      cancelled: 1,
    });
  });
  it('even count: the mean of the two middle delays; no asOf: overdue unknown', () => {
    const r = followUpProgress([...items, { due: '2026-09-01', completedOn: '2026-09-04' }]);
    expect(r.delay).toEqual({ value: 1.5, count: 4, defined: true }); // −5, 0, 3, 10
    expect(r.completion.value).toBe(66.67); // 4 of 6
    expect(r.overdue).toBeNull();
  });
  it('delays cross the year end in calendar days', () => {
    expect(followUpProgress([{ due: '2026-12-30', completedOn: '2027-01-02' }]).delay.value).toBe(3);
  });
  it('is undefined with no items, or none done', () => {
    expect(followUpProgress([])).toEqual({
      completion: { value: null, numerator: 0, denominator: 0, defined: false, reason: 'indicators.reason.noFollowUpItems' },
      onTime: { value: null, numerator: 0, denominator: 0, defined: false, reason: 'indicators.reason.noCompletedItems' },
      delay: { value: null, count: 0, defined: false, reason: 'indicators.reason.noCompletedItems' },
      open: 0,
      overdue: null,
      cancelled: 0,
    });
    const onlyCancelled = followUpProgress([items[5]!]);
    expect([onlyCancelled.completion.value, onlyCancelled.cancelled]).toEqual([null, 1]);
    const noneDone = followUpProgress(items.slice(3, 5));
    expect([noneDone.completion.value, noneDone.onTime.defined, noneDone.delay.value]).toEqual([0, false, null]);
  });
  it('rejects invalid days', () => {
    expect(() => followUpProgress([{ due: '2026-02-30', completedOn: null }])).toThrow(RangeError);
    expect(() => followUpProgress([{ due: '2026-02-28', completedOn: '2026-3-1' }])).toThrow(RangeError);
    expect(() => followUpProgress([], { asOf: 'today' })).toThrow(RangeError);
  });
});
