/**
 * Demo data of the indicators (issue 5), derived from the demo responses so the figures fit
 * together: service transactions per service and day (people served, so response coverage is
 * about 40–70% depending on the unit), complaints with their workflow steps, and a follow-up
 * plan for 2025. Deterministic (seeded), labelled as demo like everything else of the office.
 */
import type { AuditStamp, ComplaintCategory, ComplaintChannel, ComplaintGrade, Database, NewComplaintInput, NewTransactionInput } from '../../db/repositories';
import { COMPLAINT_MAX_PAGE_SIZE } from '../../db/contracts/complaints';
import { addDays, dayStartUtc, DEFAULT_CALENDAR } from '../../survey-kit/index';
import type { Day } from '../../survey-kit/types';
import { DEMO_FIRST_DAY, DEMO_LAST_DAY } from './office';
import { Prng } from './prng';

const DEMO_STAMP: AuditStamp = { userId: null, actor: 'demo' };

/** People served per respondent, by unit: 1 / factor is the unit's response coverage. */
const SERVED_PER_RESPONDENT: Readonly<Record<string, number>> = {
  'perizinan-usaha': 1.7,
  'perizinan-bangunan-lingkungan': 1.9,
  'perizinan-kesehatan': 2.4,
  'pengaduan-informasi': 1.5,
};

export interface DemoUnitIds {
  unitId: number;
  slug: string;
  timeZone: string;
  /** service slug → id and standard days */
  services: ReadonlyMap<string, { id: number; standardDays: number | null }>;
}

/** Respondents per `${unitId}|${serviceId}|${day}`, counted while the responses were seeded. */
export type RespondentCounts = ReadonlyMap<string, number>;

export interface DemoIndicatorSummary {
  transactions: number;
  complaints: number;
  followUps: number;
}

