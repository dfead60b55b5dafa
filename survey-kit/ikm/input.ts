/**
 * Reading the two kinds of IKM input — answer tallies or per-element NRRs — into exact
 * per-element statistics, with every consistency check in one place.
 */
import type { Instrument, Tallies, Text } from '../types';
import { SCORES } from '../types';
import { text, type MessageKey, type MessageParams } from '../i18n/index';
import { Rational, tryParseRational, fromNumber } from '../rational/index';
import { instrumentWeights } from '../instruments/index';

export type IkmInput =
  | { tallies: Tallies; respondents?: number }
  | { nrr: Readonly<Record<string, number | string | null>> };

/** Bad IKM input (unknown element code, negative count, NRR outside 1–4 …). */
export class IkmInputError extends RangeError {
  readonly code: string;
  readonly text: Text;
  constructor(code: string, key: MessageKey, params?: MessageParams) {
    const t = text(key, params);
    super(t.en);
    this.name = 'IkmInputError';
    this.code = code;
    this.text = t;
  }
}

export interface ElementStats {
  code: string;
  /** Nominal weight from the instrument (custom or 1/n). */
  weight: Rational;
  /** Respondents who answered; null for NRR input. */
  answered: number | null;
  /** Σ score and Σ score² over the answers; null for NRR input. */
  sum: bigint | null;
  sumSquares: bigint | null;
  /** Exact NRR; null when nobody answered (or no NRR was given). */
  nrr: Rational | null;
}

export interface InputStats {
  source: 'tallies' | 'nrr';
  respondents: number | null;
  elements: ElementStats[];
}

const TALLY_KEYS = new Set(['1', '2', '3', '4', 'blank']);
const ONE = Rational.ONE;
const FOUR = Rational.of(4);

function count(value: unknown, code: string): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new IkmInputError('invalid_tally', 'ikm.invalidTally', { code });
  }
  return value;
}

function checkCodes(instrument: Instrument, given: readonly string[]): void {
  const known = new Set(instrument.elements.map((e) => e.code));
  for (const code of given) {
    if (!known.has(code)) throw new IkmInputError('unknown_element', 'ikm.unknownElement', { code });
  }
}

function fromTallies(instrument: Instrument, tallies: Tallies, respondents: number | undefined): InputStats {
  checkCodes(instrument, Object.keys(tallies));
  const weights = instrumentWeights(instrument);
  let seen = 0;
  const elements = instrument.elements.map((el): ElementStats => {
    // Read as a plain record: tallies often come from JSON and may carry stray keys.
    const tally = tallies[el.code] as Readonly<Record<string, unknown>> | undefined;
    let answered = 0;
    let sum = 0n;
    let sumSquares = 0n;
    let blank = 0;
    if (tally !== undefined) {
      for (const key of Object.keys(tally)) {
        if (!TALLY_KEYS.has(key)) throw new IkmInputError('invalid_tally', 'ikm.invalidTally', { code: el.code });
      }
      for (const s of SCORES) {
        const c = count(tally[s], el.code);
        answered += c;
        sum += BigInt(s * c);
        sumSquares += BigInt(s * s * c);
      }
      blank = count(tally.blank, el.code);
    }
    seen = Math.max(seen, answered + blank);
    return {
      code: el.code,
      weight: weights.get(el.code) as Rational,
      answered,
      sum,
      sumSquares,
      nrr: answered > 0 ? Rational.of(sum, answered) : null,
    };
  });
  if (respondents !== undefined) {
    if (!Number.isSafeInteger(respondents) || respondents < seen) {
      throw new IkmInputError('invalid_respondents', 'ikm.invalidRespondents', { respondents, seen });
    }
  }
  return { source: 'tallies', respondents: respondents ?? seen, elements };
}

function fromNrr(instrument: Instrument, nrr: Readonly<Record<string, number | string | null>>): InputStats {
  checkCodes(instrument, Object.keys(nrr));
  const weights = instrumentWeights(instrument);
  const elements = instrument.elements.map((el): ElementStats => {
    const raw = nrr[el.code];
    let value: Rational | null = null;
    if (raw !== undefined && raw !== null) {
      const parsed =
        typeof raw === 'number' ? (Number.isFinite(raw) ? fromNumber(raw) : null) : typeof raw === 'string' ? tryParseRational(raw) : null;
      if (!parsed || parsed.lt(ONE) || FOUR.lt(parsed)) {
        throw new IkmInputError('invalid_nrr', 'ikm.invalidNrr', { code: el.code, value: String(raw) });
      }
      value = parsed;
    }
    return {
      code: el.code,
      weight: weights.get(el.code) as Rational,
      answered: null,
      sum: null,
      sumSquares: null,
      nrr: value,
    };
  });
  return { source: 'nrr', respondents: null, elements };
}

/** Exact per-element statistics of `input` for `instrument` (throws IkmInputError / InstrumentError). */
export function readIkmInput(instrument: Instrument, input: IkmInput): InputStats {
  if ('tallies' in input) return fromTallies(instrument, input.tallies, input.respondents);
  return fromNrr(instrument, input.nrr);
}
