/**
 * Service transactions from a licensing system's export (CSV/XLSX, read by
 * server/import/read-table.ts) or from the integration API: column names in Bahasa Indonesia or
 * English, services by slug or exact name, dates YYYY-MM-DD or DD/MM/YYYY. Every bad row is
 * reported with its physical line (the API uses the item's index instead); nothing is stored by
 * this module.
 */
import type { NewTransactionInput, Service, Unit } from '../../db/repositories';
import type { MessageKey, MessageParams } from '../../survey-kit/i18n/index';
import { isValidDay } from '../../survey-kit/index';
import type { PaperTable } from '../../survey-kit/paper';

export type TransactionField = 'service' | 'received' | 'completed' | 'reference';

/** One problem; `line` is the file's physical line (or the API item's index). */
export interface TransactionIssue {
  line: number;
  field?: TransactionField;
  key: MessageKey;
  params: MessageParams;
}

export interface ParsedTransaction extends NewTransactionInput {
  line: number;
}

export type ParseResult = { ok: true; rows: ParsedTransaction[] } | { ok: false; issues: TransactionIssue[] };

/** Accepted column titles, compared after lower-casing and turning spaces and hyphens into '_'. */
export const COLUMN_ALIASES: Readonly<Record<TransactionField, readonly string[]>> = {
  service: ['layanan', 'jenis_layanan', 'nama_layanan', 'kode_layanan', 'service', 'service_slug'],
  received: ['tanggal_diterima', 'diterima', 'tanggal_masuk', 'tanggal_permohonan', 'received', 'received_date', 'date_received'],
  completed: ['tanggal_selesai', 'selesai', 'tanggal_terbit', 'completed', 'completed_date', 'date_completed'],
  reference: ['referensi', 'nomor_referensi', 'no_referensi', 'nomor_permohonan', 'no_permohonan', 'reference', 'ref'],
};
const REQUIRED: readonly TransactionField[] = ['service', 'received'];

export function normaliseHeader(title: string): string {
  return title.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;

/** A day from YYYY-MM-DD or DD/MM/YYYY (a time after it is ignored); undefined when invalid. */
export function parseDay(value: string): string | undefined {
  const v = value.trim();
  let day: string | undefined;
  const iso = ISO.exec(v);
  if (iso) day = `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = DMY.exec(v);
  if (dmy) day = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return day !== undefined && isValidDay(day) ? day : undefined;
}

/** Finds a service of the unit by slug, else by exact name (ignoring case and surrounding spaces). */
export function serviceFinder(services: readonly Service[]): (value: string) => Service | undefined {
  const bySlug = new Map(services.map((s) => [s.slug, s]));
  const byName = new Map(services.map((s) => [s.name.trim().toLowerCase(), s]));
  return (value) => {
    const v = value.trim();
    return bySlug.get(v) ?? bySlug.get(v.toLowerCase()) ?? byName.get(v.toLowerCase());
  };
}

/** One transaction as plain values (a file row or an API item). */
export interface RawTransaction {
  line: number;
  service: string;
  received: string;
  completed: string;
  reference: string;
}

/**
 * Checks raw transactions against the unit's services: all good gives the rows to store, any
 * problem gives every problem (never only the first).
 */
export function checkTransactions(unit: Unit, services: readonly Service[], raw: readonly RawTransaction[]): ParseResult {
  const find = serviceFinder(services);
  const issues: TransactionIssue[] = [];
  const rows: ParsedTransaction[] = [];
  const firstLineOf = new Map<string, number>();
  for (const r of raw) {
    const before = issues.length;
    const issue = (field: TransactionField, key: MessageKey, params: MessageParams = {}) => issues.push({ line: r.line, field, key, params });
    let service: Service | undefined;
    if (r.service.trim() === '') issue('service', 'population.row.serviceMissing');
    else {
      service = find(r.service);
      if (!service) issue('service', 'population.row.serviceUnknown', { value: r.service.trim(), unit: unit.slug });
    }
    let received: string | undefined;
    if (r.received.trim() === '') issue('received', 'population.row.receivedMissing');
    else {
      received = parseDay(r.received);
      if (!received) issue('received', 'population.row.dateInvalid', { value: r.received.trim() });
    }
    let completed: string | null = null;
    if (r.completed.trim() !== '') {
      completed = parseDay(r.completed) ?? null;
      if (completed === null) issue('completed', 'population.row.dateInvalid', { value: r.completed.trim() });
      else if (received !== undefined && completed < received) {
        issue('completed', 'population.row.completedBefore', { completed, received });
      }
    }
    const reference = r.reference.trim() === '' ? null : r.reference.trim();
    if (reference !== null) {
      if (reference.length > 200) issue('reference', 'population.row.referenceLong', { max: 200 });
      const first = firstLineOf.get(reference);
      if (first !== undefined) issue('reference', 'population.row.referenceRepeated', { reference, first });
      else firstLineOf.set(reference, r.line);
    }
    if (issues.length === before && service && received !== undefined) {
      rows.push({ line: r.line, unitId: unit.id, serviceId: service.id, reference, receivedDay: received, completedDay: completed });
    }
  }
  if (raw.length === 0) issues.push({ line: 1, key: 'population.file.noRows', params: {} });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}

/** A table read from a file: its header names the columns (see COLUMN_ALIASES). */
export function checkTransactionTable(unit: Unit, services: readonly Service[], table: PaperTable): ParseResult {
  const headerLine = table.headerLine ?? 1;
  const columns = new Map<TransactionField, number>();
  table.header.forEach((title, index) => {
    const name = normaliseHeader(title);
    for (const [field, aliases] of Object.entries(COLUMN_ALIASES) as [TransactionField, readonly string[]][]) {
      if (aliases.includes(name) && !columns.has(field)) columns.set(field, index);
    }
  });
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((field) => ({ line: headerLine, field, key: 'population.file.columnMissing' as const, params: { column: COLUMN_ALIASES[field][0]!, accepted: COLUMN_ALIASES[field].join(', ') } })),
    };
  }
  const cell = (cells: readonly string[], field: TransactionField) => {
    const i = columns.get(field);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const raw = table.rows.map((r) => ({
    line: r.line,
    service: cell(r.cells, 'service'),
    received: cell(r.cells, 'received'),
    completed: cell(r.cells, 'completed'),
    reference: cell(r.cells, 'reference'),
  }));
  const result = checkTransactions(unit, services, raw);
  if (!result.ok) for (const i of result.issues) if (i.key === 'population.file.noRows') i.line = headerLine;
  return result;
}
