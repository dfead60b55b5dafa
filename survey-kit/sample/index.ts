/**
 * How many respondents (skm-method.md §4): the Krejcie & Morgan minimum sample and the response
 * coverage against the number of service recipients, computed exactly.
 */
import { Rational, fromNumber, roundHalfUp } from '../rational/index';

// χ² = 3.841 (1 df, 95%), P = 0.5 so P(1−P) = 1/4, d = 0.05 so d² = 1/400.
const CHI_SQUARE = Rational.of(3841, 1000);
const PQ = Rational.of(1, 4);
const D_SQUARED = Rational.of(1, 400);

function checkCount(value: number, name: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number ≥ ${min} (got ${value})`);
  }
}

/**
 * Minimum sample S = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)), rounded half-up, for a population
 * N ≥ 1 (the number of service recipients in the period). Throws a RangeError otherwise.
 */
export function krejcieMorgan(population: number): number {
  checkCount(population, 'population', 1);
  const n = Rational.of(population);
  const numerator = CHI_SQUARE.mul(n).mul(PQ);
  const denominator = D_SQUARED.mul(n.sub(Rational.ONE)).add(CHI_SQUARE.mul(PQ));
  return roundHalfUp(numerator.div(denominator), 0);
}

/** True when a result rests on fewer respondents than the minimum sample for `population`. */
export function belowMinimumSample(respondents: number, population: number): boolean {
  checkCount(respondents, 'respondents', 0);
  return respondents < krejcieMorgan(population);
}

/**
 * Response coverage = respondents ÷ service recipients × 100 (unrounded, nearest double to the
 * exact value); percent is null when nobody was served (undefined, never Infinity or NaN).
 * It may exceed 100 when recipients were under-counted: that is shown, not hidden.
 */
export function coverage(respondents: number, served: number): { percent: number | null } {
  checkCount(respondents, 'respondents', 0);
  checkCount(served, 'served', 0);
  if (served === 0) return { percent: null };
  return { percent: Rational.of(respondents, served).mul(Rational.of(100)).toNumber() };
}

/** Default coverage target: the seed indicator asks for at least 50% of service recipients. */
export const DEFAULT_COVERAGE_TARGET = 50;

/**
 * Whether coverage reaches `targetPercent` (default 50), compared exactly; null when nobody was
 * served, because coverage is then undefined.
 */
export function meetsTarget(
  respondents: number,
  served: number,
  targetPercent: number = DEFAULT_COVERAGE_TARGET,
): boolean | null {
  checkCount(respondents, 'respondents', 0);
  checkCount(served, 'served', 0);
  if (!Number.isFinite(targetPercent) || targetPercent < 0) {
    throw new RangeError(`targetPercent must be a number ≥ 0 (got ${targetPercent})`);
  }
  if (served === 0) return null;
  return Rational.of(respondents)
    .mul(Rational.of(100))
    .gte(fromNumber(targetPercent).mul(Rational.of(served)));
}
