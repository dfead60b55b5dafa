import { describe, expect, it } from 'vitest';
import { compareIkm } from './compare';
import { monthSpan, previousRange, rangeBuckets, trendWindow } from './compare-range';

const r = (konversi: number | null, ci95: [number, number] | null = null) => ({ konversi, ci95 });

describe('compareIkm', () => {
  it('calls a change significant when it exceeds √(h₁² + h₂²)', () => {
    // h₁ = h₀ = 2 → margin √8 = 2.828…; Δ = 80 − 76.61 = 3.39 > 2.83.
    expect(compareIkm(r(80, [78, 82]), r(76.61, [74.61, 78.61]))).toEqual({
      current: 80,
      previous: 76.61,
      delta: 3.39,
      margin: 2.83,
      significant: true,
      direction: 'up',
    });
  });

  it('is not significant within the margin, nor exactly at it', () => {
    // h₁ = 3, h₀ = 4 → margin 5; Δ = 2.
    expect(compareIkm(r(80, [77, 83]), r(78, [74, 82]))).toMatchObject({ delta: 2, margin: 5, significant: false, direction: 'up' });
    // Δ = 5 = margin: not larger than the uncertainty.
    expect(compareIkm(r(85, [82, 88]), r(80, [76, 84]))).toMatchObject({ delta: 5, margin: 5, significant: false });
  });

  it('uses half the width of a clamped interval', () => {
    // [97, 100] is clamped at 100: h = 1.5, not 100 − 98.5; other side h = 2 → margin 2.5; Δ = −2.6.
    expect(compareIkm(r(96, [94, 98]), r(98.6, [97, 100]))).toMatchObject({ delta: -2.6, margin: 2.5, significant: true, direction: 'down' });
  });

  it('keeps the difference exact to the hundredth', () => {
    expect(compareIkm(r(76.61, [76, 77]), r(76.6, [76, 77])).delta).toBe(0.01);
    expect(compareIkm(r(70.1, [69, 71]), r(70.3, [69, 71]))).toMatchObject({ delta: -0.2, direction: 'down' });
    expect(compareIkm(r(70, [69, 71]), r(70, [69, 71]))).toMatchObject({ delta: 0, direction: 'same', significant: false });
  });

  it('says nothing when either side has no IKM', () => {
    const none = { delta: null, margin: null, significant: null, direction: null };
    expect(compareIkm(r(80, [78, 82]), null)).toEqual({ current: 80, previous: null, ...none });
    expect(compareIkm(undefined, r(80, [78, 82]))).toEqual({ current: null, previous: 80, ...none });
    expect(compareIkm(r(null), r(80, [78, 82]))).toEqual({ current: null, previous: 80, ...none });
  });

  it('shows the difference but cannot tell significance without both intervals', () => {
    expect(compareIkm(r(80, null), r(70, [68, 72]))).toEqual({ current: 80, previous: 70, delta: 10, margin: null, significant: null, direction: 'up' });
    expect(compareIkm(r(80, [78, 82]), r(70, null))).toMatchObject({ delta: 10, significant: null });
  });
});

describe('previousRange', () => {
  it('steps whole months back by whole months', () => {
    // Q2 has 91 days, Q1 90: still the quarter before.
    expect(previousRange({ from: '2026-04-01', to: '2026-06-30' })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousRange({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousRange({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('steps any other range back by the same number of days', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    // 2024 is a leap year: the 10 days before 5 March 2024 are 24 February – 4 March.
    expect(previousRange({ from: '2024-03-05', to: '2024-03-14' })).toEqual({ from: '2024-02-24', to: '2024-03-04' });
  });
});

describe('monthSpan', () => {
  it('counts the calendar months a range touches', () => {
    expect(monthSpan({ from: '2026-01-01', to: '2026-03-31' })).toBe(3);
    expect(monthSpan({ from: '2025-11-15', to: '2026-01-02' })).toBe(3);
    expect(monthSpan({ from: '2026-02-01', to: '2026-02-01' })).toBe(1);
  });
});

describe('rangeBuckets', () => {
  it('cuts a range into months, the edges cut to the range', () => {
    expect(rangeBuckets({ from: '2026-01-15', to: '2026-03-10' }, 'month')).toEqual([
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-10' },
    ]);
  });

  it('cuts a range into calendar quarters', () => {
    expect(rangeBuckets({ from: '2025-02-01', to: '2025-12-31' }, 'quarter')).toEqual([
      { from: '2025-02-01', to: '2025-03-31' },
      { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-07-01', to: '2025-09-30' },
      { from: '2025-10-01', to: '2025-12-31' },
    ]);
  });

  it('keeps the latest buckets when there are more than the limit', () => {
    const buckets = rangeBuckets({ from: '2020-01-01', to: '2026-12-31' }, 'month', 12);
    expect(buckets).toHaveLength(12);
    expect(buckets[0]).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });
});

describe('trendWindow', () => {
  it('shows the last 12 months or 8 quarters up to the end of the range', () => {
    expect(trendWindow({ from: '2026-07-01', to: '2026-09-30' }, 'month')).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(trendWindow({ from: '2026-07-01', to: '2026-08-15' }, 'quarter')).toEqual({ from: '2024-10-01', to: '2026-08-15' });
  });

  it('keeps a longer range whole', () => {
    expect(trendWindow({ from: '2020-01-01', to: '2026-09-30' }, 'month')).toEqual({ from: '2020-01-01', to: '2026-09-30' });
  });
});
