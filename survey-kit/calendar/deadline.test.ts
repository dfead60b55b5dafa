import { describe, expect, it } from 'vitest';
import { localDay } from '../time/index';
import { DEFAULT_CALENDAR as cal } from './index';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';
const at = (iso: string) => new Date(iso);

describe('dueDay (days)', () => {
  it('default: by the end of the n-th working day after the day received', () => {
    expect(cal.dueDay('2026-01-12', 1)).toBe('2026-01-13'); // Mon → Tue
    expect(cal.dueDay('2026-01-09', 1)).toBe('2026-01-12'); // Fri → Mon
    expect(cal.dueDay('2026-01-12', 0)).toBe('2026-01-12'); // same-day service
    expect(cal.dueDay('2026-01-12', 5)).toBe('2026-01-20'); // 13, 14, 15, (16 Isra Mikraj), 19, 20
  });
  it('a complaint received on a Saturday counts from the next working day', () => {
    expect(cal.dueDay('2026-01-10', 1)).toBe('2026-01-13'); // Sat → deemed Mon → Tue
    expect(cal.dueDay('2026-01-10', 0)).toBe('2026-01-12');
    expect(cal.dueDay('2026-03-21', 1)).toBe('2026-03-26'); // Idulfitri: deemed Wed 25 → Thu 26
  });
  it('countReceivedDay: the working day of receipt is the first day', () => {
    const rule = { countReceivedDay: true };
    expect(cal.dueDay('2026-01-12', 1, rule)).toBe('2026-01-12');
    expect(cal.dueDay('2026-01-10', 1, rule)).toBe('2026-01-12');
    expect(cal.dueDay('2026-01-12', 2, rule)).toBe('2026-01-13');
    expect(() => cal.dueDay('2026-01-12', 0, rule)).toThrow(RangeError);
  });
  it('rejects fractional or negative deadlines', () => {
    expect(() => cal.dueDay('2026-01-12', 1.5)).toThrow(RangeError);
    expect(() => cal.dueDay('2026-01-12', -1)).toThrow(RangeError);
  });
  it('isWithinDays and workingDaysTaken agree, for services counted in days', () => {
    // Izin trayek, 10 working days, received Tue 17 March 2026: 18–24 March and Good Friday
    // (3 April) are off: 25, 26, 27, 30, 31 March, 1, 2, 6, 7, 8 April.
    expect(cal.dueDay('2026-03-17', 10)).toBe('2026-04-08');
    expect(cal.isWithinDays('2026-03-17', '2026-04-08', 10)).toBe(true);
    expect(cal.isWithinDays('2026-03-17', '2026-04-09', 10)).toBe(false);
    expect(cal.workingDaysTaken('2026-03-17', '2026-04-08')).toBe(10);
    expect(cal.workingDaysTaken('2026-03-17', '2026-04-03')).toBe(8); // Good Friday counts as Monday 6
    expect(cal.workingDaysTaken('2026-03-17', '2026-03-17')).toBe(0);
    expect(cal.workingDaysTaken('2026-03-17', '2026-03-17', { countReceivedDay: true })).toBe(1);
    // Finished on Saturday after a Friday due day: counted as Monday, so late.
    expect(cal.workingDaysTaken('2026-01-08', '2026-01-10')).toBe(2);
    expect(cal.isWithinDays('2026-01-08', '2026-01-10', 1)).toBe(false);
    expect(() => cal.workingDaysTaken('2026-01-10', '2026-01-08')).toThrow(RangeError);
  });
});

