/**
 * Exact rational numbers on BigInt. The IKM must be computed without binary floating point
 * (3.0642 × 25 is 76.60499… in doubles but exactly 76.605, which rounds to 76.61 and category B),
 * so every step up to the displayed, rounded figure is done here.
 *
 * Values are immutable and always normalised: gcd(num, den) = 1 and den > 0.
 */

const MAX_EXACT = 2n ** 53n;

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Small operands (the common case: counts and 2-decimal values) are far faster as doubles.
  if (a <= MAX_EXACT && b <= MAX_EXACT) {
    let x = Number(a);
    let y = Number(b);
    while (y !== 0) {
      const r = x % y;
      x = y;
      y = r;
    }
    return BigInt(x);
  }
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

const POWERS_OF_TEN: bigint[] = [];
function pow10(decimals: number): bigint {
  let p = POWERS_OF_TEN[decimals];
  if (p === undefined) {
    p = 10n ** BigInt(decimals);
    POWERS_OF_TEN[decimals] = p;
  }
  return p;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer (got ${value})`);
  return BigInt(value);
}

export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  readonly num: bigint;
  readonly den: bigint;

  /** Use `rational()` or `Rational.of()`: the constructor trusts that its input is normalised. */
  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  /** num/den, normalised. Integers may be given as numbers (safe integers only) or bigints. */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = toBigInt(num, 'numerator');
    let d = toBigInt(den, 'denominator');
    if (d === 0n) throw new RangeError('Denominator is zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  add(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    return this.add(o.neg());
  }

  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  div(o: Rational): Rational {
    if (o.num === 0n) throw new RangeError('Division by zero');
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `o`. */
  compare(o: Rational): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  equals(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  lt(o: Rational): boolean {
    return this.compare(o) < 0;
  }

  gte(o: Rational): boolean {
    return this.compare(o) >= 0;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  /**
   * The double nearest to the exact value (ties to even), unlike Number(num)/Number(den), which
   * rounds twice. The quotient is taken with at least 65 significant bits plus a sticky bit, and
   * BigInt→Number conversion rounds correctly; scaling by a power of two is then exact.
   */
  toNumber(): number {
    if (this.num === 0n) return 0;
    // Both exactly representable: one IEEE division is correctly rounded.
    if (this.den <= MAX_EXACT && this.num <= MAX_EXACT && this.num >= -MAX_EXACT) {
      return Number(this.num) / Number(this.den);
    }
    const negative = this.num < 0n;
    const n = negative ? -this.num : this.num;
    const shift = Math.max(0, 65 - (bitLength(n) - bitLength(this.den)));
    const scaled = n << BigInt(shift);
    let q = scaled / this.den;
    if (q * this.den !== scaled) q |= 1n;
    let x = Number(q);
    let s = shift;
    while (s > 0) {
      const step = Math.min(s, 1000);
      x *= 2 ** -step;
      s -= step;
    }
    return negative ? -x : x;
  }

  /** "a/b", or "a" for an integer (the form used for exact weights, e.g. "1/9"). */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** Decimal notation with exactly `decimals` places, rounded half-up (away from zero). */
  toFixed(decimals: number): string {
    const scaled = roundHalfUpScaled(this, decimals);
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
    const intPart = digits.slice(0, digits.length - decimals);
    const frac = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
    return `${negative ? '-' : ''}${intPart}${frac}`;
  }

  /** The exact decimal expansion when it terminates (den = 2^a·5^b), else null. */
  toExactDecimal(): string | null {
    let d = this.den;
    let places = 0;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives++;
    }
    if (d !== 1n) return null;
    places = Math.max(twos, fives);
    return this.toFixed(places);
  }
}

/** Shorthand for `Rational.of`. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  return Rational.of(num, den);
}

const DECIMAL_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const FRACTION_RE = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/;

/**
 * Parses a decimal ("0.111", "3.0642", "-2", ".5", "1e-3") or a fraction ("1/9") exactly.
 * Returns null for anything else, including a zero denominator.
 */
export function tryParseRational(input: string): Rational | null {
  const s = input.trim();
  const frac = FRACTION_RE.exec(s);
  if (frac) {
    const d = BigInt(frac[2] as string);
    return d === 0n ? null : Rational.of(BigInt(frac[1] as string), d);
  }
  const dec = DECIMAL_RE.exec(s);
  if (!dec) return null;
  const [, sign, intDigits = '', fracDigits = '', exp] = dec;
  if (intDigits === '' && fracDigits === '') return null;
  const exponent = exp === undefined ? 0 : Number(exp);
  // Guard against "1e999999999" building a gigantic BigInt.
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) return null;
  let num = BigInt((intDigits || '0') + fracDigits);
  if (sign === '-') num = -num;
  const places = fracDigits.length - exponent;
  return places >= 0 ? Rational.of(num, 10n ** BigInt(places)) : Rational.of(num * 10n ** BigInt(-places));
}

/** Like `tryParseRational` but throws a RangeError naming the input. */
export function parseRational(input: string): Rational {
  const r = tryParseRational(input);
  if (!r) throw new RangeError(`Not a decimal or fraction: "${input}"`);
  return r;
}

/**
 * The value a person meant by a JavaScript number: its shortest round-trip decimal form, so that
 * 3.06 becomes exactly 306/100 (not the binary double 3.0600000000000000532…).
 */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
  return parseRational(String(x));
}

/** A rational from a number (read as its decimal form) or a decimal/fraction string. */
export function toRational(x: number | string | Rational): Rational {
  if (x instanceof Rational) return x;
  return typeof x === 'number' ? fromNumber(x) : parseRational(x);
}

export function sumRationals(values: Iterable<Rational>): Rational {
  let total = Rational.ZERO;
  for (const v of values) total = total.add(v);
  return total;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw new RangeError(`decimals must be an integer from 0 to 100 (got ${decimals})`);
  }
}

/** round_half_up(r × 10^decimals) as an integer; halves go away from zero. */
function roundHalfUpScaled(r: Rational, decimals: number): bigint {
  checkDecimals(decimals);
  const scale = pow10(decimals);
  const n = r.num < 0n ? -r.num : r.num;
  const q = (2n * n * scale + r.den) / (2n * r.den);
  return r.num < 0n ? -q : q;
}

/** `r` rounded half-up (away from zero) to `decimals` places, kept exact. */
export function roundHalfUpExact(r: Rational, decimals: number): Rational {
  return Rational.of(roundHalfUpScaled(r, decimals), pow10(decimals));
}

/** `r` rounded half-up to `decimals` places, as a number (e.g. exactly 76.605 → 76.61). */
export function roundHalfUp(r: Rational, decimals: number): number {
  return roundHalfUpExact(r, decimals).toNumber();
}
