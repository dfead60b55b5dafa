/**
 * One database file holding a year of 1,000,000 responses (BENCH_RESPONSES=N for fewer), built
 * once per `npm run bench` and shared by the benchmarks that only READ it (exports, API reads);
 * removed when the process exits. Same offices and data as ikm-tallies (bench/year-of-responses.ts).
 * It also holds one admin account (`admin`), so benchmarks can sign in to the real server.
 * A benchmark that writes to it must say so here, since every later reader would see its rows.
 */
import { openSqliteDatabase } from '../db/open';
import { hashPassword, randomPassword } from '../server/auth/password';
import { seededRng } from '../db/testing/random';
import { tempDir } from '../db/testing/temp';
import { SKM_2017 } from '../survey-kit/index';
import type { Day, IndonesianTimeZone } from '../survey-kit/types';
import { yearOfResponses, type BenchUnit } from './year-of-responses';

export interface MillionDatabase {
  /** DATABASE_URL of the file (close every handle of your own before a child process writes to it). */
  url: string;
  responses: number;
  units: readonly (BenchUnit & { slug: string })[];
  /** The year the responses fall in (local days of every unit). */
  from: Day;
  to: Day;
  buildSeconds: number;
  /** Time spent in insertMany (batches of 100,000, as a bulk import stores them), and generating the data. */
  insertSeconds: number;
  generateSeconds: number;
  /** responses/s of each insertMany batch. */
  batchRates: number[];
  /** An admin account for `POST /api/v1/session`. */
  admin: { username: string; password: string };
}

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const BATCH = 100_000;

let shared: Promise<MillionDatabase> | undefined;

export function millionDatabase(log: (message: string) => void): Promise<MillionDatabase> {
  shared ??= build(log);
  return shared;
}

async function build(log: (message: string) => void): Promise<MillionDatabase> {
  const started = performance.now();
  const dir = tempDir('puas-bench-million-');
  process.once('exit', () => dir.remove());
  const url = dir.file('million.db');
  const db = await openSqliteDatabase({ url });
  try {
    const org = await db.organisations.create({ slug: 'bench', name: 'Benchmark', isDemo: true });
    const instrument = (await db.instruments.byCode(SKM_2017.code))!;
    const zones: IndonesianTimeZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
    const unitWeights = [30, 22, 16, 12, 12, 8];
    const rng = seededRng(2025);
    const units: (BenchUnit & { slug: string })[] = [];
    for (const [i, weight] of unitWeights.entries()) {
      const timeZone = zones[i % zones.length]!;
      const unit = await db.units.create({ organisationId: org.id, slug: `unit-${i}`, name: `Unit ${i}`, timeZone });
      const serviceIds: number[] = [];
      for (let s = 0; s < 5; s++) serviceIds.push((await db.services.create({ unitId: unit.id, slug: `svc-${s}`, name: `Layanan ${s}` })).id);
      const good = 30 + rng.int(0, 30);
      units.push({ id: unit.id, slug: unit.slug, timeZone, serviceIds, weight, scoreWeights: [2, 8, 90 - good, good] });
    }
    const admin = { username: 'bench-admin', password: randomPassword(20) };
    await db.users.create({ username: admin.username, displayName: 'Benchmark', role: 'admin', passwordHash: await hashPassword(admin.password) });
    const from = '2025-01-01';
    let stored = 0;
    let insertMs = 0;
    let generateMs = 0;
    const batchRates: number[] = [];
    const batches = yearOfResponses(
      { rng, units, instrumentId: instrument.id, elements: instrument.instrument.elements.map((e) => e.code), firstDay: from, days: 365, total: TOTAL },
      BATCH,
    );
    for (;;) {
      const g = performance.now();
      const next = batches.next();
      generateMs += performance.now() - g;
      if (next.done) break;
      const t = performance.now();
      await db.responses.insertMany(next.value);
      const ms = performance.now() - t;
      insertMs += ms;
      batchRates.push(next.value.length / (ms / 1000));
      stored += next.value.length;
      log(`shared database: ${stored.toLocaleString('en-US')} responses stored (batch: ${Math.round(ms)} ms)`);
    }
    // Folds the WAL into the file, so a child process opening it starts from a clean file.
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { url, responses: stored, units, from, to: '2025-12-31', buildSeconds: (performance.now() - started) / 1000, insertSeconds: insertMs / 1000, generateSeconds: generateMs / 1000, batchRates, admin };
  } finally {
    await db.close();
  }
}
