import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR as cal, ID_HOLIDAYS, WorkingCalendar, workingCalendar } from './index';

/** Independent oracle: walks day by day with Date.getUTCDay and the raw data's dates. */
function oracleBetween(from: string, to: string, off: ReadonlySet<string>): number {
  let n = 0;
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !off.has(iso)) n++;
  }
  return n;
}
const DEFAULT_OFF = new Set(Object.values(ID_HOLIDAYS).flatMap((y) => y.days.map((d) => d.date)));

describe('isWorkingDay', () => {
  it('weekends, holidays and cuti bersama are off; other weekdays are working days', () => {
    expect(cal.isWorkingDay('2026-01-02')).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-01-03')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-01-04')).toBe(false); // Sunday
    expect(cal.isWorkingDay('2026-01-05')).toBe(true); // Monday
    expect(cal.isWorkingDay('2026-01-01')).toBe(false); // Thursday, Tahun Baru
    expect(cal.isWorkingDay('2026-01-16')).toBe(false); // Friday, Isra Mikraj
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // Monday, cuti bersama Imlek
    expect(cal.holiday('2026-02-16')).toEqual({
      date: '2026-02-16',
      name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili',
      type: 'cuti_bersama',
      origin: 'default',
    });
    expect(cal.holiday('2026-02-18')).toBeUndefined();
  });
  it('rejects malformed days', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => cal.workingDaysBetween('2026-1-1', '2026-01-05')).toThrow(RangeError);
  });
});

describe('addWorkingDays / workingDaysBetween', () => {
  it('skips weekends', () => {
    expect(cal.addWorkingDays('2026-01-09', 1)).toBe('2026-01-12'); // Fri → Mon
    expect(cal.addWorkingDays('2026-01-10', 1)).toBe('2026-01-12'); // Sat → Mon
    expect(cal.addWorkingDays('2026-01-12', 5)).toBe('2026-01-20'); // Fri 16 is Isra Mikraj
    expect(cal.addWorkingDays('2026-01-12', 0)).toBe('2026-01-12');
    expect(cal.addWorkingDays('2026-01-12', -1)).toBe('2026-01-09');
    expect(cal.workingDaysBetween('2026-01-09', '2026-01-12')).toBe(1);
    expect(cal.workingDaysBetween('2026-01-10', '2026-01-11')).toBe(0);
    expect(cal.workingDaysBetween('2026-01-12', '2026-01-12')).toBe(0);
  });
  it('skips holidays and cuti bersama (Idulfitri 2026: 18–24 March off)', () => {
    expect(cal.addWorkingDays('2026-01-15', 1)).toBe('2026-01-19'); // Fri 16 Isra Mikraj
    expect(cal.addWorkingDays('2026-03-17', 1)).toBe('2026-03-25');
    // After Fri 13 March: 16, 17, 25, 26, 27, 30, 31
    expect(cal.workingDaysBetween('2026-03-13', '2026-03-31')).toBe(7);
    expect(cal.workingDaysBetween('2026-03-31', '2026-03-13')).toBe(-7);
  });
  it('crosses the year end 2026 → 2027', () => {
    // 24 Dec cuti, 25 Dec Natal, 26–27 weekend; 1 Jan 2027 Friday; 5 Jan 2027 Isra Mikraj.
    expect(cal.addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(cal.addWorkingDays('2026-12-31', 2)).toBe('2027-01-06');
    expect(cal.addWorkingDays('2027-01-06', -2)).toBe('2026-12-31');
    expect(cal.workingDaysBetween('2026-12-23', '2027-01-06')).toBe(6);
  });
  it('outside the data counts weekends only, and says so', () => {
    expect(cal.coverage).toEqual({ from: '2026-01-01', to: '2027-12-31' });
    expect(cal.covers('2026-06-01')).toBe(true);
    expect(cal.covers('2025-12-31')).toBe(false);
    expect(cal.covers('2028-01-01')).toBe(false);
    expect(cal.coversRange('2026-01-01', '2027-12-31')).toBe(true);
    expect(cal.coversRange('2027-12-23', '2028-01-04')).toBe(false);
    expect(cal.isWorkingDay('2025-12-25')).toBe(true); // a Thursday before the data starts
    expect(cal.isWorkingDay('2028-01-01')).toBe(false); // a Saturday
    // Dec 2027: 24 cuti (Fri); after Thu 23: 27–31 (5), 3 and 4 Jan 2028 (7).
    expect(cal.workingDaysBetween('2027-12-23', '2028-01-04')).toBe(7);
    expect(cal.addWorkingDays('2024-12-31', 1)).toBe('2025-01-01'); // no data: Tahun Baru is not known
    expect(new WorkingCalendar([], []).coverage).toBeNull();
  });
  it('agrees with a day-by-day count over two and a half years', () => {
    const days: string[] = [];
    for (let d = new Date('2025-12-20T00:00:00Z'); d < new Date('2028-01-10T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 11)) {
      days.push(d.toISOString().slice(0, 10));
    }
    for (const from of days.filter((_, i) => i % 5 === 0)) {
      for (const to of days) {
        const expected = from <= to ? oracleBetween(from, to, DEFAULT_OFF) : -oracleBetween(to, from, DEFAULT_OFF);
        expect(cal.workingDaysBetween(from, to), `${from}→${to}`).toBe(expected);
      }
    }
  });
  it('addWorkingDays inverts workingDaysBetween from a working day', () => {
    for (const start of ['2026-03-17', '2026-12-23', '2027-03-05', '2027-05-14']) {
      for (let n = 0; n <= 30; n++) {
        const end = cal.addWorkingDays(start, n);
        expect(cal.workingDaysBetween(start, end)).toBe(n);
        expect(n === 0 || cal.isWorkingDay(end)).toBe(true);
      }
    }
  });
});

describe('organisation edits', () => {
  it('moving Idulfitri 2027: 10 March becomes a working day', () => {
    const edited = workingCalendar({
      removed: ['2027-03-10'],
      added: [{ date: '2027-03-11', name: 'Idulfitri 1448 Hijriah (hasil sidang isbat)', type: 'libur_nasional' }],
    });
    expect(cal.isWorkingDay('2027-03-10')).toBe(false);
    expect(edited.isWorkingDay('2027-03-10')).toBe(true);
    expect(edited.isWorkingDay('2027-03-11')).toBe(false);
    expect(edited.holiday('2027-03-11')?.origin).toBe('organisation');
    // From Fri 5 March 2027 (8 Nyepi, 9 cuti, 10–11 Idulfitri, 12 and 15 cuti): next working day.
    expect(cal.addWorkingDays('2027-03-05', 1)).toBe('2027-03-16');
    expect(edited.addWorkingDays('2027-03-05', 1)).toBe('2027-03-10');
    expect(edited.addWorkingDays('2027-03-05', 2)).toBe('2027-03-16');
    expect(cal.workingDaysBetween('2027-03-05', '2027-03-31')).toBe(10);
    expect(edited.workingDaysBetween('2027-03-05', '2027-03-31')).toBe(11);
    expect(edited.coverage).toEqual(cal.coverage);
  });
  it('added days outside the data count without widening the coverage', () => {
    const edited = workingCalendar({ added: [{ date: '2028-01-03', name: 'Libur daerah', type: 'libur_nasional' }] });
    expect(edited.isWorkingDay('2028-01-03')).toBe(false);
    expect(edited.covers('2028-01-03')).toBe(false);
    expect(edited.holidays('2027-12-24', '2028-12-31').map((d) => d.date)).toEqual([
      '2027-12-24',
      '2027-12-25',
      '2027-12-26',
      '2028-01-03',
    ]);
  });
});