describe('deadline (instants in the unit time zone)', () => {
  it('is the last millisecond of the due day, local time', () => {
    // Mon 12 Jan 2026 10:00 WIB → due Tue 13 Jan, 23:59:59.999 WIB = 16:59:59.999Z.
    const d = cal.deadline(at('2026-01-12T03:00:00Z'), 1, WIB);
    expect(d.toISOString()).toBe('2026-01-13T16:59:59.999Z');
    expect(localDay(d, WIB)).toBe('2026-01-13');
    expect(localDay(new Date(d.getTime() + 1), WIB)).toBe('2026-01-14');
  });
  it('Saturday receipt: default vs countReceivedDay', () => {
    const sat = at('2026-01-10T03:00:00Z');
    expect(cal.deadline(sat, 1, WIB).toISOString()).toBe('2026-01-13T16:59:59.999Z');
    expect(cal.deadline(sat, 1, WIB, { countReceivedDay: true }).toISOString()).toBe('2026-01-12T16:59:59.999Z');
  });
  it('2026-12-31T16:30Z is 31 Dec in WIB but 1 Jan 2027 (a holiday) in WITA and WIT', () => {
    const received = at('2026-12-31T16:30:00Z');
    expect(localDay(received, WIB)).toBe('2026-12-31'); // 23:30 WIB, Thursday
    expect(localDay(received, WITA)).toBe('2027-01-01'); // 00:30 WITA
    expect(localDay(received, WIT)).toBe('2027-01-01'); // 01:30 WIT
    // WIB: 31 Dec counts as received; next working day Mon 4 Jan.
    expect(cal.deadline(received, 1, WIB).toISOString()).toBe('2027-01-04T16:59:59.999Z');
    // WITA/WIT: deemed received Mon 4 Jan; Tue 5 Jan is Isra Mikraj; due Wed 6 Jan.
    expect(cal.deadline(received, 1, WITA).toISOString()).toBe('2027-01-06T15:59:59.999Z');
    expect(cal.deadline(received, 1, WIT).toISOString()).toBe('2027-01-06T14:59:59.999Z');
    const counted = { countReceivedDay: true };
    expect(cal.deadline(received, 1, WIB, counted).toISOString()).toBe('2026-12-31T16:59:59.999Z');
    expect(cal.deadline(received, 1, WIT, counted).toISOString()).toBe('2027-01-04T14:59:59.999Z');
  });
  it('isWithin compares with the deadline, inclusive', () => {
    const received = at('2026-12-31T16:30:00Z');
    const answered = at('2027-01-04T16:00:00Z'); // 23:00 WIB Monday
    expect(cal.isWithin(received, answered, 1, WIB)).toBe(true);
    expect(cal.isWithin(received, answered, 1, WIB, { countReceivedDay: true })).toBe(false);
    expect(cal.isWithin(received, at('2027-01-04T16:59:59.999Z'), 1, WIB)).toBe(true);
    expect(cal.isWithin(received, at('2027-01-04T17:00:00.000Z'), 1, WIB)).toBe(false);
    expect(cal.isWithin(received, at('2027-01-06T14:00:00Z'), 1, WIT)).toBe(true);
    expect(() => cal.isWithin(received, new Date('nope'), 1, WIB)).toThrow(RangeError);
    expect(() => cal.deadline(received, 1, 'Mars/Olympus')).toThrow(RangeError);
  });
  it('elapsedWorkingDays counts like deadlines', () => {
    // Sat 10 Jan → Tue 13 Jan 16:00 WIB: deemed Mon, so 1.
    expect(cal.elapsedWorkingDays(at('2026-01-10T03:00:00Z'), at('2026-01-13T09:00:00Z'), WIB)).toBe(1);
    expect(cal.elapsedWorkingDays(at('2026-01-12T01:00:00Z'), at('2026-01-12T09:00:00Z'), WIB)).toBe(0);
    // 23:30 WIB on 31 Dec, answered 09:00 WIB on 6 Jan: 4 Jan and 6 Jan.
    expect(cal.elapsedWorkingDays(at('2026-12-31T16:30:00Z'), at('2027-01-06T02:00:00Z'), WIB)).toBe(2);
    expect(cal.elapsedWorkingDays(at('2026-12-31T16:30:00Z'), at('2027-01-06T02:00:00Z'), WIT)).toBe(1);
    expect(() => cal.elapsedWorkingDays(at('2026-01-12T09:00:00Z'), at('2026-01-12T08:00:00Z'), WIB)).toThrow(RangeError);
  });
  it('isWithin ⇔ elapsedWorkingDays ≤ n, for many instants, deadlines, rules and zones', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const start = Date.parse('2025-12-01T00:00:00Z');
    const span = Date.parse('2028-02-01T00:00:00Z') - start;
    let late = 0;
    for (let i = 0; i < 3000; i++) {
      const received = new Date(start + Math.floor(random() * span));
      const answered = new Date(received.getTime() + Math.floor(random() * 20 * 86_400_000));
      const tz = [WIB, WITA, WIT][i % 3]!;
      const rule = { countReceivedDay: i % 2 === 0 };
      const n = Math.floor(random() * 10) + 1;
      const within = cal.isWithin(received, answered, n, tz, rule);
      expect(within, `${received.toISOString()} ${answered.toISOString()} ${n} ${tz}`).toBe(
        cal.elapsedWorkingDays(received, answered, tz, rule) <= n,
      );
      if (!within) late++;
    }
    expect(late).toBeGreaterThan(300);
    expect(late).toBeLessThan(2700);
  });
});
