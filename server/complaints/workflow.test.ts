/** The workflow table: every pair of statuses, reasons, notes and the order of times. */
import { describe, expect, it } from 'vitest';
import { COMPLAINT_STATUSES } from '../../db/schema/sqlite';
import { checkStep, firstAnswerAt, mayFollow, type StepStatus } from './workflow';

const STEPS: readonly StepStatus[] = ['responded', 'resolved', 'closed', 'rejected'];
const received = new Date('2026-03-02T01:00:00Z');
const now = new Date('2026-03-10T00:00:00Z');
const base = { receivedAt: received, respondedAt: null, resolvedAt: null, closedAt: null, rejectedAt: null } as const;

describe('complaint workflow', () => {
  it('allows exactly received→responded|rejected, responded→resolved|rejected, resolved→closed', () => {
    const allowed = COMPLAINT_STATUSES.flatMap((from) => STEPS.filter((to) => mayFollow(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['received→responded', 'received→rejected', 'responded→resolved', 'responded→rejected', 'resolved→closed']);
  });

  it('needs a reason to reject and an answer to respond', () => {
    const at = new Date('2026-03-03T00:00:00Z');
    expect(checkStep({ ...base, status: 'received' }, { status: 'rejected', at, reason: ' ' }, now)).toEqual({ kind: 'reason_required' });
    expect(checkStep({ ...base, status: 'received' }, { status: 'rejected', at, reason: 'Bukan kewenangan' }, now)).toBeNull();
    expect(checkStep({ ...base, status: 'received' }, { status: 'responded', at }, now)).toEqual({ kind: 'note_required' });
    expect(checkStep({ ...base, status: 'received' }, { status: 'responded', at, note: 'Ditangani' }, now)).toBeNull();
  });

  it('refuses a step not in the table before anything else', () => {
    expect(checkStep({ ...base, status: 'closed' }, { status: 'rejected', at: now, reason: 'x' }, now)).toEqual({ kind: 'not_allowed' });
    expect(checkStep({ ...base, status: 'received' }, { status: 'closed', at: now }, now)).toEqual({ kind: 'not_allowed' });
  });

  it('accepts back-dated steps but not in the future nor before the previous step', () => {
    const responded = new Date('2026-03-04T00:00:00Z');
    const c = { ...base, status: 'responded' as const, respondedAt: responded };
    expect(checkStep(c, { status: 'resolved', at: new Date('2026-03-05T00:00:00Z') }, now)).toBeNull();
    expect(checkStep(c, { status: 'resolved', at: responded }, now)).toBeNull();
    expect(checkStep(c, { status: 'resolved', at: new Date('2026-03-03T23:59:59Z') }, now)).toEqual({ kind: 'before_previous', previous: responded });
    expect(checkStep(c, { status: 'resolved', at: new Date(now.getTime() + 1) }, now)).toEqual({ kind: 'future' });
  });

  it('stops the timeliness clock at the response, or at a rejection without one', () => {
    const r = new Date('2026-03-03T00:00:00Z');
    const j = new Date('2026-03-05T00:00:00Z');
    expect(firstAnswerAt({ respondedAt: r, rejectedAt: j })).toBe(r);
    expect(firstAnswerAt({ respondedAt: null, rejectedAt: j })).toBe(j);
    expect(firstAnswerAt({ respondedAt: null, rejectedAt: null })).toBeNull();
  });
});
