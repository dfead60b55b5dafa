/**
 * Is the change of the IKM between two periods larger than the uncertainty of the two figures?
 *
 * Rule (documented on the dashboard): each result's 95% interval gives a half-width
 *   h = (upper − lower) / 2           (on the konversi scale; intervals are clamped to 25–100,
 *                                      so half the width is used rather than upper − konversi)
 * The two periods are independent samples, so the uncertainty of the difference combines as
 *   margin = √(h₁² + h₂²)
 * and the change Δ = konversi₁ − konversi₀ is called significant when |Δ| > margin (strictly).
 * This is the usual approximate test of two independent means at the 5% level; it is
 * conservative here because each interval already uses the upper bound of the IKM's SE (ci.ts).
 *
 * Missing data: no konversi on either side → no difference; a konversi without interval (too few
 * answers) → the difference is shown but `significant` is null ("cannot tell").
 */
import type { IkmResult } from '../types';

export type IkmDirection = 'up' | 'down' | 'same';

export interface IkmComparison {
  current: number | null;
  previous: number | null;
  /** current − previous on the konversi scale, 2 decimals; null when either is missing. */
  delta: number | null;
  /** √(h₁² + h₂²), 2 decimals; null when either interval is missing. */
  margin: number | null;
  /** |delta| > margin; null when either cannot be known. */
  significant: boolean | null;
  direction: IkmDirection | null;
}

type Comparable = Pick<IkmResult, 'konversi' | 'ci95'> | null | undefined;

const round2 = (x: number): number => Math.round(x * 100) / 100;

function halfWidth(ci: [number, number] | null): number | null {
  return ci ? (ci[1] - ci[0]) / 2 : null;
}

export function compareIkm(current: Comparable, previous: Comparable): IkmComparison {
  const a = current?.konversi ?? null;
  const b = previous?.konversi ?? null;
  if (a === null || b === null) {
    return { current: a, previous: b, delta: null, margin: null, significant: null, direction: null };
  }
  // Both are 2-decimal figures: working in hundredths keeps the difference exact.
  const delta = (Math.round(a * 100) - Math.round(b * 100)) / 100;
  const direction: IkmDirection = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const h1 = halfWidth(current?.ci95 ?? null);
  const h0 = halfWidth(previous?.ci95 ?? null);
  if (h1 === null || h0 === null) return { current: a, previous: b, delta, margin: null, significant: null, direction };
  const exactMargin = Math.sqrt(h1 * h1 + h0 * h0);
  return { current: a, previous: b, delta, margin: round2(exactMargin), significant: Math.abs(delta) > exactMargin, direction };
}
