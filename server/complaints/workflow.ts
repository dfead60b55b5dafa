/**
 * The complaint workflow as one table: which status may follow which, and what a step needs.
 * Pure (no I/O): the routes ask `checkStep` before the repository stores the step.
 *
 *   received → responded | rejected
 *   responded → resolved | rejected
 *   resolved → closed
 *   closed, rejected: final
 *
 * A step may be back-dated (a paper register typed in later) but never set in the future nor
 * before the step it follows.
 */
import type { Complaint, ComplaintStatus, ComplaintStep } from '../../db/repositories';

export type StepStatus = ComplaintStep['status'];

export const NEXT_STATUSES: Readonly<Record<ComplaintStatus, readonly StepStatus[]>> = {
  received: ['responded', 'rejected'],
  responded: ['resolved', 'rejected'],
  resolved: ['closed'],
  closed: [],
  rejected: [],
};

/** Statuses still waiting for someone to act. */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['received', 'responded', 'resolved'];

export type StepProblem =
  | { kind: 'not_allowed' }
  | { kind: 'reason_required' }
  | { kind: 'note_required' }
  | { kind: 'future' }
  | { kind: 'before_previous'; previous: Date };

export function mayFollow(from: ComplaintStatus, to: StepStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** When the complaint reached its current status (the earliest a next step may be dated). */
export function currentStepAt(c: Pick<Complaint, 'status' | 'receivedAt' | 'respondedAt' | 'resolvedAt' | 'closedAt' | 'rejectedAt'>): Date {
  const at = { received: c.receivedAt, responded: c.respondedAt, resolved: c.resolvedAt, closed: c.closedAt, rejected: c.rejectedAt }[c.status];
  return at ?? c.receivedAt;
}

/** The problem of taking `step` on complaint `c` at server time `now`, or null when it may be taken. */
export function checkStep(
  c: Pick<Complaint, 'status' | 'receivedAt' | 'respondedAt' | 'resolvedAt' | 'closedAt' | 'rejectedAt'>,
  step: { status: StepStatus; at: Date; reason?: string | null | undefined; note?: string | null | undefined },
  now: Date,
): StepProblem | null {
  if (!mayFollow(c.status, step.status)) return { kind: 'not_allowed' };
  if (step.status === 'rejected' && (step.reason ?? '').trim() === '') return { kind: 'reason_required' };
  // The answer itself is what the complainant receives: a response without it is not one.
  if (step.status === 'responded' && (step.note ?? '').trim() === '') return { kind: 'note_required' };
  if (step.at.getTime() > now.getTime()) return { kind: 'future' };
  const previous = currentStepAt(c);
  if (step.at.getTime() < previous.getTime()) return { kind: 'before_previous', previous };
  return null;
}

/** The first answer the complainant got (the response, or a rejection without one): the timeliness clock stops here. */
export function firstAnswerAt(c: Pick<Complaint, 'respondedAt' | 'rejectedAt'>): Date | null {
  return c.respondedAt ?? c.rejectedAt ?? null;
}
