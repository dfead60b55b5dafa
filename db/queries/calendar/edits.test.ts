import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../open';
import type { Database } from '../../repositories';
import { workingCalendar } from '../../../survey-kit/calendar/index';

let db: Database;
let orgId: number;
let otherOrgId: number;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  orgId = (await db.organisations.create({ slug: 'kantor', name: 'Kantor' })).id;
  otherOrgId = (await db.organisations.create({ slug: 'lain', name: 'Lain' })).id;
});
afterEach(() => db.close());

const AT = new Date('2026-11-01T00:00:00Z');
const STAMP = { userId: null, actor: 'admin', at: AT };

describe('calendar edits', () => {
  it('give survey-kit its edits, per organisation, replacing the same (date, kind)', async () => {
    await db.calendar.put(orgId, { date: '2027-03-10', kind: 'removed', note: 'Sidang isbat' }, AT, STAMP);
    await db.calendar.put(orgId, { date: '2027-03-12', kind: 'added', name: 'Idulfitri', type: 'libur_nasional' }, AT, STAMP);
    await db.calendar.put(orgId, { date: '2027-03-12', kind: 'added', name: 'Idulfitri 1448 H', type: 'libur_nasional', note: 'geser' }, AT, STAMP);
    expect(await db.calendar.edits(orgId)).toEqual({
      added: [{ date: '2027-03-12', name: 'Idulfitri 1448 H', type: 'libur_nasional' }],
      removed: ['2027-03-10'],
    });
    expect(await db.calendar.edits(otherOrgId)).toEqual({ added: [], removed: [] });
    expect((await db.calendar.list(orgId)).map((r) => [r.date, r.kind, r.note])).toEqual([
      ['2027-03-10', 'removed', 'Sidang isbat'],
      ['2027-03-12', 'added', 'geser'],
    ]);
    const cal = workingCalendar(await db.calendar.edits(orgId));
    expect(cal.isWorkingDay('2027-03-10')).toBe(true);
    expect(cal.holiday('2027-03-12')).toMatchObject({ origin: 'organisation', name: 'Idulfitri 1448 H' });

    expect(await db.calendar.remove(orgId, '2027-03-10', 'removed', STAMP)).toBe(true);
    expect(await db.calendar.remove(orgId, '2027-03-10', 'removed', STAMP)).toBe(false);
    expect((await db.audit.list()).entries.map((e) => e.action)).toEqual(['calendar.remove', 'calendar.put', 'calendar.put', 'calendar.put']);
  });

  it('refuses an added day without a name or type, and an invalid date', async () => {
    await expect(db.calendar.put(orgId, { date: '2027-03-12', kind: 'added', type: 'libur_nasional' }, AT)).rejects.toMatchObject({ code: 'constraint' });
    await expect(db.calendar.put(orgId, { date: '2027-02-30', kind: 'removed' }, AT)).rejects.toMatchObject({ code: 'invalid_day' });
    expect(await db.calendar.list(orgId)).toEqual([]);
  });
});
