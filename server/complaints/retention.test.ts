/** The retention job: contacts of complaints ended longer ago than the organisation's period are erased. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { Database } from '../../db/repositories';
import { purgeContacts } from './retention';
import { scheduleDaily } from './scheduler';

let db: Database;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
});
afterEach(() => db.close());

const BY = { userId: null, actor: 'test' } as const;

async function ended(unitId: number, status: 'closed' | 'rejected' | 'open', at: string): Promise<number> {
  const c = await db.complaints.create(
    { unitId, serviceId: null, channel: 'phone', receivedAt: new Date('2025-01-01T00:00:00Z'), category: 'lainnya', grade: 'ringan', deadlineDays: 1, description: 'x', consent: true, contactPhone: '081200000999', createdAt: new Date('2025-01-01T00:00:00Z') },
    BY,
  );
  const when = new Date(at);
  if (status === 'rejected') await db.complaints.step(c.id, 'received', { status: 'rejected', at: when, reason: 'r' }, BY);
  if (status === 'closed') {
    await db.complaints.step(c.id, 'received', { status: 'responded', at: when, note: 'n' }, BY);
    await db.complaints.step(c.id, 'responded', { status: 'resolved', at: when }, BY);
    await db.complaints.step(c.id, 'resolved', { status: 'closed', at: when }, BY);
  }
  return c.id;
}

describe('purgeContacts', () => {
  it('erases only contacts of complaints closed or rejected longer ago than each organisation’s retention', async () => {
    const short = await db.organisations.create({ slug: 'pendek', name: 'Pendek', complaintRetentionDays: 30 });
    const long = await db.organisations.create({ slug: 'panjang', name: 'Panjang' });
    const a = (await db.units.create({ organisationId: short.id, slug: 'a', name: 'A' })).id;
    const b = (await db.units.create({ organisationId: long.id, slug: 'b', name: 'B' })).id;
    const now = new Date('2026-03-31T00:00:00Z');
    const oldClosed = await ended(a, 'closed', '2026-02-01T00:00:00Z');
    const oldRejected = await ended(a, 'rejected', '2026-02-15T00:00:00Z');
    const recentClosed = await ended(a, 'closed', '2026-03-15T00:00:00Z');
    const stillOpen = await ended(a, 'open', '2025-01-01T00:00:00Z');
    const otherOrg = await ended(b, 'closed', '2026-02-01T00:00:00Z');

    const result = await purgeContacts(db, now);
    expect(result).toEqual([
      { organisation: 'panjang', retentionDays: 365, erased: 0 },
      { organisation: 'pendek', retentionDays: 30, erased: 2 },
    ]);
    const phone = async (id: number) => (await db.complaints.byId(id))?.contactPhone ?? null;
    expect([await phone(oldClosed), await phone(oldRejected)]).toEqual([null, null]);
    expect([await phone(recentClosed), await phone(stillOpen), await phone(otherOrg)]).toEqual(['081200000999', '081200000999', '081200000999']);
    const audit = await db.audit.list({ action: 'complaint.contacts_erased' });
    expect(audit.entries.map((e) => e.actor)).toEqual(['system']);
  });

  it('runs at once from the scheduler and reports a failure without throwing', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = scheduleDaily(async () => {
      runs++;
      throw new Error('disk full');
    }, { onError: (e) => errors.push(e) });
    await new Promise((r) => setImmediate(r));
    job.stop();
    expect(runs).toBe(1);
    expect(String(errors[0])).toContain('disk full');
  });
});
