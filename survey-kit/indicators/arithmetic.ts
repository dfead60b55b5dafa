/** Exact percentages and medians for the indicators (no NaN, no Infinity, ever). */
import type { MessageKey } from '../i18n/index';
import { Rational, roundHalfUp } from '../rational/index';
import type { Indicator, MedianIndicator } from './types';

/** Throws a RangeError unless `value` is a whole number ≥ 0. */
export function checkCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0 (got ${value})`);
  }
}

/** numerator ÷ denominator × 100, rounded half-up to 2 decimals; undefined when denominator is 0. */
export function percentIndicator(numerator: number, denominator: number, reason: MessageKey): Indicator {
  if (!Number.isSafeInteger(numerator)) throw new RangeError(`numerator must be a whole number (got ${numerator})`);
  checkCount(denominator, 'denominator');
  if (denominator === 0) return { value: null, numerator, denominator, defined: false, reason };
  const exact = Rational.of(BigInt(numerator) * 100n, BigInt(denominator));
  return { value: roundHalfUp(exact, 2), numerator, denominator, defined: true };
}

/** The median of whole numbers: the middle one, or the mean of the two middle ones (exact .5). */
export function medianIndicator(values: readonly number[], reason: MessageKey): MedianIndicator {
  if (values.length === 0) return { value: null, count: 0, defined: false, reason };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const value =
    sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { value, count: sorted.length, defined: true };
}
