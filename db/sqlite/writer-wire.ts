/**
 * Messages between the background writer and its thread, as JSON text: for these small plain
 * objects JSON.stringify/parse is several times cheaper than the structured clone of postMessage.
 * Dates travel as epoch milliseconds.
 */
import { DbError, type DbErrorCode } from '../errors';
import type { ResponseReceipt, Submission, SubmissionOutcome } from '../repositories';

export interface WriterRequest {
  id: number;
  /** JSON of the submissions (encodeSubmissions). */
  submissions: string;
}

/** Outcomes in request order (JSON, encodeOutcomes), or the error that failed the whole batch. */
export interface WriterReply {
  id: number;
  outcomes?: string;
  error?: string;
}

type WireReceipt = Omit<ResponseReceipt, 'receivedAt'> & { receivedAt: number };
type WireOutcome =
  | { status: 'created' | 'existing'; receipt: WireReceipt }
  | { status: 'token_used' | 'browser_limit' }
  | { status: 'failed'; error: { message: string; code?: string; details?: Record<string, unknown> } };

// No replacer or reviver: a callback per key would cost more than the whole stringify.
export function encodeSubmissions(submissions: readonly Submission[]): string {
  return JSON.stringify(submissions.map((s) => ({ ...s, response: { ...s.response, submittedAt: s.response.submittedAt.getTime() } })));
}

export function decodeSubmissions(json: string): Submission[] {
  const submissions = JSON.parse(json) as (Omit<Submission, 'response'> & { response: Omit<Submission['response'], 'submittedAt'> & { submittedAt: number } })[];
  return submissions.map((s) => ({ ...s, response: { ...s.response, submittedAt: new Date(s.response.submittedAt) } }));
}

export function encodeOutcomes(outcomes: readonly SubmissionOutcome[]): string {
  const wire = outcomes.map((o): WireOutcome => {
    if (o.status === 'created' || o.status === 'existing') return { status: o.status, receipt: { ...o.receipt, receivedAt: o.receipt.receivedAt.getTime() } };
    if (o.status !== 'failed') return { status: o.status };
    const e = o.error;
    if (e instanceof DbError) return { status: 'failed', error: { message: e.message, code: e.code, details: { ...e.details } } };
    return { status: 'failed', error: { message: e instanceof Error ? e.message : String(e) } };
  });
  return JSON.stringify(wire);
}

export function decodeOutcomes(json: string): SubmissionOutcome[] {
  return (JSON.parse(json) as WireOutcome[]).map((o): SubmissionOutcome => {
    if (o.status === 'created' || o.status === 'existing') return { status: o.status, receipt: { ...o.receipt, receivedAt: new Date(o.receipt.receivedAt) } };
    if (o.status !== 'failed') return { status: o.status };
    const { message, code, details } = o.error;
    return { status: 'failed', error: code ? new DbError(code as DbErrorCode, message, details) : new Error(message) };
  });
}
