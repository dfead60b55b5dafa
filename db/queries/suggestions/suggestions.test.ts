import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../survey-kit/types';
import { SUGGESTION_MAX_PAGE_SIZE, SUGGESTION_PAGE_SIZE } from '../../contracts/dashboard';
import { openSqliteDatabase, type SqliteDatabase } from '../../open';
import type { NewResponse, SuggestionQuery } from '../../repositories';
import { createDirectory, randomResponse, type Directory } from '../../testing/fixtures';
import { seededRng } from '../../testing/random';
import { searchPatterns } from './suggestions';

let db: SqliteDatabase;
let d: Directory;
let unitA: number;
let unitB: number;
const ids = new Map<string, number>();

const MARKUP = '<script>alert("x")</script> & <b>tebal</b> \'kutip\'';
/** Unit A's suggestions by clientId, oldest first; null/blank ones are not suggestions. */
const A: [clientId: string, saran: string | null, service: 0 | 1 | null, channel: Channel][] = [
  ['a-null', null, 0, 'kiosk'],
  ['a-empty', '', 0, 'kiosk'],
  ['a-space', '  \n\t  ', 1, 'qr'],
  ['a-nbsp', '\u00a0 \u3000', 1, 'qr'],
  ['a-lama', 'Antrean terlalu lama', 0, 'kiosk'],
  ['a-cepat', 'antrean CEPAT, petugas ramah', 1, 'qr'],
  ['a-persen', 'Puas 100% dengan pelayanan', null, 'paper'],
  ['a-seratus', 'Puas 100 persen', 0, 'kiosk'],
  ['a-garis', 'kode a_b salah', 0, 'online'],
  ['a-x', 'kode axb salah', 0, 'online'],
  ['a-markup', MARKUP, 1, 'kiosk'],
  ['a-miring', 'ramah\\cepat', null, 'qr'],
];
const B_COUNT = 46;

function at(i: number): Date {
  // One response an hour from 1 March 2026 08:00 WIB: clientId order is time order.
  return new Date(Date.UTC(2026, 2, 1, 1) + i * 3_600_000);
}

beforeAll(async () => {
  db = await openSqliteDatabase({ url: ':memory:' });
  d = await createDirectory(db, { units: 2, servicesPerUnit: 2, zones: ['Asia/Jakarta'] });
  [unitA, unitB] = d.units.map((u) => u.id) as [number, number];
  const rng = seededRng(5);
  const base = (i: number, unitId: number): NewResponse => ({ ...randomResponse(rng, d, { fromMs: 0, toMs: 0 }, i), unitId, submittedAt: at(i) });
  const servicesA = d.services.get(unitA)!;
  const all: NewResponse[] = A.map(([clientId, saran, service, channel], i) => ({
    ...base(i, unitA),
    clientId,
    saran,
    channel,
    serviceId: service === null ? null : servicesA[service]!.id,
  }));
  for (let i = 0; i < B_COUNT; i++) {
    all.push({ ...base(100 + i, unitB), clientId: `b-${i}`, serviceId: null, saran: i === 7 ? 'Antrean di unit lain' : `Saran nomor ${i}` });
  }
  // Same instant as b-45: the later stored comes first.
  all.push({ ...base(145, unitB), clientId: 'b-twin', serviceId: null, saran: 'Kembar' });
  await db.responses.insertMany(all);
  for (const row of db.sqlite.prepare('SELECT id, client_id AS clientId FROM responses').all() as { id: number; clientId: string }[]) {
    ids.set(row.clientId, row.id);
  }
  db.sqlite
    .prepare(`INSERT INTO complaints (unit_id, channel, received_at, category, grade, deadline_days, description, source_response_id, created_at)
      VALUES (?, 'survey', ?, 'waktu', 'ringan', 5, 'dari saran', ?, ?)`)
    .run(unitA, at(20).getTime(), ids.get('a-lama'), at(20).getTime());
});
afterAll(() => db.close());

const inA = (query: Partial<SuggestionQuery> = {}): SuggestionQuery => ({ unitIds: [unitA], from: '2026-03-01', to: '2026-03-31', ...query });
const clientIds = async (query: SuggestionQuery): Promise<string[]> => (await db.suggestions.search(query)).rows.map((r) => r.clientId);

