import { describe, expect, it } from 'vitest';
import {
  Rational,
  fromNumber,
  parseRational,
  rational,
  roundHalfUp,
  roundHalfUpExact,
  sumRationals,
  toRational,
  tryParseRational,
} from './index';

const r = rational;

describe('construction and normalisation', () => {
  it('reduces and moves the sign to the numerator', () => {
    const x = r(6, -8);
    expect(x.num).toBe(-3n);
    expect(x.den).toBe(4n);
    expect(r(0, -5).toString()).toBe('0');
    expect(r(0, 7).den).toBe(1n);
    expect(r(10n ** 20n, 5n * 10n ** 19n).toString()).toBe('2');
  });
  it('rejects a zero denominator and unsafe number inputs', () => {
    expect(() => r(1, 0)).toThrow(RangeError);
    expect(() => r(0.5)).toThrow(RangeError);
    expect(() => r(2 ** 60)).toThrow(RangeError);
  });
});

describe('parsing', () => {
  it('reads decimals exactly', () => {
    expect(parseRational('0.111').toString()).toBe('111/1000');
    expect(parseRational('3.0642').toString()).toBe('15321/5000');
    expect(parseRational('0.071').toString()).toBe('71/1000');
    expect(parseRational('3').toString()).toBe('3');
    expect(parseRational('-2.50').toString()).toBe('-5/2');
    expect(parseRational('.5').toString()).toBe('1/2');
    expect(parseRational('5.').toString()).toBe('5');
    expect(parseRational('  0.25 ').toString()).toBe('1/4');
    expect(parseRational('1e-3').toString()).toBe('1/1000');
    expect(parseRational('2.5E2').toString()).toBe('250');
    expect(parseRational('+7').toString()).toBe('7');
  });
  it('reads fractions', () => {
    expect(parseRational('1/9').toString()).toBe('1/9');
    expect(parseRational('2/18').toString()).toBe('1/9');
    expect(parseRational(' 3 / -6 ').toString()).toBe('-1/2');
  });
  it('rejects junk', () => {
    for (const s of ['', '.', 'abc', '1/0', '1,5', '1.2.3', '1/2/3', '0x10', 'NaN', 'Infinity', '1e99999', '--1', '1/ ']) {
      expect(tryParseRational(s), s).toBeNull();
    }
    expect(() => parseRational('1,5')).toThrow(/1,5/);
  });
  it('reads numbers as their decimal form', () => {
    expect(fromNumber(3.06).toString()).toBe('153/50');
    expect(fromNumber(0.1).toString()).toBe('1/10');
    expect(fromNumber(1e-7).toString()).toBe('1/10000000');
    expect(fromNumber(-4).toString()).toBe('-4');
    expect(() => fromNumber(NaN)).toThrow(RangeError);
    expect(() => fromNumber(Infinity)).toThrow(RangeError);
    expect(toRational('1/9').equals(r(1, 9))).toBe(true);
    expect(toRational(0.25).equals(r(1, 4))).toBe(true);
    const x = r(2, 3);
    expect(toRational(x)).toBe(x);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, multiplies and divides exactly', () => {
    expect(r(1, 3).add(r(1, 6)).toString()).toBe('1/2');
    expect(r(1, 3).sub(r(1, 2)).toString()).toBe('-1/6');
    expect(r(2, 3).mul(r(9, 4)).toString()).toBe('3/2');
    expect(r(2, 3).div(r(4, 9)).toString()).toBe('3/2');
    expect(r(1, 3).div(r(-1, 3)).toString()).toBe('-1');
    expect(() => r(1).div(Rational.ZERO)).toThrow(RangeError);
  });
  it('nine ninths make exactly one, which floating point does not', () => {
    const ninth = r(1, 9);
    expect(sumRationals(Array.from({ length: 9 }, () => ninth)).equals(Rational.ONE)).toBe(true);
    const fourteenth = r(1, 14);
    expect(sumRationals(Array.from({ length: 14 }, () => fourteenth)).equals(Rational.ONE)).toBe(true);
    // The float sum of fourteen 1/14 is not 1: the reason weights are exact.
    expect(Array.from({ length: 14 }, () => 1 / 14).reduce((a, b) => a + b, 0)).not.toBe(1);
  });
  it('compares', () => {
    expect(r(1, 3).compare(r(2, 6))).toBe(0);
    expect(r(1, 3).compare(r(1, 2))).toBe(-1);
    expect(r(-1, 2).compare(r(-1, 3))).toBe(-1);
    expect(r(7661, 100).gte(parseRational('76.61'))).toBe(true);
    expect(parseRational('76.6049').lt(parseRational('76.605'))).toBe(true);
    expect(r(-2).abs().toString()).toBe('2');
    expect(r(-2).sign()).toBe(-1);
    expect(Rational.ZERO.isZero()).toBe(true);
    expect(r(4, 2).isInteger()).toBe(true);
  });
});

