import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COVERAGE_TARGET, belowMinimumSample, coverage, krejcieMorgan, meetsTarget } from './index';

const GOLDEN = path.resolve(process.cwd(), '../shared/golden');

describe('krejcieMorgan', () => {
  it('reproduces every row of the published table (golden/krejcie-morgan.json)', () => {
    const file = path.join(GOLDEN, 'krejcie-morgan.json');
    expect(existsSync(file), file).toBe(true);
    const golden = JSON.parse(readFileSync(file, 'utf8')) as { rows: [number, number][] };
    expect(golden.rows.length).toBeGreaterThanOrEqual(13);
    for (const [n, s] of golden.rows) expect(krejcieMorgan(n), `N=${n}`).toBe(s);
  });
  it('matches the examples in skm-method.md §4', () => {
    expect(krejcieMorgan(100)).toBe(80);
    expect(krejcieMorgan(1000)).toBe(278);
    expect(krejcieMorgan(10_000)).toBe(370);
    expect(krejcieMorgan(1_000_000)).toBe(384);
  });
  it('small populations: everyone (N=1 → 1) and rounding', () => {
    expect(krejcieMorgan(1)).toBe(1);
    expect(krejcieMorgan(2)).toBe(2);
    // 3.841·30·0.25 / (0.0025·29 + 0.96025) = 28.8075 / 1.03275 = 27.89… → 28
    expect(krejcieMorgan(30)).toBe(28);
  });
  it('is never above N and never decreasing', () => {
    let prev = 0;
    for (let n = 1; n <= 3000; n++) {
      const s = krejcieMorgan(n);
      expect(s).toBeLessThanOrEqual(n);
      expect(s).toBeGreaterThanOrEqual(prev);
      prev = s;
    }
    expect(krejcieMorgan(Number.MAX_SAFE_INTEGER)).toBe(384);
  });
  it('rejects N < 1 and non-integers', () => {
    for (const bad of [0, -5, 1.5, NaN, Infinity, 2 ** 60]) {
      expect(() => krejcieMorgan(bad), String(bad)).toThrow(RangeError);
    }
  });
});

describe('coverage and target', () => {
  it('computes the percentage', () => {
    expect(coverage(50, 100).percent).toBe(50);
    expect(coverage(1, 3).percent).toBe(100 / 3);
    expect(coverage(0, 10).percent).toBe(0);
    expect(coverage(120, 100).percent).toBe(120);
  });
  it('is null, not Infinity or NaN, when nobody was served', () => {
    expect(coverage(0, 0).percent).toBeNull();
    expect(coverage(5, 0).percent).toBeNull();
    expect(meetsTarget(5, 0)).toBeNull();
  });
  it('checks the target exactly with >=', () => {
    expect(DEFAULT_COVERAGE_TARGET).toBe(50);
    expect(meetsTarget(50, 100)).toBe(true);
    expect(meetsTarget(49, 100)).toBe(false);
    expect(meetsTarget(1, 3, 33.33)).toBe(true);
    expect(meetsTarget(1, 3, 33.34)).toBe(false);
    expect(meetsTarget(7, 10, 70)).toBe(true); // 0.7*100 in floats is 70.00000000000001
    expect(meetsTarget(0, 10, 0)).toBe(true);
  });
  it('flags results below the minimum sample', () => {
    expect(belowMinimumSample(79, 100)).toBe(true);
    expect(belowMinimumSample(80, 100)).toBe(false);
  });
  it('rejects invalid counts', () => {
    expect(() => coverage(-1, 10)).toThrow(RangeError);
    expect(() => coverage(1.5, 10)).toThrow(RangeError);
    expect(() => meetsTarget(1, 10, -1)).toThrow(RangeError);
    expect(() => meetsTarget(1, 10, NaN)).toThrow(RangeError);
  });
});
