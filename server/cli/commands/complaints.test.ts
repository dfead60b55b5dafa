/** `skm complaints purge` against a database file: erases old contacts and says how many. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { run } from '../run';

const dir = mkdtempSync(join(tmpdir(), 'puas-complaints-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('skm complaints purge', () => {
  it('erases contacts of complaints closed before the retention period and logs it as cli', async () => {
    const url = join(dir, 'puas.db');
    const db = await openDatabase({ url });
    const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor', complaintRetentionDays: 30 });
    const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket' });
    const by = { userId: null, actor: 'test' };
    const c = await db.complaints.create(
      { unitId: unit.id, serviceId: null, channel: 'phone', receivedAt: new Date('2026-01-05T01:00:00Z'), category: 'waktu', grade: 'ringan', deadlineDays: 1, description: 'x', consent: true, contactPhone: '0811111222', createdAt: new Date('2026-01-05T01:00:00Z') },
      by,
    );
    await db.complaints.step(c.id, 'received', { status: 'rejected', at: new Date('2026-01-06T01:00:00Z'), reason: 'Bukan kewenangan' }, by);
    await db.close();

    const out: string[] = [];
    const err: string[] = [];
    const code = await run(['complaints', 'purge'], { out: (l) => out.push(l), err: (l) => err.push(l), env: { DATABASE_URL: url }, now: () => new Date('2026-03-01T00:00:00Z') });
    expect([code, err]).toEqual([0, []]);
    expect(out).toEqual(['kantor: kontak 1 pengaduan dihapus (masa simpan 30 hari).']);

    const again = await openDatabase({ url });
    expect((await again.complaints.byId(c.id))?.contactPhone).toBeNull();
    expect((await again.audit.list({ action: 'complaint.contacts_erased' })).entries.map((e) => e.actor)).toEqual(['cli']);
    await again.close();

    const usage: string[] = [];
    expect(await run(['complaints'], { out: () => {}, err: (l) => usage.push(l), env: { DATABASE_URL: url } })).not.toBe(0);
    expect(usage.join('\n')).toContain('purge');
  });
});
