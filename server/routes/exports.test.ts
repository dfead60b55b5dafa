import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Unit } from '../../db/repositories';
import { computeIkm, KEP25_2004, SKM_2017 } from '../../survey-kit/index';
import { t } from '../../survey-kit/i18n/index';
import type { AuthUser } from '../auth/types';
import type { AppEnv } from '../env';
import { onError } from '../errors/handler';
import { allAnswers, createFixture } from '../testing/fixture';
import { loadWorkbook, readAll } from '../testing/streams';
import { exportRoutes } from './exports';
import { detectLang } from './lang';

let db: Database;
let makassar: Unit;
let jakarta: Unit;
const CODES = SKM_2017.elements.map((e) => e.code);

const user = (role: AuthUser['role'], unitIds: number[] = []): AuthUser => ({
  id: 1,
  username: role,
  displayName: role,
  role,
  unitIds,
  mustChangePassword: false,
});

/** The export routes behind the app's error handler, with the session layer's result injected. */
function appAs(who: AuthUser | null) {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use('*', detectLang, async (c, next) => {
    c.set('db', db);
    c.set('user', who);
    await next();
  });
  app.route('/api/v1/exports', exportRoutes());
  return app;
}

let admin: ReturnType<typeof appAs>;

beforeAll(async () => {
  const fx = await createFixture();
  db = fx.db;
  makassar = (await db.units.bySlug(fx.unitSlug))!;
  const service = (await db.services.bySlug(makassar.id, fx.serviceSlug))!;
  jakarta = await db.units.create({ organisationId: makassar.organisationId, slug: 'loket-jakarta', name: 'Loket Jakarta', timeZone: 'Asia/Jakarta' });
  const instrumentId = (await db.instruments.byCode(SKM_2017.code))!.id;
  const base = { instrumentId, completionSeconds: 60, flags: [] } as const;
  const noProfile = { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null };
  await db.responses.insertMany([
    {
      ...base,
      clientId: 'x1',
      unitId: makassar.id,
      serviceId: service.id,
      channel: 'qr',
      submittedAt: new Date('2026-03-11T01:00:00Z'),
      answers: allAnswers(4),
      profile: { jenisKelamin: 'P', usia: 41, pendidikan: 'SMA', pekerjaan: 'WIRAUSAHA', pekerjaanLainnya: null },
      saran: '=1+1',
      completionSeconds: 75.5,
      flags: ['fast'],
    },
    {
      ...base,
      clientId: 'x2',
      unitId: makassar.id,
      serviceId: null,
      channel: 'paper',
      submittedAt: new Date('2026-03-12T01:00:00Z'),
      answers: allAnswers(2, ['biaya']),
      profile: noProfile,
      saran: 'Antri; lama, "sekali"\nbaris dua',
    },
    // 16:30 UTC on 31 March is still 31 March (23:30) in Jakarta.
    { ...base, clientId: 'x3', unitId: jakarta.id, serviceId: null, channel: 'kiosk', submittedAt: new Date('2026-03-31T16:30:00Z'), answers: allAnswers(3), profile: noProfile, saran: '@admin' },
  ]);
  admin = appAs(user('admin'));
});
afterAll(() => db.close());

