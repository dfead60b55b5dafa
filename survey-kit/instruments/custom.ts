/**
 * Building a custom instrument from a base one (the 2017 instrument by default): a unit may add
 * elements, replace the texts of one, drop one, mark elements optional and set weights that add
 * up to 1 (skm-method.md §1). The result is validated; problems throw an InstrumentError.
 */
import type { ElementDef, Instrument, Method, Text } from '../types';
import { text } from '../i18n/index';
import { SKM_2017 } from './skm2017';
import { InstrumentError, validateInstrument, type InstrumentIssue } from './validate';

export interface CustomInstrumentOptions {
  code: string;
  name: Text;
  /** Defaults to SKM_2017. */
  base?: Instrument;
  /** Category table; defaults to the base instrument's. */
  method?: Method;
  /** Codes of base elements to leave out. */
  remove?: readonly string[];
  /** Elements that take the place of the base element with the same code. */
  replace?: readonly ElementDef[];
  /** New elements, appended after the base ones. */
  add?: readonly ElementDef[];
  /** Codes of elements respondents may skip. */
  optional?: readonly string[];
  /** Weight per code ("0.15" or "1/9"); when given, it replaces every base weight and must cover all elements. */
  weights?: Readonly<Record<string, string>>;
}

function unknown(path: string, code: string): InstrumentIssue {
  return { path, code: 'unknown_element', message: text('instrument.unknownElement', { code }) };
}

export function customInstrument(options: CustomInstrumentOptions): Instrument {
  const base = options.base ?? SKM_2017;
  const issues: InstrumentIssue[] = [];
  const baseCodes = new Set(base.elements.map((e) => e.code));

  const removed = new Set<string>();
  (options.remove ?? []).forEach((code, i) => {
    if (!baseCodes.has(code)) issues.push(unknown(`remove[${i}]`, code));
    removed.add(code);
  });
  const replacements = new Map<string, ElementDef>();
  (options.replace ?? []).forEach((el, i) => {
    if (!baseCodes.has(el.code)) issues.push(unknown(`replace[${i}].code`, el.code));
    replacements.set(el.code, el);
  });

  let elements: ElementDef[] = base.elements
    .filter((e) => !removed.has(e.code))
    .map((e) => ({ ...(replacements.get(e.code) ?? e) }));
  elements.push(...(options.add ?? []).map((e) => ({ ...e })));
  const codes = new Set(elements.map((e) => e.code));

  const optional = new Set<string>();
  (options.optional ?? []).forEach((code, i) => {
    if (!codes.has(code)) issues.push(unknown(`optional[${i}]`, code));
    optional.add(code);
  });
  for (const code of Object.keys(options.weights ?? {})) {
    if (!codes.has(code)) issues.push(unknown(`weights.${code}`, code));
  }

  elements = elements.map((e) => {
    const out: ElementDef = { ...e };
    if (optional.has(e.code)) out.optional = true;
    if (options.weights) {
      const w = options.weights[e.code];
      if (w === undefined) delete out.weight;
      else out.weight = w;
    }
    return out;
  });

  const instrument: Instrument = {
    code: options.code,
    name: options.name,
    method: options.method ?? base.method,
    elements,
  };
  issues.push(...validateInstrument(instrument));
  if (issues.length > 0) throw new InstrumentError(issues);
  return instrument;
}