describe('suggestions', () => {
  it('lists the given suggestions of the scope, newest first, with where they came from', async () => {
    const page = await db.suggestions.search(inA());
    expect(page).toMatchObject({ total: 8, page: 1, pageSize: SUGGESTION_PAGE_SIZE });
    expect(page.rows.map((r) => r.clientId)).toEqual(['a-miring', 'a-markup', 'a-x', 'a-garis', 'a-seratus', 'a-persen', 'a-cepat', 'a-lama']);
    const unit = d.units[0]!.slug;
    expect(page.rows.find((r) => r.clientId === 'a-cepat')).toEqual({
      responseId: ids.get('a-cepat'),
      clientId: 'a-cepat',
      unit,
      service: d.services.get(unitA)![1]!.slug,
      channel: 'qr',
      localDay: '2026-03-01',
      submittedAt: at(5),
      saran: 'antrean CEPAT, petugas ramah',
      complaintId: null,
    });
    expect(page.rows.find((r) => r.clientId === 'a-persen')).toMatchObject({ service: null, channel: 'paper' });
  });

  it('keeps markup and quotes exactly as typed', async () => {
    const [row] = (await db.suggestions.search(inA({ search: '<script>' }))).rows;
    expect(row?.saran).toBe(MARKUP);
  });

  it('finds suggestions holding every word, in any case and order', async () => {
    expect(await clientIds(inA({ search: 'antrean' }))).toEqual(['a-cepat', 'a-lama']);
    expect(await clientIds(inA({ search: 'ANTREAN' }))).toEqual(['a-cepat', 'a-lama']);
    expect(await clientIds(inA({ search: '  ramah \t Antrean ' }))).toEqual(['a-cepat']);
    expect(await clientIds(inA({ search: 'antrean ramah tidak-ada' }))).toEqual([]);
    expect(await clientIds({ ...inA({ search: 'antrean' }), unitIds: null })).toEqual(['b-7', 'a-cepat', 'a-lama']);
    expect((await db.suggestions.search(inA({ search: '   ' }))).total).toBe(8);
  });

  it('takes %, _ and \\ in a search literally', async () => {
    expect(await clientIds(inA({ search: '100%' }))).toEqual(['a-persen']);
    expect(await clientIds(inA({ search: '%' }))).toEqual(['a-persen']);
    expect(await clientIds(inA({ search: 'a_b' }))).toEqual(['a-garis']);
    expect(await clientIds(inA({ search: '_' }))).toEqual(['a-garis']);
    expect(await clientIds(inA({ search: '\\' }))).toEqual(['a-miring']);
    expect(searchPatterns('a%b _ \\')).toEqual(['%a\\%b%', '%\\_%', '%\\\\%']);
  });

  it('filters by service, channel and days like the exports', async () => {
    const [first, second] = d.services.get(unitA)!;
    expect(await clientIds(inA({ serviceId: null }))).toEqual(['a-miring', 'a-persen']);
    expect(await clientIds(inA({ serviceId: second!.id }))).toEqual(['a-markup', 'a-cepat']);
    expect(await clientIds(inA({ serviceId: first!.id, channel: 'online' }))).toEqual(['a-x', 'a-garis']);
    expect(await clientIds(inA({ from: '2026-03-02' }))).toEqual([]);
    expect(await clientIds(inA({ unitIds: [] }))).toEqual([]);
    await expect(db.suggestions.search(inA({ from: '2026-02-30' }))).rejects.toMatchObject({ code: 'invalid_day' });
  });

  it('pages through every suggestion once, the page size within bounds', async () => {
    const inB = { unitIds: [unitB], from: '2026-03-01', to: '2026-03-31' };
    const whole = await db.suggestions.search({ ...inB, pageSize: SUGGESTION_MAX_PAGE_SIZE });
    expect(whole.total).toBe(B_COUNT + 1);
    expect(whole.rows.slice(0, 3).map((r) => r.clientId)).toEqual(['b-twin', 'b-45', 'b-44']);
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await db.suggestions.search({ ...inB, page }));
    expect(pages.map((p) => p.rows.length)).toEqual([20, 20, 7]);
    expect(pages.every((p) => p.total === B_COUNT + 1)).toBe(true);
    expect(pages.flatMap((p) => p.rows)).toEqual(whole.rows);
    expect(await db.suggestions.search({ ...inB, page: 4 })).toMatchObject({ rows: [], total: B_COUNT + 1, page: 4 });
    expect(await db.suggestions.search({ ...inB, pageSize: 5000 })).toMatchObject({ pageSize: SUGGESTION_MAX_PAGE_SIZE });
    expect(await db.suggestions.search({ ...inB, page: 0, pageSize: 0 })).toMatchObject({ page: 1, pageSize: 1 });
    expect(await db.suggestions.search({ ...inB, page: 2.7, pageSize: Number.NaN })).toMatchObject({ page: 2, pageSize: SUGGESTION_PAGE_SIZE });
  });

  it('names the complaint made from a suggestion, and reads one suggestion by its response', async () => {
    const complaintId = (db.sqlite.prepare('SELECT id FROM complaints').get() as { id: number }).id;
    const rows = (await db.suggestions.search(inA())).rows;
    expect(rows.filter((r) => r.complaintId !== null).map((r) => [r.clientId, r.complaintId])).toEqual([['a-lama', complaintId]]);
    expect(await db.suggestions.byResponseId(ids.get('a-lama')!)).toMatchObject({ clientId: 'a-lama', saran: 'Antrean terlalu lama', complaintId });
    expect(await db.suggestions.byResponseId(ids.get('a-markup')!)).toMatchObject({ saran: MARKUP, complaintId: null });
    for (const blank of ['a-null', 'a-empty', 'a-space', 'a-nbsp']) expect(await db.suggestions.byResponseId(ids.get(blank)!)).toBeUndefined();
    expect(await db.suggestions.byResponseId(999_999)).toBeUndefined();
  });
});