async function csv(app: ReturnType<typeof appAs>, query: string, delimiter = ',') {
  const res = await app.request(`/api/v1/exports/responses.csv?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  const bytes = await readAll(res.body!);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const [header, ...rows] = parse(text, { bom: true, delimiter }) as string[][];
  return { res, bytes, text, header: header!, rows, column: (name: string) => header!.indexOf(name) };
}

async function clientIds(app: ReturnType<typeof appAs>, query: string): Promise<string[]> {
  const { rows, column } = await csv(app, query);
  return rows.map((r) => r[column('client_id')]!);
}

const MARCH = 'from=2026-03-01&to=2026-03-31';

describe('GET /api/v1/exports/responses.csv', () => {
  it('writes a BOM, a header with element codes and one RFC 4180 record per response', async () => {
    const { res, bytes, text, header, rows, column } = await csv(admin, `unit=loket-makassar&${MARCH}`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="skm-loket-makassar-2026-03-01_2026-03-31.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header.slice(0, 8)).toEqual(['id', 'client_id', 'unit', 'layanan', 'instrumen', 'kanal', 'dikirim_utc', 'tanggal']);
    expect(header.slice(13, 13 + CODES.length)).toEqual(CODES);
    expect(header.slice(-3)).toEqual(['saran', 'durasi_detik', 'tanda']);
    expect(rows.map((r) => r[column('client_id')])).toEqual(['a1', 'a2', 'a3', 'x1', 'x2']);
    const ids = rows.map((r) => Number(r[column('id')]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const x1 = rows[3]!;
    expect(x1[column('saran')]).toBe("'=1+1");
    expect(x1[column('jenis_kelamin')]).toBe('P');
    expect(x1[column('usia')]).toBe('41');
    expect(x1[column('kanal')]).toBe('qr');
    expect(x1[column('layanan')]).toBe('izin-a');
    expect(x1[column('dikirim_utc')]).toBe('2026-03-11T01:00:00.000Z');
    expect(x1[column('tanggal')]).toBe('2026-03-11');
    expect(x1[column('durasi_detik')]).toBe('75.5');
    expect(x1[column('tanda')]).toBe('fast');
    expect(x1[column('persyaratan')]).toBe('4');

    const x2 = rows[4]!;
    expect(x2[column('saran')]).toBe('Antri; lama, "sekali"\nbaris dua');
    expect(text).toContain('"Antri; lama, ""sekali""\nbaris dua"');
    // Not given / blank / none: empty fields, never an invented value.
    expect(x2[column('jenis_kelamin')]).toBe('');
    expect(x2[column('usia')]).toBe('');
    expect(x2[column('layanan')]).toBe('');
    expect(x2[column('biaya')]).toBe('');
    expect(x2[column('waktu')]).toBe('2');
    expect(x2[column('tanda')]).toBe('');
    expect(rows[2]![column('pengaduan')]).toBe('');
  });

  it('uses semicolons and decimal commas with sep=semicolon', async () => {
    const { rows, column } = await csv(admin, `unit=loket-makassar&${MARCH}&sep=semicolon`, ';');
    const x1 = rows.find((r) => r[column('client_id')] === 'x1')!;
    expect(x1[column('durasi_detik')]).toBe('75,5');
    expect(rows.find((r) => r[column('client_id')] === 'x2')![column('saran')]).toBe('Antri; lama, "sekali"\nbaris dua');
  });

  it('filters by days inclusive in each unit’s own time zone, service and channel', async () => {
    expect(await clientIds(admin, 'unit=loket-makassar&from=2026-04-01&to=2026-04-01')).toEqual(['a4']);
    expect(await clientIds(admin, 'from=2026-03-31&to=2026-03-31')).toEqual(['x3']);
    expect(await clientIds(admin, 'from=2026-03-10&to=2026-03-11')).toEqual(['a1', 'a2', 'a3', 'x1']);
    expect(await clientIds(admin, `unit=loket-makassar&service=izin-a&${MARCH}`)).toEqual(['a1', 'a2', 'x1']);
    expect(await clientIds(admin, `${MARCH}&channel=paper`)).toEqual(['x2']);
    expect(await clientIds(admin, `${MARCH}&channel=kiosk`)).toEqual(['a1', 'a2', 'a3', 'x3']);
    expect(await clientIds(admin, 'from=2025-01-01&to=2025-12-31')).toEqual([]);
  });

  it('names every scope part in the filename', async () => {
    const res = await admin.request(`/api/v1/exports/responses.csv?unit=loket-makassar&service=izin-a&channel=qr&${MARCH}`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="skm-loket-makassar-izin-a-qr-2026-03-01_2026-03-31.csv"');
    const all = await admin.request(`/api/v1/exports/responses.csv?${MARCH}`);
    expect(all.headers.get('content-disposition')).toContain('skm-semua-unit-2026-03-01_2026-03-31.csv');
  });
});

describe('GET /api/v1/exports/responses.xlsx', () => {
  it('keeps user text as string cells (never formulas) and numbers as numbers', async () => {
    const res = await admin.request(`/api/v1/exports/responses.xlsx?unit=loket-makassar&${MARCH}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('skm-loket-makassar-2026-03-01_2026-03-31.xlsx');
    const sheet = (await loadWorkbook(await readAll(res.body!))).getWorksheet(t('id', 'exports.sheet.responses'))!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(6);
    const x1 = sheet.getRow(5);
    expect(x1.getCell(col('client_id')).value).toBe('x1');
    const saran = x1.getCell(col('saran'));
    expect(saran.type).toBe(ExcelJS.ValueType.String);
    expect(saran.value).toBe('=1+1');
    expect(saran.formula).toBeUndefined();
    expect(x1.getCell(col('id')).type).toBe(ExcelJS.ValueType.Number);
    expect(x1.getCell(col('usia')).value).toBe(41);
    expect(x1.getCell(col('persyaratan')).value).toBe(4);
    expect(x1.getCell(col('durasi_detik')).value).toBe(75.5);
    const x2 = sheet.getRow(6);
    expect(x2.getCell(col('biaya')).type).toBe(ExcelJS.ValueType.Null);
    expect(x2.getCell(col('saran')).value).toBe('Antri; lama, "sekali"\nbaris dua');
  });
});

