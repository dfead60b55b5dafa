/**
 * IKM of one unit over one year with 1,000,000 responses stored: from the rollups (answer_tallies)
 * against a GROUP BY scan of the raw responses, timed in the same run on the same file. Also times
 * storing the year with insertMany in batches of 100,000.
 */
import { statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { openSqliteDatabase } from '../db/open';
import type { TallyScope } from '../db/repositories';
import { seededRng } from '../db/testing/random';
import { tempDir } from '../db/testing/temp';
import { computeIkm, SKM_2017 } from '../survey-kit/index';
import type { IndonesianTimeZone } from '../survey-kit/types';
import type { Benchmark, BenchResult } from './types';
import { round, summarise } from './types';
import { yearOfResponses, type BenchUnit } from './year-of-responses';

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const BATCH = 100_000;
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
    const dir = tempDir('puas-bench-');
    const db = await openSqliteDatabase({ url: dir.file('bench.db') });
    try {
      const org = await db.organisations.create({ slug: 'bench', name: 'Benchmark', isDemo: true });
      const instrument = (await db.instruments.byCode(SKM_2017.code))!;
      const zones: IndonesianTimeZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
      const unitWeights = [30, 22, 16, 12, 12, 8];
      const rng = seededRng(2025);
      const units: BenchUnit[] = [];
      for (const [i, weight] of unitWeights.entries()) {
        const timeZone = zones[i % zones.length]!;
        const unit = await db.units.create({ organisationId: org.id, slug: `unit-${i}`, name: `Unit ${i}`, timeZone });
        const serviceIds: number[] = [];
        for (let s = 0; s < 5; s++) serviceIds.push((await db.services.create({ unitId: unit.id, slug: `svc-${s}`, name: `Layanan ${s}` })).id);
        const good = 30 + rng.int(0, 30);
        units.push({ id: unit.id, timeZone, serviceIds, weight, scoreWeights: [2, 8, 90 - good, good] });
      }

      // Store the year in batches, as a bulk import would.
      const batchRates: number[] = [];
      let insertMs = 0;
      let generateMs = 0;
      let stored = 0;
      const batches = yearOfResponses(
        { rng, units, instrumentId: instrument.id, elements: instrument.instrument.elements.map((e) => e.code), firstDay: '2025-01-01', days: 365, total: TOTAL },
        BATCH,
      );
      for (;;) {
        const g = performance.now();
        const next = batches.next();
        generateMs += performance.now() - g;
        if (next.done) break;
        const [, ms] = await time(() => db.responses.insertMany(next.value));
        insertMs += ms;
        stored += next.value.length;
        batchRates.push(next.value.length / (ms / 1000));
        log(`stored ${stored.toLocaleString('en-US')} responses (batch: ${Math.round(ms)} ms)`);
      }

      // One unit over one year: whole months only; and a range with edge days.
      const year: TallyScope = { unitIds: [units[0]!.id], from: '2025-01-01', to: '2025-12-31' };
      const edges: TallyScope = { unitIds: [units[0]!.id], from: '2025-02-10', to: '2025-11-20' };
      const service: TallyScope = { ...year, serviceId: units[0]!.serviceIds[0]!, channel: 'kiosk' };
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
      const insertRate = stored / (insertMs / 1000);
      const medianBatchRate = summarise(batchRates).median;
      const bytes = ['bench.db', 'bench.db-wal'].reduce((n, f) => n + (statSync(dir.file(f), { throwIfNoEntry: false })?.size ?? 0), 0);
      return {
        name: 'IKM of one unit over one year: tallies vs scan',
        figures: {
          responses: stored,
          'insertMany total s': round(insertMs / 1000, 1),
          'insertMany responses/s': Math.round(insertRate),
          'insertMany responses/s (median batch)': Math.round(medianBatchRate),
          'data generation s': round(generateMs / 1000, 1),
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
      dir.remove();
    }
  },
};
