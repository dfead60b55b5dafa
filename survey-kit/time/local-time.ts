/**
 * Times typed by staff or read from files: an instant with an offset ("2026-03-02T09:15:00+08:00",
 * "…Z") is taken as is; a wall-clock time without one ("2026-03-02T09:15", "02/03/2026 09.15",
 * a bare day) is read in the unit's zone. Indonesian zones have no daylight saving time.
 */
import { dayStartUtc, isValidDay } from './index';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;
const DMY_LOCAL = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[T ,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;
/** "2 Maret 2026 09.15", "02 Mar 2026": how Indonesian exports often print dates. */
const DAY_MONTH_NAME = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:[T ,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/i;
const MONTHS: readonly string[][] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'pebruari', 'february'],
  ['maret', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['agustus', 'agu', 'agt', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov', 'nop', 'nopember'],
  ['desember', 'des', 'dec', 'december'],
];

function build(y: string, m: string, d: string, hh: string | undefined, mm: string | undefined, ss: string | undefined, timeZone: string): Date | null {
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!isValidDay(day)) return null;
  const [h, min, s] = [Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  return new Date(dayStartUtc(day, timeZone).getTime() + ((h * 60 + min) * 60 + s) * 1000);
}

/** The instant `value` names in `timeZone`, or null when it is not a date and time this reads. */
export function parseLocalTime(value: string, timeZone: string): Date | null {
  const v = value.trim();
  if (WITH_OFFSET.test(v)) {
    const at = new Date(v);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const iso = ISO_LOCAL.exec(v);
  if (iso) return build(iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5], iso[6], timeZone);
  const dmy = DMY_LOCAL.exec(v);
  if (dmy) return build(dmy[3]!, dmy[2]!, dmy[1]!, dmy[4], dmy[5], dmy[6], timeZone);
  const named = DAY_MONTH_NAME.exec(v);
  const month = named ? MONTHS.findIndex((names) => names.includes(named[2]!.toLowerCase())) : -1;
  if (named && month >= 0) return build(named[3]!, String(month + 1), named[1]!, named[4], named[5], named[6], timeZone);
  return null;
}

/** "2026-03-02T09:15" in `timeZone`: the value of a datetime-local input. */
export function localInputValue(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
