import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchError } from '../../errors';
import { openSqliteDatabase, type SqliteDatabase } from '../../open';
import type { NewResponse } from '../../repositories';
import { createDirectory, randomResponse, type Directory } from '../../testing/fixtures';
import { seededRng } from '../../testing/random';
import { KEP25_2004 } from '../../../survey-kit/index';

let db: SqliteDatabase;
let d: Directory;
beforeEach(async () => {
  db = await openSqliteDatabase({ url: ':memory:' });
  d = await createDirectory(db, { units: 3, servicesPerUnit: 3 });
});
afterEach(() => db.close());

const spread = { fromMs: Date.UTC(2025, 10, 20), toMs: Date.UTC(2026, 1, 10) };
const batch = (seed: number, n: number, prefix: string): NewResponse[] => {
  const rng = seededRng(seed);
  return Array.from({ length: n }, (_, i) => randomResponse(rng, d, spread, i, prefix));
};
const stored = () =>
  ['responses', 'response_answers', 'answer_tallies', 'response_rollups'].map(
    (t) => (db.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
  );
const everything = { unitIds: null, from: '2025-01-01', to: '2026-12-31' };

describe('responses.insertMany', () => {
  it('stores every response with its tallies', async () => {
    expect(await db.responses.insertMany(batch(1, 2000, 'a'))).toEqual({ inserted: 2000 });
    expect(await db.responses.count()).toBe(2000);
    const read = await db.tallies.read(everything);
    expect(read.respondents).toBe(2000);
    expect(read).toEqual(await db.tallies.scan(everything));
    expect(await db.tallies.verify()).toEqual([]);
    expect(await db.responses.insertMany([])).toEqual({ inserted: 0 });
  });

  it('stores every answer as given, when instruments alternate and a batch is no multiple of a statement', async () => {
    const old = (await db.instruments.byCode(KEP25_2004.code))!;
    const oldCodes = old.instrument.elements.map((e) => e.code);
    const rows = batch(10, 1001, 'm').map((r, i) => {
      // Runs of 1, 2, 3 … responses per instrument, each run a different length.
      if (Math.floor(Math.sqrt(2 * i)) % 2 === 0) return r;
      const answers = Object.fromEntries(oldCodes.map((code, k) => [code, (((i + k) % 5) || null) as 1 | 2 | 3 | 4 | null]));
      return { ...r, instrumentId: old.id, answers };
    });
    await db.responses.insertMany(rows);
    const stored = db.sqlite
      .prepare('SELECT r.client_id AS clientId, a.element_code AS code, a.score FROM response_answers a JOIN responses r ON r.id = a.response_id')
      .all() as { clientId: string; code: string; score: number | null }[];
    const byClient = new Map<string, Record<string, number | null>>();
    for (const a of stored) byClient.set(a.clientId, { ...byClient.get(a.clientId), [a.code]: a.score });
    expect(byClient.size).toBe(rows.length);
    for (const r of rows) expect(byClient.get(r.clientId)).toEqual(r.answers);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('adds to tallies already stored by earlier batches and submits', async () => {
    await db.responses.insertMany(batch(2, 500, 'a'));
    for (const r of batch(3, 20, 'b')) await db.responses.submit(r);
    await db.responses.insertMany(batch(4, 500, 'c'));
    expect((await db.tallies.read(everything)).respondents).toBe(1020);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('stores nothing when one row fails in the database (duplicate clientId in the batch)', async () => {
    await db.responses.insertMany(batch(5, 100, 'before'));
    const counts = stored();
    const rows = batch(6, 1000, 'x');
    rows[999] = { ...rows[999]!, clientId: rows[10]!.clientId };
    const error = await db.responses.insertMany(rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchError);
    expect(error).toMatchObject({ index: 999, code: 'duplicate_client_id' });
    expect(stored()).toEqual(counts);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('stores nothing when a row repeats a clientId stored earlier', async () => {
    const first = batch(7, 10, 'k');
    await db.responses.insertMany(first);
    const counts = stored();
    const rows = [...batch(8, 50, 'new'), first[3]!];
    await expect(db.responses.insertMany(rows)).rejects.toMatchObject({ index: 50, code: 'duplicate_client_id' });
    expect(stored()).toEqual(counts);
  });

  it('stores nothing when one row is invalid, and says which', async () => {
    const rows = batch(9, 300, 'y');
    rows[150] = { ...rows[150]!, unitId: 424242 };
    await expect(db.responses.insertMany(rows)).rejects.toMatchObject({ index: 150, code: 'unknown_unit' });
    rows[150] = { ...rows[150]!, unitId: d.units[0]!.id, serviceId: 424242 };
    await expect(db.responses.insertMany(rows)).rejects.toMatchObject({ index: 150, code: 'unknown_service' });
    expect(stored()).toEqual([0, 0, 0, 0]);
  });
});
