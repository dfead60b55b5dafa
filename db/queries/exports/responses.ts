/**
 * Streaming read of responses for the CSV/XLSX exports.
 *
 * Why chunks of `.all()` and not one `.iterate()`: while a better-sqlite3 iterator is open its
 * connection refuses every other statement ("connection is busy"), and an export paced by a slow
 * client may take minutes. So each chunk (a few hundred rows, found by an id range) is one short
 * statement read to the end; between chunks other work runs, and no read transaction stays open
 * long enough to hold back WAL checkpoints. The id bounds are fixed when the export starts, so rows
 * stored meanwhile are not picked up and a growing table cannot keep an export running. Rows stay
 * in id order (stable, resumable).
 *
 * A database file is read through a connection of the export's own, read-only and with a small
 * page cache: a pass over a million rows then neither evicts the pages the application keeps hot
 * (rollups, recent responses) nor grows the shared connection's cache to its ceiling. An in-memory
 * database (tests) has one connection only, which is then used.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Answers, Channel, Day, Profile } from '../../../survey-kit/types';
import type { ExportFilter, ExportRepository, ExportRow, ResponseFlag } from '../../repositories';
import type { SqliteContext } from '../../sqlite/context';
import { checkScope, rawFilter, unitFilter, type Filter } from '../tallies/scope';

/**
 * Rows per statement. Small on purpose: a chunk stays alive while its rows are written out, and a
 * chunk of 2,000 outlived enough young-generation collections to be moved to the old generation,
 * which then grew by ~80 MB between its collections during a million-row XLSX export
 * (bench/export-memory.ts). 500 keeps it young, and reads a million rows no slower.
 */
const DEFAULT_CHUNK = 500;
/** Page cache of an export's own connection, KiB (SQLite's negative cache_size). */
const READER_CACHE_KIB = 4_096;

/**
 * A row of the chunk statement, read in raw mode (an array, in SELECT order): building an object
 * with named keys for each of a million rows costs more than the SQL itself.
 */
type RawRow = [
  id: number,
  clientId: string,
  unit: string,
  service: string | null,
  instrumentId: number,
  channel: Channel,
  submittedAt: number,
  localDay: Day,
  jenisKelamin: Profile['jenisKelamin'],
  usia: number | null,
  pendidikan: Profile['pendidikan'],
  pekerjaan: Profile['pekerjaan'],
  pekerjaanLainnya: string | null,
  saran: string | null,
  completionSeconds: number | null,
  flags: string | null,
  /** JSON object element code → score (null = blank). */
  answers: string | null,
];

/** The WHERE clause of a filter over `responses r`, shared by every statement of an export. */
function filterOf(filter: ExportFilter): Filter {
  const unit = unitFilter(filter, 'r.unit_id');
  const raw = rawFilter(filter);
  return {
    sql: `${unit.sql} AND r.local_day BETWEEN ? AND ? AND ${raw.sql}`,
    params: [...unit.params, filter.from, filter.to, ...raw.params],
  };
}

export function elementCodesQuery(ctx: SqliteContext): ExportRepository['elementCodes'] {
  return async (filter) => {
    if (!checkScope(filter)) return [];
    const where = filterOf(filter);
    // This visits every response of the range, like the export itself: on the shared connection it
    // filled its 64 MiB page cache (bench/export-memory.ts: +68 MB resident) before the first row.
    const reader = openReader(ctx);
    let ids: { id: number }[];
    try {
      ids = reader
        .statement(`SELECT DISTINCT r.instrument_id AS id FROM responses r WHERE ${where.sql} ORDER BY r.instrument_id`)
        .all(where.params) as { id: number }[];
    } finally {
      reader.close();
    }
    const codes = new Set<string>();
    for (const { id } of ids) for (const code of ctx.lookups.instrument(id).elements) codes.add(code);
    return [...codes];
  };
}

