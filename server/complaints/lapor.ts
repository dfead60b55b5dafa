/**
 * Reading a CSV/XLSX export of SP4N-LAPOR! (the national complaint system) into complaints of
 * one unit. All or nothing: any bad line refuses the whole file with one message per line.
 * The column mapping is documented in docs/complaints.md.
 */
import type { ComplaintCategory } from '../../db/repositories';
import { COMPLAINT_CATEGORIES } from '../../db/schema/sqlite';
import type { MessageKey, MessageParams } from '../../survey-kit/i18n/index';
import { parseLocalTime } from '../../survey-kit/time/local-time';

export type LaporField = 'tracking' | 'date' | 'title' | 'body' | 'category' | 'status';

/** Header spellings seen in LAPOR! exports (compared lower-case, spaces and punctuation folded). */
export const LAPOR_HEADERS: Readonly<Record<LaporField, readonly string[]>> = {
  tracking: ['nomor tracking', 'no tracking', 'tracking id', 'kode tracking', 'id laporan', 'nomor laporan', 'no laporan'],
  date: ['tanggal laporan', 'tanggal', 'waktu laporan', 'tanggal dibuat', 'tanggal masuk'],
  title: ['judul', 'judul laporan'],
  body: ['isi laporan', 'isi', 'uraian', 'deskripsi'],
  category: ['kategori', 'kategori laporan'],
  status: ['status', 'status laporan'],
};

/** Words of a LAPOR! category that point at one of the nine elements; anything else is "lainnya". */
const CATEGORY_WORDS: readonly [RegExp, ComplaintCategory][] = [
  [/persyaratan|syarat|dokumen/, 'persyaratan'],
  [/prosedur|alur|mekanisme/, 'prosedur'],
  [/waktu|lama|lambat|antre|antri/, 'waktu'],
  [/biaya|tarif|pungli|pungutan/, 'biaya'],
  [/produk|hasil layanan|sertifikat|izin salah/, 'produk'],
  [/kompetensi|kemampuan/, 'kompetensi'],
  [/perilaku|sikap|petugas|pelayanan petugas/, 'perilaku'],
  [/sarana|prasarana|fasilitas|gedung|parkir/, 'sarana'],
  [/pengaduan/, 'pengaduan'],
];

export const DESCRIPTION_MAX = 5000;
export const EXTERNAL_REF_MAX = 100;

export interface LaporRow {
  line: number;
  externalRef: string;
  receivedAt: Date;
  category: ComplaintCategory;
  description: string;
  /** The status in LAPOR! at export time, kept on the complaint's first event. */
  laporStatus: string | null;
}

export interface LaporProblem {
  /** null: about the file (e.g. a missing column), not one line. */
  line: number | null;
  key: MessageKey;
  params: MessageParams;
}

export type LaporResult = { ok: true; rows: LaporRow[] } | { ok: false; problems: LaporProblem[] };

export function foldHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[._:#/()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function laporCategory(value: string): ComplaintCategory {
  const v = value.trim().toLowerCase();
  const exact = COMPLAINT_CATEGORIES.find((c) => c === v);
  if (exact) return exact;
  return CATEGORY_WORDS.find(([re]) => re.test(v))?.[1] ?? 'lainnya';
}

export function readLapor(table: { header: readonly string[]; rows: readonly { line: number; cells: readonly string[] }[] }, timeZone: string, now: Date): LaporResult {
  const folded = table.header.map(foldHeader);
  const column = (field: LaporField) => folded.findIndex((h) => LAPOR_HEADERS[field].includes(h));
  const at = { tracking: column('tracking'), date: column('date'), title: column('title'), body: column('body'), category: column('category'), status: column('status') };
  const missing = [at.tracking < 0 ? '"Nomor Tracking"' : null, at.date < 0 ? '"Tanggal Laporan"' : null, at.title < 0 && at.body < 0 ? '"Isi Laporan"' : null].filter((m) => m !== null);
  if (missing.length > 0) return { ok: false, problems: [{ line: null, key: 'complaints.import.missingColumns', params: { columns: missing.join(', ') } }] };
  if (table.rows.length === 0) return { ok: false, problems: [{ line: null, key: 'complaints.import.empty', params: {} }] };

  const problems: LaporProblem[] = [];
  const rows: LaporRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
    const ref = cell(at.tracking);
    const problem = (key: MessageKey, params: MessageParams = {}) => problems.push({ line, key, params });
    if (ref === '') problem('complaints.import.noTracking');
    else if (ref.length > EXTERNAL_REF_MAX) problem('complaints.import.trackingTooLong', { max: EXTERNAL_REF_MAX });
    else if (firstLine.has(ref)) problem('complaints.import.duplicateInFile', { ref, first: firstLine.get(ref)! });
    else firstLine.set(ref, line);
    const rawDate = cell(at.date);
    const receivedAt = rawDate === '' ? null : parseLocalTime(rawDate, timeZone);
    if (receivedAt === null) problem('complaints.import.badDate', { value: rawDate });
    else if (receivedAt.getTime() > now.getTime()) problem('complaints.import.futureDate', { value: rawDate });
    const title = cell(at.title);
    const body = cell(at.body);
    const description = title !== '' && body !== '' && title !== body ? `${title}\n\n${body}` : title || body;
    if (description === '') problem('complaints.import.noText');
    else if (description.length > DESCRIPTION_MAX) problem('complaints.import.textTooLong', { max: DESCRIPTION_MAX });
    if (receivedAt !== null && ref !== '' && description !== '') {
      const status = cell(at.status);
      rows.push({ line, externalRef: ref, receivedAt, category: laporCategory(cell(at.category)), description, laporStatus: status === '' ? null : status });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
