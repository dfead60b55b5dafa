/**
 * Submission throughput of the real server: `server/main.ts` in a child process (so the load
 * generator does not share its event loop) on a temporary database file in the durable mode
 * (WAL, synchronous=FULL, group commit), driven over HTTP by autocannon from this process.
 * Kiosk channel with a device credential: the per-address limit does not apply. Every request is
 * a new response (a fresh UUID and random answers). A fixed number of requests, not a duration:
 * autocannon then waits for every answer, so stored == acknowledged can be checked exactly.
 */
import { randomUUID } from 'node:crypto';
import autocannon, { type Result } from 'autocannon';
import { openDatabase } from '../db/open';
import { tempDir } from '../db/testing/temp';
import { hashCredential, newCredential } from '../server/kiosk/credentials';
import { SKM_2017 } from '../survey-kit/index';
import { ensureSiteBuilt, startChild, stopChild } from './child-server';
import type { Benchmark, BenchResult } from './types';
import { round } from './types';

const REQUESTS = Number(process.env.BENCH_SUBMISSIONS ?? 36_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARM_UP = 3_000;

const CODES = SKM_2017.elements.map((e) => e.code);

function responseBody(): string {
  const answers: Record<string, number> = {};
  for (const code of CODES) answers[code] = 1 + Math.floor(Math.random() * 4);
  return JSON.stringify({
    id: randomUUID(),
    unit: 'loket',
    service: 'izin',
    channel: 'kiosk',
    answers,
    profile: { jenis_kelamin: Math.random() < 0.5 ? 'L' : 'P', usia: 18 + Math.floor(Math.random() * 50) },
    completionSeconds: 20 + Math.random() * 60,
  });
}

async function load(url: string, credential: string, amount: number): Promise<Result> {
  // Made before the clock starts: the load generator shares the two cores with the server.
  const bodies = Array.from({ length: amount + CONNECTIONS }, responseBody);
  let next = 0;
  return autocannon({
    url: `${url}/api/v1/responses`,
    connections: CONNECTIONS,
    amount,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
        setupRequest: (req) => ({ ...req, body: bodies[next++] ?? responseBody() }),
      },
    ],
  });
}

const acknowledged = (r: Result): number => (r.statusCodeStats['201']?.count ?? 0) + (r.statusCodeStats['200']?.count ?? 0);

export const submitThroughput: Benchmark = {
  name: 'submit-throughput',
  async run({ log }): Promise<BenchResult> {
    ensureSiteBuilt(log);
    const dir = tempDir('puas-bench-submit-');
    const databaseUrl = dir.file('submit.db');
    const credential = newCredential();
    const setup = await openDatabase({ url: databaseUrl });
    const org = await setup.organisations.create({ slug: 'bench', name: 'Benchmark', isDemo: true });
    const unit = await setup.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', timeZone: 'Asia/Makassar' });
    await setup.services.create({ unitId: unit.id, slug: 'izin', name: 'Izin' });
    await setup.devices.create({ unitId: unit.id, name: 'Kios bench', credentialHash: hashCredential(credential) });
    await setup.close();

    const { child, url } = await startChild(databaseUrl);
    let warm: Result;
    let main: Result;
    try {
      log(`warming up (${WARM_UP} requests)`);
      warm = await load(url, credential, WARM_UP);
      log(`${REQUESTS} submissions over ${CONNECTIONS} connections`);
      main = await load(url, credential, REQUESTS);
    } finally {
      await stopChild(child);
    }

    const db = await openDatabase({ url: databaseUrl });
    let stored: number;
    let mismatches: number;
    try {
      stored = await db.responses.count();
      mismatches = (await db.tallies.verify()).length;
    } finally {
      await db.close();
      dir.remove();
    }
    const acked = acknowledged(warm) + acknowledged(main);
    const perSecond = acknowledged(main) / main.duration;
    const errors = main.errors + main.timeouts + warm.errors + warm.timeouts;
    const non2xx = main.non2xx + warm.non2xx;
    return {
      name: 'submit-throughput',
      figures: {
        connections: CONNECTIONS,
        requests: REQUESTS,
        'seconds': round(main.duration, 2),
        'responses/s': Math.round(perSecond),
        'latency p50 ms': main.latency.p50,
        'latency p99 ms': main.latency.p99,
        'latency max ms': main.latency.max,
        errors,
        non2xx,
        'acknowledged (2xx)': acked,
        stored,
        'tally mismatches': mismatches,
      },
      targets: [
        { name: '≥ 3,000 responses/s', ok: perSecond >= 3000 },
        { name: 'p99 latency ≤ 50 ms', ok: main.latency.p99 <= 50 },
        { name: 'zero errors and non-2xx', ok: errors === 0 && non2xx === 0 },
        { name: 'stored == acknowledged, tallies == recount', ok: stored === acked && mismatches === 0 },
      ],
    };
  },
};
