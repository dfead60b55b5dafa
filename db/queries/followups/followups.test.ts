import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../open';
import { SKM_2017 } from '../../../survey-kit/index';
import type { AuditStamp, Database } from '../../repositories';

let db: Database;
let unitA: number;
let unitB: number;
let periodId: number;
const ADMIN: AuditStamp = { userId: null, actor: 'sari' };
const AT = new Date('2026-07-01T02:00:00Z');

beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'org', name: 'Org' });
  unitA = (await db.units.create({ organisationId: org.id, slug: 'unit-a', name: 'A' })).id;
  unitB = (await db.units.create({ organisationId: org.id, slug: 'unit-b', name: 'B' })).id;
  const instrument = await db.instruments.byCode(SKM_2017.code);
  periodId = (await db.periods.create({ organisationId: org.id, unitId: null, name: 'S1 2026', startDay: '2026-01-01', endDay: '2026-06-30', instrumentId: instrument!.id })).id;
});
afterEach(() => db.close());

const item = (over: Partial<{ unitId: number; periodId: number | null; dueDay: string; elementCode: string | null }> = {}) => ({
  unitId: unitA,
  periodId,
  elementCode: 'waktu',
  action: 'Tambah loket',
  owner: 'Kepala seksi',
  dueDay: '2026-09-30',
  ...over,
});

describe('follow-up items', () => {
  it('creates an item as planned with its audit entry', async () => {
    const row = await db.followUps.create(item(), AT, ADMIN);
    expect(row).toMatchObject({ unitId: unitA, periodId, elementCode: 'waktu', status: 'planned', evidence: null, completedOn: null, dueDay: '2026-09-30' });
    expect(row.createdAt).toEqual(AT);
    expect(await db.followUps.byId(row.id)).toEqual(row);
    const { entries } = await db.audit.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'sari', action: 'follow_up.create', entity: 'follow_up_item', entityId: String(row.id), before: null });
    expect(entries[0]!.after).toMatchObject({ action: 'Tambah loket', status: 'planned' });
  });

  it('updates only the given fields and logs before and after', async () => {
    const row = await db.followUps.create(item(), AT, ADMIN);
    const later = new Date('2026-08-01T02:00:00Z');
    const done = await db.followUps.update(row.id, { status: 'done', evidence: 'https://contoh.go.id/foto', completedOn: '2026-07-30' }, later, ADMIN);
    expect(done).toMatchObject({ status: 'done', evidence: 'https://contoh.go.id/foto', completedOn: '2026-07-30', action: 'Tambah loket', owner: 'Kepala seksi' });
    expect(done!.updatedAt).toEqual(later);
    const { entries } = await db.audit.list({ action: 'follow_up.update' });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.before).toMatchObject({ status: 'planned', completedOn: null });
    expect(entries[0]!.after).toMatchObject({ status: 'done', completedOn: '2026-07-30' });
  });

  it('answers undefined for an unknown item and logs nothing', async () => {
    expect(await db.followUps.update(999, { status: 'done' }, AT, ADMIN)).toBeUndefined();
    expect((await db.audit.list()).total).toBe(0);
  });

  it('refuses an invalid day and an unknown unit without writing anything', async () => {
    await expect(db.followUps.create(item({ dueDay: '2026-02-30' }), AT, ADMIN)).rejects.toMatchObject({ code: 'invalid_day' });
    await expect(db.followUps.create(item({ unitId: 9999 }), AT, ADMIN)).rejects.toMatchObject({ code: 'unknown_reference' });
    expect(await db.followUps.list(null)).toEqual([]);
    expect((await db.audit.list()).total).toBe(0);
    const row = await db.followUps.create(item(), AT, ADMIN);
    await expect(db.followUps.update(row.id, { completedOn: '30/07/2026' }, AT, ADMIN)).rejects.toMatchObject({ code: 'invalid_day' });
    expect((await db.followUps.byId(row.id))!.completedOn).toBeNull();
  });

  it('lists by unit and period, by due day', async () => {
    const late = await db.followUps.create(item({ dueDay: '2026-12-31' }), AT, ADMIN);
    const early = await db.followUps.create(item({ dueDay: '2026-08-01', periodId: null }), AT, ADMIN);
    const other = await db.followUps.create(item({ unitId: unitB }), AT, ADMIN);
    expect((await db.followUps.list([unitA])).map((r) => r.id)).toEqual([early.id, late.id]);
    expect((await db.followUps.list([unitA], periodId)).map((r) => r.id)).toEqual([late.id]);
    expect((await db.followUps.list(null)).map((r) => r.id)).toEqual([early.id, other.id, late.id]);
    expect(await db.followUps.list([])).toEqual([]);
  });
});
