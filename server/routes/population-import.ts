/**
 * `POST /transactions/import` (multipart: `file` CSV/XLSX + `unit`): a licensing system's export
 * of service transactions, all or nothing. 200 {inserted, updated, unchanged}; 400 with every bad
 * row's line and reason (`error.rows`, and `error.fields["line.N"]`) and nothing stored.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { requirePermission } from '../auth/guard';
import type { AppEnv } from '../env';
import { apiBodyLimit } from '../errors/body-limit';
import { permittedUnit, slugSchema } from '../population/http';
import { batchLabel, storeTransactions } from '../population/import';
import { checkTransactionTable } from '../population/read-transactions';
import { rejectedImport } from '../population/respond';
import { uploadedTable } from './uploaded-table';

/** A month of a busy office's applications fits many times over. */
export const TRANSACTIONS_UPLOAD_LIMIT = 10 * 1024 * 1024;
/** server/app.ts leaves this path out of the API's 64 KB limit: the route applies its own. */
export const TRANSACTIONS_IMPORT_PATH = '/api/v1/transactions/import';

function formSchema(lang: Lang) {
  return z.object({
    unit: slugSchema(lang),
    file: z.instanceof(File, { error: t(lang, 'population.file.missing') }),
  });
}
const FORM = { id: formSchema('id'), en: formSchema('en') } as const;

export function populationImportRoutes(options: { now?: () => Date } = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  return new Hono<AppEnv>().post('/transactions/import', apiBodyLimit(TRANSACTIONS_UPLOAD_LIMIT), async (c) => {
    const lang = c.get('lang');
    requirePermission(c, 'population', 'manage');
    const form = FORM[lang].parse(await c.req.parseBody().catch(() => ({})));
    const db = c.get('db');
    const unit = await permittedUnit(c, 'population', 'manage', form.unit);
    const table = await uploadedTable(form.file, lang);
    const at = now();
    const parsed = checkTransactionTable(unit, await db.services.listByUnit(unit.id), table);
    const stored = await storeTransactions(db, parsed, { source: 'import', batch: batchLabel('file', form.file.name, at) }, auditStamp(c, at));
    if (!stored.ok) return rejectedImport(c, stored.issues, 'file');
    return c.json({ unit: unit.slug, ...stored.result });
  });
}
