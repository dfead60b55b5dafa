/** SP4N-LAPOR! import through the API: all or nothing, every bad line named, duplicates refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
let operator: Signed;
let stranger: Signed;
let viewer: Signed;

beforeAll(async () => {
  fx = await createFixture();
  const unit = (await fx.db.units.bySlug(fx.unitSlug))!;
  await fx.db.units.create({ organisationId: unit.organisationId, slug: 'loket-lain', name: 'Loket Lain' });
  await addUser(fx.db, 'op-i', 'operator', { units: [fx.unitSlug] });
  await addUser(fx.db, 'op-lain-i', 'operator', { units: ['loket-lain'] });
  await addUser(fx.db, 'viewer-i', 'viewer');
  app = createApp({ db: fx.db });
  [operator, stranger, viewer] = await Promise.all([signInApi(app, 'op-i'), signInApi(app, 'op-lain-i'), signInApi(app, 'viewer-i')]);
});
afterAll(() => fx.db.close());

function upload(who: Signed | null, csv: string, unit = fx.unitSlug, name = 'lapor.csv'): Promise<Response> {
  const form = new FormData();
  form.set('unit', unit);
  form.set('file', new File([csv], name, { type: 'text/csv' }));
  return Promise.resolve(app.request('/api/v1/complaints/import', { method: 'POST', headers: who ? who.headers() : {}, body: form }));
}

type Rejected = { error: { code: string; message: string; fields: Record<string, string>; rows: { line: number | null; reason: string }[] } };

const HEADER = 'Nomor Tracking;Tanggal Laporan;Judul;Isi Laporan;Kategori;Status';

describe('POST /api/v1/complaints/import', () => {
  it('stores nothing when any line is bad, and names every bad line', async () => {
    const csv = [HEADER, 'LAP-001;02/03/2026 09.15;Antre lama;Menunggu 3 jam;Waktu Pelayanan;Selesai', ';2026-03-03;x;y;;', 'LAP-003;kemarin;Judul;Isi;;', 'LAP-001;2026-03-04;a;b;;'].join('\n');
    const res = await upload(operator, csv);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Rejected;
    expect(body.error.rows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(body.error.fields['line.3']).toBe('Baris 3: Nomor tracking kosong.');
    expect(body.error.fields['line.5']).toBe('Baris 5: Nomor tracking LAP-001 sudah muncul di baris 2.');
    expect(body.error.message).toBe('Tidak ada yang diimpor: 3 masalah di berkas.');
    expect((await fx.db.complaints.list({ unitIds: null })).total).toBe(0);
  });

  it('imports a good file in the unit’s zone with the mapped category, then refuses the same numbers again', async () => {
    const csv = [
      'ID Laporan,Tanggal,Judul,Isi Laporan,Kategori,Status',
      'LAP-101,2026-03-02 09:15,Antre lama,Menunggu 3 jam,Waktu Pelayanan,Selesai',
      'LAP-102,2026-03-05,Pungli,"Diminta uang, tanpa kuitansi",Pungutan liar,Proses',
    ].join('\n');
    const res = await upload(operator, csv);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ unit: fx.unitSlug, created: 2 });
    const { rows } = await fx.db.complaints.list({ unitIds: null });
    const byRef = Object.fromEntries(rows.map((r) => [r.externalRef, r]));
    // 09:15 WITA = 01:15 UTC.
    expect(byRef['LAP-101']).toMatchObject({ channel: 'lapor', category: 'waktu', description: 'Antre lama\n\nMenunggu 3 jam', consent: false });
    expect(byRef['LAP-101']!.receivedAt.toISOString()).toBe('2026-03-02T01:15:00.000Z');
    expect(byRef['LAP-102']!.category).toBe('biaya');
    const events = await fx.db.complaints.events(byRef['LAP-101']!.id);
    expect(events[0]!.note).toBe('Status di SP4N-LAPOR!: Selesai');

    const again = await upload(operator, [HEADER, 'LAP-200;2026-03-06;a;b;;', 'LAP-102;2026-03-06;a;b;;'].join('\n'));
    expect(again.status).toBe(400);
    expect(((await again.json()) as Rejected).error.fields).toEqual({ 'line.3': 'Baris 3: Nomor tracking LAP-102 sudah tercatat di unit ini.' });
    expect((await fx.db.complaints.list({ unitIds: null })).total).toBe(2);
  });

  it('names missing columns and unreadable files', async () => {
    const res = await upload(operator, 'Judul,Isi\na,b');
    expect(((await res.json()) as Rejected).error.fields).toEqual({ file: 'Kolom wajib tidak ditemukan: "Nomor Tracking", "Tanggal Laporan".' });
    const pdf = await upload(operator, '%PDF', fx.unitSlug, 'lapor.pdf');
    expect(pdf.status).toBe(400);
  });

  it('is for the unit’s managers only', async () => {
    const csv = [HEADER, 'LAP-900;2026-03-02;a;b;;'].join('\n');
    expect((await upload(null, csv)).status).toBe(401);
    expect((await upload(viewer, csv)).status).toBe(403);
    expect((await upload(stranger, csv)).status).toBe(403);
    expect((await upload(stranger, csv, 'tidak-ada')).status).toBe(403);
  });
});
