/** The complaints repository on an in-memory database: atomic steps, all-or-nothing imports, retention. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../open';
import type { Database, NewComplaintInput } from '../../repositories';
import { BatchError, DbError } from '../../errors';
import { SKM_2017 } from '../../../survey-kit/index';

let db: Database;
let unitId: number;
let otherUnitId: number;
let orgId: number;
const BY = { userId: null, actor: 'test' } as const;

beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'org', name: 'Org' });
  orgId = org.id;
  unitId = (await db.units.create({ organisationId: org.id, slug: 'u1', name: 'U1', timeZone: 'Asia/Makassar' })).id;
  const other = await db.organisations.create({ slug: 'org2', name: 'Org 2' });
  otherUnitId = (await db.units.create({ organisationId: other.id, slug: 'u2', name: 'U2' })).id;
});
afterEach(() => db.close());

function input(over: Partial<NewComplaintInput> = {}): NewComplaintInput {
  return {
    unitId,
    serviceId: null,
    channel: 'counter',
    receivedAt: new Date('2026-03-02T01:00:00Z'),
    category: 'waktu',
    grade: 'ringan',
    deadlineDays: 1,
    description: 'Antrean terlalu lama',
    consent: true,
    contactName: 'Budi',
    contactPhone: '081234567123',
    contactEmail: null,
    createdAt: new Date('2026-03-02T01:05:00Z'),
    ...over,
  };
}

describe('complaints repository', () => {
  it('creates a complaint with its received event and an audit entry without contact details', async () => {
    const c = await db.complaints.create(input(), { userId: null, actor: 'sari' });
    expect(c.status).toBe('received');
    expect(c.contactPhone).toBe('081234567123');
    const events = await db.complaints.events(c.id);
    expect(events.map((e) => [e.status, e.actor])).toEqual([['received', 'sari']]);
    const audit = await db.audit.list({ entity: 'complaint' });
    expect(audit.entries).toHaveLength(1);
    expect(JSON.stringify(audit.entries[0]!.after)).not.toContain('0812');
  });

  it('drops contact details without consent', async () => {
    const c = await db.complaints.create(input({ consent: false }), BY);
    expect([c.contactName, c.contactPhone, c.contactEmail]).toEqual([null, null, null]);
  });

  it('stores a step with its time column and event only when the status is still the expected one', async () => {
    const c = await db.complaints.create(input(), BY);
    const at = new Date('2026-03-02T03:00:00Z');
    const stepped = await db.complaints.step(c.id, 'received', { status: 'responded', at, note: 'Sudah ditangani' }, { userId: null, actor: 'ani' });
    expect(stepped?.status).toBe('responded');
    expect(stepped?.respondedAt?.toISOString()).toBe(at.toISOString());
    // A second tab that still saw "received" loses: nothing changes.
    const stale = await db.complaints.step(c.id, 'received', { status: 'rejected', at, reason: 'x' }, BY);
    expect(stale).toBeUndefined();
    expect((await db.complaints.byId(c.id))?.status).toBe('responded');
    const events = await db.complaints.events(c.id);
    expect(events.map((e) => [e.status, e.actor, e.note])).toEqual([
      ['received', 'test', null],
      ['responded', 'ani', 'Sudah ditangani'],
    ]);
    expect((await db.audit.list({ action: 'complaint.responded' })).total).toBe(1);
  });

  it('keeps the reason of a rejection', async () => {
    const c = await db.complaints.create(input(), BY);
    const r = await db.complaints.step(c.id, 'received', { status: 'rejected', at: new Date('2026-03-03T00:00:00Z'), reason: 'Bukan kewenangan unit' }, BY);
    expect(r?.rejectReason).toBe('Bukan kewenangan unit');
    expect(r?.rejectedAt).not.toBeNull();
  });

  it('imports all or nothing and names the first bad item', async () => {
    const good = input({ externalRef: 'LAP-1', channel: 'lapor' });
    await expect(db.complaints.createMany([good, input({ externalRef: 'LAP-2' }), input({ externalRef: 'LAP-1' })], BY)).rejects.toSatisfy(
      (e: unknown) => e instanceof BatchError && e.index === 2 && e.code === 'duplicate',
    );
    expect((await db.complaints.list({ unitIds: null })).total).toBe(0);
    expect(await db.complaints.createMany([good, input({ externalRef: 'LAP-2' })], BY)).toEqual({ created: 2 });
    expect((await db.complaints.list({ unitIds: null })).total).toBe(2);
  });

  it('refuses a second complaint from the same suggestion', async () => {
    await db.instruments.ensureBuiltIns();
    const instrument = await db.instruments.byCode(SKM_2017.code);
    expect(instrument).toBeDefined();
    await db.responses.insertMany([
      {
        clientId: 'r1', unitId, serviceId: null, instrumentId: instrument!.id, channel: 'qr', submittedAt: new Date('2026-03-01T02:00:00Z'),
        answers: Object.fromEntries(instrument!.instrument.elements.map((e) => [e.code, 3])), profile: { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null },
        saran: 'Tambah kursi', completionSeconds: 30, flags: [],
      },
    ]);
    const source = await db.complaints.source(1);
    expect(source).toMatchObject({ unitId, serviceId: null, saran: 'Tambah kursi' });
    const c = await db.complaints.create(input({ sourceResponseId: 1, channel: 'survey' }), BY);
    expect((await db.complaints.bySource(1))?.id).toBe(c.id);
    await expect(db.complaints.create(input({ sourceResponseId: 1 }), BY)).rejects.toSatisfy((e: unknown) => e instanceof DbError && e.code === 'duplicate');
  });

  it('lists by unit, status, period and words, newest first', async () => {
    await db.complaints.create(input({ description: 'Petugas tidak ramah', receivedAt: new Date('2026-03-01T00:00:00Z') }), BY);
    const b = await db.complaints.create(input({ description: 'Biaya 100% tidak jelas', receivedAt: new Date('2026-03-05T00:00:00Z') }), BY);
    await db.complaints.create(input({ unitId: otherUnitId, description: 'Petugas lambat' }), BY);
    expect((await db.complaints.list({ unitIds: [unitId] })).rows.map((r) => r.description)).toEqual(['Biaya 100% tidak jelas', 'Petugas tidak ramah']);
    expect((await db.complaints.list({ unitIds: null, search: 'petugas' })).total).toBe(2);
    expect((await db.complaints.list({ unitIds: null, search: '100%' })).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await db.complaints.list({ unitIds: null, search: '%' })).total).toBe(1);
    expect((await db.complaints.list({ unitIds: [unitId], receivedFrom: new Date('2026-03-02T00:00:00Z') })).total).toBe(1);
    expect((await db.complaints.list({ unitIds: [], search: '' })).total).toBe(0);
    expect((await db.complaints.list({ unitIds: null, status: 'closed' })).total).toBe(0);
    const paged = await db.complaints.list({ unitIds: null, page: 2, pageSize: 2 });
    expect([paged.rows.length, paged.total]).toEqual([1, 3]);
  });

  it('reads clocks and counts of a period and the deadlines with their default', async () => {
    await db.complaints.create(input(), BY);
    await db.complaints.create(input({ receivedAt: new Date('2026-04-01T00:00:00Z') }), BY);
    const from = new Date('2026-03-01T00:00:00Z');
    const to = new Date('2026-04-01T00:00:00Z');
    expect(await db.complaints.count([unitId], from, to)).toBe(1);
    expect((await db.complaints.clocks(null, from, to)).map((r) => r.deadlineDays)).toEqual([1]);
    expect(await db.complaints.deadlines(unitId)).toEqual({ ringan: 1, sedang: 1, berat: 1 });
    expect(await db.complaints.setDeadlines(unitId, { sedang: 3, berat: 5 }, BY)).toEqual({ ringan: 1, sedang: 3, berat: 5 });
    expect(await db.complaints.deadlines(unitId)).toEqual({ ringan: 1, sedang: 3, berat: 5 });
    // One bad grade writes none of them.
    await expect(db.complaints.setDeadlines(unitId, { ringan: 2, berat: 0 }, BY)).rejects.toBeInstanceOf(DbError);
    expect(await db.complaints.deadlines(unitId)).toEqual({ ringan: 1, sedang: 3, berat: 5 });
    expect((await db.audit.list({ action: 'complaint.deadlines' })).total).toBe(1);
  });

  it('erases contacts only of complaints closed or rejected before the cut-off, in the organisation', async () => {
    const old = await db.complaints.create(input(), BY);
    const recent = await db.complaints.create(input(), BY);
    const open = await db.complaints.create(input(), BY);
    const elsewhere = await db.complaints.create(input({ unitId: otherUnitId }), BY);
    for (const [c, at] of [[old, '2025-01-10T00:00:00Z'], [recent, '2026-03-10T00:00:00Z'], [elsewhere, '2025-01-10T00:00:00Z']] as const) {
      await db.complaints.step(c.id, 'received', { status: 'responded', at: new Date(at) }, BY);
      await db.complaints.step(c.id, 'responded', { status: 'resolved', at: new Date(at) }, BY);
      await db.complaints.step(c.id, 'resolved', { status: 'closed', at: new Date(at) }, BY);
    }
    const now = new Date('2026-03-20T00:00:00Z');
    expect(await db.complaints.eraseContacts(orgId, new Date('2026-01-01T00:00:00Z'), now, { userId: null, actor: 'system' })).toBe(1);
    expect(await db.complaints.byId(old.id)).toMatchObject({ contactName: null, contactPhone: null, contactErasedAt: now });
    for (const id of [recent.id, open.id, elsewhere.id]) expect((await db.complaints.byId(id))?.contactPhone).toBe('081234567123');
    expect(await db.complaints.eraseContacts(orgId, new Date('2026-01-01T00:00:00Z'), now)).toBe(0);
    expect((await db.audit.list({ action: 'complaint.contacts_erased' })).total).toBe(1);
  });
});