describe('toNumber', () => {
  it('gives simple values', () => {
    expect(r(1, 3).toNumber()).toBe(1 / 3);
    expect(r(1, 10).toNumber()).toBe(0.1);
    expect(r(-7, 2).toNumber()).toBe(-3.5);
    expect(Rational.ZERO.toNumber()).toBe(0);
    expect(r(10n ** 30n).toNumber()).toBe(1e30);
  });
  it('is the nearest double, matching parseFloat on long decimals', () => {
    // A deterministic generator so the test is repeatable.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      const intDigits = String(next() % 100000);
      const frac = Array.from({ length: 1 + (next() % 40) }, () => String(next() % 10)).join('');
      const s = `${intDigits}.${frac}`;
      expect(parseRational(s).toNumber(), s).toBe(Number.parseFloat(s));
    }
  });
  it('avoids the double rounding of Number(num)/Number(den)', () => {
    // 2^53 + 1 is not representable: the naive quotient rounds the numerator first.
    const x = r(2n ** 54n + 3n, 2n);
    expect(x.toNumber()).toBe(Number.parseFloat('9007199254740993.5'));
    const tie = parseRational('9007199254740993.0000000000001');
    expect(tie.toNumber()).toBe(9007199254740994);
    expect(Number(9007199254740993n)).toBe(9007199254740992); // the naive path lands below
  });
  it('handles tiny and huge magnitudes', () => {
    expect(r(1n, 10n ** 300n).toNumber()).toBe(1e-300);
    expect(r(10n ** 300n, 3n).toNumber()).toBe(Number.parseFloat('3.333333333333333333333e299'));
  });
});

describe('rounding half-up', () => {
  it('rounds exact halves up', () => {
    expect(roundHalfUp(parseRational('76.605'), 2)).toBe(76.61);
    expect(roundHalfUp(parseRational('64.995'), 2)).toBe(65);
    expect(roundHalfUp(parseRational('88.305'), 2)).toBe(88.31);
    expect(roundHalfUp(parseRational('76.6049999'), 2)).toBe(76.6);
    expect(roundHalfUp(parseRational('2.5'), 0)).toBe(3);
    expect(roundHalfUp(parseRational('3.5'), 0)).toBe(4);
    expect(roundHalfUp(parseRational('-2.5'), 0)).toBe(-3);
    expect(roundHalfUp(parseRational('3.0585'), 3)).toBe(3.059);
  });
  it('rounds repeating fractions', () => {
    expect(roundHalfUp(r(1, 3), 4)).toBe(0.3333);
    expect(roundHalfUp(r(2, 3), 4)).toBe(0.6667);
    expect(roundHalfUp(r(2195, 24), 2)).toBe(91.46);
  });
  it('returns the same double as the decimal literal', () => {
    expect(roundHalfUp(r(7661, 100), 2)).toBe(76.61);
    expect(roundHalfUpExact(r(1, 3), 2).toString()).toBe('33/100');
  });
  it('formats fixed and exact decimals', () => {
    expect(parseRational('76.605').toFixed(2)).toBe('76.61');
    expect(r(1, 9).toFixed(4)).toBe('0.1111');
    expect(r(-1, 200).toFixed(2)).toBe('-0.01');
    expect(r(5).toFixed(2)).toBe('5.00');
    expect(r(3, 8).toExactDecimal()).toBe('0.375');
    expect(r(7).toExactDecimal()).toBe('7');
    expect(r(1, 9).toExactDecimal()).toBeNull();
  });
  it('validates the number of places', () => {
    expect(() => roundHalfUp(r(1), -1)).toThrow(RangeError);
    expect(() => roundHalfUp(r(1), 1.5)).toThrow(RangeError);
  });
});
