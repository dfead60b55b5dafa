/**
 * The "printed convention": how an old report arrived at its figure, so an agency can reconcile
 * it with the exact value. Many reports multiplied each NRR by a rounded weight (0.111, 0.11,
 * 0.071) and sometimes rounded the 1–4 index before multiplying by 25. This mode reproduces that
 * arithmetic exactly, with the given weight applied to every answered element (no rescaling: an
 * old spreadsheet simply summed the column). It is never the default: computeIkm is.
 */
import type { Instrument, Kinerja, Mutu } from '../types';
import { Rational, parseRational, roundHalfUpExact, sumRationals } from '../rational/index';
import { categoryOf } from './category';
import { readIkmInput, type IkmInput } from './input';

export interface PrintedConvention {
  /** The weight the report used for every element, as printed: "0.111", "0.11", "0.071", "1/9". */
  weight: string;
  /** Round each NRR half-up to this many decimals first (some reports printed 2-decimal NRRs). */
  roundNrrTo?: number;
  /** Round the 1–4 index half-up to this many decimals before multiplying by 25. */
  roundIndexTo?: number;
  /** Round the konversi half-up to this many decimals; by default it is left as computed. */
  roundKonversiTo?: number;
}

export interface PrintedResult {
  ikm: number;
  konversi: number;
  mutu: Mutu;
  kinerja: Kinerja;
}

const TWENTY_FIVE = Rational.of(25);

/** The figure as the printed convention gives it (category read on the instrument's table). */
export function computePrinted(instrument: Instrument, input: IkmInput, convention: PrintedConvention): PrintedResult {
  const weight = parseRational(convention.weight);
  if (weight.sign() <= 0) throw new RangeError(`The printed weight must be positive (got ${convention.weight})`);
  const stats = readIkmInput(instrument, input);
  const nrrs = stats.elements.flatMap((e) => (e.nrr === null ? [] : [e.nrr]));
  if (nrrs.length === 0) throw new RangeError('No element was answered: there is no printed figure to reproduce');
  const rounded = convention.roundNrrTo === undefined ? nrrs : nrrs.map((n) => roundHalfUpExact(n, convention.roundNrrTo as number));
  let ikm = sumRationals(rounded.map((n) => n.mul(weight)));
  if (convention.roundIndexTo !== undefined) ikm = roundHalfUpExact(ikm, convention.roundIndexTo);
  let konversi = ikm.mul(TWENTY_FIVE);
  if (convention.roundKonversiTo !== undefined) konversi = roundHalfUpExact(konversi, convention.roundKonversiTo);
  const category = categoryOf(konversi, instrument.method);
  return { ikm: ikm.toNumber(), konversi: konversi.toNumber(), mutu: category.mutu, kinerja: category.kinerja };
}
