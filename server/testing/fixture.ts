/**
 * A tiny office for server tests: one unit in WITA (so day boundaries are not UTC's), one
 * service, one period, and responses whose IKM can be worked out by hand.
 */
import { openDatabase } from '../../db/open';
import type { Database, NewResponse } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/index';
import type { Answers, Score } from '../../survey-kit/types';

export interface Fixture {
  db: Database;
  unitSlug: string;
  serviceSlug: string;
}

const NO_PROFILE = { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null } as const;

export function allAnswers(score: Score, blanks: readonly string[] = []): Answers {
  return Object.fromEntries(SKM_2017.elements.map((e) => [e.code, blanks.includes(e.code) ? null : score]));
}

export async function createFixture(): Promise<Fixture> {
  const db = await openDatabase({ url: ':memory:' });
  const instrument = await db.instruments.byCode(SKM_2017.code);
  if (!instrument) throw new Error('2017 instrument missing');
  const org = await db.organisations.create({ slug: 'kantor-uji', name: 'Kantor Uji' });
  const unit = await db.units.create({ organisationId: org.id, slug: 'loket-makassar', name: 'Loket Makassar', timeZone: 'Asia/Makassar' });
  const service = await db.services.create({ unitId: unit.id, slug: 'izin-a', name: 'Izin A', standardDays: 5 });
  await db.periods.create({ organisationId: org.id, unitId: null, name: 'Triwulan I 2026', startDay: '2026-01-01', endDay: '2026-03-31', instrumentId: instrument.id });

  const base = { unitId: unit.id, instrumentId: instrument.id, channel: 'kiosk', profile: NO_PROFILE, saran: null, completionSeconds: 60, flags: [] } as const;
  const responses: NewResponse[] = [
    // March, all in the unit's day 2026-03-10 (WITA = UTC+8).
    { ...base, clientId: 'a1', serviceId: service.id, submittedAt: new Date('2026-03-10T02:00:00Z'), answers: allAnswers(4) },
    { ...base, clientId: 'a2', serviceId: service.id, submittedAt: new Date('2026-03-10T03:00:00Z'), answers: allAnswers(3) },
    { ...base, clientId: 'a3', serviceId: null, submittedAt: new Date('2026-03-10T04:00:00Z'), answers: allAnswers(3, ['pengaduan']) },
    // 31 March 16:30 UTC is already 1 April 00:30 in Makassar: an April response.
    { ...base, clientId: 'a4', serviceId: service.id, submittedAt: new Date('2026-03-31T16:30:00Z'), answers: allAnswers(1) },
  ];
  await db.responses.insertMany(responses);
  return { db, unitSlug: unit.slug, serviceSlug: service.slug };
}
