/**
 * Display formatting only (Indonesian conventions: 76,61 and "1 Juli 2026"; English: 76.61 and
 * "1 July 2026"). Values arrive already computed and rounded by survey-kit; nothing here does
 * arithmetic on them. Pages use `formats(Astro.locals.lang)`; the bare functions are Indonesian.
 */
import type { Day, Lang, Mutu } from '../../survey-kit/types';

const LOCALES: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };

export interface Formats {
  lang: Lang;
  /** 76,61 (id) / 76.61 (en); `empty` for null. */
  number(value: number | null, fractionDigits?: number, empty?: string): string;
  /** 48.019 (id) / 48,019 (en). */
  count(value: number | null, empty?: string): string;
  /** "30 September 2026". */
  day(day: Day): string;
  /** "Sep 2026" — a month bucket's label. */
  month(day: Day): string;
  /** "24 Nov 2026 14.05 WIB" in the given zone. */
  instant(at: Date, timeZone: string): string;
  /** 12,5% / 12.5%. */
  percent(value: number | null, fractionDigits?: number, empty?: string): string;
}

const cache = new Map<string, Formats>();

export function formats(lang: Lang): Formats {
  const hit = cache.get(lang);
  if (hit) return hit;
  const locale = LOCALES[lang];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const ints = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const instantFormats = new Map<string, Intl.DateTimeFormat>();
  const f: Formats = {
    lang,
    number: (value, digits = 2, empty = '–') => (value === null ? empty : numberFormat(digits).format(value)),
    count: (value, empty = '–') => (value === null ? empty : ints.format(value)),
    day: (day) => dayFormat.format(new Date(`${day}T00:00:00Z`)),
    month: (day) => monthFormat.format(new Date(`${day.slice(0, 7)}-01T00:00:00Z`)),
    instant: (at, timeZone) => {
      let fmt = instantFormats.get(timeZone);
      if (!fmt) {
        fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
        instantFormats.set(timeZone, fmt);
      }
      return `${fmt.format(at)} ${zoneAbbreviation(timeZone)}`;
    },
    percent: (value, digits = 2, empty = '–') => (value === null ? empty : `${numberFormat(digits).format(value)}%`),
  };
  cache.set(lang, f);
  return f;
}

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