function transactionsOf(units: readonly DemoUnitIds[], respondents: RespondentCounts, rng: Prng): NewTransactionInput[] {
  const bySlug = new Map(units.map((u) => [u.unitId, u]));
  const standards = new Map<number, number | null>();
  for (const u of units) for (const s of u.services.values()) standards.set(s.id, s.standardDays);
  const rows: NewTransactionInput[] = [];
  let n = 0;
  for (const [key, count] of [...respondents.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [unitPart, servicePart, day] = key.split('|') as [string, string, Day];
    const unit = bySlug.get(Number(unitPart))!;
    const serviceId = Number(servicePart);
    const factor = SERVED_PER_RESPONDENT[unit.slug] ?? 1.8;
    const served = Math.max(count, Math.round(count * factor + rng.gauss() * 0.8));
    const standard = standards.get(serviceId) ?? null;
    for (let i = 0; i < served; i++) {
      let completed: Day | null = null;
      if (standard !== null) {
        // Most permits are done within the standard time; about one in eight is late.
        const late = rng.chance(0.12);
        const days = late ? standard + rng.int(1, 6) : Math.max(0, standard - rng.int(0, Math.min(standard, 3)));
        const done = DEFAULT_CALENDAR.dueDay(day, days);
        completed = done <= DEMO_LAST_DAY ? done : null;
      } else {
        completed = addDays(day, rng.int(0, 3));
        if (completed > DEMO_LAST_DAY) completed = null;
      }
      rows.push({ unitId: unit.unitId, serviceId, reference: `DEMO-${unit.slug.slice(0, 3).toUpperCase()}-${String(++n).padStart(6, '0')}`, receivedDay: day, completedDay: completed });
    }
  }
  return rows;
}

const CHANNELS: readonly (readonly [ComplaintChannel, number])[] = [
  ['counter', 30], ['phone', 10], ['sms_wa', 20], ['email', 8], ['social_media', 12], ['lapor', 15], ['survey', 5],
];
const CATEGORIES: readonly (readonly [ComplaintCategory, number])[] = [
  ['waktu', 30], ['prosedur', 18], ['persyaratan', 14], ['perilaku', 8], ['sarana', 10], ['biaya', 5], ['produk', 5], ['lainnya', 10],
];
const DESCRIPTIONS: Readonly<Record<ComplaintCategory, string>> = {
  persyaratan: 'Persyaratan yang diminta di loket berbeda dengan yang tertulis di situs web.',
  prosedur: 'Alur pengajuan membingungkan, harus bolak-balik ke dua loket.',
  waktu: 'Izin belum selesai padahal sudah melewati waktu yang dijanjikan.',
  biaya: 'Ada permintaan biaya yang tidak tercantum dalam standar pelayanan.',
  produk: 'Nama perusahaan pada dokumen izin salah ketik.',
  kompetensi: 'Petugas tidak dapat menjelaskan persyaratan teknis.',
  perilaku: 'Petugas kurang ramah saat melayani.',
  sarana: 'Ruang tunggu panas dan kursi kurang.',
  pengaduan: 'Pengaduan sebelumnya tidak ditanggapi.',
  lainnya: 'Mohon informasi jam layanan di hari Sabtu.',
};

/** A working-hours instant of `day` in the unit's zone (08:00–15:59). */
function atWork(day: Day, timeZone: string, rng: Prng): Date {
  return new Date(dayStartUtc(day, timeZone).getTime() + (8 * 60 + rng.int(0, 8 * 60 - 1)) * 60_000);
}

async function seedComplaints(db: Database, units: readonly DemoUnitIds[], rng: Prng): Promise<number> {
  let created = 0;
  for (const unit of units) {
    const serviceIds = [...unit.services.values()].map((s) => s.id);
    for (let month = DEMO_FIRST_DAY; month <= DEMO_LAST_DAY; month = addMonthStart(month)) {
      const howMany = rng.int(2, 7);
      const inputs: NewComplaintInput[] = [];
      for (let i = 0; i < howMany; i++) {
        const day = DEFAULT_CALENDAR.firstWorkingDayFrom(addDays(month, rng.int(0, 27)));
        if (day > DEMO_LAST_DAY) continue;
        const category = rng.weighted(CATEGORIES);
        const grade: ComplaintGrade = rng.weighted([['ringan', 80], ['sedang', 15], ['berat', 5]]);
        const consent = rng.chance(0.6);
        const receivedAt = atWork(day, unit.timeZone, rng);
        inputs.push({
          unitId: unit.unitId,
          serviceId: rng.chance(0.7) ? rng.pick(serviceIds) : null,
          channel: rng.weighted(CHANNELS),
          receivedAt,
          category,
          grade,
          deadlineDays: 1,
          description: DESCRIPTIONS[category],
          consent,
          contactName: consent ? `Pemohon Demo ${created + inputs.length + 1}` : null,
          contactPhone: consent ? `0812${String(rng.int(10_000_000, 99_999_999))}` : null,
          contactEmail: null,
          createdAt: receivedAt,
        });
      }
      if (inputs.length === 0) continue;
      await db.complaints.createMany(inputs, DEMO_STAMP);
      created += inputs.length;
    }
  }
  // Steps: most answered within the working day, some late; resolved and closed later.
  // The list is paged (at most COMPLAINT_MAX_PAGE_SIZE a page): collect every page first.
  const rows: Awaited<ReturnType<Database['complaints']['list']>>['rows'] = [];
  for (let page = 1; rows.length < created; page++) {
    const batch = await db.complaints.list({ unitIds: null, page, pageSize: COMPLAINT_MAX_PAGE_SIZE });
    if (batch.rows.length === 0) break;
    rows.push(...batch.rows);
  }
  rows.sort((a, b) => a.id - b.id);
  for (const complaint of rows) {
    const unit = units.find((u) => u.unitId === complaint.unitId)!;
    const received = complaint.receivedAt;
    if (rng.chance(0.04)) {
      await db.complaints.step(complaint.id, 'received', { status: 'rejected', at: new Date(received.getTime() + 3 * 3600_000), note: 'Bukan kewenangan unit ini; diteruskan ke instansi terkait.' }, DEMO_STAMP);
      continue;
    }
    const receivedDay = received.toISOString().slice(0, 10) as Day;
    const late = rng.chance(0.15);
    const answerDay = DEFAULT_CALENDAR.dueDay(receivedDay, late ? rng.int(2, 4) : rng.int(0, 1));
    const respondedAt = new Date(Math.max(received.getTime() + 30 * 60_000, atWork(answerDay, unit.timeZone, rng).getTime()));
    await db.complaints.step(complaint.id, 'received', { status: 'responded', at: respondedAt, note: 'Pengaduan diterima dan sedang ditindaklanjuti.' }, DEMO_STAMP);
    const resolvedDay = DEFAULT_CALENDAR.dueDay(answerDay, rng.int(0, 8));
    if (resolvedDay > DEMO_LAST_DAY) continue;
    const resolvedAt = new Date(Math.max(respondedAt.getTime() + 60 * 60_000, atWork(resolvedDay, unit.timeZone, rng).getTime()));
    await db.complaints.step(complaint.id, 'responded', { status: 'resolved', at: resolvedAt, note: 'Masalah telah diselesaikan.' }, DEMO_STAMP);
    if (rng.chance(0.8)) {
      await db.complaints.step(complaint.id, 'resolved', { status: 'closed', at: new Date(resolvedAt.getTime() + 2 * 24 * 3600_000) }, DEMO_STAMP);
    }
  }
  return created;
}

function addMonthStart(day: Day): Day {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

async function seedFollowUps(db: Database, units: readonly DemoUnitIds[], periodId: number | null): Promise<number> {
  const plan = [
    { elementCode: 'U3', action: 'Menambah petugas verifikasi berkas pada jam sibuk (09.00–12.00).', owner: 'Kepala Seksi Pelayanan', dueDay: '2026-03-31', completedOn: '2026-03-20', evidence: 'SK penugasan petugas tambahan No. 12/2026' },
    { elementCode: 'U8', action: 'Menambah kursi dan pendingin ruangan di ruang tunggu.', owner: 'Subbagian Umum', dueDay: '2026-06-30', completedOn: '2026-07-15', evidence: 'Berita acara serah terima barang' },
    { elementCode: 'U2', action: 'Memasang alur layanan bergambar di setiap loket.', owner: 'Kepala Seksi Pelayanan', dueDay: '2026-12-31', completedOn: null, evidence: null },
  ] as const;
  let n = 0;
  const at = new Date('2026-01-15T02:00:00Z');
  for (const unit of units) {
    for (const item of plan) {
      const created = await db.followUps.create({ unitId: unit.unitId, periodId, elementCode: item.elementCode, action: item.action, owner: item.owner, dueDay: item.dueDay }, at, DEMO_STAMP);
      if (item.completedOn) {
        await db.followUps.update(created.id, { status: 'done', completedOn: item.completedOn, evidence: item.evidence }, new Date(`${item.completedOn}T03:00:00Z`), DEMO_STAMP);
      }
      n++;
    }
  }
  return n;
}

export async function seedDemoIndicators(
  db: Database,
  units: readonly DemoUnitIds[],
  respondents: RespondentCounts,
  followUpPeriodId: number | null,
): Promise<DemoIndicatorSummary> {
  const rng = new Prng(14_2017);
  const rows = transactionsOf(units, respondents, rng);
  const { inserted } = await db.transactions.importMany(rows, { source: 'import', batch: 'demo' }, DEMO_STAMP);
  const complaints = await seedComplaints(db, units, rng);
  const followUps = await seedFollowUps(db, units, followUpPeriodId);
  return { transactions: inserted, complaints, followUps };
}
