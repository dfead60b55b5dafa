/** The 400 answer of a refused transactions import: the usual error shape plus every row's line and reason. */
import type { Context } from 'hono';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import type { ApiErrorBody } from '../errors/api-error';
import { issueLine, issueReason } from './import';
import type { TransactionIssue } from './read-transactions';

export interface RejectedRow {
  line: number;
  field?: string;
  reason: string;
}

export type RejectedBody = ApiErrorBody & { error: { rows: RejectedRow[] } };

/**
 * `fields` keys: `line.N` for a file (so that a page form lists each line under the form), or
 * `transactions.N.field` for the integration API's items; `rows` lists every problem.
 */
export function rejectedImport(c: Context<AppEnv>, issues: readonly TransactionIssue[], from: 'file' | 'api'): Response {
  const lang = c.get('lang');
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = from === 'file' ? `line.${issue.line}` : `transactions.${issue.line}${issue.field ? `.${issue.field}` : ''}`;
    const first = from === 'file' ? issueLine(lang, issue) : issueReason(lang, issue);
    fields[key] = fields[key] === undefined ? first : `${fields[key]} ${issueReason(lang, issue)}`;
  }
  const rows = issues.map((i): RejectedRow => ({ line: i.line, ...(i.field ? { field: i.field } : {}), reason: issueReason(lang, i) }));
  const body: RejectedBody = {
    error: { code: 'validation_failed', message: t(lang, 'population.import.rejected', { count: issues.length }), fields, rows },
  };
  return c.json(body, 400);
}
