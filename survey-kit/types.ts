/**
 * Shared domain types of survey-kit. Everything here is plain data: no I/O, no zod
 * (browser bundles import survey-kit and must stay small).
 */

/** A score on the four-point scale of the 2017 and 2004 methods. */
export type Score = 1 | 2 | 3 | 4;
export const SCORES: readonly Score[] = [1, 2, 3, 4] as const;

/** The category table an instrument's results are read on. */
export type Method = '2017' | '2004';

export type Lang = 'id' | 'en';
/** User-facing text, Bahasa Indonesia first. */
export interface Text {
  id: string;
  en: string;
}

export interface ElementDef {
  /** Stable identifier; elements are never identified by position. */
  code: string;
  name: Text;
  question: Text;
  /** Answer labels for scores 1..4, in score order. */
  labels: readonly [Text, Text, Text, Text];
  /** Respondent may skip it (e.g. "biaya" for insured patients). Blank answers are always allowed in tallies. */
  optional?: boolean;
  /**
   * Custom weight as a decimal string ("0.15") or fraction ("1/9"); when any element has one,
   * every element must have one and they must add up to exactly 1.
   */
  weight?: string;
}

export interface Instrument {
  code: string;
  name: Text;
  method: Method;
  elements: readonly ElementDef[];
}

/** Answer counts of one element: how many respondents gave each score, and how many left it blank. */
export interface ElementTally {
  1: number;
  2: number;
  3: number;
  4: number;
  /** Respondents who were asked but left the element blank (excluded from the NRR). */
  blank?: number;
}

/** Tallies per element code. */
export type Tallies = Record<string, ElementTally>;

export type Mutu = 'A' | 'B' | 'C' | 'D';
export type Kinerja = 'Sangat baik' | 'Baik' | 'Kurang baik' | 'Tidak baik';

/** Per-element part of an IKM result (shape of `skm ikm --json`). */
export interface ElementResult {
  code: string;
  /** Respondents who answered (non-blank); null when computed from NRRs only. */
  answered: number | null;
  /** Unrounded NRR (nearest double to the exact rational), null when nobody answered. */
  nrr: number | null;
  /** Exact weight as a fraction string, e.g. "1/9". */
  weight: string;
  /**
   * Weight actually used, as a fraction string: equals `weight` unless some element had no
   * answer, in which case the answered elements' weights are rescaled to sum to 1 ("0" when excluded).
   */
  effectiveWeight?: string;
  /** True when nobody answered the element: it is left out of the IKM (nrr is then null). */
  excluded?: boolean;
  /** NRR × effective weight, unrounded (these add up to the IKM). */
  weightedNrr: number | null;
  /** NRR × 25 rounded half-up to 2 decimals. */
  konversi: number | null;
  mutu: Mutu | null;
  kinerja: Kinerja | null;
  /** 95% confidence interval of the NRR on the konversi scale (25–100), rounded to 2 decimals; null when n < 2. */
  ci95: [number, number] | null;
}

/** Result of an IKM computation (shape of `skm ikm --json`, plus a few extras). */
export interface IkmResult {
  respondents: number | null;
  method: Method;
  elements: ElementResult[];
  /** Unrounded IKM on the 1–4 scale; null when no element was answered. */
  ikm: number | null;
  /** IKM × 25 rounded half-up to 2 decimals. */
  konversi: number | null;
  mutu: Mutu | null;
  kinerja: Kinerja | null;
  /** 95% confidence interval of the konversi, rounded to 2 decimals; null when it cannot be estimated. */
  ci95: [number, number] | null;
}

/** Channels a response can arrive through. */
export type Channel = 'kiosk' | 'qr' | 'paper' | 'online';
export const CHANNELS: readonly Channel[] = ['kiosk', 'qr', 'paper', 'online'] as const;

export type Sex = 'L' | 'P';
export const SEXES: readonly Sex[] = ['L', 'P'] as const;
export type Education = 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
export const EDUCATIONS: readonly Education[] = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type Occupation = 'PNS' | 'TNI' | 'POLRI' | 'SWASTA' | 'WIRAUSAHA' | 'LAINNYA';
export const OCCUPATIONS: readonly Occupation[] = ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA'] as const;

/** Respondent profile; `null` means "not given" and is never replaced by an invented value. */
export interface Profile {
  jenisKelamin: Sex | null;
  usia: number | null;
  pendidikan: Education | null;
  pekerjaan: Occupation | null;
  /** Free text when pekerjaan is LAINNYA. */
  pekerjaanLainnya: string | null;
}

/** Answers per element code; null = asked but left blank. */
export type Answers = Record<string, Score | null>;

/** IANA time zones of Indonesia's three zones (WIB, WITA, WIT). */
export type IndonesianTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
export const TIME_ZONES: readonly IndonesianTimeZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

/** A calendar day as 'YYYY-MM-DD'. */
export type Day = string;
