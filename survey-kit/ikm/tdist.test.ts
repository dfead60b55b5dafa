import { describe, expect, it } from 'vitest';
import { incompleteBeta, lnGamma, normalQuantile, studentTCdf, studentTQuantile, t975 } from './tdist';

describe('Student t quantile', () => {
  it('matches the printed t table (two-sided 95%)', () => {
    const table: [number, number][] = [
      [1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [10, 2.228], [20, 2.086],
      [28, 2.048], [30, 2.042], [60, 2.0], [120, 1.98], [1000, 1.962],
    ];
    for (const [df, expected] of table) {
      expect(Math.round(t975(df) * 1000) / 1000, `df ${df}`).toBe(expected);
    }
    expect(Math.round(t975(1e7) * 1000) / 1000).toBe(1.96);
    expect(t975(Infinity)).toBeCloseTo(1.959964, 6);
  });
  it('matches closed forms for df 1 and 2', () => {
    expect(t975(1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 9);
    const p = 0.975;
    expect(t975(2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
  });
  it('other quantiles and symmetry', () => {
    expect(Math.round(studentTQuantile(0.995, 10) * 1000) / 1000).toBe(3.169);
    expect(Math.round(studentTQuantile(0.95, 30) * 1000) / 1000).toBe(1.697);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-t975(10), 12);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });
  it('is continuous where the method switches (df 300)', () => {
    expect(Math.abs(t975(299) - t975(300))).toBeLessThan(1e-4);
    expect(t975(299)).toBeGreaterThan(t975(300));
  });
  it('decreases with df towards the normal quantile', () => {
    let prev = Infinity;
    for (const df of [1, 2, 5, 10, 50, 100, 299, 300, 1000, 1e5]) {
      const t = t975(df);
      expect(t).toBeLessThan(prev);
      expect(t).toBeGreaterThan(1.959963);
      prev = t;
    }
  });
  it('rejects bad arguments', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});

describe('building blocks', () => {
  it('lnGamma', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
  it('incomplete beta and t CDF', () => {
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(studentTCdf(0, 4)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(-2.228, 10)).toBeCloseTo(0.025, 4);
  });
  it('normal quantile', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 7);
  });
});