function toExportRow(ctx: SqliteContext, row: RawRow): ExportRow {
  const [id, clientId, unit, service, instrumentId, channel, submittedAt, localDay, jenisKelamin, usia, pendidikan, pekerjaan, pekerjaanLainnya, saran, completionSeconds, flags, answers] = row;
  return {
    id,
    clientId,
    unit,
    service,
    instrument: ctx.lookups.instrument(instrumentId).code,
    channel,
    submittedAt: new Date(submittedAt).toISOString(),
    localDay,
    profile: { jenisKelamin, usia, pendidikan, pekerjaan, pekerjaanLainnya },
    answers: answers === null ? {} : (JSON.parse(answers) as Answers),
    saran,
    completionSeconds,
    flags: flags ? (flags.split(',') as ResponseFlag[]) : [],
  };
}

interface Reader {
  statement(sql: string): BetterSqlite3.Statement;
  close(): void;
}

function openReader(ctx: SqliteContext): Reader {
  if (ctx.sqlite.memory) return { statement: (sql) => ctx.statement(sql), close: () => {} };
  const connection = new BetterSqlite3(ctx.sqlite.name, { readonly: true, fileMustExist: true });
  connection.pragma('busy_timeout = 5000');
  connection.pragma(`cache_size = -${READER_CACHE_KIB}`);
  return { statement: (sql) => connection.prepare(sql), close: () => connection.close() };
}

async function* readChunks(ctx: SqliteContext, filter: ExportFilter, chunkSize: number): AsyncGenerator<ExportRow> {
  if (!checkScope(filter)) return;
  const reader = openReader(ctx);
  try {
    yield* readWith(ctx, reader, filter, chunkSize);
  } finally {
    reader.close();
  }
}

async function* readWith(ctx: SqliteContext, reader: Reader, filter: ExportFilter, chunkSize: number): AsyncGenerator<ExportRow> {
  const where = filterOf(filter);
  // The filter's first and last id (through the unit/day indexes): a narrow range of days is a
  // narrow range of ids, since ids follow arrival, so the chunks never walk the whole table.
  const bounds = reader
    .statement(`SELECT min(r.id) AS first, max(r.id) AS last FROM responses r WHERE ${where.sql}`)
    .get(where.params) as { first: number | null; last: number | null };
  if (bounds.first === null || bounds.last === null) return;
  // NOT INDEXED: walk the rowid range in order; an index on (unit, day) would make every chunk
  // sort all matching rows again to find the next ones by id.
  const chunk = reader.statement(
    `SELECT r.id, r.client_id, u.slug, s.slug, r.instrument_id, r.channel, r.submitted_at, r.local_day,
       r.jenis_kelamin, r.usia, r.pendidikan, r.pekerjaan, r.pekerjaan_lainnya, r.saran, r.completion_seconds, r.flags,
       (SELECT json_group_object(a.element_code, a.score) FROM response_answers a WHERE a.response_id = r.id) AS answers
     FROM responses r NOT INDEXED
     JOIN units u ON u.id = r.unit_id
     LEFT JOIN services s ON s.id = r.service_id
     WHERE r.id BETWEEN ? AND ? AND ${where.sql}
     ORDER BY r.id LIMIT ?`,
  );
  chunk.raw(true);
  let next = bounds.first;
  for (;;) {
    const rows = chunk.all(next, bounds.last, ...where.params, chunkSize) as RawRow[];
    for (const row of rows) yield toExportRow(ctx, row);
    const last = rows.at(-1);
    if (rows.length < chunkSize || last === undefined || last[0] >= bounds.last) return;
    next = last[0] + 1;
    // A macrotask between chunks: even when the consumer never waits for I/O, submissions and
    // page requests get the connection in between.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

export function exportResponsesQuery(ctx: SqliteContext): ExportRepository['responses'] {
  return (filter, options) => {
    const chunkSize = Math.max(1, Math.floor(options?.chunkSize ?? DEFAULT_CHUNK));
    return { [Symbol.asyncIterator]: () => readChunks(ctx, filter, chunkSize) };
  };
}
