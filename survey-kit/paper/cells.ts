/**
 * Readers of single cells of a paper-questionnaire table. Each returns the value, `null` for an
 * empty cell ("not given" / "not answered"), or `INVALID`. Cells arrive already converted to
 * strings (CSV text or XLSX values), so every reader trims first.
 */
import { EDUCATIONS, OCCUPATIONS, SEXES } from '../types';
import type { Day, Education, Occupation, Score, Sex } from '../types';
import { isValidDay } from '../time';

export const INVALID = Symbol('invalid');
export type Cell<T> = T | null | typeof INVALID;

/** Scores by character code: '1'–'4', 'a'–'d', 'A'–'D'. */
const SCORE_BY_CHAR: ReadonlyMap<number, Score> = new Map(
  (['1', '2', '3', '4', 'a', 'b', 'c', 'd', 'A', 'B', 'C', 'D'] as const).map((c, i) => [c.charCodeAt(0), ((i % 4) + 1) as Score]),
);

export function readScore(raw: string): Cell<Score> {
  // Fast path for the common one-character cell (files run to 100,000 rows × 9 elements).
  const s = raw.length === 1 ? raw : raw.trim();
  if (s === '') return null;
  if (s.length !== 1) return INVALID;
  return SCORE_BY_CHAR.get(s.charCodeAt(0)) ?? (s === ' ' ? null : INVALID);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Indonesian spreadsheets write day first; one-digit day and month are common (5/3/2026).
const DMY_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function readDay(raw: string): Cell<Day> {
  const s = raw.trim();
  if (s === '') return null;
  let day: string | undefined;
  if (ISO_DAY.test(s)) day = s;
  else {
    const m = DMY_DAY.exec(s);
    if (m) day = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return day !== undefined && isValidDay(day) ? day : INVALID;
}

function readCanonical<T extends string>(raw: string, values: readonly T[]): Cell<T> {
  const s = raw.trim().toUpperCase();
  if (s === '') return null;
  return values.find((v) => v === s) ?? INVALID;
}

export const readSex = (raw: string): Cell<Sex> => readCanonical(raw, SEXES);
export const readEducation = (raw: string): Cell<Education> => readCanonical(raw, EDUCATIONS);
export const readOccupation = (raw: string): Cell<Occupation> => readCanonical(raw, OCCUPATIONS);

export function readAge(raw: string): Cell<number> {
  const s = raw.trim();
  if (s === '') return null;
  if (!/^\d{1,3}$/.test(s)) return INVALID;
  const n = Number(s);
  return n <= 120 ? n : INVALID;
}

export function readText(raw: string): string | null {
  const s = raw.trim();
  return s === '' ? null : s;
}
