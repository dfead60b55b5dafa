/** Messages between the background writer and its thread. */
import type { Submission, SubmissionOutcome } from '../repositories';

export interface WriterRequest {
  id: number;
  submissions: readonly Submission[];
}

export type WireOutcome =
  | Exclude<SubmissionOutcome, { status: 'failed' }>
  | { status: 'failed'; error: { message: string; code?: string; details?: Record<string, unknown> } };

/** Outcomes in request order, or the error that failed the whole batch. */
export interface WriterReply {
  id: number;
  outcomes?: WireOutcome[];
  error?: string;
}
