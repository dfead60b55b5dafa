/**
 * 50,000 responses through the export routes: the body arrives while the export is still being
 * read from the database, and a reader that pauses holds the producer back (backpressure), so the
 * whole file is never built in memory.
 */
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { serve, type ServerType } from '@hono/node-server';
import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { Database, NewResponse } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/index';
import type { AuthUser } from '../auth/types';
import type { AppEnv } from '../env';
import { onError } from '../errors/handler';
import { allAnswers } from '../testing/fixture';
import { exportRoutes } from './exports';
import { detectLang } from './lang';

const TOTAL = 50_000;
// Long enough that 50,000 rows (~30 MB of CSV) cannot hide in the sockets' buffers.
const SARAN = 'Pelayanan sudah baik, tetapi antrean pagi masih panjang; mohon loket ditambah. '.repeat(5);
const ADMIN: AuthUser = { id: 1, username: 'admin', displayName: 'Admin', role: 'admin', unitIds: [], mustChangePassword: false };

let db: Database;
let produced = 0;
let app: Hono<AppEnv>;

beforeAll(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor' });
  const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', timeZone: 'Asia/Jakarta' });
  const instrumentId = (await db.instruments.byCode(SKM_2017.code))!.id;
  const profile = { jenisKelamin: 'L', usia: 30, pendidikan: 'S1', pekerjaan: 'SWASTA', pekerjaanLainnya: null } as const;
  const start = Date.parse('2026-01-05T01:00:00Z');
  for (let b = 0; b < TOTAL; b += 10_000) {
    const batch: NewResponse[] = [];
    for (let i = b; i < b + 10_000; i++) {
      batch.push({
        clientId: `c-${i}`,
        unitId: unit.id,
        serviceId: null,
        instrumentId,
        channel: 'kiosk',
        // 50,000 responses over ~35 days.
        submittedAt: new Date(start + i * 60_000),
        answers: allAnswers(((i % 4) + 1) as 1 | 2 | 3 | 4),
        profile,
        saran: SARAN,
        completionSeconds: 60,
        flags: [],
      });
    }
    await db.responses.insertMany(batch);
  }
  // The repository, counting the rows the export has taken from it.
  const counted: Database = {
    ...db,
    exports: {
      ...db.exports,
      responses: (filter, options) => ({
        async *[Symbol.asyncIterator]() {
          for await (const row of db.exports.responses(filter, options)) {
            produced++;
            yield row;
          }
        },
      }),
    },
  };
  app = new Hono<AppEnv>();
  app.onError(onError);
  app.use('*', detectLang, async (c, next) => {
    c.set('db', counted);
    c.set('user', ADMIN);
    await next();
  });
  app.route('/api/v1/exports', exportRoutes());
}, 60_000);
afterAll(() => db.close());

const QUERY = 'unit=loket&from=2026-01-01&to=2026-12-31';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, first: Uint8Array): Promise<Buffer> {
  const chunks = [first];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    chunks.push(value);
  }
}

function countRecords(csv: Buffer): number {
  let lines = 0;
  for (let i = csv.indexOf(0x0a); i !== -1; i = csv.indexOf(0x0a, i + 1)) lines++;
  return lines - 1;
}

describe('streamed exports of 50,000 responses', () => {
  it('CSV in process: the first chunk comes before the export is read, and a paused reader holds the producer', async () => {
    produced = 0;
    const res = await app.request(`/api/v1/exports/responses.csv?${QUERY}`);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(produced).toBeLessThan(5_000);
    await pause(100);
    const whilePaused = produced;
    expect(whilePaused).toBeLessThan(5_000);
    const body = await drain(reader, first.value!);
    expect(produced).toBe(TOTAL);
    expect(countRecords(body)).toBe(TOTAL);
    const lastRecord = body.toString('utf8', body.lastIndexOf('\r\n', body.length - 3) + 2);
    expect(lastRecord).toMatch(/^\d+,c-49999,loket,/);
  }, 60_000);

  describe('over HTTP', () => {
    let server: ServerType;
    let base: string;
    beforeAll(async () => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise((resolve) => server.once('listening', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('CSV: streamed with backpressure through a real socket', async () => {
      produced = 0;
      const res = await fetch(`${base}/api/v1/exports/responses.csv?${QUERY}`);
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      const first = await reader.read();
      await pause(300);
      // The sockets hold a few megabytes at most: far from the ~30 MB file.
      expect(produced).toBeLessThan(TOTAL * 0.6);
      const body = await drain(reader, first.value!);
      expect(produced).toBe(TOTAL);
      expect(countRecords(body)).toBe(TOTAL);
      expect(body.length).toBeGreaterThan(25_000_000);
    }, 60_000);

    it('XLSX: streamed with backpressure, every row in the workbook', async () => {
      produced = 0;
      const res = await fetch(`${base}/api/v1/exports/responses.xlsx?${QUERY}`);
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      const first = await reader.read();
      expect(Buffer.from(first.value!.subarray(0, 2)).toString()).toBe('PK');
      await pause(300);
      expect(produced).toBeLessThan(TOTAL * 0.6);
      const body = await drain(reader, first.value!);
      expect(produced).toBe(TOTAL);
      let rows = 0;
      const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([body]), { worksheets: 'emit', sharedStrings: 'ignore' });
      for await (const sheet of workbook) for await (const _row of sheet) rows++;
      expect(rows).toBe(TOTAL + 1);
    }, 120_000);
  });
});
