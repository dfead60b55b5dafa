/**
 * A tiny office in WITA for the indicator tests, every figure worked out by hand (see
 * load.test.ts). The range is 25 May – 7 June 2026; 27–28 May, 31 May and 1 June are holidays,
 * so Friday 29 May is the working day before a long weekend.
 */
import { openDatabase } from '../../db/open';
import type { AuditStamp, Database, NewComplaintInput, NewResponse, Unit } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/index';
import { allAnswers } from '../testing/fixture';

export const STAMP: AuditStamp = { userId: null, actor: 'uji' };
/** Saturday 6 June 2026, 12:00 WITA. */
export const AS_OF = new Date('2026-06-06T04:00:00Z');
export const RANGE = { from: '2026-05-25', to: '2026-06-07' } as const;

export interface IndicatorFixture {
  db: Database;
  unit: Unit;
  /** A unit of the same office with no data at all. */
  empty: Unit;
  periodId: number;
}

const NO_PROFILE = { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null } as const;

async function complaint(db: Database, unitId: number, receivedAt: string, steps: [status: 'responded' | 'resolved' | 'rejected', at: string][]) {
  const input: NewComplaintInput = {
    unitId,
    serviceId: null,
    channel: 'counter',
    receivedAt: new Date(receivedAt),
    category: 'waktu',
    grade: 'ringan',
    deadlineDays: 1,
    description: `Pengaduan ${receivedAt}`,
    consent: false,
    createdAt: new Date(receivedAt),
  };
  const created = await db.complaints.create(input, STAMP);
  let status: 'received' | 'responded' | 'resolved' | 'rejected' = 'received';
  for (const [next, at] of steps) {
    await db.complaints.step(created.id, status, { status: next, at: new Date(at), ...(next === 'rejected' ? { reason: 'Bukan kewenangan unit' } : {}) }, STAMP);
    status = next;
  }
}

export async function indicatorFixture(): Promise<IndicatorFixture> {
  return seedIndicatorFixture(await openDatabase({ url: ':memory:' }));
}

/** The same office in a database of the caller's (e.g. a running server's). */
export async function seedIndicatorFixture(db: Database): Promise<IndicatorFixture> {
  const instrument = await db.instruments.byCode(SKM_2017.code);
  if (!instrument) throw new Error('2017 instrument missing');
  const org = await db.organisations.create({ slug: 'kantor-indikator', name: 'Kantor Indikator' });
  const unit = await db.units.create({ organisationId: org.id, slug: 'loket-wita', name: 'Loket WITA', timeZone: 'Asia/Makassar' });
  const empty = await db.units.create({ organisationId: org.id, slug: 'loket-kosong', name: 'Loket Kosong', timeZone: 'Asia/Makassar' });
  const izinA = await db.services.create({ unitId: unit.id, slug: 'izin-a', name: 'Izin A', standardDays: 5 });
  const izinB = await db.services.create({ unitId: unit.id, slug: 'izin-b', name: 'Izin B', standardDays: 2 });
  const izinC = await db.services.create({ unitId: unit.id, slug: 'izin-c', name: 'Izin C', standardDays: null });
  const period = await db.periods.create({ organisationId: org.id, unitId: null, name: 'Triwulan II 2026', startDay: '2026-04-01', endDay: '2026-06-30', instrumentId: instrument.id });

  // Complaints (1 working day each). Friday 29 May 10:00 WITA is due by Tuesday 2 June 23:59 WITA.
  await complaint(db, unit.id, '2026-05-29T02:00:00Z', [['responded', '2026-06-02T07:00:00Z'], ['resolved', '2026-06-03T02:00:00Z']]); // on time
  await complaint(db, unit.id, '2026-05-29T03:00:00Z', [['responded', '2026-06-03T01:00:00Z'], ['rejected', '2026-06-04T01:00:00Z']]); // late
  await complaint(db, unit.id, '2026-05-29T04:00:00Z', []); // open past its deadline: late
  await complaint(db, unit.id, '2026-06-05T02:00:00Z', []); // open, due Monday 8 June: pending
  // Monday 25 May 01:00 WITA (still 24 May in UTC): in the range.
  await complaint(db, unit.id, '2026-05-24T17:00:00Z', [['responded', '2026-05-25T03:00:00Z'], ['resolved', '2026-05-26T03:00:00Z']]);
  // Sunday 24 May 23:30 WITA and 12 May: the previous range (11–24 May).
  await complaint(db, unit.id, '2026-05-24T15:30:00Z', []);
  await complaint(db, unit.id, '2026-05-12T02:00:00Z', []);
  // Before the previous range: counted nowhere.
  await complaint(db, unit.id, '2026-05-10T02:00:00Z', []);

  const tx = (serviceId: number, reference: string, receivedDay: string, completedDay: string | null) => ({ unitId: unit.id, serviceId, reference, receivedDay, completedDay });
  await db.transactions.importMany(
    [
      tx(izinA.id, 'A1', '2026-05-25', '2026-06-04'), // due 4 June: on time
      tx(izinA.id, 'A2', '2026-05-20', '2026-06-03'), // due 29 May: late
      tx(izinA.id, 'A3', '2026-05-26', null), // due 5 June, open on 6 June: overdue
      tx(izinA.id, 'A4', '2026-06-05', '2026-06-10'), // completed after the range: open at its end
      tx(izinA.id, 'A5', '2026-05-04', '2026-05-08'), // completed before the range: not read
      tx(izinB.id, 'B1', '2026-05-29', '2026-06-02'), // due 3 June: on time
      tx(izinC.id, 'C1', '2026-05-25', '2026-05-26'), // no standard time
    ],
    { source: 'import', batch: 'uji' },
  );
  // 100 people served at the counter on 25 May, plus one per transaction received in the range (5).
  await db.served.setCounts([{ unitId: unit.id, serviceId: null, day: '2026-05-25', count: 100 }], 'manual');

  const base = { unitId: unit.id, serviceId: null, instrumentId: instrument.id, channel: 'kiosk', profile: NO_PROFILE, saran: null, completionSeconds: 60, flags: [] } as const;
  const responses: NewResponse[] = ['r1', 'r2', 'r3'].map((clientId, i) => ({ ...base, clientId, submittedAt: new Date(`2026-05-26T0${i + 1}:00:00Z`), answers: allAnswers(3) }));
  // 24 May 23:00 WITA: before the range.
  responses.push({ ...base, clientId: 'r0', submittedAt: new Date('2026-05-24T15:00:00Z'), answers: allAnswers(4) });
  await db.responses.insertMany(responses);

  const at = new Date('2026-04-15T02:00:00Z');
  const item = async (periodId: number | null, dueDay: string, status?: 'done' | 'cancelled', completedOn?: string) => {
    const row = await db.followUps.create({ unitId: unit.id, periodId, elementCode: 'waktu', action: `Butir ${dueDay}`, owner: 'Kasi Pelayanan', dueDay }, at, STAMP);
    if (status) await db.followUps.update(row.id, { status, completedOn: completedOn ?? null, evidence: status === 'done' ? 'Foto loket baru' : null }, at, STAMP);
  };
  await item(period.id, '2026-07-31', 'done', '2026-06-01'); // of an overlapping period, 60 days early
  await item(null, '2026-06-03', 'done', '2026-06-05'); // due in the range, 2 days late
  await item(null, '2026-06-05'); // due in the range, open, overdue on 6 June
  await item(period.id, '2026-06-30', 'cancelled');
  await item(null, '2026-08-31'); // neither due in the range nor of a period: not counted

  return { db, unit, empty, periodId: period.id };
}
