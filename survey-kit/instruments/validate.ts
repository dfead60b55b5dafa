/**
 * Validation of instruments (custom ones come from users, stored as JSON): every problem is
 * reported at once, each with a path, a stable code and a message in both languages.
 */
import type { ElementDef, Instrument, Text } from '../types';
import { text } from '../i18n/index';
import { Rational, sumRationals, tryParseRational } from '../rational/index';

export interface InstrumentIssue {
  /** Where the problem is, e.g. "elements[2].code" or "elements" for the whole list. */
  path: string;
  /** Stable machine-readable code, e.g. "weight_sum". */
  code: string;
  message: Text;
}

/** Thrown when an instrument that must be valid is not; carries every issue. */
export class InstrumentError extends Error {
  readonly issues: readonly InstrumentIssue[];
  constructor(issues: readonly InstrumentIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message.en}`).join('; ') || 'Invalid instrument');
    this.name = 'InstrumentError';
    this.issues = issues;
  }
}

export const ELEMENT_CODE_RE = /^[a-z][a-z0-9_]*$/;

function isText(v: unknown): v is Text {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.id === 'string' && o.id.trim() !== '' && typeof o.en === 'string' && o.en.trim() !== '';
}

/** The exact sum, as a decimal when it terminates (e.g. "0.99"), else "a/b ≈ 0.999999". */
export function describeSum(sum: Rational): string {
  return sum.toExactDecimal() ?? `${sum.toString()} ≈ ${sum.toFixed(6)}`;
}

function checkElement(el: ElementDef, index: number, issues: InstrumentIssue[]): void {
  const path = `elements[${index}]`;
  const code = typeof el.code === 'string' ? el.code : '';
  if (code.trim() === '') {
    issues.push({ path: `${path}.code`, code: 'code_empty', message: text('instrument.codeEmpty', { index: index + 1 }) });
  } else if (!ELEMENT_CODE_RE.test(code)) {
    issues.push({ path: `${path}.code`, code: 'code_format', message: text('instrument.codeFormat', { code }) });
  }
  const label = code || String(index + 1);
  if (!isText(el.name)) {
    issues.push({ path: `${path}.name`, code: 'name_missing', message: text('instrument.nameMissing', { code: label }) });
  }
  if (!isText(el.question)) {
    issues.push({
      path: `${path}.question`,
      code: 'question_missing',
      message: text('instrument.questionMissing', { code: label }),
    });
  }
  const labels: unknown = el.labels;
  if (!Array.isArray(labels) || labels.length !== 4 || !labels.every(isText)) {
    issues.push({
      path: `${path}.labels`,
      code: 'labels_missing',
      message: text('instrument.labelsMissing', { code: label }),
    });
  }
}

function checkWeights(elements: readonly ElementDef[], issues: InstrumentIssue[]): void {
  const weighted = elements.filter((e) => e.weight !== undefined);
  if (weighted.length === 0) return;
  if (weighted.length !== elements.length) {
    const codes = elements
      .filter((e) => e.weight === undefined)
      .map((e) => e.code)
      .join(', ');
    issues.push({ path: 'elements', code: 'weights_mixed', message: text('instrument.weightsMixed', { codes }) });
    return;
  }
  const parsed: Rational[] = [];
  elements.forEach((el, index) => {
    const raw: unknown = el.weight;
    const w = typeof raw === 'string' ? tryParseRational(raw) : null;
    const path = `elements[${index}].weight`;
    if (!w) {
      issues.push({
        path,
        code: 'weight_invalid',
        message: text('instrument.weightInvalid', { code: el.code, weight: String(raw) }),
      });
    } else if (w.sign() <= 0) {
      issues.push({
        path,
        code: 'weight_not_positive',
        message: text('instrument.weightNotPositive', { code: el.code, weight: String(raw) }),
      });
    } else {
      parsed.push(w);
    }
  });
  // The sum is only meaningful when every weight could be read.
  if (parsed.length !== elements.length) return;
  const sum = sumRationals(parsed);
  if (!sum.equals(Rational.ONE)) {
    issues.push({ path: 'elements', code: 'weight_sum', message: text('instrument.weightSum', { sum: describeSum(sum) }) });
  }
}

/** Every problem of `instrument`; an empty list means it is usable. */
export function validateInstrument(instrument: Instrument): InstrumentIssue[] {
  const issues: InstrumentIssue[] = [];
  if (typeof instrument.code !== 'string' || instrument.code.trim() === '') {
    issues.push({ path: 'code', code: 'instrument_code_empty', message: text('instrument.instrumentCodeEmpty') });
  }
  if (!isText(instrument.name)) {
    issues.push({ path: 'name', code: 'instrument_name_missing', message: text('instrument.instrumentNameMissing') });
  }
  const method: unknown = instrument.method;
  if (method !== '2017' && method !== '2004') {
    issues.push({ path: 'method', code: 'method_invalid', message: text('instrument.methodInvalid', { method: String(method) }) });
  }
  const elements: unknown = instrument.elements;
  if (!Array.isArray(elements) || elements.length === 0) {
    issues.push({ path: 'elements', code: 'no_elements', message: text('instrument.noElements') });
    return issues;
  }
  const list = elements as readonly ElementDef[];
  list.forEach((el, index) => checkElement(el, index, issues));
  const seen = new Set<string>();
  const reported = new Set<string>();
  list.forEach((el, index) => {
    if (typeof el.code !== 'string' || el.code === '') return;
    if (seen.has(el.code) && !reported.has(el.code)) {
      reported.add(el.code);
      issues.push({
        path: `elements[${index}].code`,
        code: 'code_duplicate',
        message: text('instrument.codeDuplicate', { code: el.code }),
      });
    }
    seen.add(el.code);
  });
  checkWeights(list, issues);
  return issues;
}

/** Throws an InstrumentError when `instrument` has any issue. */
export function assertValidInstrument(instrument: Instrument): void {
  const issues = validateInstrument(instrument);
  if (issues.length > 0) throw new InstrumentError(issues);
}

/**
 * Exact weight of every element, by code, in the instrument's order: the custom weights when
 * given, otherwise exactly 1/n each. Throws an InstrumentError for an invalid instrument.
 */
export function instrumentWeights(instrument: Instrument): Map<string, Rational> {
  assertValidInstrument(instrument);
  const n = instrument.elements.length;
  const weights = new Map<string, Rational>();
  for (const el of instrument.elements) {
    // Validation guarantees the weight parses when present.
    weights.set(el.code, el.weight === undefined ? Rational.of(1, n) : (tryParseRational(el.weight) as Rational));
  }
  return weights;
}
