/**
 * A custom instrument as a set-up form gives it (a code, a name, a base instrument and rows of
 * elements) turned into a survey-kit Instrument, with every problem reported by the form's field
 * path ("elements.2.code") so the form can show it next to the field.
 *
 * A row whose code is an element of the base keeps the base texts it leaves empty (question and
 * answer labels); a new element gets a question made from its name and the general labels.
 */
import { t, text } from '../i18n/index';
import { validateInstrument } from '../instruments/index';
import type { ElementDef, Instrument, Lang, Text } from '../types';

export const INSTRUMENT_CODE_RE = /^[a-z0-9][a-z0-9_-]{1,39}$/;
export const INSTRUMENT_NAME_MAX = 120;
export const ELEMENT_TEXT_MAX = 300;
export const MAX_ELEMENTS = 30;

export interface ElementDraft {
  code: string;
  name: string;
  question?: string | null;
  /** "0,15", "0.15" or "1/9"; empty = no weight. */
  weight?: string | null;
  optional?: boolean | null;
}

export interface InstrumentDraft {
  code: string;
  name: string;
  /** Code of the instrument the rows start from (its method and its elements' texts). */
  base: string;
  elements: readonly ElementDraft[];
}

export interface DraftIssue {
  /** Field path of the form, e.g. "elements.2.weight"; "elements" for the list as a whole. */
  path: string;
  message: Text;
}

export type DraftResult = { ok: true; instrument: Instrument } | { ok: false; issues: DraftIssue[] };

const same = (s: string): Text => ({ id: s, en: s });
const trimmed = (s: string | null | undefined): string => (s ?? '').trim();

function generalLabels(): ElementDef['labels'] {
  const l = (n: 1 | 2 | 3 | 4): Text => text(`periods.instrument.label${n}`);
  return [l(1), l(2), l(3), l(4)];
}

/** "elements[2].code" (validateInstrument) → "elements.2.code" (form field names). */
export function formPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

function element(row: ElementDraft, base: Instrument): ElementDef {
  const code = trimmed(row.code);
  const name = trimmed(row.name);
  const question = trimmed(row.question);
  const weight = trimmed(row.weight).replace(',', '.');
  const known = base.elements.find((e) => e.code === code);
  const out: ElementDef = {
    code,
    name: name === '' ? (known?.name ?? same('')) : known && known.name.id === name ? known.name : same(name),
    question:
      question !== '' ? (known && known.question.id === question ? known.question : same(question))
      : known ? known.question
      : name !== '' ? text('periods.instrument.defaultQuestion', { name: name.toLowerCase() })
      : same(''),
    labels: known ? known.labels : generalLabels(),
  };
  if (row.optional) out.optional = true;
  if (weight !== '') out.weight = weight;
  return out;
}

/**
 * The instrument the draft describes, or every problem found (none is stored half-checked).
 * `bases` are the instruments a draft may start from (the built-in ones).
 */
export function instrumentFromDraft(draft: InstrumentDraft, bases: readonly Instrument[]): DraftResult {
  const issues: DraftIssue[] = [];
  const code = trimmed(draft.code);
  const name = trimmed(draft.name);
  if (!INSTRUMENT_CODE_RE.test(code)) issues.push({ path: 'code', message: text('periods.instrument.codeFormat') });
  if (bases.some((b) => b.code === code)) issues.push({ path: 'code', message: text('periods.instrument.codeReserved', { code }) });
  if (name === '' || name.length > INSTRUMENT_NAME_MAX) issues.push({ path: 'name', message: text('periods.instrument.name', { max: INSTRUMENT_NAME_MAX }) });
  const base = bases.find((b) => b.code === draft.base);
  if (!base) {
    issues.push({ path: 'base', message: text('periods.instrument.base') });
    return { ok: false, issues };
  }
  if (draft.elements.length > MAX_ELEMENTS) {
    issues.push({ path: 'elements', message: text('periods.instrument.tooMany', { max: MAX_ELEMENTS }) });
    return { ok: false, issues };
  }
  draft.elements.forEach((row, i) => {
    for (const field of ['name', 'question'] as const) {
      if (trimmed(row[field]).length > ELEMENT_TEXT_MAX) {
        issues.push({ path: `elements.${i}.${field}`, message: text('periods.instrument.textTooLong', { max: ELEMENT_TEXT_MAX }) });
      }
    }
    if (trimmed(row.name) === '' && !base.elements.some((e) => e.code === trimmed(row.code))) {
      issues.push({ path: `elements.${i}.name`, message: text('periods.instrument.elementName') });
    }
  });
  const instrument: Instrument = { code, name: same(name), method: base.method, elements: draft.elements.map((row) => element(row, base)) };
  const seen = new Set(issues.map((i) => i.path));
  for (const issue of validateInstrument(instrument)) {
    const path = formPath(issue.path);
    // One message per field: the draft's own (clearer) message wins over the generic one.
    if (seen.has(path) || path === 'name' || path === 'code') continue;
    // A new element's question is made from its name: the missing name is the one thing to fix.
    if (path.endsWith('.question') && seen.has(path.replace(/question$/, 'name'))) continue;
    seen.add(path);
    issues.push({ path, message: issue.message });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, instrument };
}

/** The issues as the API's `fields` (one message per path, in `lang`). */
export function draftFields(issues: readonly DraftIssue[], lang: Lang): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path] ??= issue.message[lang];
  return fields;
}

/** A draft that starts as a copy of `base` (what the builder form shows first; Indonesian texts, the primary language). */
export function draftOf(base: Instrument): ElementDraft[] {
  return base.elements.map((e) => ({ code: e.code, name: e.name.id, question: e.question.id, weight: e.weight ?? null, optional: e.optional ?? false }));
}

/** The name of an instrument in `lang` for lists ("Permen PAN-RB 14/2017 (skm2017)"). */
export function instrumentLabel(instrument: Instrument, lang: Lang): string {
  return t(lang, 'periods.instrument.label', { name: instrument.name[lang], code: instrument.code });
}
