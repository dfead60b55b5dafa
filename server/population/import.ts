/**
 * Storing checked transactions, all or nothing: the repository's refusal of one row (a reference
 * already stored with another service or received day) comes back as that row's line.
 */
import { BatchError } from '../../db/errors';
import type { AuditStamp, Database, TransactionImportResult } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import type { ParsedTransaction, ParseResult, TransactionIssue } from './read-transactions';

export type StoreResult = { ok: true; result: TransactionImportResult } | { ok: false; issues: TransactionIssue[] };

export async function storeTransactions(
  db: Database,
  parsed: ParseResult,
  meta: { source: 'import' | 'api'; batch: string },
  by?: AuditStamp,
): Promise<StoreResult> {
  if (!parsed.ok) return parsed;
  const rows: readonly ParsedTransaction[] = parsed.rows;
  try {
    const result = await db.transactions.importMany(
      rows.map(({ line: _line, ...row }) => row),
      meta,
      by,
    );
    return { ok: true, result };
  } catch (err) {
    if (!(err instanceof BatchError)) throw err;
    const row = rows[err.index];
    if (!row) throw err;
    const issue: TransactionIssue =
      err.code === 'duplicate'
        ? { line: row.line, field: 'reference', key: 'population.row.referenceConflict', params: { reference: row.reference ?? '', received: String(err.details.receivedDay ?? '') } }
        : { line: row.line, key: 'population.row.refused', params: { detail: err.message } };
    return { ok: false, issues: [issue] };
  }
}

/** A problem as one sentence without its line (the line travels separately). */
export function issueReason(lang: Lang, issue: TransactionIssue): string {
  return t(lang, issue.key, issue.params);
}

/** "Baris 7: …" / "Line 7: …". */
export function issueLine(lang: Lang, issue: TransactionIssue): string {
  return t(lang, 'population.row.line', { line: issue.line, reason: issueReason(lang, issue) });
}

/** A label that traces stored rows back to their file or push. */
export function batchLabel(kind: 'file' | 'api' | 'cli', name: string, at: Date): string {
  return `${kind}:${name}@${at.toISOString()}`;
}


