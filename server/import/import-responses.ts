/**
 * Loads a table of paper questionnaires into the database, all or nothing: every row is checked
 * first (format, dates, the service it names) and `insertMany` is called once, only when no row
 * has a problem. The IKM of the imported rows is computed from the rows themselves.
 */
import type { Database, NewResponse, Service, StoredInstrument, Unit } from '../../db/repositories';
import { computeIkm, localDay, noonUtc, SKM_2017, text } from '../../survey-kit';
import type { Day, IkmResult, Instrument, MessageKey, MessageParams, Method, Text } from '../../survey-kit';
import { normaliseHeader, tallyPaperRows, validatePaperTable } from '../../survey-kit/paper';
import type { PaperError, PaperRow, PaperTable } from '../../survey-kit/paper';
import { readDay } from '../../survey-kit/paper/cells';
import { importClientIds } from './client-ids';

/** A problem with the request itself (not with a row): unknown unit or service. */
export class ImportError extends Error {
  readonly text: Text;
  constructor(key: MessageKey, params: MessageParams) {
    const message = text(key, params);
    super(message.en);
    this.name = 'ImportError';
    this.text = message;
  }
}

export interface ImportOptions {
  unitSlug: string;
  /** Service of the rows whose `layanan` cell is empty (a `layanan` cell names its own). */
  serviceSlug?: string;
  table: PaperTable;
  channel?: 'paper';
  /** The import instant: submitted-at of rows without `tanggal`, and "today" for the future-date check. */
  now?: Date;
}

export interface IkmGroup {
  instrumentCode: string;
  method: Method;
  rows: number;
  ikm: IkmResult;
}

export type ImportReport =
  | { ok: true; imported: number; unit: string; results: IkmGroup[] }
  | { ok: false; checked: number; errors: PaperError[] };

export async function importResponses(db: Database, opts: ImportOptions): Promise<ImportReport> {
  const now = opts.now ?? new Date();
  const unit = await db.units.bySlug(opts.unitSlug);
  if (!unit) throw new ImportError('paper.unitNotFound', { unit: opts.unitSlug });
  const services = await db.services.listByUnit(unit.id);
  let defaultService: Service | null = null;
  if (opts.serviceSlug !== undefined) {
    defaultService = services.find((s) => s.slug === opts.serviceSlug) ?? null;
    if (!defaultService) throw new ImportError('paper.serviceNotFound', { service: opts.serviceSlug, unit: unit.slug });
  }

  const { table } = opts;
  const today = localDay(now, unit.timeZone);
  const instrumentOf = instrumentResolver(db, unit);
  // The instrument depends on the row's day (the period in force), so rows are grouped by it.
  const dateColumn = table.header.findIndex((h) => normaliseHeader(h) === 'tanggal');
  const groups = new Map<number, { stored: StoredInstrument; rows: PaperTable['rows'] }>();
  const instrumentOfCell = new Map<string, StoredInstrument>();
  for (const row of table.rows) {
    const raw = dateColumn >= 0 ? (row.cells[dateColumn] ?? '') : '';
    let stored = instrumentOfCell.get(raw);
    if (stored === undefined) {
      const parsed = readDay(raw);
      // An empty or invalid date falls under today's instrument; validation reports the invalid one.
      stored = await instrumentOf(typeof parsed === 'string' ? parsed : today);
      instrumentOfCell.set(raw, stored);
    }
    const group = groups.get(stored.id) ?? { stored, rows: [] };
    group.rows.push(row);
    groups.set(stored.id, group);
  }
  if (groups.size === 0) {
    const stored = await instrumentOf(today);
    groups.set(stored.id, { stored, rows: [] });
  }

  const errors: PaperError[] = [];
  const valid: { stored: StoredInstrument; rows: PaperRow[] }[] = [];
  for (const { stored, rows } of groups.values()) {
    const checked = validatePaperTable({ header: table.header, headerLine: table.headerLine, rows }, stored.instrument);
    errors.push(...checked.errors);
    valid.push({ stored, rows: checked.rows });
  }
  const layananColumn = table.header.find((h) => normaliseHeader(h) === 'layanan')?.trim() ?? 'layanan';
  const tanggalColumn = dateColumn >= 0 ? table.header[dateColumn]!.trim() : 'tanggal';
  const serviceOf = new Map<PaperRow, Service | null>();
  for (const { rows } of valid) {
    for (const row of rows) {
      if (row.day !== null && row.day > today) {
        errors.push({
          line: row.line,
          column: tanggalColumn,
          code: 'future_date',
          message: text('paper.futureDate', { value: row.day, today }),
        });
      }
      if (row.layanan === null) {
        serviceOf.set(row, defaultService);
        continue;
      }
      const wanted = row.layanan.toLowerCase();
      const match = services.find((s) => s.slug.toLowerCase() === wanted || s.name.trim().toLowerCase() === wanted);
      if (match) serviceOf.set(row, match);
      else {
        errors.push({
          line: row.line,
          column: layananColumn,
          code: 'unknown_service',
          message: text('paper.unknownService', {
            value: row.layanan,
            unit: unit.slug,
            services: services.length > 0 ? services.map((s) => s.slug).join(', ') : '—',
          }),
        });
      }
    }
  }
  if (errors.length > 0) return { ok: false, checked: countDataRows(table), errors: dedupeAndSort(errors) };

  // noonUtc goes through Intl time-zone arithmetic; a batch has few distinct days.
  const noon = new Map<Day, Date>();
  const submittedAt = (day: Day | null): Date => {
    if (day === null) return now;
    let at = noon.get(day);
    if (!at) {
      at = noonUtc(day, unit.timeZone);
      noon.set(day, at);
    }
    return at;
  };
  const clientId = importClientIds();
  const inputs: NewResponse[] = valid.flatMap(({ stored, rows }) =>
    rows.map((row) => ({
      clientId: clientId(),
      unitId: unit.id,
      serviceId: serviceOf.get(row)?.id ?? null,
      instrumentId: stored.id,
      channel: opts.channel ?? 'paper',
      deviceId: null,
      submittedAt: submittedAt(row.day),
      answers: row.answers,
      profile: row.profile,
      saran: row.saran,
      completionSeconds: null,
      flags: [],
    })),
  );
  const { inserted } = await db.responses.insertMany(inputs);
  return {
    ok: true,
    imported: inserted,
    unit: unit.slug,
    results: valid.filter((g) => g.rows.length > 0).map(({ stored, rows }) => ikmGroup(stored.instrument, rows)),
  };
}

