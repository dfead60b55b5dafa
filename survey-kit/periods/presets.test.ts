import { describe, expect, it } from 'vitest';
import { PERIODS_PER_YEAR, isPreset, periodPreset, validatePeriodRange } from './presets';
import { addDays, daysBetween } from '../time/index';

describe('periodPreset', () => {
  it('names and bounds every month, the last day included', () => {
    expect(periodPreset('month', 2026, 1)).toEqual({ name: { id: 'Januari 2026', en: 'January 2026' }, startDay: '2026-01-01', endDay: '2026-01-31' });
    expect(periodPreset('month', 2026, 4)).toMatchObject({ name: { id: 'April 2026' }, startDay: '2026-04-01', endDay: '2026-04-30' });
    expect(periodPreset('month', 2026, 12)).toMatchObject({ name: { id: 'Desember 2026' }, startDay: '2026-12-01', endDay: '2026-12-31' });
  });

  it('ends February on the 28th, or the 29th in leap years (2000 and 2024 yes; 2026 and 2100 no)', () => {
    expect(periodPreset('month', 2026, 2).endDay).toBe('2026-02-28');
    expect(periodPreset('month', 2024, 2).endDay).toBe('2024-02-29');
    expect(periodPreset('month', 2000, 2).endDay).toBe('2000-02-29');
    expect(periodPreset('month', 2100, 2).endDay).toBe('2100-02-28');
    expect(periodPreset('quarter', 2028, 1)).toMatchObject({ startDay: '2028-01-01', endDay: '2028-03-31' });
    expect(daysBetween(periodPreset('semester', 2028, 1).startDay, periodPreset('semester', 2028, 1).endDay) + 1).toBe(182);
    expect(daysBetween(periodPreset('year', 2028, 1).startDay, periodPreset('year', 2028, 1).endDay) + 1).toBe(366);
    expect(daysBetween(periodPreset('year', 2026, 1).startDay, periodPreset('year', 2026, 1).endDay) + 1).toBe(365);
  });

  it('names quarters, semesters and years the Indonesian way', () => {
    expect(periodPreset('quarter', 2026, 1)).toEqual({ name: { id: 'Triwulan I 2026', en: 'Quarter 1 2026' }, startDay: '2026-01-01', endDay: '2026-03-31' });
    expect(periodPreset('quarter', 2026, 2)).toMatchObject({ name: { id: 'Triwulan II 2026' }, startDay: '2026-04-01', endDay: '2026-06-30' });
    expect(periodPreset('quarter', 2026, 3)).toMatchObject({ name: { id: 'Triwulan III 2026' }, startDay: '2026-07-01', endDay: '2026-09-30' });
    expect(periodPreset('quarter', 2026, 4)).toMatchObject({ name: { id: 'Triwulan IV 2026' }, startDay: '2026-10-01', endDay: '2026-12-31' });
    expect(periodPreset('semester', 2026, 1)).toEqual({ name: { id: 'Semester I 2026', en: 'Half-year 1 2026' }, startDay: '2026-01-01', endDay: '2026-06-30' });
    expect(periodPreset('semester', 2026, 2)).toMatchObject({ name: { id: 'Semester II 2026' }, startDay: '2026-07-01', endDay: '2026-12-31' });
    expect(periodPreset('year', 2026, 1)).toEqual({ name: { id: 'Tahun 2026', en: 'Year 2026' }, startDay: '2026-01-01', endDay: '2026-12-31' });
  });

  it('tiles the year without gaps or overlaps for every kind', () => {
    for (const kind of ['month', 'quarter', 'semester', 'year'] as const) {
      for (const year of [2024, 2025]) {
        let expected = `${year}-01-01`;
        for (let i = 1; i <= PERIODS_PER_YEAR[kind]; i++) {
          const p = periodPreset(kind, year, i);
          expect(p.startDay, `${kind} ${i} ${year}`).toBe(expected);
          expected = addDays(p.endDay, 1);
        }
        expect(expected, `${kind} ${year}`).toBe(`${year + 1}-01-01`);
      }
    }
  });

  it('refuses an index or a year out of range', () => {
    expect(() => periodPreset('quarter', 2026, 5)).toThrow(RangeError);
    expect(() => periodPreset('month', 2026, 0)).toThrow(RangeError);
    expect(() => periodPreset('semester', 2026, 3)).toThrow(RangeError);
    expect(() => periodPreset('year', 2026, 2)).toThrow(RangeError);
    expect(() => periodPreset('month', 2026, 1.5)).toThrow(RangeError);
    expect(() => periodPreset('year', 1999, 1)).toThrow(RangeError);
    expect(isPreset('week', 2026, 1)).toBe(false);
    expect(isPreset('month', 2026, 12)).toBe(true);
  });
});

describe('validatePeriodRange', () => {
  it('accepts a range of one day and a range across years', () => {
    expect(validatePeriodRange('2026-03-01', '2026-03-01')).toEqual([]);
    expect(validatePeriodRange('2025-07-01', '2026-06-30')).toEqual([]);
    expect(validatePeriodRange('2024-02-29', '2024-03-31')).toEqual([]);
  });

  it('refuses an end before the start, on the end field', () => {
    const issues = validatePeriodRange('2026-03-31', '2026-03-01');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'endDay', problem: 'end_before_start' });
    expect(issues[0]!.message.id).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');
  });

  it('refuses days that do not exist and years out of range, on each field', () => {
    expect(validatePeriodRange('2026-02-29', '2026-03-31')).toMatchObject([{ field: 'startDay', problem: 'not_a_day' }]);
    expect(validatePeriodRange('2026-01-01', '2026-13-01')).toMatchObject([{ field: 'endDay', problem: 'not_a_day' }]);
    expect(validatePeriodRange('', 'x')).toMatchObject([{ field: 'startDay' }, { field: 'endDay' }]);
    expect(validatePeriodRange('1999-12-31', '2026-01-01')).toMatchObject([{ field: 'startDay', problem: 'out_of_range' }]);
  });
});
