import { describe, expect, it } from 'vitest';
import { isMessageKey, t } from '../i18n/index';
import { medianIndicator, percentIndicator } from './index';

describe('percentIndicator', () => {
  it('is exact, then rounded half-up to 2 decimals', () => {
    expect(percentIndicator(1, 8, 'indicators.notDefined').value).toBe(12.5);
    expect(percentIndicator(1, 3, 'indicators.notDefined').value).toBe(33.33);
    expect(percentIndicator(2, 3, 'indicators.notDefined').value).toBe(66.67);
    expect(percentIndicator(1, 800, 'indicators.notDefined').value).toBe(0.13); // exactly 0.125
    expect(percentIndicator(-1, 800, 'indicators.notDefined').value).toBe(-0.13);
    expect(percentIndicator(1, 200_000, 'indicators.notDefined').value).toBe(0); // 0.0005
    expect(percentIndicator(201, 200, 'indicators.notDefined').value).toBe(100.5);
  });
  it('is null with its reason for a zero denominator, never NaN', () => {
    expect(percentIndicator(0, 0, 'indicators.reason.noServed')).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      defined: false,
      reason: 'indicators.reason.noServed',
    });
  });
  it('rejects non-integers and negative denominators', () => {
    expect(() => percentIndicator(1.5, 2, 'indicators.notDefined')).toThrow(RangeError);
    expect(() => percentIndicator(1, -2, 'indicators.notDefined')).toThrow(RangeError);
  });
});

describe('medianIndicator', () => {
  it('middle value, or the mean of the two middle ones', () => {
    expect(medianIndicator([3, 1, 2], 'indicators.notDefined')).toEqual({ value: 2, count: 3, defined: true });
    expect(medianIndicator([4, 1], 'indicators.notDefined').value).toBe(2.5);
    expect(medianIndicator([10, -5, 0, 3], 'indicators.notDefined').value).toBe(1.5);
    expect(medianIndicator([], 'indicators.reason.noResolvedComplaints')).toEqual({
      value: null,
      count: 0,
      defined: false,
      reason: 'indicators.reason.noResolvedComplaints',
    });
  });
});

describe('indicator messages', () => {
  it('every reason and calendar label exists in both languages', () => {
    const keys = [
      'indicators.reason.noPreviousComplaints',
      'indicators.reason.noDecidedComplaints',
      'indicators.reason.noResolvedComplaints',
      'indicators.reason.noCompletedServices',
      'indicators.reason.noStandard',
      'indicators.reason.noServed',
      'indicators.reason.noFollowUpItems',
      'indicators.reason.noCompletedItems',
      'indicators.calendar.type.libur_nasional',
      'indicators.calendar.type.cuti_bersama',
    ];
    for (const k of keys) expect(isMessageKey(k), k).toBe(true);
    expect(t('en', 'indicators.calendar.outsideCoverage', { from: '2026-01-01', to: '2027-12-31' })).toBe(
      'The holiday calendar only covers 2026-01-01 to 2027-12-31. Outside that range only Saturdays and Sundays count as days off.',
    );
    expect(t('id', 'indicators.calendar.type.cuti_bersama')).toBe('Cuti bersama');
  });
});