describe('GET /api/v1/exports/ikm.xlsx', () => {
  async function ikmSheet(query: string, lang = 'id') {
    const res = await admin.request(`/api/v1/exports/ikm.xlsx?${query}`, { headers: { 'Accept-Language': lang } });
    expect(res.status, await res.clone().text()).toBe(200);
    const sheet = (await loadWorkbook(await readAll(res.body!))).worksheets[0]!;
    const byLabel = new Map<string, ExcelJS.CellValue>();
    const elements = new Map<string, ExcelJS.CellValue[]>();
    sheet.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      if (typeof values[0] === 'string' && CODES.includes(values[0])) elements.set(values[0], values);
      else if (typeof values[0] === 'string') byLabel.set(values[0], values[1]);
    });
    return { res, byLabel, elements };
  }

  it('holds computeIkm’s figures for the scope, element by element', async () => {
    const { res, byLabel, elements } = await ikmSheet(`unit=loket-makassar&${MARCH}`);
    expect(res.headers.get('content-disposition')).toContain('ikm-loket-makassar-2026-03-01_2026-03-31.xlsx');
    const read = await db.tallies.read({ unitIds: [makassar.id], from: '2026-03-01', to: '2026-03-31' });
    const expected = computeIkm(SKM_2017, { tallies: read.tallies, respondents: read.respondents });
    expect(byLabel.get(t('id', 'exports.ikm.respondents'))).toBe(5);
    expect(byLabel.get(t('id', 'exports.ikm.konversi'))).toBe(expected.konversi);
    expect(byLabel.get(t('id', 'exports.ikm.ikm'))).toBe(expected.ikm);
    expect(byLabel.get(t('id', 'exports.ikm.mutu'))).toBe(expected.mutu);
    expect(byLabel.get(t('id', 'exports.ikm.ci95Low'))).toBe(expected.ci95![0]);
    expect(byLabel.get(t('id', 'exports.ikm.ci95High'))).toBe(expected.ci95![1]);
    expect([...elements.keys()]).toEqual(CODES);
    for (const e of expected.elements) {
      const row = elements.get(e.code)!;
      expect(row[2], e.code).toBe(e.answered);
      expect(row[3], e.code).toBe(e.nrr);
      expect(row[4], e.code).toBe(e.weight);
      expect(row[7], e.code).toBe(e.konversi);
      expect(row[8], e.code).toBe(e.mutu);
    }
    // biaya: 4 of the 5 answered (x2 left it blank).
    expect(elements.get('biaya')![2]).toBe(4);
  });

  it('narrows to a channel: March at the kiosk is the hand-worked 83.80 (B)', async () => {
    const { byLabel, elements } = await ikmSheet(`unit=loket-makassar&${MARCH}&channel=kiosk`, 'en');
    expect(byLabel.get(t('en', 'exports.ikm.respondents'))).toBe(3);
    expect(byLabel.get(t('en', 'exports.ikm.konversi'))).toBe(83.8);
    expect(byLabel.get(t('en', 'exports.ikm.mutu'))).toBe('B');
    expect(byLabel.get(t('en', 'exports.ikm.kinerja'))).toBe(t('en', 'category.B'));
    expect(elements.get('pengaduan')![3]).toBeCloseTo(3.5, 12);
    expect(elements.get('waktu')![3]).toBeCloseTo(10 / 3, 12);
  });

  it('refuses one IKM over units read with different instruments', async () => {
    const kep = (await db.instruments.byCode(KEP25_2004.code))!;
    const other = await db.units.create({ organisationId: makassar.organisationId, slug: 'loket-lama', name: 'Loket Lama' });
    await db.periods.create({ organisationId: makassar.organisationId, unitId: other.id, name: 'Q1 (2004)', startDay: '2026-01-01', endDay: '2026-03-31', instrumentId: kep.id });
    const res = await admin.request(`/api/v1/exports/ikm.xlsx?${MARCH}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.unit).toContain(KEP25_2004.code);
    expect((await admin.request(`/api/v1/exports/ikm.xlsx?unit=loket-lama&${MARCH}`)).status).toBe(200);
  });
});

describe('export errors and permissions', () => {
  const routes = ['responses.csv', 'responses.xlsx', 'ikm.xlsx'];

  it('answers 404 for an unknown unit or service', async () => {
    for (const route of routes) {
      const unit = await admin.request(`/api/v1/exports/${route}?unit=tidak-ada&${MARCH}`);
      expect(unit.status, route).toBe(404);
      expect(((await unit.json()) as { error: { code: string } }).error.code).toBe('not_found');
      expect((await admin.request(`/api/v1/exports/${route}?unit=loket-makassar&service=tidak-ada`)).status, route).toBe(404);
    }
  });

  it('answers 400 with one message per bad parameter', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-03-01', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'from'],
      ['channel=fax', 'channel'],
      ['sep=tab', 'sep'],
      ['service=izin-a', 'service'],
      ['unit=Loket Besar', 'unit'],
    ];
    for (const route of routes) {
      for (const [query, field] of cases) {
        const res = await admin.request(`/api/v1/exports/${route}?${query}`);
        expect(res.status, `${route}?${query}`).toBe(400);
        const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
        expect(body.error.code).toBe('validation_failed');
        expect(Object.keys(body.error.fields), `${route}?${query}`).toContain(field);
      }
    }
  });

  it('is for signed-in accounts only; operators get their own units', async () => {
    const anonymous = appAs(null);
    for (const route of routes) {
      expect((await anonymous.request(`/api/v1/exports/${route}?unit=loket-makassar&${MARCH}`)).status, route).toBe(401);
      expect((await anonymous.request(`/api/v1/exports/${route}?unit=tidak-ada`)).status, route).toBe(401);
    }
    const operator = appAs(user('operator', [makassar.id]));
    const refused = await operator.request(`/api/v1/exports/responses.csv?unit=loket-jakarta&${MARCH}`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await operator.request(`/api/v1/exports/ikm.xlsx?unit=loket-jakarta&${MARCH}`)).status).toBe(403);
    // "All units" for an operator is their units: Jakarta's x3 is left out.
    expect(await clientIds(operator, `${MARCH}`)).toEqual(['a1', 'a2', 'a3', 'x1', 'x2']);
    expect(await clientIds(appAs(user('viewer')), 'from=2026-03-31&to=2026-03-31')).toEqual(['x3']);
    expect((await appAs(user('operator', [])).request(`/api/v1/exports/responses.csv?${MARCH}`)).status).toBe(403);
    expect((await appAs({ ...user('admin'), mustChangePassword: true }).request(`/api/v1/exports/responses.csv?${MARCH}`)).status).toBe(403);
  });
});
