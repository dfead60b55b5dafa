/**
 * Survey-period presets (a month, a quarter, a semester, a year) and the check of a custom range.
 * Ranges are whole calendar days with both ends included, so a preset ends on the real last day
 * of its last month (28 or 29 February, 30 June, 31 December).
 */
import { t } from '../i18n/index';
import { daysInMonth, isValidDay } from '../time/index';
import type { Day, Lang, Text } from '../types';

export const PERIOD_KINDS = ['month', 'quarter', 'semester', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** How many periods of a kind a year holds (the valid `index` values are 1..count). */
export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = { month: 12, quarter: 4, semester: 2, year: 1 };
const MONTHS_LONG: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, semester: 6, year: 12 };

/** Years a preset or a custom range may name: wide enough for old data and the years ahead. */
export const PERIOD_MIN_YEAR = 2000;
export const PERIOD_MAX_YEAR = 2100;

export interface PeriodRange {
  name: Text;
  startDay: Day;
  endDay: Day;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

function presetName(lang: Lang, kind: PeriodKind, year: number, index: number): string {
  // Indonesian documents number quarters and semesters in Roman numerals (Triwulan IV).
  const number = lang === 'id' ? ROMAN[index - 1]! : String(index);
  switch (kind) {
    case 'month':
      return t(lang, 'periods.preset.month', { month: t(lang, `periods.month.${index}` as 'periods.month.1'), year });
    case 'quarter':
      return t(lang, 'periods.preset.quarter', { number, year });
    case 'semester':
      return t(lang, 'periods.preset.semester', { number, year });
    case 'year':
      return t(lang, 'periods.preset.year', { year });
  }
}

/** True when `kind`/`year`/`index` name a preset (index 1..PERIODS_PER_YEAR[kind]). */
export function isPreset(kind: string, year: number, index: number): kind is PeriodKind {
  return (
    (PERIOD_KINDS as readonly string[]).includes(kind) &&
    Number.isInteger(year) &&
    year >= PERIOD_MIN_YEAR &&
    year <= PERIOD_MAX_YEAR &&
    Number.isInteger(index) &&
    index >= 1 &&
    index <= PERIODS_PER_YEAR[kind as PeriodKind]
  );
}

/**
 * The `index`-th period of `kind` in `year` (1-based: Triwulan IV = quarter 4), named in both
 * languages. Throws a RangeError for an index or year out of range.
 */
export function periodPreset(kind: PeriodKind, year: number, index: number): PeriodRange {
  if (!isPreset(kind, year, index)) throw new RangeError(`No ${kind} ${index} in ${year}`);
  const months = MONTHS_LONG[kind];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    name: { id: presetName('id', kind, year, index), en: presetName('en', kind, year, index) },
    startDay: `${year}-${pad(firstMonth)}-01`,
    endDay: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

export type RangeField = 'startDay' | 'endDay';
export type RangeProblem = 'not_a_day' | 'out_of_range' | 'end_before_start';

export interface RangeIssue {
  field: RangeField;
  problem: RangeProblem;
  message: Text;
}

const message = (key: 'periods.range.notADay' | 'periods.range.outOfRange' | 'periods.range.endBeforeStart', params: Record<string, string | number>): Text => ({
  id: t('id', key, params),
  en: t('en', key, params),
});

/** Problems of a custom range: each end a real day within the allowed years, the end not before the start. */
export function validatePeriodRange(startDay: string, endDay: string): RangeIssue[] {
  const issues: RangeIssue[] = [];
  const ends: [RangeField, string][] = [
    ['startDay', startDay],
    ['endDay', endDay],
  ];
  for (const [field, day] of ends) {
    if (!isValidDay(day)) {
      issues.push({ field, problem: 'not_a_day', message: message('periods.range.notADay', { day }) });
    } else {
      const year = Number(day.slice(0, 4));
      if (year < PERIOD_MIN_YEAR || year > PERIOD_MAX_YEAR) {
        issues.push({ field, problem: 'out_of_range', message: message('periods.range.outOfRange', { min: PERIOD_MIN_YEAR, max: PERIOD_MAX_YEAR }) });
      }
    }
  }
  if (issues.length === 0 && endDay < startDay) {
    issues.push({ field: 'endDay', problem: 'end_before_start', message: message('periods.range.endBeforeStart', { start: startDay, end: endDay }) });
  }
  return issues;
}
