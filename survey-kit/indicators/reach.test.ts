import { describe, expect, it } from 'vitest';
import { responseCoverage, sampleAdequacy } from './index';

describe('responseCoverage', () => {
  it('respondents ÷ served × 100 against the target (50% by default)', () => {
    expect(responseCoverage(150, 300)).toEqual({
      value: 50,
      numerator: 150,
      denominator: 300,
      defined: true,
      target: 50,
      meetsTarget: true,
    });
    expect(responseCoverage(149, 300)).toMatchObject({ value: 49.67, meetsTarget: false });
    expect(responseCoverage(12, 10)).toMatchObject({ value: 120, meetsTarget: true }); // served under-counted
  });
  it('compares with the target exactly, not on the rounded figure', () => {
    // 2/3 = 66.666…%: shown as 66.67 but below a 66.67% target.
    expect(responseCoverage(2, 3, 66.67)).toMatchObject({ value: 66.67, meetsTarget: false });
    expect(responseCoverage(1, 3, 33.33)).toMatchObject({ value: 33.33, meetsTarget: true });
  });
  it('is undefined when nobody was served', () => {
    expect(responseCoverage(0, 0)).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      defined: false,
      reason: 'indicators.reason.noServed',
      target: 50,
      meetsTarget: null,
    });
    expect(responseCoverage(5, 0).value).toBeNull();
    expect(() => responseCoverage(-1, 3)).toThrow(RangeError);
  });
});

describe('sampleAdequacy', () => {
  it('respondents against krejcieMorgan(served)', () => {
    expect(sampleAdequacy(80, 100)).toEqual({
      value: 100,
      numerator: 80,
      denominator: 80,
      defined: true,
      minimum: 80,
      adequate: true,
      shortfall: 0,
    });
    expect(sampleAdequacy(79, 100)).toMatchObject({ value: 98.75, adequate: false, shortfall: 1 });
    // N = 1,000 → 278; 300 ÷ 278 = 107.9136… → 107.91
    expect(sampleAdequacy(300, 1000)).toMatchObject({ value: 107.91, minimum: 278, adequate: true, shortfall: 0 });
    // N = 10: 9.6025 ÷ 0.98275 = 9.77… → 10
    expect(sampleAdequacy(0, 10)).toMatchObject({ value: 0, minimum: 10, adequate: false, shortfall: 10 });
  });
  it('is undefined when nobody was served', () => {
    expect(sampleAdequacy(0, 0)).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      defined: false,
      reason: 'indicators.reason.noServed',
      minimum: null,
      adequate: null,
      shortfall: null,
    });
    expect(sampleAdequacy(4, 0)).toMatchObject({ value: null, numerator: 4, minimum: null });
  });
});
