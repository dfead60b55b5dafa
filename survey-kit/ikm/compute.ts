/**
 * The IKM of Permen PAN-RB 14/2017 (and KEP/25/2004), computed exactly:
 *   NRR per element = Σ scores / answers (blanks excluded), IKM = Σ NRR × weight,
 *   konversi = IKM × 25 rounded half-up to 2 decimals, category from the rounded konversi.
 * Every step before the final rounding is exact rational arithmetic; the unrounded NRR and IKM
 * are reported as the doubles nearest to the exact values.
 *
 * Decision — an element nobody answered (all blank, or no NRR given): it has no NRR, so it
 * cannot count as 0 (that would drag the index down, like a blank counted as a zero). It is left
 * out, and the IKM is the weighted mean of the answered elements with their weights rescaled
 * exactly to sum to 1: IKM = Σ' wᵢ·NRRᵢ / Σ' wᵢ. Its element result has nrr null, excluded true
 * and effectiveWeight "0"; the others report the rescaled weight as effectiveWeight.
 */
import type { ElementResult, IkmResult, Instrument } from '../types';
import { Rational, roundHalfUp, roundHalfUpExact, sumRationals } from '../rational/index';
import { categoryOf } from './category';
import { elementCi95, ikmCi95 } from './ci';
import { readIkmInput, type ElementStats, type IkmInput, type InputStats } from './input';

const TWENTY_FIVE = Rational.of(25);

/** Exact intermediate values of an IKM computation (for reconciliation and tests). */
export interface ExactIkm {
  stats: InputStats;
  /** Weight actually used per code (rescaled when an element was not answered; 0 if excluded). */
  effectiveWeights: Map<string, Rational>;
  /** Exact IKM on the 1–4 scale; null when no element was answered. */
  ikm: Rational | null;
  /** Exact konversi rounded half-up to 2 decimals; null when no element was answered. */
  konversi: Rational | null;
}

/** The exact IKM (no conversion to numbers). */
export function computeIkmExact(instrument: Instrument, input: IkmInput): ExactIkm {
  const stats = readIkmInput(instrument, input);
  const answered = stats.elements.filter((e) => e.nrr !== null);
  const totalWeight = sumRationals(answered.map((e) => e.weight));
  const effectiveWeights = new Map<string, Rational>();
  for (const e of stats.elements) {
    effectiveWeights.set(e.code, e.nrr === null ? Rational.ZERO : e.weight.div(totalWeight));
  }
  if (answered.length === 0) return { stats, effectiveWeights, ikm: null, konversi: null };
  const ikm = sumRationals(answered.map((e) => (e.nrr as Rational).mul(effectiveWeights.get(e.code) as Rational)));
  return { stats, effectiveWeights, ikm, konversi: roundHalfUpExact(ikm.mul(TWENTY_FIVE), 2) };
}

function elementResult(e: ElementStats, effective: Rational, instrument: Instrument): ElementResult {
  const base = {
    code: e.code,
    answered: e.answered,
    weight: e.weight.toString(),
    effectiveWeight: effective.toString(),
    excluded: e.nrr === null,
  };
  if (e.nrr === null) {
    return { ...base, nrr: null, weightedNrr: null, konversi: null, mutu: null, kinerja: null, ci95: null };
  }
  const konversi = roundHalfUpExact(e.nrr.mul(TWENTY_FIVE), 2);
  const category = categoryOf(konversi, instrument.method);
  const ci95 =
    e.answered !== null && e.sum !== null && e.sumSquares !== null
      ? elementCi95({ answered: e.answered, sum: e.sum, sumSquares: e.sumSquares })
      : null;
  return {
    ...base,
    nrr: e.nrr.toNumber(),
    weightedNrr: e.nrr.mul(effective).toNumber(),
    konversi: konversi.toNumber(),
    mutu: category.mutu,
    kinerja: category.kinerja,
    ci95,
  };
}

function overallCi(exact: ExactIkm): [number, number] | null {
  if (exact.ikm === null || exact.stats.source !== 'tallies') return null;
  const weighted = exact.stats.elements
    .filter((e) => e.nrr !== null)
    .map((e) => ({
      answered: e.answered ?? 0,
      sum: e.sum ?? 0n,
      sumSquares: e.sumSquares ?? 0n,
      weight: exact.effectiveWeights.get(e.code) as Rational,
    }));
  return ikmCi95(weighted, exact.ikm.toNumber());
}

/**
 * IKM from answer tallies ({ tallies, respondents? }) or from per-element NRRs ({ nrr }; numbers
 * or exact decimal strings). Throws InstrumentError for an invalid instrument and IkmInputError
 * for inconsistent input. `respondents` defaults to the most answers+blanks seen on one element.
 */
export function computeIkm(instrument: Instrument, input: IkmInput): IkmResult {
  const exact = computeIkmExact(instrument, input);
  const elements = exact.stats.elements.map((e) =>
    elementResult(e, exact.effectiveWeights.get(e.code) as Rational, instrument),
  );
  if (exact.ikm === null || exact.konversi === null) {
    return {
      respondents: exact.stats.respondents,
      method: instrument.method,
      elements,
      ikm: null,
      konversi: null,
      mutu: null,
      kinerja: null,
      ci95: null,
    };
  }
  const category = categoryOf(exact.konversi, instrument.method);
  return {
    respondents: exact.stats.respondents,
    method: instrument.method,
    elements,
    ikm: exact.ikm.toNumber(),
    konversi: exact.konversi.toNumber(),
    mutu: category.mutu,
    kinerja: category.kinerja,
    ci95: overallCi(exact),
  };
}

/** NRR × 25 rounded half-up to 2 decimals (an element's konversi), exactly. */
export function elementKonversi(nrr: Rational): number {
  return roundHalfUp(nrr.mul(TWENTY_FIVE), 2);
}
