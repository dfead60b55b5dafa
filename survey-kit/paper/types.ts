import type { Answers, Day, Profile, Text } from '../types';

/** A table read from a CSV or XLSX file: cells as strings, with the physical line of each row. */
export interface PaperTable {
  header: string[];
  /** Line of the header row; 1 when omitted. */
  headerLine?: number;
  rows: { line: number; cells: string[] }[];
}

/** One valid paper questionnaire. */
export interface PaperRow {
  line: number;
  /** The `tanggal` column; null when absent or empty. */
  day: Day | null;
  /** Every element of the instrument; null = not answered. */
  answers: Answers;
  profile: Profile;
  /** The `layanan` cell as written (matched to a service by the importer). */
  layanan: string | null;
  saran: string | null;
}

export type PaperErrorCode =
  | 'empty_header'
  | 'no_rows'
  | 'unknown_column'
  | 'unnamed_column'
  | 'duplicate_column'
  | 'missing_column'
  | 'extra_cells'
  | 'invalid_score'
  | 'invalid_date'
  | 'invalid_sex'
  | 'invalid_age'
  | 'invalid_education'
  | 'invalid_occupation'
  | 'lainnya_without_lainnya'
  | 'no_answers'
  // Raised by the importer, which knows the unit:
  | 'unknown_service'
  | 'future_date';

export interface PaperError {
  line: number;
  /** The column as written in the header (element errors and header errors). */
  column?: string;
  code: PaperErrorCode;
  message: Text;
}

export interface PaperValidation {
  rows: PaperRow[];
  errors: PaperError[];
}

/** Optional (non-element) columns of the file format, by their header name. */
export const PAPER_FIELDS = [
  'tanggal',
  'jenis_kelamin',
  'usia',
  'pendidikan',
  'pekerjaan',
  'pekerjaan_lainnya',
  'layanan',
  'saran',
] as const;
export type PaperField = (typeof PAPER_FIELDS)[number];