/** `skm ikm --input`: the IKM of a file without the database. */
export function computeFileIkm(
  table: PaperTable,
  instrument: Instrument,
): { ok: true; respondents: number; ikm: IkmResult } | { ok: false; errors: PaperError[] } {
  const checked = validatePaperTable(table, instrument);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  const group = ikmGroup(instrument, checked.rows);
  return { ok: true, respondents: group.rows, ikm: group.ikm };
}

function ikmGroup(instrument: Instrument, rows: readonly PaperRow[]): IkmGroup {
  return {
    instrumentCode: instrument.code,
    method: instrument.method,
    rows: rows.length,
    ikm: computeIkm(instrument, tallyPaperRows(rows, instrument)),
  };
}

/** The instrument in force on a day: the survey period's, else the built-in 2017 one (cached per day). */
function instrumentResolver(db: Database, unit: Unit): (day: Day) => Promise<StoredInstrument> {
  const byDay = new Map<Day, StoredInstrument>();
  const byId = new Map<number, StoredInstrument>();
  let fallback: StoredInstrument | undefined;
  return async (day) => {
    const cached = byDay.get(day);
    if (cached) return cached;
    const period = await db.periods.current(unit.id, day);
    let stored: StoredInstrument | undefined;
    if (period) {
      stored = byId.get(period.instrumentId) ?? (await db.instruments.byId(period.instrumentId));
    }
    if (!stored) {
      if (!fallback) {
        fallback = await db.instruments.byCode(SKM_2017.code);
        if (!fallback) {
          await db.instruments.ensureBuiltIns();
          fallback = await db.instruments.byCode(SKM_2017.code);
        }
        if (!fallback) throw new Error(`built-in instrument ${SKM_2017.code} missing from the database`);
      }
      stored = fallback;
    }
    byId.set(stored.id, stored);
    byDay.set(day, stored);
    return stored;
  };
}

function countDataRows(table: PaperTable): number {
  return table.rows.filter((r) => r.cells.some((c) => c.trim() !== '')).length;
}

/** Header errors repeat when rows fall under several instruments; show each once, by line. */
function dedupeAndSort(errors: PaperError[]): PaperError[] {
  const seen = new Set<string>();
  const out = errors.filter((e) => {
    const key = `${e.line}\u0000${e.column ?? ''}\u0000${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return out.sort((a, b) => a.line - b.line);
}
