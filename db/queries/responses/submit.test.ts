import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DbError } from '../../errors';
import { openSqliteDatabase, type SqliteDatabase } from '../../open';
import type { NewResponse } from '../../repositories';
import { createDirectory, type Directory } from '../../testing/fixtures';
import { tempDir, type TempDir } from '../../testing/temp';

let db: SqliteDatabase | undefined;
let dir: TempDir | undefined;
afterEach(async () => {
  await db?.close();
  dir?.remove();
  db = undefined;
  dir = undefined;
});

async function setup(url = ':memory:'): Promise<{ db: SqliteDatabase; d: Directory }> {
  db = await openSqliteDatabase({ url });
  return { db, d: await createDirectory(db, { units: 3, servicesPerUnit: 2 }) };
}

function response(d: Directory, overrides: Partial<NewResponse> = {}): NewResponse {
  return {
    clientId: 'c-1',
    unitId: d.units[0]!.id,
    serviceId: null,
    instrumentId: d.instrumentId,
    channel: 'kiosk',
    submittedAt: new Date('2026-05-05T05:00:00Z'),
    answers: Object.fromEntries(d.elements.map((code) => [code, 4 as const])),
    profile: { jenisKelamin: 'P', usia: 31, pendidikan: 'S1', pekerjaan: null, pekerjaanLainnya: null },
    saran: null,
    completionSeconds: 42.5,
    flags: [],
    ...overrides,
  };
}

const rowCount = (db: SqliteDatabase, table: string): number =>
  (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('responses.submit', () => {
  it('derives the local day from the unit time zone (WIB, WITA, WIT)', async () => {
    const { db, d } = await setup();
    const [jakarta, makassar, jayapura] = d.units;
    expect(jakarta!.timeZone).toBe('Asia/Jakarta');
    const cases: [number, string, string][] = [
      // 17:30Z on 31 March is 00:30 on 1 April in Jakarta (UTC+7).
      [jakarta!.id, '2026-03-31T17:30:00Z', '2026-04-01'],
      [jakarta!.id, '2026-03-31T16:59:59Z', '2026-03-31'],
      [makassar!.id, '2026-03-31T16:00:00Z', '2026-04-01'],
      [makassar!.id, '2026-03-31T15:59:59Z', '2026-03-31'],
      [jayapura!.id, '2026-03-31T15:00:00Z', '2026-04-01'],
      [jayapura!.id, '2025-12-31T14:59:59Z', '2025-12-31'],
      [jayapura!.id, '2025-12-31T15:00:00Z', '2026-01-01'],
    ];
    for (const [i, [unitId, instant, day]] of cases.entries()) {
      const { ref } = await db.responses.submit(response(d, { clientId: `tz-${i}`, unitId, submittedAt: new Date(instant) }));
      expect(ref.localDay, `${instant} in unit ${unitId}`).toBe(day);
    }
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('stores a clientId once: a repeat returns the first ref and changes nothing', async () => {
    const { db, d } = await setup();
    const first = await db.responses.submit(response(d));
    expect(first.created).toBe(true);
    const tallies = db.sqlite.prepare('SELECT * FROM answer_tallies ORDER BY 1, 2, 3, 4, 5, 6').all();
    const again = await db.responses.submit(response(d, { answers: Object.fromEntries(d.elements.map((c) => [c, 1 as const])) }));
    expect(again).toEqual({ ref: first.ref, created: false });
    expect(await db.responses.count()).toBe(1);
    expect(db.sqlite.prepare('SELECT * FROM answer_tallies ORDER BY 1, 2, 3, 4, 5, 6').all()).toEqual(tallies);
  });

  it('stores one response when duplicates arrive together', async () => {
    const { db, d } = await setup();
    const results = await Promise.all(Array.from({ length: 20 }, () => db.responses.submit(response(d, { clientId: 'same' }))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.ref.id)).size).toBe(1);
    expect(await db.responses.count()).toBe(1);
    const scope = { unitIds: null, from: '2026-01-01', to: '2026-12-31' };
    expect((await db.tallies.read(scope)).respondents).toBe(1);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('stores one response when two processes race with the same clientIds', async () => {
    dir = tempDir();
    const url = dir.file('race.db');
    const { db, d } = await setup(url);
    const worker = fileURLToPath(new URL('../../testing/submit-worker.ts', import.meta.url));
    const count = 150;
    const startAt = Date.now() + 4000;
    const run = () =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', worker, url, String(d.units[0]!.id), String(d.instrumentId), String(count), String(startAt)], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`worker exited with ${code}`))));
      });
    const created = await Promise.all([run(), run()]);
    expect(created[0]! + created[1]!).toBe(count);
    expect(await db.responses.count()).toBe(count);
    expect((await db.tallies.read({ unitIds: [d.units[0]!.id], from: '2026-01-01', to: '2026-12-31' })).respondents).toBe(count);
    expect(await db.tallies.verify()).toEqual([]);
  }, 60_000);

  it('refuses answers that do not match the instrument, and services of another unit', async () => {
    const { db, d } = await setup();
    const [first, ...rest] = d.elements;
    const missing = Object.fromEntries(rest.map((c) => [c, 3 as const]));
    const bad: [Partial<NewResponse>, string][] = [
      [{ answers: missing }, 'answers_mismatch'],
      [{ answers: { ...missing, [first!]: 3, extra: 2 } }, 'answers_mismatch'],
      [{ answers: { ...missing, [first!]: 5 as never } }, 'invalid_score'],
      [{ serviceId: d.services.get(d.units[1]!.id)![0]!.id }, 'service_of_other_unit'],
      [{ unitId: 9999 }, 'unknown_unit'],
      [{ instrumentId: 9999 }, 'unknown_instrument'],
      [{ channel: 'fax' as never }, 'invalid_channel'],
      [{ flags: ['slow' as never] }, 'invalid_flag'],
      [{ submittedAt: new Date('nope') }, 'invalid_date'],
    ];
    for (const [overrides, code] of bad) {
      const error = await db.responses.submit(response(d, overrides)).catch((e: unknown) => e);
      expect(error, code).toBeInstanceOf(DbError);
      expect((error as DbError).code).toBe(code);
    }
    expect(await db.responses.count()).toBe(0);
    expect(rowCount(db, 'answer_tallies') + rowCount(db, 'response_rollups') + rowCount(db, 'response_answers')).toBe(0);
  });

  it('keeps "not given" profile fields as null and blank answers as null', async () => {
    const { db, d } = await setup();
    const answers = { ...Object.fromEntries(d.elements.map((c) => [c, 2 as const])), biaya: null };
    const { ref } = await db.responses.submit(
      response(d, { answers, profile: { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null } }),
    );
    const row = db.sqlite.prepare('SELECT jenis_kelamin, usia, pendidikan, pekerjaan FROM responses WHERE id = ?').get(ref.id);
    expect(row).toEqual({ jenis_kelamin: null, usia: null, pendidikan: null, pekerjaan: null });
    expect(db.sqlite.prepare(`SELECT score FROM response_answers WHERE response_id = ? AND element_code = 'biaya'`).get(ref.id)).toEqual({
      score: null,
    });
  });
});
