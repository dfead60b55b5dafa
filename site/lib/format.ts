/**
 * Display formatting only (Indonesian conventions: 76,61 and "1 Juli 2026"). Values arrive
 * already computed and rounded by survey-kit; nothing here does arithmetic on them.
 */
import type { Day, Mutu } from '../../survey-kit/types';

const decimals = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null, fractionDigits = 2, empty = '–'): string {
  if (value === null) return empty;
  let f = decimals.get(fractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    decimals.set(fractionDigits, f);
  }
  return f.format(value);
}

const integers = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
export function formatCount(value: number | null, empty = '–'): string {
  return value === null ? empty : integers.format(value);
}

const days = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A calendar day as written in Indonesian ("30 September 2026"); the day is zone-free already. */
export function formatDay(day: Day): string {
  return days.format(new Date(`${day}T00:00:00Z`));
}

const ZONES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };
export function zoneAbbreviation(timeZone: string): string {
  return ZONES[timeZone] ?? timeZone;
}

/** Colours of the quality grades, shared by the chart bars and the table badges. */
export const MUTU_COLOURS: Readonly<Record<Mutu, string>> = {
  A: '#15803d',
  B: '#1d4ed8',
  C: '#b45309',
  D: '#b91c1c',
};
export const NO_MUTU_COLOUR = '#9ca3af';
