/**
 * The columns of a responses export, shared by the CSV and the XLSX writer so both files carry
 * the same table. Names follow the paper-import format where one exists (tanggal, layanan,
 * jenis_kelamin, …, saran; element codes as the answer columns) and are fixed, whatever the
 * interface language, so that scripts reading an export keep working.
 */
import type { ExportRow } from '../../db/repositories';

/** A cell: text, a number, or null for "not given" / blank (written as an empty cell). */
export type Cell = string | number | null;

const LEADING = [
  'id',
  'client_id',
  'unit',
  'layanan',
  'instrumen',
  'kanal',
  'dikirim_utc',
  'tanggal',
  'jenis_kelamin',
  'usia',
  'pendidikan',
  'pekerjaan',
  'pekerjaan_lainnya',
] as const;
const TRAILING = ['saran', 'durasi_detik', 'tanda'] as const;

export function responseHeader(elementCodes: readonly string[]): string[] {
  return [...LEADING, ...elementCodes, ...TRAILING];
}

/** One row's cells in header order; an element outside the row's instrument is an empty cell. */
export function responseCells(row: ExportRow, elementCodes: readonly string[]): Cell[] {
  const p = row.profile;
  const cells: Cell[] = [
    row.id,
    row.clientId,
    row.unit,
    row.service,
    row.instrument,
    row.channel,
    row.submittedAt,
    row.localDay,
    p.jenisKelamin,
    p.usia,
    p.pendidikan,
    p.pekerjaan,
    p.pekerjaanLainnya,
  ];
  for (const code of elementCodes) cells.push(row.answers[code] ?? null);
  cells.push(row.saran, row.completionSeconds, row.flags.length > 0 ? row.flags.join(',') : null);
  return cells;
}
