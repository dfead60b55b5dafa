/** The receipt of a stored response: what the API answers for it, the first time and every time. */
import type { ResponseFlag, ResponseReceipt, ResponseRepository } from '../../repositories';
import type { SqliteContext } from '../../sqlite/context';

export const RECEIPT_BY_CLIENT_ID = `SELECT r.client_id AS clientId, r.submitted_at AS submittedAt, r.flags AS flags,
  u.slug AS unit, s.slug AS service
FROM responses r JOIN units u ON u.id = r.unit_id LEFT JOIN services s ON s.id = r.service_id
WHERE r.client_id = ?`;

export interface ReceiptRow {
  clientId: string;
  submittedAt: number;
  flags: string | null;
  unit: string;
  service: string | null;
}

/** Stored flags are comma-separated in the order they were given (see prepare.ts). */
export function flagList(flags: string | null): ResponseFlag[] {
  return flags ? (flags.split(',') as ResponseFlag[]) : [];
}

export function receiptOf(row: ReceiptRow): ResponseReceipt {
  return { clientId: row.clientId, receivedAt: new Date(row.submittedAt), unit: row.unit, service: row.service, flags: flagList(row.flags) };
}

export function readReceipt(ctx: SqliteContext, clientId: string): ResponseReceipt | undefined {
  const row = ctx.statement(RECEIPT_BY_CLIENT_ID).get(clientId) as ReceiptRow | undefined;
  return row ? receiptOf(row) : undefined;
}

export function receiptQuery(ctx: SqliteContext): ResponseRepository['receipt'] {
  return async (clientId) => readReceipt(ctx, clientId);
}
