/**
 * `GET /api/v1/exports/responses.csv|responses.xlsx|ikm.xlsx?unit=&service=&from=&to=&channel=`
 * (`&sep=semicolon` for a CSV that Indonesian-locale Excel opens in columns).
 *
 * Signed-in only: admins and viewers every unit, operators their own units (all units = theirs).
 * Responses stream with backpressure, without a row cap; see server/exports/.
 */
import { Hono, type Context } from 'hono';
import type { ExportFilter, Unit } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/index';
import { t } from '../../survey-kit/i18n/index';
import { requirePermission, requireUnitScope, requireUser } from '../auth/guard';
import type { AppEnv } from '../env';
import { responseCells, responseHeader, type Cell } from '../exports/columns';
import { csvStream } from '../exports/csv';
import { exportIkm } from '../exports/ikm-report';
import { ikmWorkbook } from '../exports/ikm-workbook';
import { attachment, csvSeparator, exportFilename, parseExportQuery, resolveScope, type ExportQuery, type ExportScope } from '../exports/scope';
import { xlsxResponsesStream } from '../exports/xlsx-responses';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The permission check of every export: results of one unit, or the units the caller may read
 * (null = every unit). 401 when nobody is signed in, 403 for another unit's results.
 */
function exportUnitIds(c: Context<AppEnv>, unit: Unit | null): readonly number[] | null {
  if (unit) {
    requirePermission(c, 'results', 'read', unit);
    return [unit.id];
  }
  return requireUnitScope(c, 'results', 'read');
}

interface Prepared {
  query: ExportQuery;
  scope: ExportScope;
  unitIds: readonly number[] | null;
  filter: ExportFilter;
}

async function prepare(c: Context<AppEnv>): Promise<Prepared> {
  // Sign-in first: an anonymous caller learns nothing, not even whether a unit exists.
  requireUser(c);
  const lang = c.get('lang');
  const query = parseExportQuery(c.req.query(), lang);
  const scope = await resolveScope(c.get('db'), query, lang);
  const unitIds = exportUnitIds(c, scope.unit);
  const filter: ExportFilter = {
    unitIds,
    ...(scope.service ? { serviceId: scope.service.id } : {}),
    ...(scope.channel ? { channel: scope.channel } : {}),
    from: scope.from,
    to: scope.to,
  };
  return { query, scope, unitIds, filter };
}

function downloadHeaders(type: string, filename: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Disposition': attachment(filename),
    // Personal answers: not kept by shared caches or the browser's back/forward cache.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The header's element codes and the rows as cells, read lazily from the repository. */
async function responseTable(c: Context<AppEnv>, filter: ExportFilter): Promise<{ header: string[]; rows: AsyncIterable<Cell[]> }> {
  const db = c.get('db');
  const found = await db.exports.elementCodes(filter);
  const codes = found.length > 0 ? found : SKM_2017.elements.map((e) => e.code);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const row of db.exports.responses(filter)) yield responseCells(row, codes);
  }
  return { header: responseHeader(codes), rows: rows() };
}

export function exportRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/responses.csv', async (c) => {
      const { query, scope, filter } = await prepare(c);
      const separator = csvSeparator(query);
      const { header, rows } = await responseTable(c, filter);
      const type = `text/csv; charset=utf-8; header=present`;
      return c.body(csvStream(header, rows, separator), 200, downloadHeaders(type, exportFilename('skm', scope, 'csv')));
    })
    .get('/responses.xlsx', async (c) => {
      const { scope, filter } = await prepare(c);
      const { header, rows } = await responseTable(c, filter);
      const stream = xlsxResponsesStream(header, rows, { sheetName: t(c.get('lang'), 'exports.sheet.responses') });
      return c.body(stream, 200, downloadHeaders(XLSX_TYPE, exportFilename('skm', scope, 'xlsx')));
    })
    .get('/ikm.xlsx', async (c) => {
      const { scope, unitIds } = await prepare(c);
      const lang = c.get('lang');
      const { instrument, result } = await exportIkm(c.get('db'), scope, unitIds, lang);
      const bytes = await ikmWorkbook({ lang, ...scope, instrument, result, generatedAt: new Date() });
      return c.body(bytes, 200, downloadHeaders(XLSX_TYPE, exportFilename('ikm', scope, 'xlsx')));
    });
}
