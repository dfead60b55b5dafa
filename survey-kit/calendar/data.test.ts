import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAYS, ID_HOLIDAYS, applyCalendarEdits, holidayDataProblems, type HolidayData } from './index';

const SHARED_JSON = path.resolve(process.cwd(), '../shared/calendar/id-holidays-2026-2027.json');

describe('shipped calendar data (id-holidays.ts)', () => {
  it('equals the checked JSON file when ../shared is present (regenerate with scripts/make-calendar.ts)', () => {
    // The shared folder lives beside the repository on the development machine only.
    if (existsSync(SHARED_JSON)) {
      const json = JSON.parse(readFileSync(SHARED_JSON, 'utf8')) as unknown;
      expect(ID_HOLIDAYS).toEqual(json);
    }
    expect(Object.keys(ID_HOLIDAYS)).toEqual(['2026', '2027']);
  });

  it('is the default and has no problems', () => {
    expect(DEFAULT_HOLIDAYS).toBe(ID_HOLIDAYS);
    expect(holidayDataProblems(ID_HOLIDAYS)).toEqual([]);
  });

  it('keeps the decrees, sources and the counts they announce (2026: 17 + 8, 2027: 18 + 8)', () => {
    const count = (year: string, type: string) => ID_HOLIDAYS[year]!.days.filter((d) => d.type === type).length;
    expect([count('2026', 'libur_nasional'), count('2026', 'cuti_bersama')]).toEqual([17, 8]);
    expect([count('2027', 'libur_nasional'), count('2027', 'cuti_bersama')]).toEqual([18, 8]);
    expect(ID_HOLIDAYS['2026']!.decree).toContain('1497 Tahun 2025');
    expect(ID_HOLIDAYS['2027']!.decree).toContain('1205 Tahun 2026');
    for (const y of ['2026', '2027']) expect(ID_HOLIDAYS[y]!.sources.length).toBeGreaterThan(0);
  });
});

describe('holidayDataProblems', () => {
  const year = (days: HolidayData[string]['days']): HolidayData[string] => ({ decree: 'SKB', sources: ['x'], days });

  it('reports bad years, foreign dates, duplicates, unknown types and a missing decree', () => {
    const data = {
      '26': year([]),
      '2028': year([
        { date: '2028-01-01', name: 'Tahun Baru', type: 'libur_nasional' },
        { date: '2028-01-01', name: 'Tahun Baru', type: 'libur_nasional' },
        { date: '2029-01-01', name: 'Next', type: 'libur_nasional' },
        { date: '2028-02-30', name: 'Bad', type: 'libur_nasional' },
        { date: '2028-03-01', name: 'Odd', type: 'libur' as 'libur_nasional' },
      ]),
      '2029': { decree: ' ', sources: [], days: [] },
    } satisfies HolidayData;
    const problems = holidayDataProblems(data);
    expect(problems).toEqual([
      'year key "26" is not a 4-digit year',
      '2028: 2028-01-01 is listed twice',
      '2028: 2029-01-01 belongs to another year',
      '2028: invalid date "2028-02-30"',
      '2028: 2028-03-01 has unknown type "libur"',
      '2029: no decree',
      '2029: no sources',
    ]);
    expect(() => applyCalendarEdits(data)).toThrow(RangeError);
  });
});

describe('applyCalendarEdits', () => {
  it('removes first, then adds (an added date replaces a default one), sorted, with origins', () => {
    const days = applyCalendarEdits(ID_HOLIDAYS, {
      removed: ['2027-03-10', '2027-04-01'],
      added: [
        { date: '2027-03-12', name: 'Idulfitri 1448 Hijriah', type: 'libur_nasional' },
        { date: '2027-03-16', name: 'Cuti Bersama Idulfitri 1448 Hijriah', type: 'cuti_bersama' },
      ],
    });
    const march = days.filter((d) => d.date.startsWith('2027-03-0') || d.date.startsWith('2027-03-1'));
    expect(march.map((d) => `${d.date} ${d.type} ${d.origin}`)).toEqual([
      '2027-03-08 libur_nasional default',
      '2027-03-09 cuti_bersama default',
      '2027-03-11 libur_nasional default',
      '2027-03-12 libur_nasional organisation',
      '2027-03-15 cuti_bersama default',
      '2027-03-16 cuti_bersama organisation',
    ]);
    expect(days.length).toBe(25 + 26 - 1 + 1);
  });

  it('rejects invalid edits', () => {
    expect(() => applyCalendarEdits(ID_HOLIDAYS, { removed: ['2027-3-10'] })).toThrow(RangeError);
    expect(() =>
      applyCalendarEdits(ID_HOLIDAYS, { added: [{ date: '2027-13-01', name: 'x', type: 'cuti_bersama' }] }),
    ).toThrow(RangeError);
    expect(() =>
      applyCalendarEdits(ID_HOLIDAYS, { added: [{ date: '2027-03-16', name: '', type: 'cuti_bersama' }] }),
    ).toThrow(RangeError);
  });
});
