/**
 * IKM of one unit over one year with 1,000,000 responses stored (the shared database of
 * bench/million.ts): from the rollups (answer_tallies) against a GROUP BY scan of the raw
 * responses, timed in the same run on the same file. Also reports how fast the shared database
 * was stored with insertMany in batches of 100,000.
 */
import { statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { openSqliteDatabase } from '../db/open';
import type { TallyScope } from '../db/repositories';
import { computeIkm, SKM_2017 } from '../survey-kit/index';
import { millionDatabase } from './million';
import type { Benchmark, BenchResult } from './types';
import { round, summarise } from './types';

const READ_RUNS = 300;
const SCAN_RUNS = 7;

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export const ikmTallies: Benchmark = {
  name: 'ikm-tallies',
  async run({ log }): Promise<BenchResult> {
    const million = await millionDatabase(log);
    const db = await openSqliteDatabase({ url: million.url });
    try {
      const unit = million.units[0]!;
      // One unit over one year: whole months only; and a range with edge days.
      const year: TallyScope = { unitIds: [unit.id], from: million.from, to: million.to };
      const edges: TallyScope = { unitIds: [unit.id], from: '2025-02-10', to: '2025-11-20' };
      const service: TallyScope = { ...year, serviceId: unit.serviceIds[0]!, channel: 'kiosk' };
      const identical: boolean[] = [];
      for (const scope of [year, edges, service]) {
        identical.push(isDeepStrictEqual(await db.tallies.read(scope), await db.tallies.scan(scope)));
      }
      const readTimes: number[] = [];
      const edgeTimes: number[] = [];
      for (let i = 0; i < READ_RUNS; i++) {
        readTimes.push((await time(() => db.tallies.read(year)))[1]);
        edgeTimes.push((await time(() => db.tallies.read(edges)))[1]);
      }
      log(`read ${READ_RUNS}× per scope; scanning ${SCAN_RUNS}×`);
      const scanTimes: number[] = [];
      for (let i = 0; i < SCAN_RUNS; i++) scanTimes.push((await time(() => db.tallies.scan(year)))[1]);

      const figures = await db.tallies.read(year);
      const ikm = computeIkm(SKM_2017, { tallies: figures.tallies, respondents: figures.respondents });
      const read = summarise(readTimes);
      const edge = summarise(edgeTimes);
      const scan = summarise(scanTimes);
      const speedUp = scan.median / read.median;
      const insertRate = million.responses / million.insertSeconds;
      const file = million.url.replace(/^(sqlite|file):/, '');
      const bytes = [file, `${file}-wal`].reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
      return {
        name: 'IKM of one unit over one year: tallies vs scan',
        figures: {
          responses: million.responses,
          'insertMany total s': round(million.insertSeconds, 1),
          'insertMany responses/s': Math.round(insertRate),
          'insertMany responses/s (median batch)': Math.round(summarise(million.batchRates).median),
          'data generation s': round(million.generateSeconds, 1),
          'database MB': round(bytes / 1e6, 0),
          'unit respondents in year': figures.respondents,
          'unit IKM konversi': ikm.konversi ?? 'n/a',
          'read median ms (year)': round(read.median, 3),
          'read p95 ms (year)': round(read.p95, 3),
          'read median ms (with edge days)': round(edge.median, 3),
          'read p95 ms (with edge days)': round(edge.p95, 3),
          'scan median ms': round(scan.median, 1),
          'scan p95 ms': round(scan.p95, 1),
          'speed-up (scan/read median)': round(speedUp, 0),
        },
        targets: [
          { name: 'read == scan (year, edge days, service+channel)', ok: identical.every(Boolean) },
          { name: 'median read from tallies ≤ 5 ms', ok: read.median <= 5 },
          { name: 'read ≥ 50× faster than scan', ok: speedUp >= 50 },
          { name: 'insertMany ≥ 20,000 responses/s', ok: insertRate >= 20_000 },
        ],
      };
    } finally {
      await db.close();
    }
  },
};
