/**
 * 95% confidence intervals for the NRRs and the IKM — method
 * ===========================================================
 *
 * Per element (tallies known): the n = answered scores x₁…xₙ ∈ {1,2,3,4} are treated as a
 * simple random sample of the period's service recipients.
 *   NRR   = x̄ = Σx / n
 *   s²    = (Σx² − (Σx)²/n) / (n − 1)          (sample variance, computed exactly from tallies)
 *   SE    = s / √n
 *   CI    = NRR ± t(0.975, n − 1) · SE          (Student t quantile, see tdist.ts)
 * The bounds are clamped to the scale [1, 4], multiplied by 25 and rounded to 2 decimals
 * (konversi scale). With n < 2 the variance is undefined and the interval is null. When every
 * answer is the same, s = 0 and the interval collapses to the point: the data show no spread.
 * No finite-population correction is applied (it would only narrow the interval).
 *
 * For the IKM = Σ wᵢ·NRRᵢ (wᵢ the weights actually used, renormalised when an element was
 * not answered): Var(IKM) = Σᵢ Σⱼ wᵢwⱼ·Cov(NRRᵢ, NRRⱼ) needs the correlation between
 * elements, which tallies do not carry. Since |Cov(NRRᵢ, NRRⱼ)| ≤ SEᵢ·SEⱼ,
 *   SE(IKM) ≤ Σ wᵢ·SEᵢ,
 * with equality when the elements are perfectly correlated. Using this bound gives an interval
 * that is never too narrow (conservative); answers to SKM elements are in practice strongly
 * positively correlated, so it is also not far from the truth. Degrees of freedom:
 * df = min(nᵢ) − 1 over the weighted elements (the smallest sample limits the estimate).
 *   CI(IKM) = IKM ± t(0.975, df) · Σ wᵢ·SEᵢ, clamped to [1, 4], × 25, rounded to 2 decimals.
 * It is null when the IKM was computed from NRRs only (no spread known), when no element was
 * answered, or when any weighted element has n < 2.
 *
 * Floating point is acceptable here: an interval is an estimate, unlike the point values,
 * which are exact (compute.ts).
 */
import type { Rational } from '../rational/index';
import { t975 } from './tdist';

/** What an interval needs of one element: its count of answers and the sums of x and x². */
export interface SpreadStats {
  answered: number;
  sum: bigint;
  sumSquares: bigint;
}

export interface ElementSpread {
  n: number;
  mean: number;
  /** Sample standard deviation s. */
  sd: number;
  /** Standard error s/√n. */
  se: number;
}

/** Mean, sample SD and standard error of one element; null when n < 2. */
export function elementSpread(stats: SpreadStats): ElementSpread | null {
  const n = stats.answered;
  if (n < 2) return null;
  // n·Σx² − (Σx)² is an exact integer ≥ 0; dividing once avoids cancellation error.
  const centred = BigInt(n) * stats.sumSquares - stats.sum * stats.sum;
  const variance = Number(centred) / (n * (n - 1));
  const sd = Math.sqrt(Math.max(0, variance));
  return { n, mean: Number(stats.sum) / n, sd, se: sd / Math.sqrt(n) };
}

function clamp(x: number): number {
  return Math.min(4, Math.max(1, x));
}

/** Rounds a konversi-scale bound to 2 decimals (an estimate: plain float rounding suffices). */
function round2(x: number): number {
  return Math.round(x * 100 + 1e-9) / 100;
}

function interval(center: number, halfWidth: number): [number, number] {
  return [round2(clamp(center - halfWidth) * 25), round2(clamp(center + halfWidth) * 25)];
}

/** 95% CI of one element's NRR on the konversi scale (25–100); null when n < 2. */
export function elementCi95(stats: SpreadStats): [number, number] | null {
  const spread = elementSpread(stats);
  if (!spread) return null;
  return interval(spread.mean, t975(spread.n - 1) * spread.se);
}

/**
 * 95% CI of the IKM on the konversi scale, from the weighted elements (weights as used for the
 * point value, summing to 1) and the exact IKM; null when any of them has n < 2 or none is given.
 */
export function ikmCi95(
  elements: readonly (SpreadStats & { weight: Rational })[],
  ikm: number,
): [number, number] | null {
  if (elements.length === 0) return null;
  let se = 0;
  let minN = Infinity;
  for (const el of elements) {
    const spread = elementSpread(el);
    if (!spread) return null;
    se += el.weight.toNumber() * spread.se;
    minN = Math.min(minN, spread.n);
  }
  return interval(ikm, t975(minN - 1) * se);
}
