/**
 * `POST /complaints/import` (multipart: `file` CSV/XLSX export of SP4N-LAPOR! + `unit`): all or
 * nothing. 201 {unit, created}; 400 with every bad line (`error.rows`, `error.fields["line.N"]`)
 * and nothing stored. Column mapping: docs/complaints.md.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { BatchError } from '../../db/errors';
import type { NewComplaintInput } from '../../db/repositories';
import { t, type MessageKey, type MessageParams } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { requirePermission } from '../auth/guard';
import { readLapor, type LaporProblem } from '../complaints/lapor';
import type { AppEnv } from '../env';
import { ApiError, type ApiErrorBody } from '../errors/api-error';
import { apiBodyLimit } from '../errors/body-limit';
import { uploadedTable } from './uploaded-table';

/** Several thousand reports of a year's export. */
export const COMPLAINTS_UPLOAD_LIMIT = 10 * 1024 * 1024;
/** server/app.ts leaves this path out of the API's 64 KB limit: the route applies its own. */
export const COMPLAINTS_IMPORT_PATH = '/api/v1/complaints/import';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function formSchema(lang: Lang) {
  return z.object({
    unit: z.string({ error: t(lang, 'complaints.api.unitRequired') }).regex(SLUG, { error: t(lang, 'complaints.api.unitRequired') }),
    file: z.instanceof(File, { error: t(lang, 'complaints.api.fileRequired') }),
  });
}
const FORM = { id: formSchema('id'), en: formSchema('en') } as const;

type RejectedBody = ApiErrorBody & { error: { rows: { line: number | null; reason: string }[] } };

function rejected(lang: Lang, problems: readonly LaporProblem[]): RejectedBody {
  const fields: Record<string, string> = {};
  const rows = problems.map((p) => ({ line: p.line, reason: t(lang, p.key, p.params) }));
  for (const row of rows) {
    const key = row.line === null ? 'file' : `line.${row.line}`;
    const text = row.line === null ? row.reason : t(lang, 'complaints.import.line', { line: row.line, reason: row.reason });
    fields[key] = fields[key] === undefined ? text : `${fields[key]} ${row.reason}`;
  }
  return { error: { code: 'validation_failed', message: t(lang, 'complaints.api.importFailed', { count: problems.length }), fields, rows } };
}

export function complaintImportRoutes(options: { now?: () => Date } = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  return new Hono<AppEnv>().post('/import', apiBodyLimit(COMPLAINTS_UPLOAD_LIMIT), async (c) => {
    const lang = c.get('lang');
    requirePermission(c, 'complaints', 'manage');
    const form = FORM[lang].parse(await c.req.parseBody().catch(() => ({})));
    const db = c.get('db');
    const unit = await db.units.bySlug(form.unit);
    // An operator learns nothing about other units, not even whether they exist.
    requirePermission(c, 'complaints', 'manage', unit ?? { id: -1, slug: form.unit });
    if (!unit) throw new ApiError(404, 'not_found', t(lang, 'complaints.api.unitNotFound', { unit: form.unit }));
    const table = await uploadedTable(form.file, lang);
    const at = now();
    const read = readLapor(table, unit.timeZone, at);
    if (!read.ok) return c.json(rejected(lang, read.problems), 400);
    const deadlineDays = (await db.complaints.deadlines(unit.id)).ringan;
    const inputs: NewComplaintInput[] = read.rows.map((r) => ({
      unitId: unit.id,
      serviceId: null,
      channel: 'lapor',
      receivedAt: r.receivedAt,
      category: r.category,
      grade: 'ringan',
      deadlineDays,
      description: r.description,
      consent: false,
      externalRef: r.externalRef,
      receivedNote: r.laporStatus === null ? null : t(lang, 'complaints.import.laporStatus', { status: r.laporStatus }),
      createdAt: at,
    }));
    try {
      const { created } = await db.complaints.createMany(inputs, auditStamp(c, at));
      return c.json({ unit: unit.slug, created }, 201);
    } catch (err) {
      if (err instanceof BatchError && err.code === 'duplicate') {
        const row = read.rows[err.index]!;
        const params: MessageParams = { ref: row.externalRef };
        const key: MessageKey = 'complaints.import.duplicateStored';
        return c.json(rejected(lang, [{ line: row.line, key, params }]), 400);
      }
      throw err;
    }
  });
}
